"""Key-person risk on graphs whose answer is known."""

from __future__ import annotations

import numpy as np
import pytest

from socialscope.network import betweenness, graph_from_edges, key_person_risk, leiden


def barbell():
    """Two 5-cliques joined only through 'm'; 'x' hangs off the left clique."""
    left = [f"l{i}" for i in range(5)]
    right = [f"r{i}" for i in range(5)]
    pairs = [(a, b) for group in (left, right) for i, a in enumerate(group) for b in group[i + 1 :]]
    pairs += [("l0", "m"), ("m", "r0"), ("l1", "x")]
    src, dst = zip(*pairs, strict=True)
    return graph_from_edges(np.array(src, dtype=object), np.array(dst, dtype=object), directed=False)


def test_the_bridge_person_ranks_first():
    g = barbell()
    partition = leiden(g, seed=1)
    table = key_person_risk(g, partition.membership, betweenness(g).values, candidates=12)
    top = table.iloc[0]
    assert top["account_id"] in {"m", "l0", "r0"}  # the three on the only path between halves
    m = table.set_index("account_id").loc["m"]
    # 12 people; without m: left half (l0-l4 + x = 6) and right half (5) -> LCC 6/11
    assert m["lcc_share_drop"] == pytest.approx(1.0 - 6 / 11)
    assert m["orphaned_communities"] >= 1
    assert m["nonredundant_ties"] == 2  # neither of m's ties is in a triangle
    assert table.set_index("account_id").loc["l2", "risk_score"] == pytest.approx(0.0, abs=0.02)


def test_named_vertices_only():
    g = barbell()
    partition = leiden(g, seed=1)
    v = list(g.account_ids).index("x")
    table = key_person_risk(g, partition.membership, betweenness(g).values, vertices=[v])
    assert list(table["account_id"]) == ["x"]
    assert table["lcc_share_drop"][0] == pytest.approx(0.0)
    assert table["nonredundant_ties"][0] == 1


def test_demo_workplace_leads_are_the_key_people(demo_db):
    from socialscope.store import Store

    with Store(demo_db, read_only=True) as store:
        top = store.df("""SELECT r.account_id, a.attributes->>'title' AS title, r.orphaned_communities
                          FROM key_person_risk r JOIN accounts a USING (account_id)
                          WHERE r.graph = 'collaboration' ORDER BY r.rank LIMIT 3""")
    assert top["title"].iloc[0] in {"Team Lead", "Program Manager"}
