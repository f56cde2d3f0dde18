"""Import rows that a platform parser produced, with the same guarantees as file imports.

A parser turns an export into :class:`Part` objects — canonical rows for one table, each row
with ``_row`` (its record number or line in the source) and the source name problems should
cite (``archive.zip:data/tweets.js``). :func:`import_parts` checks every value of every part
(all problems reported together, naming file, row and field), then merges every part in
**one** transaction: a failure anywhere leaves the store exactly as it was, and natural keys
make a second import of the same export add nothing.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from socialscope.config import max_reported_problems, pseudonymisation_key
from socialscope.errors import InputError, Problem
from socialscope.ingest.tabular import ACCOUNT_REFERENCES, ImportReport, file_sha256
from socialscope.store.connection import Store
from socialscope.store.loader import add_missing_accounts, find_problems, merge, projection_sql
from socialscope.store.pseudonymise import pseudonym, pseudonymise_sql
from socialscope.store.schema import get_table

# Columns holding an id of a person, post or interaction: never empty, never a bare prefix.
ID_COLUMNS = ("account_id", "src_account_id", "dst_account_id", "post_id", "actor_account_id",
              "target_account_id", "interaction_id", "reply_to_post_id", "repost_of_post_id")  # fmt: skip
# "", "x:", "linkedin:name:", "reddit:t3_" — an id whose native part is missing would merge
# distinct people (or posts) into one.
_BARE_ID = r"\s*([a-z_]+:){0,2}(t[0-9]_)?\s*"

# Parents before children, so placeholder accounts are only made for ids no part supplies.
TABLE_ORDER = (
    "accounts", "campaigns", "follows", "follower_snapshots", "posts", "interactions",
    "ad_stats", "touchpoints", "conversions",
)  # fmt: skip


@dataclass
class Part:
    """Canonical rows for one table. ``rows`` has ``_row`` (the record's place in its file)
    and, when gathered from many files, ``_file`` (which file)."""

    table: str
    source: str
    rows: pd.DataFrame
    note: str = ""  # what the user should know (totals checked, records not imported and why)


def import_parts(
    store: Store,
    path: str | Path,
    fmt: str,
    parts: list[Part],
    *,
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> list[ImportReport]:
    """Check and merge ``parts`` (from the export at ``path``) as one all-or-nothing import;
    ``also`` runs inside the same transaction (a connector saves its resume cursor there, so
    the cursor never runs ahead of the rows)."""
    path = Path(path)
    con = store.con
    limit = max_reported_problems()
    problems: list[Problem] = []
    truncated = False
    staged: list[tuple[Part, str, dict[str, str]]] = []
    parts = sorted((p for p in parts if len(p.rows)), key=lambda p: TABLE_ORDER.index(p.table))
    try:
        for index, part in enumerate(parts):
            table = get_table(part.table)
            rows = part.rows.reset_index(drop=True)
            where = None
            if "_file" in rows:  # one part gathered from many files: number rows globally, map back
                where = rows[["_file", "_row"]].copy()
                rows = rows.drop(columns="_file").assign(_row=range(len(rows)))
            frame = _as_text(rows)
            view = f"_part{index}_rows"
            con.register(f"_part{index}_frame", frame)
            con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM _part{index}_frame")
            mapping = {c: c for c in frame.columns if c in table.column_names}
            found, cut = find_problems(con, table, view, mapping, part.source, limit=limit - len(problems))
            found = _bare_ids(con, view, [c for c in ID_COLUMNS if c in mapping], part.source) + found
            if where is not None:
                found = [
                    Problem(str(where["_file"].iat[p.row]), int(where["_row"].iat[p.row]), p.field, p.message)
                    if p.row is not None
                    else p
                    for p in found
                ]
            problems += found
            truncated = truncated or cut
            staged.append((part, view, mapping))
            if len(problems) >= limit:
                truncated = True
                break
        if problems:
            raise InputError(problems, truncated=truncated)
        reports: dict[str, ImportReport] = {}
        key = pseudonymisation_key()
        now = datetime.now(UTC).replace(tzinfo=None)
        digest = file_sha256(path) if path.is_file() else None
        size = path.stat().st_size if path.is_file() else None
        with store.transaction() as tx:
            for part, view, mapping in staged:
                table = get_table(part.table)
                rows_sql = projection_sql(tx, table, view, mapping)
                if key is not None:
                    rows_sql = pseudonymise_sql(table, rows_sql, key)
                result = merge(tx, table, rows_sql)
                report = reports.setdefault(table.name, ImportReport(table.name))
                report.files.append(result)
                for ref in ACCOUNT_REFERENCES.get(table.name, ()):
                    platform = "platform" if "platform" in table.column_names else "NULL"
                    report.accounts_created += add_missing_accounts(
                        tx, f"SELECT {ref} AS account_id, {platform} AS platform FROM _incoming"
                    )
                tx.execute(
                    "INSERT INTO import_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [uuid.uuid4().hex, table.name, part.source if key is None else pseudonym(key, part.source),
                     digest, size, fmt, result.rows_read,
                     result.rows_new, result.rows_replaced, now],
                )  # fmt: skip
            if also is not None:
                also(tx)
        return list(reports.values())
    finally:
        for index in range(len(parts)):
            con.execute(f"DROP VIEW IF EXISTS _part{index}_rows")
            with contextlib.suppress(Exception):  # not registered when staging stopped early
                con.unregister(f"_part{index}_frame")
        con.execute("DROP TABLE IF EXISTS _incoming")


def _bare_ids(con: duckdb.DuckDBPyConnection, view: str, columns: list[str], source: str) -> list[Problem]:
    """Rows whose id is empty or only a prefix (``x:``): the export gave no id for them, and
    importing them would make one "person" (or post) of every such record."""
    if not columns:
        return []
    checks = " UNION ALL ".join(
        f"SELECT _row, '{c}' AS field, {c}::VARCHAR AS value FROM {view} "
        f"WHERE regexp_full_match({c}::VARCHAR, '{_BARE_ID}')"
        for c in columns
    )
    found = con.execute(f"SELECT * FROM ({checks}) ORDER BY _row, field LIMIT 20").fetchall()
    return [Problem(source, row, field, f"{value!r} is an id without its native part") for row, field, value in found]


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every value as text (timestamps ISO 8601, missing as null): the checks then read
    parser output exactly as they read a CSV file."""
    columns = {"_row": pd.Series(frame["_row"]).astype("int64").to_numpy()}
    for column in frame.columns:
        if column != "_row":  # a list comprehension: several times faster than Series.map here
            columns[column] = pd.Series(
                [v if type(v) is str else _text(v) for v in frame[column].to_numpy(dtype=object)], dtype=object
            )
    return pd.DataFrame(columns)


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        import json

        return json.dumps(_no_nan(value), ensure_ascii=False, default=str)
    return str(value)


def _no_nan(value: Any) -> Any:
    """NaN is not JSON: missing values inside ``extra`` become null."""
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_nan(v) for v in value]
    return value
