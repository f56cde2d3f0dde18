"""Table fingerprints: unchanged by a re-import of the same rows, changed by any edit."""

from __future__ import annotations

import pandas as pd

from socialscope.store.fingerprint import query_fingerprint, table_fingerprint
from socialscope.store.loader import merge
from socialscope.store.schema import POSTS


def _import_posts(store, frame: pd.DataFrame) -> None:
    """Through the importer's merge: rows with a known key are deleted and inserted again."""
    store.con.register("_part", frame.astype(object))
    given = set(frame.columns)
    values = {c.name: f'"{c.name}"' if c.name in given else "NULL" for c in POSTS.columns}
    select = ", ".join(f'CAST({values[c.name]} AS {c.sql_type}) AS "{c.name}"' for c in POSTS.columns)
    with store.transaction() as con:
        merge(con, POSTS, f"SELECT row_number() OVER () AS _row, {select}, NULL::JSON AS extra FROM _part")
    store.con.unregister("_part")


def test_fingerprint_survives_reimport_and_sees_every_change(store):
    posts = pd.DataFrame(
        {"post_id": ["a", "b", "c"], "account_id": ["x", "y", "x"], "text": ["hi", "there", None], "likes": [1, 2, 3]}
    )
    _import_posts(store, posts)
    first = table_fingerprint(store, "posts")
    assert first.startswith("3:")
    rowids = store.con.execute("SELECT max(rowid) FROM posts").fetchall()[0][0]
    _import_posts(store, posts.iloc[::-1])  # the same rows again, in another order
    assert store.con.execute("SELECT max(rowid) FROM posts").fetchall()[0][0] != rowids  # rowids moved
    assert table_fingerprint(store, "posts") == first
    _import_posts(store, posts.assign(likes=[1, 2, 4]))  # one counter edited
    edited = table_fingerprint(store, "posts")
    assert edited != first and edited.startswith("3:")
    _import_posts(store, pd.DataFrame({"post_id": ["d"], "text": ["new"]}))
    assert table_fingerprint(store, "posts").startswith("4:")
    store.con.execute("DELETE FROM posts WHERE post_id = 'd'")
    assert table_fingerprint(store, "posts") == edited
    # swapping a value between two rows keeps the multiset of values per column, not the rows
    store.con.execute("UPDATE posts SET account_id = CASE post_id WHEN 'a' THEN 'y' WHEN 'b' THEN 'x' END "
                      "WHERE post_id IN ('a', 'b')")  # fmt: skip
    assert table_fingerprint(store, "posts") != edited


def test_result_fingerprint_ignores_the_run_id(store):
    store.con.execute("CREATE TABLE r AS SELECT 'run1' AS run_id, 1 AS v UNION ALL SELECT 'run1', 2")
    before = table_fingerprint(store, "r")
    store.con.execute("UPDATE r SET run_id = 'run2'")
    assert table_fingerprint(store, "r") == before
    assert table_fingerprint(store, "r", exclude=()) != before
    assert table_fingerprint(store, "missing") is None
    assert query_fingerprint(store, "SELECT v FROM r WHERE v > 5") == "0:0"
