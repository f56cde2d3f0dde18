"""Graphs built from the store: direction, weights, filters, the collaboration tie rule."""

from __future__ import annotations

import pytest

from socialscope.errors import UsageError
from socialscope.ingest import import_files
from socialscope.network import build_graph


def edges(g):
    return sorted(
        (g.account_ids[a], g.account_ids[b], w)
        for (a, b), w in zip(g.graph.get_edgelist(), g.graph.es["weight"], strict=True)
    )


@pytest.fixture
def messages(store, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "actor_account_id,kind,target_account_id,created_at\n"
        "a,message,b,2025-01-01\n"
        "b,message,a,2025-01-20\n"  # a-b: 2 within 28 days -> tie (weight 2)
        "a,email,c,2025-01-01\n"
        "a,email,c,2025-03-01\n"  # a-c: 2 but 59 days apart -> no tie
        "c,message,d,2025-02-01\n"
        "c,message,d,2025-02-02\n"
        "d,message,c,2025-02-03\n"  # c-d: 3 -> tie (weight 3)
        "d,like,a,2025-02-03\n"  # not a collaboration kind
    )
    import_files(store, "interactions", [path])
    return store


def test_collaboration_tie_rule(messages):
    g = build_graph(messages, "collaboration")
    assert not g.directed
    assert edges(g) == [("a", "b", 2.0), ("c", "d", 3.0)]
    assert edges(build_graph(messages, "collaboration", min_ties=3)) == [("c", "d", 3.0)]
    assert len(edges(build_graph(messages, "collaboration", window_days=60))) == 3


def test_interactions_graph_resolves_post_authors_and_filters(store, tmp_path):
    posts = tmp_path / "p.csv"
    posts.write_text("post_id,account_id\np1,brand\n")
    inter = tmp_path / "i.csv"
    inter.write_text(
        "actor_account_id,kind,post_id,target_account_id,created_at\n"
        "u1,like,p1,,2025-01-01\nu1,comment,p1,,2025-01-02\nu2,mention,,brand,2025-02-01\n"
        "u2,message,,u1,2025-02-01\nbrand,like,p1,,2025-01-01\n"
    )
    import_files(store, "posts", [posts])
    import_files(store, "interactions", [inter])
    assert edges(build_graph(store, "interactions")) == [("u1", "brand", 2.0), ("u2", "brand", 1.0)]
    assert edges(build_graph(store, "interactions", kinds=("comment",))) == [("u1", "brand", 1.0)]
    assert edges(build_graph(store, "interactions", since="2025-01-15")) == [("u2", "brand", 1.0)]


def test_follows_graph_direction_and_time_window(store, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("src_account_id,dst_account_id,followed_at\nfan,star,2024-01-01\nstar,fan,2025-06-01\nfan,fan,\n")
    import_files(store, "follows", [path])
    assert edges(build_graph(store, "follows")) == [("fan", "star", 1.0), ("star", "fan", 1.0)]
    assert edges(build_graph(store, "follows", until="2025-01-01")) == [("fan", "star", 1.0)]


def test_unknown_graph(store):
    with pytest.raises(UsageError, match="unknown graph"):
        build_graph(store, "friends")


def test_a_view_asked_for_by_two_threads_at_once_is_computed_once():
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from socialscope.network.build import graph_from_edges

    g = graph_from_edges(np.array(["a", "b"], dtype=object), np.array(["b", "c"], dtype=object), directed=True)
    calls = []
    started = threading.Event()

    def slow_view() -> list[int]:
        calls.append(threading.get_ident())
        started.set()
        time.sleep(0.2)  # long enough for the second thread to arrive while the first computes
        return [1, 2, 3]

    def ask() -> list[int]:
        return g.once("slow", slow_view)

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(ask)
        started.wait()
        second = pool.submit(ask)
        assert first.result() is second.result()
    assert len(calls) == 1
    assert g.once("slow", lambda: [0]) == [1, 2, 3]  # kept
    g.release()
    assert g.once("slow", lambda: [0]) == [0]  # released views are computed afresh
