"""Bridge ties equal NetworkX's ``bridges`` (Tarjan's depth-first chains) on real and awkward graphs."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from socialscope.network.bridges import bridge_ties, spanning_forest
from socialscope.network.build import graph_from_edges
from tests.network.conftest import by_id


def networkx_counts(graph: nx.Graph) -> dict[str, int]:
    counts = dict.fromkeys(graph.nodes(), 0)
    for a, b in nx.bridges(graph):
        counts[a] += 1
        counts[b] += 1
    return counts


def as_social_graph(graph: nx.Graph | nx.DiGraph):
    edges = np.asarray([(str(a), str(b)) for a, b in graph.edges()], dtype=object)
    return graph_from_edges(edges[:, 0], edges[:, 1], directed=graph.is_directed())


def test_bridge_ties_match_networkx_on_ego_facebook(ego, ego_nx):
    ours = by_id(ego, bridge_ties(ego))
    assert ours == networkx_counts(ego_nx)
    assert sum(ours.values()) > 0  # ego-Facebook has bridges (its leaves), so the check has teeth


def test_bridge_ties_match_networkx_on_the_undirected_view_of_email(email, email_nx):
    undirected = email_nx.to_undirected()
    assert by_id(email, bridge_ties(email)) == networkx_counts(undirected)


@pytest.mark.parametrize(
    "graph",
    [
        nx.barbell_graph(5, 3),
        nx.path_graph(40),
        nx.cycle_graph(9),
        nx.balanced_tree(3, 4),
        nx.disjoint_union_all([nx.path_graph(3), nx.cycle_graph(4), nx.complete_graph(2), nx.lollipop_graph(4, 6)]),
        nx.gnm_random_graph(400, 430, seed=1),
        nx.gnm_random_graph(300, 900, seed=2),
    ],
    ids=["barbell", "path", "cycle", "tree", "several-components", "sparse-random", "denser-random"],
)
def test_bridge_ties_match_networkx_on_shapes(graph):
    graph = nx.relabel_nodes(graph, str)
    graph.remove_nodes_from(list(nx.isolates(graph)))  # a graph built from ties has no isolated accounts
    assert by_id(as_social_graph(graph), bridge_ties(as_social_graph(graph))) == networkx_counts(graph)


def test_reciprocal_ties_and_self_ties_count_once_in_the_undirected_view():
    g = graph_from_edges(
        np.array(["a", "b", "b", "c", "c", "a", "c", "d", "d", "d"], dtype=object),
        np.array(["b", "a", "c", "b", "a", "c", "d", "c", "d", "e"], dtype=object),
        directed=True,
    )
    # triangle a-b-c (with reciprocal ties), then the bridges c-d and d-e; d's self-tie ignored
    assert by_id(g, bridge_ties(g)) == {"a": 0, "b": 0, "c": 1, "d": 2, "e": 1}


def test_spanning_forest_has_one_root_per_component_and_uses_real_ties():
    graph = nx.relabel_nodes(nx.disjoint_union_all([nx.path_graph(5), nx.cycle_graph(6), nx.star_graph(3)]), str)
    g = as_social_graph(graph)
    parent = spanning_forest(g)
    assert (parent < 0).sum() == nx.number_connected_components(graph)
    ids = g.account_ids
    for child in np.flatnonzero(parent >= 0):
        assert graph.has_edge(ids[child], ids[parent[child]])
