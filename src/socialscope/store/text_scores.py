"""Scores of texts (intent, sentiment, language) cached by a hash of the text and the model.

A score table has one row per post or interaction: its id, the score columns and
``text_hash`` = md5(model version ␟ text ␟ every other fact the score depends on). A refresh
(:func:`refresh_scores`) keeps the rows whose text hash is unchanged, drops the rows of
deleted, edited or re-attributed texts, copies the score of a text already scored under
another id (reposts, templates), and scores only what is left, each distinct hash once (in
DuckDB, not pandas: at size L 15M texts hold far fewer distinct ones): a re-run after an import
scores only the new or edited texts; a new model version changes every hash, so everything
is rescored. md5 rather than DuckDB's ``hash`` because the hashes are kept in the store and
must not change with the DuckDB version.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from socialscope.store.connection import Store
from socialscope.store.loader import quote
from socialscope.store.result_schema import result_schema

__all__ = ["refresh_scores"]


def refresh_scores(
    store: Store,
    target: str,
    key: str,
    source: str,
    *,
    facts: tuple[str, ...],
    version: str,
    score: Callable[[pd.DataFrame], pd.DataFrame],
    full: bool = False,
    primary_key: bool = False,
) -> int:
    """Bring score table ``target`` up to date with the texts of ``source`` and return how
    many rows were scored (the rest kept or copied). Runs in the caller's transaction.

    ``source`` is a SELECT with an ``id`` column, the ``facts`` the score depends on (the
    text first) and anything else ``score`` needs; ``score`` takes the rows to score and returns
    the table's score columns (its declaration in :mod:`socialscope.store.result_schema`, which
    also creates it), row for row.
    ``full`` drops every cached score first.
    """
    table = quote(target)
    declared = result_schema(target).columns
    columns = [c.name for c in declared if c.name not in (key, "text_hash")]
    pk = " PRIMARY KEY" if primary_key else ""
    ddl = ", ".join(f"{quote(c.name)} {c.sql_type}{pk if c.name == key else ''}" for c in declared)
    con = store.con
    if full:  # dropped, not emptied: see _drop_stale
        con.execute(f"DROP TABLE IF EXISTS {table}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({ddl})")
    con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS text_hash VARCHAR")  # stores before the cache
    parts = ", ".join(f"coalesce({quote(f)}::VARCHAR, '')" for f in facts)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _texts AS SELECT s.*, md5(concat_ws(chr(31), ?::VARCHAR, {parts})) AS text_hash "
        f"FROM ({source}) s",
        [version],
    )
    try:
        _drop_stale(store, table, key, ddl, [c.name for c in declared])
        names = ", ".join(f"k.{quote(c)}" for c in columns)
        con.execute(
            f"""INSERT INTO {table} ({quote(key)}, {", ".join(quote(c) for c in columns)}, text_hash)
                SELECT c.id, {names}, c.text_hash FROM _texts c
                JOIN (SELECT DISTINCT ON (text_hash) * FROM {table}) k USING (text_hash)
                WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{quote(key)} = c.id)"""
        )
        # one row per distinct hash left to score: a score depends only on what the hash covers
        rows = store.df(
            f"SELECT DISTINCT ON (c.text_hash) c.* FROM _texts c ANTI JOIN {table} t ON t.{quote(key)} = c.id"
        )
        if rows.empty:
            return 0
        scored = score(rows.drop(columns="text_hash")).reset_index(drop=True)
        frame = pd.DataFrame({"text_hash": rows["text_hash"].to_numpy()})
        for column in columns:
            frame[column] = scored[column].to_numpy()
        con.register("_scores", frame)
        try:
            names = ", ".join(quote(c) for c in columns)
            inserted = con.execute(
                f"""INSERT INTO {table} ({quote(key)}, {names}, text_hash)
                    SELECT c.id, {", ".join(f"s.{quote(c)}" for c in columns)}, c.text_hash
                    FROM _texts c JOIN _scores s USING (text_hash)
                    WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{quote(key)} = c.id)"""
            ).fetchone()[0]
        finally:
            con.unregister("_scores")
    finally:
        con.execute("DROP TABLE IF EXISTS _texts")
    return int(inserted)


def _drop_stale(store: Store, table: str, key: str, ddl: str, declared: list[str]) -> None:
    """Remove the rows of score ``table`` whose (id, text hash) is no longer among ``_texts``.

    A few stale rows are deleted. When most are (a new model version), the table is rebuilt
    from the rows kept instead: DuckDB deletes and re-inserts the same primary keys in one
    transaction very slowly (the language tables have one; 2M rows: 131 s, against 8.5 s to
    drop, create and insert), and ``analyze --full`` spent 306 s instead of ~40 s on
    sentiment and language at size L that way."""
    con = store.con
    kept_rows = f"EXISTS (SELECT 1 FROM _texts c WHERE c.id = t.{quote(key)} AND c.text_hash = t.text_hash)"
    total, kept = con.execute(f"SELECT count(*), count(*) FILTER (WHERE {kept_rows}) FROM {table} t").fetchone()
    if kept == total:
        return
    if kept >= total / 2:
        con.execute(f"DELETE FROM {table} t WHERE NOT {kept_rows}")
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE _kept_scores AS SELECT * FROM {table} t WHERE {kept_rows}")
    try:
        con.execute(f"DROP TABLE {table}")
        con.execute(f"CREATE TABLE {table} ({ddl})")
        had = {r[0] for r in con.execute("DESCRIBE _kept_scores").fetchall()}
        names = ", ".join(quote(c) for c in declared if c in had)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _kept_scores")
    finally:
        con.execute("DROP TABLE IF EXISTS _kept_scores")
