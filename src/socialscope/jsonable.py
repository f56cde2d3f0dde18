"""Turning NumPy/pandas scalars into plain JSON-ready Python values."""

from __future__ import annotations

from typing import Any


def plain(value: Any) -> Any:
    """A plain Python value; NumPy scalars unwrapped, NaN (an undefined ratio) and pandas'
    missing value (a withheld count) as None."""
    if type(value).__name__ == "NAType":
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value
