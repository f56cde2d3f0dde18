"""Centrality equals NetworkX on real graphs (ego-Facebook, email-Eu-core)."""

from __future__ import annotations

import warnings

import networkx as nx
import numpy as np
import pytest

from socialscope.network import centrality
from socialscope.network.centrality import EstimateWarning
from tests.network.conftest import by_id


def assert_close(ours: dict, reference: dict, atol: float) -> None:
    keys = sorted(reference)
    assert sorted(ours) == keys
    diff = np.abs(np.array([ours[k] for k in keys], dtype=float) - np.array([reference[k] for k in keys], dtype=float))
    assert diff.max() < atol, f"max |Δ| = {diff.max()}"


def test_ego_graph_was_imported_whole(ego):
    assert ego.n == 4039 and ego.graph.ecount() == 2 * 88234


def test_pagerank_equals_networkx(ego, ego_nx):
    reference = nx.pagerank(ego_nx, alpha=0.85, tol=1e-13, max_iter=10_000)
    assert_close(by_id(ego, centrality.pagerank(ego)), reference, 1e-6)


def test_pagerank_directed_with_dangling_nodes(email, email_nx):
    reference = nx.pagerank(email_nx, alpha=0.85, tol=1e-13, max_iter=10_000)
    assert_close(by_id(email, centrality.pagerank(email)), reference, 1e-6)


def test_exact_betweenness_on_a_500_account_slice_of_ego_facebook_equals_networkx(ego_nx):
    """The fast tier's exact reference: the ego-Facebook accounts 0–499 and the ties among them
    (the full graph is the slow tier's test below)."""
    from socialscope.network import graph_from_edges

    part = ego_nx.subgraph([str(v) for v in range(500)]).copy()
    edges = np.asarray(list(part.edges()), dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=False)
    ours = centrality.betweenness(g)
    assert not ours.estimated and g.n > 400
    connected = part.subgraph(g.account_ids)  # accounts with at least one tie in the slice
    assert_close(by_id(g, ours.values), nx.betweenness_centrality(connected, normalized=True), 1e-9)


@pytest.mark.slow
def test_exact_betweenness_equals_networkx(ego, ego_nx):
    ours = centrality.betweenness(ego)
    assert not ours.estimated
    reference = nx.betweenness_centrality(ego_nx, normalized=True)
    assert_close(by_id(ego, ours.values), reference, 1e-9)


def test_directed_betweenness_equals_networkx(email, email_nx):
    reference = nx.betweenness_centrality(email_nx, normalized=True)
    assert_close(by_id(email, centrality.betweenness(email).values), reference, 1e-9)


def test_sampled_betweenness_on_a_directed_graph_is_within_its_bound(ego):
    exact = centrality.betweenness(ego).values
    with pytest.warns(EstimateWarning, match="sampled sources"):
        approx = centrality.betweenness(ego, exact_limit=0, samples=400, delta=0.1, seed=1)
    assert approx.estimated
    bound = float(approx.error_bound.split()[0].lstrip("±"))
    assert bound == pytest.approx((np.log(2 / 0.1) / (2 * 400)) ** 0.5, rel=1e-3)
    assert (np.abs(approx.values - exact) <= bound).mean() >= 0.9  # per-account guarantee
    assert np.corrcoef(approx.values, exact)[0, 1] > 0.95


def test_sampled_betweenness_on_an_undirected_graph(ego_nx):
    from socialscope.network import graph_from_edges

    edges = np.asarray(list(ego_nx.edges()), dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=False)
    exact = centrality.betweenness(g).values
    with pytest.warns(EstimateWarning):
        approx = centrality.betweenness(g, samples=400, seed=2)
    bound = float(approx.error_bound.split()[0].lstrip("±"))
    assert (np.abs(approx.values - exact) <= bound).mean() >= 0.9


def test_core_number_and_clustering_equal_networkx(ego, ego_nx):
    assert by_id(ego, centrality.core_number(ego)) == nx.core_number(ego_nx)
    assert_close(by_id(ego, centrality.clustering(ego)), nx.clustering(ego_nx), 1e-12)


def test_eigenvector_equals_networkx(ego, ego_nx):
    assert_close(by_id(ego, centrality.eigenvector(ego)), nx.eigenvector_centrality_numpy(ego_nx), 1e-6)


def test_harmonic_equals_networkx(email, email_nx):
    ours = centrality.harmonic(email)
    assert not ours.estimated
    assert_close(by_id(email, ours.values), nx.harmonic_centrality(email_nx), 1e-9)


def test_sampled_harmonic_is_close(ego):
    exact = centrality.harmonic(ego).values
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EstimateWarning)
        approx = centrality.harmonic(ego, exact_limit=0, samples=400, seed=3)
    assert approx.estimated
    assert np.median(np.abs(approx.values - exact) / exact) < 0.1


def test_hits_equals_networkx_on_strongly_connected_part(email_nx):
    from socialscope.network import graph_from_edges

    core = email_nx.subgraph(max(nx.strongly_connected_components(email_nx), key=len)).copy()
    edges = np.asarray(list(core.edges()), dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=True)
    hubs, authorities = nx.hits(core, max_iter=10_000, tol=1e-14)
    ours_h, ours_a = centrality.hits(g)
    assert_close(by_id(g, ours_h), hubs, 1e-6)
    assert_close(by_id(g, ours_a), authorities, 1e-6)


def test_node_reciprocity_equals_networkx(email, email_nx):
    reference = nx.reciprocity(email_nx, list(email_nx.nodes()))
    ours = by_id(email, centrality.reciprocity(email))
    assert_close({k: ours[k] for k in reference}, reference, 1e-12)


def test_degrees(email, email_nx):
    d = centrality.degrees(email)
    assert by_id(email, d["in_degree"]) == dict(email_nx.in_degree())
    assert by_id(email, d["out_degree"]) == dict(email_nx.out_degree())
