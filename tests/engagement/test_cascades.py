"""Cascade measures against brute force on random trees, and on a hand-made store."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest

from socialscope.engagement.cascades import cascades, roots_and_depths, tree_metrics
from socialscope.ingest import import_files


def random_forest(rng, trees=20, max_size=30):
    parent, offset = [], 0
    for _ in range(trees):
        size = int(rng.integers(1, max_size))
        for i in range(size):
            parent.append(-1 if i == 0 else offset + int(rng.integers(0, i)))
        offset += size
    return np.array(parent)


def test_structural_virality_equals_mean_pairwise_distance():
    parent = random_forest(np.random.default_rng(3))
    got = tree_metrics(parent).set_index("root")
    graph = nx.Graph([(i, p) for i, p in enumerate(parent) if p >= 0])
    graph.add_nodes_from(range(len(parent)))
    for component in nx.connected_components(graph):
        nodes = sorted(component)
        root = nodes[0]
        lengths = dict(nx.all_pairs_shortest_path_length(graph.subgraph(nodes)))
        pairs = list(itertools.permutations(nodes, 2))
        expected = np.mean([lengths[a][b] for a, b in pairs]) if pairs else np.nan
        row = got.loc[root]
        assert row["size"] == len(nodes)
        if len(nodes) > 1:
            assert row["structural_virality"] == pytest.approx(expected, rel=1e-12)
        depths = nx.single_source_shortest_path_length(graph.subgraph(nodes), root)
        assert row["depth"] == max(depths.values())
        assert row["breadth"] == max(np.bincount(list(depths.values())))


def test_roots_and_depths_on_a_chain():
    root, depth = roots_and_depths(np.array([-1, 0, 1, 2, 3, -1, 5]))
    assert list(root) == [0, 0, 0, 0, 0, 5, 5] and list(depth) == [0, 1, 2, 3, 4, 0, 1]


def test_cascades_from_the_store(store, tmp_path):
    (tmp_path / "posts.csv").write_text(
        "post_id,account_id,repost_of_post_id,reach\n"
        "r,brand,,100\nc1,fan,r,20\nc2,stranger,r,30\ng1,fan2,c1,50\nsolo,brand,,10\n"
    )
    (tmp_path / "follows.csv").write_text("src_account_id,dst_account_id\nfan,brand\nfan2,brand\n")
    import_files(store, "posts", [tmp_path / "posts.csv"])
    import_files(store, "follows", [tmp_path / "follows.csv"])
    got = cascades(store)
    assert list(got["root_post_id"]) == ["r"]  # 'solo' was never shared
    row = got.iloc[0]
    assert (row["size"], row["depth"], row["breadth"]) == (4, 2, 2)
    # pairwise distances in r-c1-g1, r-c2: (1+1+2+1+2+3) * 2 / 12
    assert row["structural_virality"] == pytest.approx(20 / 12)
    assert row["non_follower_reach_share"] == pytest.approx(30 / 200)


def test_a_repost_cycle_is_broken_at_its_smallest_post():
    from socialscope.forest import break_cycles, cycle_members

    # 0 -> 1 -> 2 -> 0 is a cycle; 3 hangs off it; 4 -> 5 -> 4 another; 6 is a self-repost
    parent = np.array([1, 2, 0, 1, 5, 4, 6, -1, 7])
    cycles = cycle_members(parent)
    assert sorted(list(c) for c in cycles) == [[0, 1, 2], [4, 5], [6]]
    forest, cut = break_cycles(parent)
    assert cut == 3 and list(forest) == [-1, 2, 0, 1, -1, 4, -1, -1, 7]
    root, depth = roots_and_depths(forest)
    assert list(root) == [0, 0, 0, 0, 4, 4, 6, 7, 7] and list(depth) == [0, 2, 1, 3, 0, 1, 0, 0, 1]


def test_roots_and_depths_refuses_a_cycle_instead_of_hanging():
    with pytest.raises(ValueError, match="cycle"):
        roots_and_depths(np.array([1, 2, 0]))


def test_cascades_check_and_attribution_survive_a_repost_cycle(store, tmp_path):
    from socialscope.engagement.cascades import post_roots
    from socialscope.store.maintenance import check_store

    (tmp_path / "posts.csv").write_text(
        "post_id,account_id,repost_of_post_id,reach\nb,u2,c,10\nc,u3,a,10\na,u1,b,10\nd,u4,a,5\nsolo,u5,,1\n"
    )
    import_files(store, "posts", [tmp_path / "posts.csv"])
    roots = post_roots(store).set_index("post_id")
    assert roots["root_post_id"].to_dict() == {"a": "a", "b": "a", "c": "a", "d": "a", "solo": "solo"}
    got = cascades(store)
    assert list(got["root_post_id"]) == ["a"] and got.iloc[0]["size"] == 4
    failed = [c for c in check_store(store) if not c.ok]
    assert [c.name for c in failed] == ["posts: repost links form no cycle"]
    assert "a → b → c" in failed[0].detail
