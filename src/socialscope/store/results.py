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


def write_result(store: Store, table: str, rows: Any, run_id: str) -> int:
    """Replace result ``table`` with ``rows`` (an Ibis expression, run inside DuckDB, or a pandas
    frame) + ``run_id``; returns its row count."""
    import ibis

    con = store.con
    if isinstance(rows, ibis.Expr):
        source = f"({ibis.to_sql(rows, dialect='duckdb')})"
    else:
        con.register("_result_frame", rows)
        source = "_result_frame"
    # DuckDB sums booleans and integers into HUGEINT; results keep BIGINT, as pandas and Spark do
    wide = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall() if "HUGEINT" in row[1]]
    columns = "* REPLACE ({})".format(", ".join(f'"{c}"::BIGINT AS "{c}"' for c in wide)) if wide else "*"
    con.execute(
        f'CREATE OR REPLACE TABLE "{table}" AS SELECT ?::VARCHAR AS run_id, {columns} FROM {source}',
        [run_id],
    )
    if source == "_result_frame":
        con.unregister("_result_frame")
    return store.count(table)


def replace_rows(store: Store, table: str, frame: pd.DataFrame, run_id: str, *, key: str, value: str) -> None:
    """Replace the rows of ``table`` where ``key = value`` with ``frame`` (+ ``run_id``).

    The table is (re)created from the frame's columns when it does not exist yet or its
    columns changed (a new socialscope version added a metric).
    """
    con = store.con
    columns = ["run_id", key, *[c for c in frame.columns if c != key]]
    data = frame.assign(run_id=run_id)[columns]
    existing = [
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
        ).fetchall()
    ]
    if existing == columns and not _types_clash(con, table, data):
        con.execute(f'DELETE FROM "{table}" WHERE "{key}" = ?', [value])
        if len(data):
            con.register("_rows", data)
            try:
                con.execute(f'INSERT INTO "{table}" SELECT * FROM _rows')
            finally:
                con.unregister("_rows")
        return
    if existing:  # columns or types changed: keep the other graphs' rows, rebuild with the new shape
        others = con.execute(f'SELECT * FROM "{table}" WHERE "{key}" <> ?', [value]).df()
        if len(others):
            data = pd.concat([others.reindex(columns=columns), data], ignore_index=True)
    con.register("_rows", data)
    try:
        con.execute(f'CREATE OR REPLACE TABLE "{table}" AS SELECT * FROM _rows')
    finally:
        con.unregister("_rows")


def _types_clash(con: Any, table: str, data: pd.DataFrame) -> bool:
    """Whether ``data`` has a column whose values cannot go into the table's column type — e.g.
    the table was first created from an empty frame (every column typed DOUBLE by pandas)."""
    if data.empty:
        return False
    current = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    )
    con.register("_probe", data.head(1))
    try:
        incoming = {r[0]: r[1] for r in con.execute("DESCRIBE SELECT * FROM _probe").fetchall()}
    finally:
        con.unregister("_probe")
    text = ("VARCHAR",)
    return any((incoming[c] in text) != (current.get(c) in text) and data[c].notna().any() for c in data.columns)


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
    now = datetime.now(UTC).replace(tzinfo=None)
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
