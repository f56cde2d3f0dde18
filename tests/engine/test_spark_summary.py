"""The graph-level row on the cluster (above the driver rule) equals the embedded engine's
:func:`socialscope.network.graph_stats.graph_summary` on the same graph; its diameter is the
embedded double-sweep bound, drawn from the same start accounts. (Below the rule both engines
run the same function: the parity suite covers that path.)"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from socialscope.engine import spark_graph, spark_triangles
from socialscope.engine.spark_summary import cluster_summary
from socialscope.network.build import graph_from_edges
from socialscope.network.graph_stats import _double_sweep, components, graph_summary


def _graphs() -> dict[str, tuple[pd.DataFrame, bool]]:
    """A directed graph (a random core, a chain hanging off it, a second component and a
    reciprocated pair) and an undirected one (the karate club plus a triangle apart)."""
    core = nx.gnm_random_graph(10, 24, seed=11, directed=True)
    directed = [(f"a{s:02d}", f"a{d:02d}") for s, d in core.edges()]
    directed += [("a03", "c1"), ("c1", "c2"), ("x1", "x2"), ("x2", "x1"), ("x2", "x3")]
    karate = [(f"k{s:02d}", f"k{d:02d}") for s, d in nx.karate_club_graph().edges()]
    undirected = [tuple(sorted(pair)) for pair in [*karate, ("t1", "t2"), ("t2", "t3"), ("t1", "t3")]]
    return {
        "directed": (pd.DataFrame(directed, columns=["s", "d"]).assign(w=1.0), True),
        "undirected": (pd.DataFrame(undirected, columns=["s", "d"]).assign(w=1.0), False),
    }


@pytest.mark.parametrize("name", ["directed", "undirected"])
def test_cluster_summary_equals_the_embedded_graph_summary(spark, name: str) -> None:
    pairs, directed = _graphs()[name]
    edges = spark.createDataFrame(pairs).localCheckpoint()
    # the components as spark_graph.components labels them (tested in test_spark_graph.py), from NetworkX
    weak = nx.Graph(pairs[["s", "d"]].itertuples(index=False))
    labels = [(v, min(part)) for part in nx.connected_components(weak) for v in part]
    metrics = spark_graph.degrees(edges, directed=directed).join(
        spark.createDataFrame(labels, "id string, component string"), "id"
    )
    got = cluster_summary(edges, metrics, spark_triangles.clustering(edges), directed=directed)

    g = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=directed, name=name)
    want = graph_summary(g)
    for key in ("directed", "nodes", "edges", "components"):
        assert got[key] == want[key], key
    for key in ("density", "reciprocity", "transitivity", "assortativity", "largest_component_share"):
        np.testing.assert_allclose(got[key], want[key], rtol=1e-12, err_msg=key)
    labels = components(g)
    largest = np.flatnonzero(labels == np.bincount(labels).argmax())
    assert got["diameter"] == _double_sweep(g, largest, 42)
    assert got["diameter_estimated"] and 0 < got["diameter"] <= want["diameter"]  # a lower bound of the exact one
    assert want["diameter"] == nx.diameter(weak.subgraph(max(nx.connected_components(weak), key=len)))
