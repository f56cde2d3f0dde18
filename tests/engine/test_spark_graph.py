"""Spark's DataFrame graph algorithms against the embedded engine and NetworkX."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from socialscope.engine import spark_graph
from socialscope.network import centrality
from socialscope.network.build import graph_from_edges
from tests.network.conftest import EGO

# the slow tier (`make test-slow`, which .ci/run also runs): ego-Facebook (88k ties) on Spark against igraph and NetworkX
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ego(spark):
    pairs = pd.read_csv(EGO, sep=r"\s+", header=None, names=["s", "d"], dtype=str)
    pairs["w"] = 1.0
    return pairs, spark.createDataFrame(pairs).localCheckpoint()


def _by_id(frame, column: str) -> pd.Series:
    return frame.toPandas().set_index("id")[column]


def test_pagerank_on_ego_facebook_equals_the_embedded_engine(ego) -> None:
    pairs, edges = ego
    local_graph = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=False)
    local = pd.Series(centrality.pagerank(local_graph), index=local_graph.account_ids)
    spark = _by_id(spark_graph.pagerank(edges, directed=False), "pagerank").loc[local.index]
    np.testing.assert_allclose(spark.to_numpy(), local.to_numpy(), rtol=1e-6, atol=0)
    reference = nx.pagerank(nx.from_pandas_edgelist(pairs, "s", "d"), tol=1e-12)
    np.testing.assert_allclose(spark.to_numpy(), [reference[v] for v in local.index], rtol=1e-6)


def test_core_numbers_on_ego_facebook_equal_networkx(ego) -> None:
    pairs, edges = ego
    reference = nx.core_number(nx.from_pandas_edgelist(pairs, "s", "d"))
    spark = _by_id(spark_graph.core_numbers(edges), "core_number")
    assert spark.to_dict() == reference


def test_directed_pagerank_and_degrees_equal_networkx(spark) -> None:
    rng = np.random.default_rng(7)
    pairs = pd.DataFrame(rng.integers(0, 60, size=(400, 2)).astype(str), columns=["s", "d"])
    pairs = pairs[pairs.s != pairs.d].drop_duplicates()
    pairs["w"] = rng.integers(1, 5, len(pairs)).astype(float)
    edges = spark.createDataFrame(pairs)
    g = nx.from_pandas_edgelist(pairs, "s", "d", edge_attr="w", create_using=nx.DiGraph)
    reference = nx.pagerank(g, weight="w", tol=1e-12)
    ranks = _by_id(spark_graph.pagerank(edges, directed=True), "pagerank")
    np.testing.assert_allclose(ranks.loc[list(reference)].to_numpy(), list(reference.values()), rtol=1e-6)
    degrees = spark_graph.degrees(edges, directed=True).toPandas().set_index("id")
    assert degrees["in_degree"].to_dict() == dict(g.in_degree())
    assert degrees["weighted_out_degree"].to_dict() == pytest.approx(dict(g.out_degree(weight="w")))


def test_components_equal_networkx(spark) -> None:
    """Three separate pieces (a path, a star, a pair): one label per weak component, the
    component's smallest id."""
    pairs = pd.DataFrame(
        [("a1", "a2"), ("a3", "a2"), ("a3", "a4"), ("b0", "b1"), ("b0", "b2"), ("b3", "b0"), ("c1", "c2")],
        columns=["s", "d"],
    ).assign(w=1.0)
    labels = _by_id(spark_graph.components(spark.createDataFrame(pairs)), "component")
    reference = nx.weakly_connected_components(nx.from_pandas_edgelist(pairs, "s", "d", create_using=nx.DiGraph))
    assert {frozenset(labels.index[labels == label]) for label in labels.unique()} == set(map(frozenset, reference))
    assert labels["a4"] == "a1" and labels["b3"] == "b0" and labels["c2"] == "c1"


def test_label_propagation_separates_two_cliques(spark) -> None:
    left = [(f"l{i}", f"l{j}") for i in range(6) for j in range(i + 1, 6)]
    right = [(f"r{i}", f"r{j}") for i in range(6) for j in range(i + 1, 6)]
    pairs = pd.DataFrame([*left, *right, ("l0", "r0")], columns=["s", "d"]).assign(w=1.0)
    community = _by_id(spark_graph.label_propagation(spark.createDataFrame(pairs)), "community")
    assert community.filter(like="l").nunique() == 1 and community.filter(like="r").nunique() == 1
    assert community["l3"] != community["r3"]
