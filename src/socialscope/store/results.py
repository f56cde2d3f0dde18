"""The one writer of analysis results, and the run log.

Every result row is stamped with the ``run_id`` of the run that made it, and every run is a row
of ``analysis_runs`` (what ran, with which parameters, when, and its headline numbers), written
in the same transaction as its results — so ``socialscope check`` can tell a finished run's rows
from a crash's leftovers. Analyses, the CLI, the Python API and the dashboard's writers all go
through these functions.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from socialscope.store.connection import Store
from socialscope.store.result_schema import ResultSchema, result_schema


def write_result(store: Store, table: str, rows: Any, run_id: str) -> int:
    """Replace result ``table`` with ``rows`` (an Ibis expression, run inside DuckDB, or a pandas
    frame) + ``run_id``, in the table's declared columns and types; returns its row count."""
    import ibis

    schema = result_schema(table)
    con = store.con
    if isinstance(rows, ibis.Expr):
        source = f"({ibis.to_sql(rows, dialect='duckdb')})"
    else:
        con.register("_result_frame", rows)
        source = "_result_frame"
    try:
        select = _declared_select(con, schema, source)
        con.execute(schema.create_sql())
        con.execute(f'INSERT INTO "{table}" SELECT ?::VARCHAR, {select} FROM {source}', [run_id])
    finally:
        if source == "_result_frame":
            con.unregister("_result_frame")
    return store.count(table)


def replace_rows(store: Store, table: str, frame: pd.DataFrame, run_id: str, *, key: str, value: str) -> None:
    """Replace the rows of ``table`` where ``key = value`` with ``frame`` (+ ``run_id``).

    The table is (re)created from its declared schema when it does not exist yet or has other
    columns (a new socialscope version added a metric); the other ``key`` values' rows are kept.
    """
    schema = result_schema(table)
    con = store.con
    con.register("_rows", frame)
    try:
        select = _declared_select(con, schema, "_rows")
        declared = [("run_id", "VARCHAR")] + [(c.name, c.sql_type) for c in schema.columns]
        existing = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
        if existing and [tuple(r) for r in existing] != declared:  # an older shape: keep the rows, new columns
            kept = {c for c, _ in existing}
            old = ", ".join(f'"{c}"' if c in kept else f'NULL AS "{c}"' for c, _ in declared)
            con.execute(
                f'CREATE OR REPLACE TEMP TABLE _kept AS SELECT {old} FROM "{table}" WHERE "{key}" <> ?', [value]
            )
            con.execute(schema.create_sql())
            con.execute(f'INSERT INTO "{table}" SELECT * FROM _kept')
            con.execute("DROP TABLE _kept")
        elif not existing:
            con.execute(schema.create_sql())
        con.execute(f'DELETE FROM "{table}" WHERE "{key}" = ?', [value])
        con.execute(f'INSERT INTO "{table}" SELECT ?::VARCHAR, {select} FROM _rows', [run_id])
    finally:
        con.unregister("_rows")


def _declared_select(con: Any, schema: ResultSchema, source: str) -> str:
    """The SELECT list casting ``source``'s columns to ``schema``'s, in its order; a ``ValueError``
    when ``source`` has a column the schema does not declare or lacks a required one."""
    incoming = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()} - {"run_id"}
    unknown = sorted(incoming - set(schema.column_names))
    missing = sorted(c.name for c in schema.columns if c.name not in incoming and not c.optional)
    if unknown or missing:
        raise ValueError(
            f"result table {schema.name!r} does not match its declared schema (socialscope/store/result_schema.py): "
            + "; ".join(part for part in (
                f"undeclared columns {unknown}" if unknown else "",
                f"missing columns {missing}" if missing else "",
            ) if part)
        )  # fmt: skip
    return ", ".join(
        f'CAST("{c.name}" AS {c.sql_type})' if c.name in incoming else f"NULL::{c.sql_type}" for c in schema.columns
    )


def run_clock() -> datetime:
    """Now in UTC without a zone, as ``analysis_runs`` stores times: take it when a command
    starts its work and give it to :func:`record_run` as ``started``."""
    return datetime.now(UTC).replace(tzinfo=None)


def record_run(
    store: Store,
    analysis: str,
    params: dict[str, Any] | None,
    summary: dict[str, Any],
    *,
    run_id: str | None = None,
    started: datetime | None = None,
    inputs: dict[str, Any] | None = None,
) -> str:
    """Add a row to ``analysis_runs`` (in the caller's transaction) and return its run id.
    ``inputs``: what the run read and wrote (:mod:`socialscope.incremental`)."""
    run_id = run_id or uuid.uuid4().hex[:12]
    now = run_clock()
    store.con.execute(
        "INSERT INTO analysis_runs (run_id, analysis, started_at, finished_at, params, summary, inputs)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            analysis,
            started or now,
            now,
            None if params is None else json.dumps(params, default=str),
            json.dumps(summary, default=_jsonable),
            None if inputs is None else json.dumps(inputs),
        ],
    )
    return run_id


def _jsonable(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)
