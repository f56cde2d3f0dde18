"""Keeping a store sound: integrity check, backup and restore, and erasing a person.

- :func:`check_store`: natural keys unique, required fields present, references resolve,
  and no result row from an analysis run that never finished (``run_id`` unknown to
  ``analysis_runs``) — what a crash could leave behind if writes were not transactional.
- :func:`backup_store` / :func:`restore_store`: DuckDB's ``EXPORT DATABASE`` (Parquet files
  plus the schema) and ``IMPORT DATABASE`` into a fresh store file.
- :func:`forget_account`: the right to erasure — every row about a person, in canonical and
  result tables, in one transaction.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from socialscope.errors import StoreError, UsageError
from socialscope.forest import cycle_members
from socialscope.store.connection import Store
from socialscope.store.loader import overlap_condition, quote
from socialscope.store.schema import CANONICAL_TABLES

REFERENCES = (
    ("follows", "src_account_id", "accounts", "account_id"),
    ("follows", "dst_account_id", "accounts", "account_id"),
    ("posts", "account_id", "accounts", "account_id"),
    ("interactions", "actor_account_id", "accounts", "account_id"),
    ("interactions", "target_account_id", "accounts", "account_id"),
    ("follower_snapshots", "account_id", "accounts", "account_id"),
    ("ad_stats", "campaign_id", "campaigns", "campaign_id"),
)
ACCOUNT_COLUMNS = ("account_id", "src_account_id", "dst_account_id", "actor_account_id", "target_account_id")


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def check_store(store: Store) -> list[Check]:
    """Every integrity check, passed or not (nothing is changed)."""
    checks = []
    for table in CANONICAL_TABLES.values():
        key = ", ".join(quote(k) for k in table.key)
        dupes = store.scalar(
            f"SELECT count(*) FROM (SELECT {key} FROM {quote(table.name)} GROUP BY ALL HAVING count(*) > 1)"
        )
        checks.append(
            Check(f"{table.name}: natural key unique", dupes == 0, f"{dupes:,} duplicated keys" if dupes else "")
        )
        if table.period is not None:
            overlaps = store.scalar(
                f"SELECT count(*) FROM {quote(table.name)} a JOIN {quote(table.name)} b "
                f"ON {overlap_condition(table, 'a', 'b')} AND a.rowid < b.rowid"
            )
            checks.append(
                Check(f"{table.name}: periods do not overlap", overlaps == 0,
                      f"{overlaps:,} pairs of rows count the same days twice" if overlaps else "")
            )  # fmt: skip
        for column in table.columns:
            if column.required:
                missing = store.scalar(f"SELECT count(*) FROM {quote(table.name)} WHERE {quote(column.name)} IS NULL")
                if missing:
                    checks.append(Check(f"{table.name}.{column.name}: present", False, f"{missing:,} rows without it"))
    for table, column, parent, key in REFERENCES:
        orphans = store.scalar(
            f"SELECT count(*) FROM {quote(table)} t WHERE t.{quote(column)} IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {quote(parent)} p WHERE p.{quote(key)} = t.{quote(column)})"
        )
        checks.append(
            Check(f"{table}.{column} → {parent}", orphans == 0, f"{orphans:,} rows point nowhere" if orphans else "")
        )
    known = {r[0] for r in store.con.execute("SELECT run_id FROM analysis_runs").fetchall()}
    for table in _result_tables(store):
        runs = {r[0] for r in store.con.execute(f"SELECT DISTINCT run_id FROM {quote(table)}").fetchall()}
        unknown = runs - known - {None}
        checks.append(Check(f"{table}: written by a finished run", not unknown,
                            f"run ids {sorted(unknown)} are not in analysis_runs" if unknown else ""))  # fmt: skip
    cycles = repost_cycles(store)
    shown = "; ".join(" → ".join(c[:5]) + (" …" if len(c) > 5 else "") for c in cycles[:3])
    checks.append(Check("posts: repost links form no cycle", not cycles,
                        f"{len(cycles):,} cycles ({shown}); analyses cut each at its smallest post id" if cycles else ""))  # fmt: skip
    imported = store.scalar("SELECT count(*) FROM import_log")
    rows = sum(store.count(t) for t in CANONICAL_TABLES)
    checks.append(Check("imports logged", not (rows and not imported and not store.get_meta("demo")),
                        f"{rows:,} canonical rows, {imported:,} logged imports"))  # fmt: skip
    return checks


def repost_cycles(store: Store) -> list[list[str]]:
    """The post ids of every repost cycle in the store (each listed from its smallest id)."""
    import pandas as pd

    posts = store.df("SELECT post_id, repost_of_post_id FROM posts ORDER BY post_id")
    parent = pd.Index(posts["post_id"]).get_indexer(posts["repost_of_post_id"])
    ids = posts["post_id"].to_numpy()
    return [[str(i) for i in ids[c]] for c in cycle_members(parent)]


def _result_tables(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.con.execute(
            "SELECT DISTINCT table_name FROM information_schema.columns WHERE column_name = 'run_id' "
            "AND table_schema = 'main' AND table_name <> 'analysis_runs' ORDER BY 1"
        ).fetchall()
    ]


def backup_store(store: Store, target: str | Path) -> Path:
    """Export the whole store (every table) to the folder ``target`` as Parquet + schema."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise UsageError(f"{target} exists and is not empty: choose a new folder for the backup")
    store.con.execute(f"EXPORT DATABASE '{_literal(target)}' (FORMAT parquet)")
    return target


def export_tables(store: Store, target: str | Path) -> dict[str, int]:
    """Write every canonical table to ``target/<table>.parquet`` (replacing earlier exports):
    the input layout of the Spark engine and of any tool that reads Parquet."""
    from socialscope.store.schema import CANONICAL_TABLES

    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in CANONICAL_TABLES:
        path = target / f"{table}.parquet"
        partial = target / f".{table}.parquet.partial"
        store.con.execute(f"COPY \"{table}\" TO '{_literal(partial)}' (FORMAT parquet)")
        partial.replace(path)
        counts[table] = store.count(table)
    return counts


def restore_store(source: str | Path, db_path: str | Path, *, force: bool = False) -> Path:
    """Create the store ``db_path`` from a backup folder (refuses to overwrite unless ``force``)."""
    source, db_path = Path(source), Path(db_path)
    if not (source / "schema.sql").exists():
        raise StoreError(f"{source} is not a socialscope backup (no schema.sql)")
    if db_path.exists() and not force:
        raise UsageError(f"{db_path} exists: restore into a new file, or pass --force to replace it")
    tmp = db_path.with_name(db_path.name + ".restoring")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)

    con = duckdb.connect(str(tmp))
    try:
        con.execute(f"IMPORT DATABASE '{_literal(source)}'")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    db_path.with_name(db_path.name + ".wal").unlink(missing_ok=True)
    shutil.move(tmp, db_path)
    return db_path


def forget_account(store: Store, account_id: str) -> dict[str, int]:
    """Delete every row about ``account_id`` (one transaction): its account, follows, posts,
    interactions by or to it, snapshots, and every result row keyed by it or by its posts and
    interactions; erase its id and ``@handle`` wherever kept rows still name it (mentions,
    community lists, run summaries); then rewrite the store file so no deleted byte remains.
    Returns rows deleted per table."""
    if not store.scalar("SELECT count(*) FROM accounts WHERE account_id = ?", [account_id]):
        raise UsageError(f"no account with id {account_id!r}")
    deleted: dict[str, int] = {}
    handle = store.scalar("SELECT handle FROM accounts WHERE account_id = ?", [account_id])
    with store.transaction() as tx:
        tx.execute(
            "CREATE OR REPLACE TEMP TABLE _forget_posts AS SELECT post_id FROM posts WHERE account_id = ?", [account_id]
        )
        tx.execute(
            "CREATE OR REPLACE TEMP TABLE _forget_interactions AS SELECT interaction_id FROM interactions "
            "WHERE actor_account_id = ? OR target_account_id = ? OR post_id IN (SELECT post_id FROM _forget_posts)",
            [account_id, account_id],
        )
        columns = store.con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' "
            "AND table_name NOT IN ('import_log', 'analysis_runs', 'workspace_meta') AND table_name NOT LIKE '\\_forget%' ESCAPE '\\'"
        ).fetchall()
        by_table: dict[str, set[str]] = {}
        for table, column in columns:
            by_table.setdefault(table, set()).add(column)
        for table, cols in sorted(by_table.items()):
            conditions = [f"{quote(c)} = $id" for c in cols if c in ACCOUNT_COLUMNS]
            if "post_id" in cols:
                conditions.append("post_id IN (SELECT post_id FROM _forget_posts)")
            if "interaction_id" in cols:
                conditions.append("interaction_id IN (SELECT interaction_id FROM _forget_interactions)")
            if "repost_of_post_id" in cols:
                tx.execute(f"UPDATE {quote(table)} SET repost_of_post_id = NULL WHERE repost_of_post_id IN "
                           "(SELECT post_id FROM _forget_posts)")  # fmt: skip
            if not conditions:
                continue
            where = " OR ".join(conditions)
            params = {"id": account_id} if "$id" in where else None
            count = tx.execute(f"SELECT count(*) FROM {quote(table)} WHERE {where}", params).fetchall()[0][0]
            if count:
                tx.execute(f"DELETE FROM {quote(table)} WHERE {where}", params)
                deleted[table] = count
        tx.execute("DROP TABLE _forget_posts")
        tx.execute("DROP TABLE _forget_interactions")
        _erase_mentions(tx, account_id, handle)
    store.rewrite()  # DuckDB keeps deleted rows' bytes in free blocks: copy the live rows to a new file
    return deleted


def _erase_mentions(tx: duckdb.DuckDBPyConnection, account_id: str, handle: str | None) -> None:
    """Erase the id and handle wherever they remain in kept rows: ``@handle`` mentions in others'
    posts and messages, community member and broker lists, run summaries ("@handle (id)").
    Every text and JSON column of every table is searched; a bare handle is erased as a whole
    word only, and only when 3+ characters long (a shorter one would hit ordinary words)."""
    import re

    patterns = [(re.escape(account_id), "[erased]", "")]
    if handle:
        patterns.append((f"@{re.escape(handle)}\\b", "@[erased]", "i"))
        if len(handle) >= 3:
            patterns.append((f"\\b{re.escape(handle)}\\b", "[erased]", "i"))
    needles = [account_id.lower(), *([handle.lower()] if handle else [])]
    columns = tx.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
        "AND (data_type = 'VARCHAR' OR data_type = 'JSON') AND table_name IN (SELECT table_name FROM "
        "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = 'main')"
    ).fetchall()
    for table, column, data_type in columns:
        text = f"{quote(column)}::VARCHAR"
        value = text
        for pattern, replacement, flags in patterns:
            value = f"regexp_replace({value}, '{pattern.replace(chr(39), chr(39) * 2)}', '{replacement}', 'g{flags}')"
        found = " OR ".join(f"contains(lower({text}), ?)" for _ in needles)
        tx.execute(f"UPDATE {quote(table)} SET {quote(column)} = ({value})::{data_type} WHERE {found}", needles)


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")
