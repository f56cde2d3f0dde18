"""Settings read from the environment (prefix ``SOCIALSCOPE_``); no I/O at import time."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB_FILENAME = "socialscope.duckdb"


def default_db_path() -> Path:
    """``$SOCIALSCOPE_DB`` when set, else ``./socialscope.duckdb``."""
    return Path(os.environ.get("SOCIALSCOPE_DB") or DEFAULT_DB_FILENAME)


def max_reported_problems() -> int:
    """How many bad values an import reports before it stops listing (``$SOCIALSCOPE_MAX_PROBLEMS``)."""
    return int(os.environ.get("SOCIALSCOPE_MAX_PROBLEMS", "50"))
