"""Eigenvector centrality, HITS and clustering as Spark DataFrame jobs against NetworkX.

Fast tier: graphs of ~25 accounts whose leading eigenvalue stands well clear of the rest, so
the power iterations converge in a few blocks (~10 s of Spark jobs each on an idle machine);
the slow tier checks the karate club (a small spectral gap: ~90 steps) to 1e-9 and clustering
on ego-Facebook."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from socialscope.engine import spark_spectral, spark_triangles
from tests.network.conftest import EGO


def _edges(spark, graph: nx.Graph, extra: list[tuple[str, str]] = ()):
    pairs = pd.DataFrame([*graph.edges(), *extra], columns=["s", "d"])
    return spark.createDataFrame(pairs.assign(w=1.0)).localCheckpoint()


@pytest.fixture(scope="module")
def hub_graph(spark):
    """A random graph of 24 accounts plus one tied to all of them; a tie repeated in the other
    direction and a self-tie, which the undirected simple view merges and drops."""
    graph = nx.relabel_nodes(nx.gnm_random_graph(24, 20, seed=3), lambda v: f"v{v:02d}")
    graph.add_edges_from(("hub", v) for v in list(graph))
    return graph, _edges(spark, graph, [("v00", "hub"), ("v05", "v05")])


@pytest.fixture(scope="module")
def hub_digraph(spark):
    """A random directed graph of 24 accounts plus one pointing to all but one of them; a sink
    and a source."""
    graph = nx.relabel_nodes(nx.gnm_random_graph(24, 40, seed=5, directed=True), lambda v: f"v{v:02d}")
    graph.add_edges_from(("hub", v) for v in list(graph) if v != "v00")
    graph.add_edges_from([("v01", "sink"), ("source", "v01")])
    return graph, _edges(spark, graph)


def _by_id(frame, order) -> pd.DataFrame:
    return frame.toPandas().set_index("id").loc[list(order)]


@pytest.mark.slow  # ~45 s of Spark each; the parity suite covers the driver path in make test
def test_eigenvector_centrality_equals_networkx(hub_graph) -> None:
    graph, edges = hub_graph
    reference = nx.eigenvector_centrality(graph, tol=1e-14, max_iter=10_000)
    got = _by_id(spark_spectral.eigenvector_centrality(edges, tol=1e-11), graph)["eigenvector"]
    np.testing.assert_allclose(got, [reference[v] for v in graph], rtol=1e-8)


@pytest.mark.slow  # ~45 s of Spark each; the parity suite covers the driver path in make test
def test_hits_equals_networkx(hub_digraph) -> None:
    graph, edges = hub_digraph
    hubs, authorities = nx.hits(graph, max_iter=10_000, tol=1e-14)
    got = _by_id(spark_spectral.hits(edges, directed=True, tol=1e-11), graph)
    np.testing.assert_allclose(got["hub"], [hubs[v] for v in graph], rtol=1e-8, atol=1e-15)
    np.testing.assert_allclose(got["authority"], [authorities[v] for v in graph], rtol=1e-8, atol=1e-15)
    assert got.loc["sink", "hub"] == 0.0 and got.loc["hub", "authority"] == 0.0


def test_clustering_equals_networkx(hub_graph, hub_digraph) -> None:
    for graph, edges in (hub_graph, hub_digraph):
        simple = nx.Graph(graph)  # the undirected simple view
        got = _by_id(spark_triangles.clustering(edges), graph)
        np.testing.assert_allclose(got["clustering"], [nx.clustering(simple)[v] for v in graph], rtol=1e-12)
        assert got["triangles"].to_dict() == nx.triangles(simple)


@pytest.mark.slow
def test_eigenvector_and_hits_with_a_small_spectral_gap(spark) -> None:
    """The karate club (second eigenvalue 0.77 of the first, shifted) and a random directed
    graph, to 1e-9 of NetworkX."""
    karate = nx.relabel_nodes(nx.karate_club_graph(), lambda v: f"m{v:02d}")
    reference = nx.eigenvector_centrality(karate, tol=1e-14, max_iter=10_000)
    got = _by_id(spark_spectral.eigenvector_centrality(_edges(spark, karate)), karate)["eigenvector"]
    np.testing.assert_allclose(got, [reference[v] for v in karate], rtol=1e-9)
    digraph = nx.relabel_nodes(nx.gnm_random_graph(30, 90, seed=11, directed=True), str)
    hubs, authorities = nx.hits(digraph, max_iter=10_000, tol=1e-14)
    got = _by_id(spark_spectral.hits(_edges(spark, digraph), directed=True), digraph)
    np.testing.assert_allclose(got["hub"], [hubs[v] for v in digraph], rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(got["authority"], [authorities[v] for v in digraph], rtol=1e-9, atol=1e-15)


@pytest.mark.slow
def test_clustering_on_ego_facebook_equals_networkx(spark) -> None:
    pairs = pd.read_csv(EGO, sep=r"\s+", header=None, names=["s", "d"], dtype=str)
    reference = nx.clustering(nx.from_pandas_edgelist(pairs, "s", "d"))
    got = spark_triangles.clustering(spark.createDataFrame(pairs.assign(w=1.0))).toPandas().set_index("id")
    np.testing.assert_allclose(got.loc[list(reference), "clustering"], list(reference.values()), rtol=1e-12)
