"""Frames to JSON records and result tables read with a clear message when missing."""

from __future__ import annotations

from typing import Any

import pandas as pd

from socialscope.jsonable import plain


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts of plain values (NaN → None, timestamps → ISO strings)."""
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: _value(v) for k, v in row.items()})
    return out


def _value(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    if value is pd.NaT or value is pd.NA:
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    return plain(value)


def result_table(store: Any, table: str, sql: str, params: list[Any] | None = None) -> pd.DataFrame | None:
    """``sql`` over result ``table``, or None when the analysis that writes it has not run."""
    if not store.has_table(table):
        return None
    return store.df(sql, params)


def clean(value: Any) -> Any:
    """A JSON-ready copy of nested dicts/lists (pandas NA/NaT and NaN → None)."""
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return _value(value)


def columns(frame: pd.DataFrame) -> dict[str, list[Any]]:
    """One list per column (compact JSON for large tables such as a graph's nodes)."""
    return {str(c): [_value(v) for v in frame[c].tolist()] for c in frame.columns}
