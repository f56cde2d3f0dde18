"""Key-person risk against brute force: every person removed in turn from a NetworkX copy and
every measure recomputed from its definition (all sources, so the estimate is exact)."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest

from socialscope.network import betweenness, graph_from_edges, key_person_risk


def fragmentation_and_mean_path(graph: nx.Graph, people: list) -> tuple[float, float]:
    """Borgatti's distance-weighted fragmentation over ordered pairs of ``people`` (1/∞ = 0),
    and the mean finite shortest-path length between them."""
    lengths = dict(nx.all_pairs_shortest_path_length(graph))
    inverse, finite = [], []
    for i, j in itertools.permutations(people, 2):
        d = lengths[i].get(j)
        inverse.append(0.0 if d is None else 1.0 / d)
        if d is not None:
            finite.append(d)
    return 1.0 - sum(inverse) / len(inverse), float(np.mean(finite))


def brute_force(graph: nx.Graph, community: dict, v) -> dict:
    stay = [u for u in graph if u != v]
    without = graph.subgraph(stay)
    before_frag, before_path = fragmentation_and_mean_path(graph, stay)
    after_frag, after_path = fragmentation_and_mean_path(without, stay)
    lcc_before = max(len(c - {v}) for c in nx.connected_components(graph)) / len(stay)
    lcc_after = max(len(c) for c in nx.connected_components(without)) / len(stay)
    orphaned = 0
    for c in set(community.values()):
        ties = [(a, b) for a, b in graph.edges() if (community[a] == c) != (community[b] == c)]
        ties = [t for t in ties if community[t[0]] == c or community[t[1]] == c]
        orphaned += bool(ties) and all(v in t for t in ties)
    nonredundant = sum(1 for u in graph[v] if not (set(graph[u]) & set(graph[v])))
    return {
        "risk_score": after_frag - before_frag,
        "lcc_share_drop": lcc_before - lcc_after,
        "path_length_increase": (after_path - before_path) / before_path,
        "orphaned_communities": orphaned,
        "nonredundant_ties": nonredundant,
    }


def two_parts() -> nx.Graph:
    """Karate club's first 20 members' ties plus a separate 6-person chain-and-triangle."""
    karate = nx.karate_club_graph()
    graph = nx.Graph((f"k{a}", f"k{b}") for a, b in karate.subgraph(range(20)).edges())
    graph.add_edges_from([("c0", "c1"), ("c1", "c2"), ("c2", "c3"), ("c3", "c4"), ("c4", "c5"), ("c3", "c5")])
    return graph


def karate() -> nx.Graph:
    return nx.relabel_nodes(nx.karate_club_graph(), lambda u: f"k{u}")


@pytest.mark.parametrize("make", [karate, two_parts])
def test_every_measure_equals_brute_force_removal(make):
    graph = make()
    edges = np.asarray(list(graph.edges()), dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=False)
    ids = list(g.account_ids)
    # communities by a rule of our own (not our Leiden): karate's two clubs, the chain apart
    community = {u: (2 if u.startswith("c") else int(int(u[1:]) % 3 == 0)) for u in ids}
    membership = np.array([community[u] for u in ids])
    table = key_person_risk(g, membership, betweenness(g).values, vertices=list(range(g.n)), samples=g.n).set_index(
        "account_id"
    )
    for v in ids:
        expected = brute_force(graph, community, v)
        row = table.loc[v]
        for measure in ("risk_score", "lcc_share_drop", "path_length_increase"):
            assert row[measure] == pytest.approx(expected[measure], abs=1e-12), (v, measure)
        assert row["orphaned_communities"] == expected["orphaned_communities"], v
        assert row["nonredundant_ties"] == expected["nonredundant_ties"], v
