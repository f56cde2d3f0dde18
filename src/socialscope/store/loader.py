"""Validate a staged relation against the canonical schema and merge it into its table.

The staged relation is any DuckDB table or view that has the source's columns plus ``_row``,
the number to quote in error messages (a line number for text files). Every value goes
through text, so CSV, JSON and Parquet sources are checked by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from socialscope.errors import InputError, Problem
from socialscope.store.schema import TYPE_PHRASES, Column, Table
from socialscope.store.timestamps import AMBIGUOUS_DATE, AMBIGUOUS_PHRASE, TimeParsing

_NESTED_PREFIXES = ("STRUCT", "MAP", "JSON", "UNION")
_TRUE = "('true','t','yes','y','1')"
_FALSE = "('false','f','no','n','0')"


@dataclass(frozen=True)
class LoadResult:
    """What one merge did."""

    table: str
    rows_read: int
    rows_new: int
    rows_replaced: int
    duplicates_in_file: int


def quote(name: str) -> str:
    """A DuckDB identifier, safely quoted."""
    return '"' + name.replace('"', '""') + '"'


def staged_columns(con: duckdb.DuckDBPyConnection, staged: str) -> dict[str, str]:
    """Column name -> DuckDB type of a staged relation (``_row`` excluded)."""
    rows = con.execute(f"DESCRIBE {quote(staged)}").fetchall()
    return {r[0]: r[1] for r in rows if r[0] != "_row"}


def _as_text(column: str, duck_type: str) -> str:
    """SQL for a source value as trimmed text, NULL when empty; nested values become JSON."""
    if duck_type.upper() == "JSON":  # scalars unquoted, objects and arrays as JSON text
        return f"nullif(trim(json_extract_string({quote(column)}, '$')), '')"
    if duck_type.upper().startswith(_NESTED_PREFIXES) or duck_type.endswith("[]"):
        return f"nullif(trim(to_json({quote(column)})::VARCHAR), '')"
    return f"nullif(trim({quote(column)}::VARCHAR), '')"


def _convert(text: str, column: Column, times: TimeParsing | None = None) -> str:
    """SQL turning text into the column's type; NULL when the text does not convert."""
    if column.type == "integer":
        as_double = f"TRY_CAST({text} AS DOUBLE)"
        return (
            f"coalesce(TRY_CAST({text} AS BIGINT), CASE WHEN {as_double} = round({as_double}) "
            f"THEN TRY_CAST({as_double} AS BIGINT) END)"
        )
    if column.type == "number":
        return f"TRY_CAST({text} AS DOUBLE)"
    if column.type == "boolean":
        return f"(CASE WHEN lower({text}) IN {_TRUE} THEN true WHEN lower({text}) IN {_FALSE} THEN false END)"
    if column.type == "timestamp":
        return (times or TimeParsing()).timestamp_sql(text)
    if column.type == "date":
        return (times or TimeParsing()).date_sql(text)
    if column.type == "json":
        return f"CASE WHEN json_valid({text}) THEN {text}::JSON END"
    if column.choices:
        return f"lower({text})"
    return text


def find_problems(
    con: duckdb.DuckDBPyConnection,
    table: Table,
    staged: str,
    mapping: dict[str, str],
    source: str,
    *,
    limit: int,
    times: TimeParsing | None = None,
) -> tuple[list[Problem], bool]:
    """Every bad value in the staged rows (up to ``limit``), ordered by row.

    Returns the problems and whether the list was cut at the limit.
    """
    types = staged_columns(con, staged)
    checks: list[str] = []
    for field, src in mapping.items():
        column = table.column(field)
        text = _as_text(src, types[src])
        label = field.replace("'", "''")
        if column.required and field != table.generated_key:
            checks.append(
                f"SELECT _row, '{label}' AS field, NULL AS value, 'is missing' AS message "
                f"FROM {quote(staged)} WHERE {text} IS NULL"
            )
        if column.type == "text" and (field in table.key or field.endswith("_id") or field == "handle"):
            checks.append(
                f"SELECT _row, '{label}', replace({text}, chr(0), '␀'), 'contains a NUL byte (shown as ␀)' FROM {quote(staged)} "
                f"WHERE contains({text}, chr(0))"
            )
        if column.type in TYPE_PHRASES:
            phrase = "'" + TYPE_PHRASES[column.type].replace("'", "''") + "'"
            if column.type in ("timestamp", "date"):
                column_named = f" (column {src!r})" if src != field else ""
                ambiguous = (AMBIGUOUS_PHRASE + column_named).replace("'", "''")
                phrase = f"CASE WHEN regexp_matches({text}, '{AMBIGUOUS_DATE}') THEN '{ambiguous}' ELSE {phrase} END"
            checks.append(
                f"SELECT _row, '{label}', {text}, {phrase} FROM {quote(staged)} "
                f"WHERE {text} IS NOT NULL AND {_convert(text, column, times)} IS NULL"
            )
        if column.choices:
            allowed = ", ".join(f"'{c}'" for c in column.choices)
            phrase = f"is not one of {', '.join(column.choices)}".replace("'", "''")
            checks.append(
                f"SELECT _row, '{label}', {text}, '{phrase}' FROM {quote(staged)} "
                f"WHERE {text} IS NOT NULL AND lower({text}) NOT IN ({allowed})"
            )
    for field in table.column_names:
        column = table.column(field)
        if column.required and field not in mapping and field != table.generated_key:
            return [Problem(source, None, field, "is required but no column maps to it")], False
    if not checks:
        return [], False
    rows = con.execute(f"SELECT * FROM ({' UNION ALL '.join(checks)}) ORDER BY 1, 2 LIMIT {limit + 1}").fetchall()
    problems = [
        Problem(source, int(r[0]), r[1], r[3] if r[2] is None else f"{_shorten(r[2])!r} {r[3]}") for r in rows[:limit]
    ]
    return problems, len(rows) > limit


def _shorten(value: str, width: int = 60) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def projection_sql(
    con: duckdb.DuckDBPyConnection,
    table: Table,
    staged: str,
    mapping: dict[str, str],
    *,
    defaults: dict[str, str] | None = None,
    times: TimeParsing | None = None,
) -> str:
    """SELECT producing canonical rows (plus ``_row``) from staged rows.

    ``defaults`` maps a field to a value used when the source has none (e.g. ``--platform``);
    ``times`` says how to read timestamps (:class:`TimeParsing`; the built-in forms, UTC, by default).
    Unmapped source columns are kept, as JSON, in ``extra``.
    """
    types = staged_columns(con, staged)
    defaults = defaults or {}
    selects = []
    for column in table.columns:
        if column.name in mapping:
            src = mapping[column.name]
            expr = _convert(_as_text(src, types[src]), column, times)
        else:
            expr = "NULL"
        if column.name in defaults:
            literal = "'" + defaults[column.name].replace("'", "''") + "'"
            expr = f"coalesce({expr}, {literal})"
        if column.default is not None:
            expr = f"coalesce({expr}, {column.default})"
        selects.append(f"CAST({expr} AS {column.sql_type}) AS {quote(column.name)}")
    unmapped = [c for c in types if c not in mapping.values()]
    extra_src = [c for c in unmapped if c == "extra"]
    unmapped = [c for c in unmapped if c != "extra"]
    if unmapped:
        pairs = ", ".join(f"{quote(c)} := {quote(c)}" for c in unmapped)
        extra = f"to_json(struct_pack({pairs}))"
        if extra_src:
            extra = f"json_merge_patch(TRY_CAST({quote('extra')} AS JSON), {extra})"
    elif extra_src:
        extra = f"TRY_CAST({quote('extra')} AS JSON)"
    else:
        extra = "NULL::JSON"
    selects.append(f"{extra} AS extra")
    inner = f"SELECT _row, {', '.join(selects)} FROM {quote(staged)}"
    if table.generated_key is None:
        return inner
    parts = ", ".join(f"coalesce({quote(c)}::VARCHAR, '')" for c in table.hash_columns)
    outer = [
        f"coalesce({quote(c)}, 'h:' || md5(concat_ws(chr(31), {parts}))) AS {quote(c)}"
        if c == table.generated_key
        else quote(c)
        for c in table.column_names
    ]
    return f"SELECT _row, {', '.join(outer)}, extra FROM ({inner})"


def merge(con: duckdb.DuckDBPyConnection, table: Table, rows_sql: str, *, name: str = "_incoming") -> LoadResult:
    """Upsert canonical rows into ``table`` by its natural key (last occurrence wins).

    Runs inside the caller's transaction. Rows whose key already exists are replaced, so a
    re-import changes nothing and never duplicates.
    """
    if table.period is not None:
        check_periods(con, table, rows_sql)
    key_partition = ", ".join(quote(k) for k in table.key)
    cols = ", ".join(quote(c) for c in [*table.column_names, "extra"])
    con.execute(f"DROP TABLE IF EXISTS {name}")
    con.execute(
        f"CREATE TEMP TABLE {name} AS SELECT {cols} FROM ({rows_sql}) "
        f"QUALIFY row_number() OVER (PARTITION BY {key_partition} ORDER BY _row DESC) = 1"
    )
    read = con.execute(f"SELECT count(*) FROM ({rows_sql})").fetchall()[0][0]
    kept = con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
    match = " AND ".join(f"t.{quote(k)} IS NOT DISTINCT FROM i.{quote(k)}" for k in table.key)
    replaced = con.execute(
        f"SELECT count(*) FROM {quote(table.name)} t WHERE EXISTS (SELECT 1 FROM {name} i WHERE {match})"
    ).fetchall()[0][0]
    if replaced:
        con.execute(f"DELETE FROM {quote(table.name)} t WHERE EXISTS (SELECT 1 FROM {name} i WHERE {match})")
    con.execute(f"INSERT INTO {quote(table.name)} ({cols}) SELECT {cols} FROM {name}")
    return LoadResult(table.name, read, kept - replaced, replaced, read - kept)


def check_periods(con: duckdb.DuckDBPyConnection, table: Table, rows_sql: str) -> None:
    """Refuse incoming rows whose period overlaps a stored row's different period.

    Rows agreeing on the key columns other than the period may cover the same period (a
    re-import: replaced) or disjoint ones (two months: both kept); overlapping, different
    periods would count the shared days twice. The error names both files (each import
    keeps its file in ``extra.file``).
    """
    label = table.key[0]
    rows = con.execute(
        f"""SELECT i._row, i.{quote(label)}, {overlap_columns(table, "i", "t")}
            FROM ({rows_sql}) i JOIN {quote(table.name)} t ON {overlap_condition(table, "i", "t")}
            ORDER BY 1, 6 LIMIT 1"""
    ).fetchall()
    if not rows:
        return
    row, key, new_start, new_end, new_file, old_start, old_end, old_file = rows[0]
    raise InputError(
        Problem(
            new_file or "this import",
            int(row),
            "period",
            f"{new_start} – {new_end} of {label} {key!r} overlaps {old_start} – {old_end} already imported "
            f"from {old_file or 'an earlier import'}; import reports of periods that do not overlap "
            "(or exactly the same period again, which replaces it)",
        )
    )


def _span(table: Table, alias: str) -> tuple[str, str]:
    """SQL for a row's first and last day: its period, or its one day."""
    assert table.period is not None
    start, end, day = (f"{alias}.{quote(c)}" for c in table.period)
    return f"coalesce({start}, {day})", f"coalesce({end}, {day})"


def overlap_condition(table: Table, a: str, b: str) -> str:
    """SQL true when rows ``a`` and ``b`` of a period table agree on the other key columns and
    cover overlapping, different periods (rows without a period or day are never compared)."""
    assert table.period is not None
    same = [f"{a}.{quote(k)} IS NOT DISTINCT FROM {b}.{quote(k)}" for k in table.key if k not in table.period]
    (a_start, a_end), (b_start, b_end) = _span(table, a), _span(table, b)
    return " AND ".join(
        [*same, f"{b_start} <= {a_end}", f"{a_start} <= {b_end}", f"NOT ({b_start} = {a_start} AND {b_end} = {a_end})"]
    )


def overlap_columns(table: Table, a: str, b: str) -> str:
    """Both rows' first day, last day and file, for messages."""
    (a_start, a_end), (b_start, b_end) = _span(table, a), _span(table, b)
    return f"{a_start}, {a_end}, {a}.extra->>'file', {b_start}, {b_end}, {b}.extra->>'file'"


def add_missing_accounts(con: duckdb.DuckDBPyConnection, id_sql: str) -> int:
    """Create placeholder accounts (kind 'unknown') for ids in ``id_sql`` not yet known.

    ``id_sql`` is a SELECT yielding columns ``account_id`` and ``platform``.
    """
    before = con.execute("SELECT count(*) FROM accounts").fetchall()[0][0]
    con.execute(
        f"""INSERT INTO accounts (account_id, platform, kind, is_own)
        SELECT account_id, any_value(platform), 'unknown', false FROM ({id_sql}) ids
        WHERE account_id IS NOT NULL
          AND account_id NOT IN (SELECT account_id FROM accounts)
        GROUP BY account_id"""
    )
    return con.execute("SELECT count(*) FROM accounts").fetchall()[0][0] - before
