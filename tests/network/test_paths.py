"""The NumPy breadth-first searches equal NetworkX: distances, and with every vertex as a
source, Brandes's dependencies sum to NetworkX's exact betweenness."""

from __future__ import annotations

import networkx as nx
import numpy as np

from socialscope.network import graph_from_edges, paths
from tests.network.conftest import by_id
from tests.network.test_centrality import assert_close


def test_every_source_gives_exact_directed_betweenness(email, email_nx):
    sample = paths.path_sample(email, np.arange(email.n))
    reference = nx.betweenness_centrality(email_nx, normalized=False)
    assert_close(by_id(email, sample.dependency), reference, 1e-9)


def test_every_source_gives_exact_undirected_betweenness():
    karate = nx.karate_club_graph()
    edges = np.asarray([(str(a), str(b)) for a, b in karate.edges()], dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=False)
    sample = paths.path_sample(g, np.arange(g.n))
    reference = {str(v): value for v, value in nx.betweenness_centrality(karate, normalized=False).items()}
    # each pair is searched from both of its ends
    assert_close(by_id(g, sample.dependency / 2), reference, 1e-9)


def test_distances_and_harmonic_sums_equal_networkx(email, email_nx):
    index = {account: i for i, account in enumerate(email.account_ids)}
    for account in ("0", "160", "1004"):
        ours = paths.hop_distances(email, index[account])
        expected = nx.single_source_shortest_path_length(email_nx, account)
        assert {email.account_ids[v]: int(d) for v, d in enumerate(ours) if d >= 0} == expected
        undirected = paths.hop_distances(email, index[account], undirected=True)
        assert (undirected[ours >= 0] <= ours[ours >= 0]).all()
        assert {email.account_ids[v]: int(d) for v, d in enumerate(undirected) if d >= 0} == dict(
            nx.single_source_shortest_path_length(email_nx.to_undirected(), account)
        )
    sample = paths.path_sample(email, np.arange(email.n))
    assert_close(by_id(email, sample.inverse_distance), nx.harmonic_centrality(email_nx), 1e-9)


def test_unreachable_vertices_and_isolated_sources():
    g = graph_from_edges(np.array(["a", "b", "x"]), np.array(["b", "c", "y"]), directed=True)
    index = {account: i for i, account in enumerate(g.account_ids)}
    distances = paths.hop_distances(g, index["a"])
    assert [distances[index[v]] for v in "abcxy"] == [0, 1, 2, -1, -1]
    sample = paths.path_sample(g, np.array([index["c"]]))  # a sink: no search beyond itself
    assert not sample.dependency.any() and not sample.inverse_distance.any()
    assert paths.path_sample(g, np.array([index["a"]])).dependency[index["b"]] == 1.0
