"""Bridge ties as Spark DataFrame jobs against NetworkX's ``bridges`` (Tarjan's chains) and the
embedded engine's ``bridge_ties``; and in ``graph_metrics`` above the driver rule."""

from __future__ import annotations

import functools
from collections import Counter

import networkx as nx
import pandas as pd
import pytest

from socialscope.engine import spark_bridges
from socialscope.network import bridges
from socialscope.network.build import graph_from_edges
from tests.network.conftest import EGO, EMAIL


def _named(graph: nx.Graph, prefix: str) -> nx.Graph:
    return nx.relabel_nodes(graph, lambda v: f"{prefix}{v:02d}" if isinstance(v, int) else f"{prefix}{v}")


def _reference(pairs: pd.DataFrame) -> dict[str, int]:
    """Per account, how many of its ties ``networkx.bridges`` finds in the undirected simple view."""
    simple = nx.Graph()
    simple.add_nodes_from(pd.concat([pairs["s"], pairs["d"]]))
    simple.add_edges_from((a, b) for a, b in zip(pairs["s"], pairs["d"], strict=True) if a != b)
    counts = Counter(v for tie in nx.bridges(simple) for v in tie)
    return {v: counts[v] for v in simple}


def test_bridges_equal_networkx_and_the_embedded_engine(spark) -> None:
    """One graph of many components, none deeper than 3 levels from its root (its smallest id),
    so that one Spark run of few levels covers them all: a path (every tie a bridge), a tree, a
    cycle with tails, a random graph, a random graph's ties as arcs in both directions,
    repeated, with self-ties, a random directed graph (its undirected view), a lone tie, an
    account with only a self-tie; and two real slices: ego-Facebook's ties among its first
    1,000 accounts (two components, 45 bridges), email-Eu-core's arcs among its first 200
    (directed, reciprocal arcs, self-ties)."""
    path = [("p3", "p2"), ("p2", "p1"), ("p1", "p0"), ("p0", "q1"), ("q1", "q2"), ("q2", "q3")]
    pieces = [
        _named(nx.balanced_tree(2, 3), "t"),
        _named(nx.gnm_random_graph(20, 28, seed=4), "g"),
        _named(nx.gnm_random_graph(20, 24, seed=7, directed=True), "r"),
    ]
    cycle = _named(nx.cycle_graph(6), "c")
    cycle.add_edges_from([("c01", "cx0"), ("cx0", "cx1"), ("c05", "cy0"), ("cy0", "cy1"), ("cy0", "cy2")])
    pieces.append(cycle)
    pairs = path + [(a, b) for piece in pieces for a, b in piece.edges()]
    repeated = _named(nx.gnm_random_graph(15, 18, seed=11), "m")
    pairs += [(b, a) for a, b in repeated.edges()] + list(repeated.edges())[:6] + [("m00", "m00"), ("m03", "m03")]
    pairs += [("l0", "l1"), ("solo", "solo")]
    shapes = pd.DataFrame(pairs, columns=["s", "d"])
    expected = _reference(shapes)
    assert expected["solo"] == 0 and expected["p0"] == 2 and expected["q3"] == 1 and sum(expected.values()) > 40

    ego = pd.read_csv(EGO, sep=r"\s+", header=None, names=["s", "d"])
    email = pd.read_csv(EMAIL, sep=r"\s+", header=None, names=["s", "d"])
    ego, email = ego[(ego.s < 1000) & (ego.d < 1000)], email[(email.s < 200) & (email.d < 200)]
    real = pd.concat([("f" + ego.astype(str)), ("e" + email.astype(str))], ignore_index=True)
    g = graph_from_edges(real["s"].to_numpy(), real["d"].to_numpy(), directed=True)
    local = dict(zip(g.account_ids.astype(str), bridges.bridge_ties(g).tolist(), strict=True))
    assert sum(local.values()) == 2 * (45 + 1) and local == _reference(real)
    expected.update(local)

    edges = spark.createDataFrame(pd.concat([shapes, real]).assign(w=1.0))
    got = spark_bridges.bridge_ties(edges).toPandas().set_index("id")["bridge_ties"]
    assert got.to_dict() == expected


# slow tier: the rest of graph_metrics' cluster path is ~350 Spark jobs even on 11 accounts
# (~200 s at load 17 here; the bridge ties in it ~40 jobs), beyond this module's make-test budget
@pytest.mark.slow
def test_graph_metrics_above_the_driver_rule_has_bridge_ties(spark, tmp_path, monkeypatch) -> None:
    """With the driver rule at 0 edges the graph is never collected, and ``graph_metrics``
    computes bridge ties on the cluster: the embedded engine's values, no nulls. PageRank and
    the power iterations, whose values this test does not check (test_spark_graph and
    test_spark_spectral do), are held to one batch of steps: they were ~3/4 of its time."""
    from socialscope.engine import spark_graph, spark_spectral
    from socialscope.engine.spark import SparkEngine

    for module, name in (
        (spark_graph, "pagerank"),
        (spark_spectral, "eigenvector_centrality"),
        (spark_spectral, "hits"),
    ):
        monkeypatch.setattr(module, name, functools.partial(getattr(module, name), max_iterations=10))
    graph = nx.relabel_nodes(nx.complete_graph(6), lambda v: f"k{v}")
    graph.add_edges_from([("k0", "t0"), ("t0", "t1"), ("k1", "u0"), ("k2", "w0"), ("k2", "w1")])
    pairs = pd.DataFrame(list(graph.edges()), columns=["s", "d"])
    monkeypatch.setenv("SOCIALSCOPE_SPARK_DRIVER_EDGES", "0")
    engine = SparkEngine(spark, str(tmp_path), str(tmp_path / "out"))
    spark.createDataFrame(pairs.assign(w=1.0)).createOrReplaceTempView("tiny_ties")
    metrics = engine.graph_metrics("tiny", engine.backend().table("tiny_ties"), directed=False).toPandas()
    g = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=False)
    local = pd.Series(bridges.bridge_ties(g), index=g.account_ids.astype(str))
    got = metrics.set_index("account_id")["bridge_ties"].loc[local.index]
    assert got.notna().all() and local.sum() == 2 * 5
    assert got.astype(int).to_dict() == local.to_dict()
    assert engine._driver["tiny"] is None  # the cluster path ran


def test_no_edges_means_no_rows(spark) -> None:
    edges = spark.createDataFrame([], "s string, d string, w double")
    assert spark_bridges.bridge_ties(edges).count() == 0
