"""The large-graph path (NetworKit and SciPy, no igraph) equals NetworkX on real graphs.

Graphs above ``LARGE_GRAPH_EDGES`` ties take this path; here the limit is lowered to 0 so
ego-Facebook and email-Eu-core go through it and can be checked against the reference.
"""

from __future__ import annotations

import warnings

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from socialscope.network import build, centrality, community, graph_stats
from socialscope.network.analysis import compute_metrics
from socialscope.network.build import SocialGraph
from tests.network.conftest import by_id
from tests.network.test_centrality import assert_close


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(build, "LARGE_GRAPH_EDGES", 0)

    def fresh(g: SocialGraph) -> SocialGraph:
        copy = SocialGraph(g.name, g.account_ids, g.edge_array, g.weights, g.directed)
        assert copy.large
        return copy

    return fresh


def test_pagerank_by_power_iteration_equals_networkx(large, ego, ego_nx, email, email_nx):
    for g, reference in ((ego, ego_nx), (email, email_nx)):
        expected = nx.pagerank(reference, alpha=0.85, tol=1e-13, max_iter=10_000)
        assert_close(by_id(g, centrality.pagerank(large(g))), expected, 1e-9)


def test_undirected_pagerank_counts_each_tie_both_ways(large):
    pairs = np.array([[0, 1], [1, 2], [2, 0], [2, 3], [3, 4]])
    g = build.graph_from_edges(pairs[:, 0].astype(str), pairs[:, 1].astype(str), directed=False)
    reference = nx.Graph([tuple(map(str, p)) for p in pairs])
    assert_close(by_id(g, centrality.pagerank(large(g))), nx.pagerank(reference, tol=1e-13), 1e-9)


def test_eigenvector_and_hits_by_arpack_equal_networkx(large, ego, ego_nx, email_nx):
    assert_close(by_id(ego, centrality.eigenvector(large(ego))), nx.eigenvector_centrality_numpy(ego_nx), 1e-8)
    core = email_nx.subgraph(max(nx.strongly_connected_components(email_nx), key=len)).copy()
    src, dst = zip(*core.edges(), strict=True)
    g = build.graph_from_edges(np.array(src), np.array(dst), directed=True)
    hubs, authorities = nx.hits(core, max_iter=10_000, tol=1e-14)
    ours_h, ours_a = centrality.hits(large(g))
    assert_close(by_id(g, ours_h), hubs, 1e-8)
    assert_close(by_id(g, ours_a), authorities, 1e-8)


def test_communities_by_plm_are_good_and_reproducible(large, ego, ego_nx):
    first = community.leiden(large(ego), seed=7)
    again = community.leiden(large(ego), seed=7)
    assert (first.membership == again.membership).all()
    assert first.modularity >= 0.82  # NetworkX Louvain reaches 0.835 with seed 42
    communities = [set(ego.account_ids[first.membership == c]) for c in range(first.membership.max() + 1)]
    assert first.modularity == pytest.approx(nx.community.modularity(ego_nx.to_undirected(), communities), abs=1e-9)


def test_graph_summary_without_igraph(large, email, email_nx):
    diameter = email.undirected().connected_components().giant().diameter(directed=False)  # igraph, exact
    g = large(email)
    summary = graph_stats.graph_summary(g)
    und = email_nx.to_undirected()
    und.remove_edges_from(nx.selfloop_edges(und))
    assert summary["transitivity"] == pytest.approx(nx.transitivity(und), rel=1e-12)
    assert summary["reciprocity"] == pytest.approx(nx.overall_reciprocity(email_nx), rel=1e-12)
    assert summary["components"] == nx.number_connected_components(und)
    assert summary["diameter_estimated"]
    assert 0.5 * diameter <= summary["diameter"] <= diameter
    assert g._igraph is None and g._undirected is None


def test_every_metric_runs_without_building_igraph(large, ego, ego_nx):
    exact = dict(zip(ego.account_ids, centrality.harmonic(ego).values, strict=True))  # small path: = NetworkX
    g = large(ego)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", centrality.EstimateWarning)
        frame, partition, notes = compute_metrics(g, betweenness_samples=64)
    assert g._igraph is None and g._undirected is None
    assert any("betweenness estimated" in note for note in notes)
    assert any("harmonic closeness" in note for note in notes)
    ours = frame.set_index("account_id")
    assert_close(ours["core_number"].to_dict(), nx.core_number(ego_nx.to_undirected()), 1e-12)
    assert_close(ours["clustering"].to_dict(), nx.clustering(ego_nx.to_undirected()), 1e-12)
    keys = sorted(exact)
    relative = np.abs(ours.loc[keys, "harmonic"].to_numpy() - np.array([exact[k] for k in keys])) / np.array(
        [exact[k] for k in keys]
    )
    assert np.median(relative) < 0.2


def test_two_threads_give_the_results_of_one_measure_at_a_time(large, email):
    timings: dict[str, float] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", centrality.EstimateWarning)
        frame, partition, _ = compute_metrics(large(email), betweenness_samples=32, seed=7, timings=timings)
        alone = large(email)
        betweenness = centrality.betweenness(alone, samples=32, seed=7).values
        harmonic = centrality.harmonic(alone, samples=32, seed=7).values
    assert {"communities (Leiden)", "betweenness", "structural holes", "graph-level measures"} <= set(timings)
    np.testing.assert_array_equal(partition.membership, community.leiden(alone, seed=7).membership)
    np.testing.assert_array_equal(frame["betweenness"], betweenness)
    np.testing.assert_array_equal(frame["harmonic"], harmonic)
    np.testing.assert_array_equal(frame["pagerank"], centrality.pagerank(alone))
    np.testing.assert_array_equal(frame["core_number"], centrality.core_number(alone))
    again, _, _ = compute_metrics(large(email), betweenness_samples=32, seed=7)
    pd.testing.assert_frame_equal(again, frame, rtol=1e-9)  # ARPACK's start vector varies in the last bits


def test_leading_eigenvector_meets_arpacks_residual_and_equals_a_dense_solver(email):
    a = email.symmetric_csr()
    vector = centrality.leading_eigenvector(a)
    values, vectors = np.linalg.eigh(a.toarray())
    value = values[-1]
    assert np.linalg.norm(a @ vector - value * vector) <= 1e-8 * value
    np.testing.assert_allclose(np.abs(vector), np.abs(vectors[:, -1]), atol=1e-9)


def test_leading_eigenvector_of_tiny_and_disconnected_matrices():
    two = sp.csr_matrix(np.array([[0.0, 1.0], [1.0, 0.0]]))
    np.testing.assert_allclose(np.abs(centrality.leading_eigenvector(two)), [2**-0.5, 2**-0.5])
    # a 6-clique beside a 5-clique: the leading eigenvector lives on the larger clique only, up to
    # what the residual criterion allows (residual 1e-8·5 over the eigenvalue gap 5 − 4: 5e-8)
    blocks = sp.block_diag([np.ones((6, 6)) - np.eye(6), np.ones((5, 5)) - np.eye(5)], format="csr")
    vector = centrality.leading_eigenvector(blocks)
    assert np.linalg.norm(blocks @ vector - 5 * vector) <= 1e-7
    np.testing.assert_allclose(np.abs(vector[:6]), 6**-0.5, atol=1e-7)
    np.testing.assert_allclose(vector[6:], 0, atol=1e-7)
    np.testing.assert_array_equal(vector, centrality.leading_eigenvector(blocks))  # seeded: the same every run


def test_leading_eigenvector_falls_back_to_arpack_when_lobpcg_stalls(email, monkeypatch):
    import scipy.sparse.linalg

    def stalled(matrix, start, **_):  # returns its start untouched, as if out of iterations
        return np.array([1.0]), start

    monkeypatch.setattr(scipy.sparse.linalg, "lobpcg", stalled)
    a = email.symmetric_csr()
    vector = centrality.leading_eigenvector(a)
    value = vector @ (a @ vector)
    assert np.linalg.norm(a @ vector - value * vector) <= 1e-8 * value
