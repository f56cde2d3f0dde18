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


def busy_timeout() -> float:
    """How long a writer waits for the store (``$SOCIALSCOPE_BUSY_TIMEOUT`` seconds, default 600)."""
    return float(os.environ.get("SOCIALSCOPE_BUSY_TIMEOUT", "600"))


def max_member_bytes() -> int:
    """A zip member decompressing to more than this is refused (``$SOCIALSCOPE_MAX_MEMBER_BYTES``,
    default 512 MiB), counted while reading: a size in the archive's header is not trusted."""
    return int(os.environ.get("SOCIALSCOPE_MAX_MEMBER_BYTES", 512 * 1024 * 1024))


def max_line_bytes() -> int:
    """A line of a line-based file longer than this is refused (``$SOCIALSCOPE_MAX_LINE_BYTES``,
    default 16 MiB; one Reddit record is a few KB)."""
    return int(os.environ.get("SOCIALSCOPE_MAX_LINE_BYTES", 16 * 1024 * 1024))


def max_stream_bytes() -> int:
    """A compressed stream decompressing to more than this is refused
    (``$SOCIALSCOPE_MAX_STREAM_BYTES``, default 64 GiB)."""
    return int(os.environ.get("SOCIALSCOPE_MAX_STREAM_BYTES", 64 * 1024**3))


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
