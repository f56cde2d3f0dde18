"""Refused imports, logged beside the store (``<store>.errors.jsonl``), never inside it: a
failed import must leave the store exactly as it was, yet users want to see what failed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def error_log_path(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + ".errors.jsonl")


def log_import_error(db_path: str | Path, table: str, files: list[str], message: str) -> None:
    entry = {
        "at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "table": table,
        "files": [str(f) for f in files],
        "message": message,
    }
    with error_log_path(db_path).open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def read_import_errors(db_path: str | Path, *, limit: int = 20) -> list[dict[str, Any]]:
    """The most recent refused imports, newest first."""
    path = error_log_path(db_path)
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut by a crash mid-write is skipped, not fatal
    return entries[::-1][:limit]
