"""What is in a store: tables, row counts, recent imports and analysis runs."""

from __future__ import annotations

from typing import Any

from socialscope.store.connection import Store
from socialscope.store.schema import CANONICAL_TABLES, META_TABLES


def store_status(store: Store, *, imports: int = 10) -> dict[str, Any]:
    """A JSON-ready description of the store."""
    tables = store.tables()
    canonical = {t: store.count(t) for t in CANONICAL_TABLES if t in tables}
    derived = {t: store.count(t) for t in tables if t not in CANONICAL_TABLES and t not in META_TABLES}
    recent = store.con.execute(
        """SELECT table_name, file, format, rows_read, rows_new, rows_replaced,
                  strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ')
           FROM import_log ORDER BY imported_at DESC, table_name LIMIT ?""",
        [imports],
    ).fetchall()
    runs = store.con.execute(
        """SELECT analysis, run_id, strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ')
           FROM analysis_runs ORDER BY finished_at DESC LIMIT 20"""
    ).fetchall()
    return {
        "db": str(store.path),
        "demo": store.get_meta("demo"),
        "tables": canonical,
        "results": derived,
        "imports": [
            {
                "table": r[0],
                "file": r[1],
                "format": r[2],
                "rows_read": r[3],
                "rows_new": r[4],
                "rows_replaced": r[5],
                "imported_at": r[6],
            }
            for r in recent
        ],
        "runs": [{"analysis": r[0], "run_id": r[1], "finished_at": r[2]} for r in runs],
    }
