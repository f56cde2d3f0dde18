"""Cached text scores: only new or edited texts are scored; a new version rescores all."""

from __future__ import annotations

import pandas as pd

from socialscope.store.text_scores import refresh_scores

SOURCE = "SELECT post_id AS id, text FROM posts WHERE text IS NOT NULL"


def _refresh(store, version: str, seen: list[str], *, full: bool = False, primary_key: bool = False) -> int:
    def score(rows: pd.DataFrame) -> pd.DataFrame:
        seen.extend(rows["text"])
        # a stand-in scorer in a declared score table: "confidence" = the text's length, "language" = the version
        return pd.DataFrame({"language": version, "confidence": rows["text"].str.len().astype(float)})

    return refresh_scores(store, "post_language", "post_id", SOURCE, facts=("text",), version=version, score=score,
                          full=full, primary_key=primary_key)  # fmt: skip


def _stored(store) -> dict[str, tuple[int, str]]:
    rows = store.con.execute("SELECT post_id, confidence::BIGINT, language FROM post_language").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def test_only_new_or_edited_texts_are_scored(store):
    store.con.execute("INSERT INTO posts (post_id, text) VALUES ('a', 'hello'), ('b', 'hello world'), ('c', NULL)")
    seen: list[str] = []
    assert _refresh(store, "v1", seen) == 2
    assert _stored(store) == {"a": (5, "v1"), "b": (11, "v1")}
    seen.clear()
    assert _refresh(store, "v1", seen) == 0 and seen == []
    store.con.execute("UPDATE posts SET text = 'hi' WHERE post_id = 'a'")  # edited
    store.con.execute("DELETE FROM posts WHERE post_id = 'b'")  # deleted: its score goes
    store.con.execute("INSERT INTO posts (post_id, text) VALUES ('d', 'new one'), ('e', 'hi')")
    assert _refresh(store, "v1", seen) == 3  # a (edited), d and e (new); not c (no text)
    assert sorted(seen) == ["hi", "new one"]  # the 'hi' of a and of e is scored once
    assert _stored(store) == {"a": (2, "v1"), "d": (7, "v1"), "e": (2, "v1")}
    seen.clear()
    store.con.execute("INSERT INTO posts (post_id, text) VALUES ('f', 'hi')")  # a text scored before
    assert _refresh(store, "v1", seen) == 0 and seen == []  # copied from a and e
    assert _stored(store)["f"] == (2, "v1")


def test_a_new_version_or_full_rescores_everything(store):
    store.con.execute("INSERT INTO posts (post_id, text) VALUES ('a', 'one'), ('b', 'two')")
    seen: list[str] = []
    _refresh(store, "v1", seen)
    assert _refresh(store, "v2", seen) == 2
    assert {v for _, v in _stored(store).values()} == {"v2"}
    assert _refresh(store, "v2", seen, full=True) == 2
    assert store.count("post_language") == 2


def test_a_mostly_stale_table_is_rebuilt_with_the_current_rows_and_its_key(store):
    """When most cached scores are stale (a new model; here most texts edited) the table is
    rebuilt from the rows still current rather than emptied row by row (DuckDB deletes and
    re-inserts primary keys in one transaction very slowly); the result is the same."""
    import duckdb
    import pytest

    store.con.execute("INSERT INTO posts (post_id, text) VALUES ('a', 'one'), ('b', 'two'), ('c', 'three')")
    seen: list[str] = []
    _refresh(store, "v1", seen, primary_key=True)
    store.con.execute("UPDATE posts SET text = text || '!' WHERE post_id IN ('b', 'c')")
    seen.clear()
    assert _refresh(store, "v1", seen, primary_key=True) == 2 and sorted(seen) == ["three!", "two!"]
    assert _stored(store) == {"a": (3, "v1"), "b": (4, "v1"), "c": (6, "v1")}
    with pytest.raises(duckdb.ConstraintException):
        store.con.execute("INSERT INTO post_language (post_id, language) VALUES ('a', 'xx')")
    assert _refresh(store, "v1", seen, primary_key=True, full=True) == 3
    assert _stored(store) == {"a": (3, "v1"), "b": (4, "v1"), "c": (6, "v1")}
