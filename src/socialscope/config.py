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


def pseudonymisation_key() -> bytes | None:
    """The secret for pseudonymising imports, from the file named by
    ``$SOCIALSCOPE_PSEUDONYMISE_KEY`` (kept outside the store); None when pseudonymisation is off."""
    path = os.environ.get("SOCIALSCOPE_PSEUDONYMISE_KEY")
    if not path:
        return None
    from socialscope.errors import UsageError

    try:
        key = Path(path).read_bytes().strip()
    except OSError as exc:
        raise UsageError(f"cannot read the pseudonymisation key {path}: {exc.strerror}") from None
    if len(key) < 16:
        raise UsageError(f"{path}: a pseudonymisation key needs at least 16 bytes")
    return key
