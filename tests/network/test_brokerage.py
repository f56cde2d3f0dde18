"""Burt's constraint and effective size equal NetworkX; hierarchy by hand.

NetworkX 3.6 has two code paths for ``effective_size``: called without ``nodes`` it uses a
vectorised SciPy version that divides by each row's maximum as a 1-D array, which
broadcasts over columns (a bug: the result differs from Burt's definition on directed or
weighted graphs); called with ``nodes`` it follows the definition term by term. We compare
with the latter (``nodes=list(G)``).
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from socialscope.network import graph_from_edges, structural_holes
from tests.network.conftest import by_id


def compare(ours: dict, reference: dict) -> None:
    keys = [k for k, v in reference.items() if not math.isnan(v)]  # NetworkX: nan without successors
    assert len(keys) > 0.9 * len(reference)
    got = np.array([ours[k] for k in keys])
    want = np.array([reference[k] for k in keys])
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)


def test_directed_real_graph(email, email_nx):
    holes = structural_holes(email)
    compare(by_id(email, holes.constraint), nx.constraint(email_nx))
    # NetworkX's definition path is cubic in degree: check it on a 150-person slice
    part = email_nx.subgraph([n for n in email_nx if int(n) < 150]).copy()
    part.remove_nodes_from([n for n in list(part) if part.degree(n) == 0])
    edges = np.asarray(list(part.edges()), dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=True)
    compare(by_id(g, structural_holes(g).effective_size), nx.effective_size(part, nodes=list(part)))


def test_undirected_real_graph(ego_nx):
    sample = ego_nx.subgraph(sorted(ego_nx.nodes(), key=int)[:500]).copy()
    edges = np.asarray(list(sample.edges()), dtype=object)
    g = graph_from_edges(edges[:, 0], edges[:, 1], directed=False)
    holes = structural_holes(g)
    compare(by_id(g, holes.constraint), nx.constraint(sample))
    compare(by_id(g, holes.effective_size), nx.effective_size(sample, nodes=list(sample)))


def test_weighted_ties_equal_networkx():
    edges = [("a", "b", 3.0), ("a", "c", 1.0), ("b", "c", 2.0), ("c", "d", 5.0), ("d", "a", 1.0)]
    reference = nx.Graph()
    reference.add_weighted_edges_from(edges)
    g = graph_from_edges(
        np.array([e[0] for e in edges], dtype=object),
        np.array([e[1] for e in edges], dtype=object),
        directed=False,
        weights=np.array([e[2] for e in edges]),
    )
    holes = structural_holes(g)
    compare(by_id(g, holes.constraint), nx.constraint(reference, weight="weight"))
    compare(by_id(g, holes.effective_size), nx.effective_size(reference, nodes=list(reference), weight="weight"))


def test_hierarchy_by_hand():
    # Ego e with contacts a, b, c; a and b are tied to each other, c is isolated from them.
    # p_ej = 1/3 for each contact; p_ab = p_ba = 1/2 (a's contacts: e and b).
    # c_ea = (1/3 + p_eb p_ba)^2 = (1/3 + 1/6)^2 = 1/4 = c_eb;  c_ec = (1/3)^2 = 1/9
    # C = 1/2 + 1/9 = 11/18; mean C/N = 11/54; r = (54/44, 54/44, 6/11)
    # H = Σ r ln r / (3 ln 3)
    g = graph_from_edges(
        np.array(["e", "e", "e", "a"], dtype=object), np.array(["a", "b", "c", "b"], dtype=object), directed=False
    )
    holes = structural_holes(g)
    ego = list(g.account_ids).index("e")
    r = np.array([54 / 44, 54 / 44, 6 / 11])
    assert holes.constraint[ego] == pytest.approx(11 / 18)
    assert holes.hierarchy[ego] == pytest.approx((r * np.log(r)).sum() / (3 * math.log(3)))
    # one contact only: hierarchy is undefined (N ln N = 0)
    assert math.isnan(holes.hierarchy[list(g.account_ids).index("c")])


def test_equal_contributions_mean_zero_hierarchy():
    star = graph_from_edges(np.array(["e"] * 4, dtype=object), np.array(list("abcd"), dtype=object), directed=False)
    holes = structural_holes(star)
    assert holes.hierarchy[list(star.account_ids).index("e")] == pytest.approx(0.0)


def test_budget_limits_work_to_top_vertices(ego):
    holes = structural_holes(ego, work_limit=0, min_rows=50)
    assert holes.partial
    assert np.isfinite(holes.constraint).sum() == 50
    full = structural_holes(ego)
    computed = np.isfinite(holes.constraint)
    # the best-connected accounts are the ones computed, with their exact values
    assert holes.constraint[computed] == pytest.approx(full.constraint[computed], rel=1e-12)
    degree = np.bincount(ego.edges().ravel(), minlength=ego.n)
    assert degree[computed].min() >= np.sort(degree)[-50]

    budget = structural_holes(ego, work_limit=1e6, min_rows=1)
    assert 1 < np.isfinite(budget.constraint).sum() < ego.n
