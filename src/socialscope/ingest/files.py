"""Stage tabular files (CSV, JSON Lines, Parquet, edge lists) into DuckDB with native readers.

Each reader creates a temporary table holding the file's columns as they are, and a view
adding ``_row``: the line number for text files (CSV counts its header as line 1), the
1-based row for Parquet. No Python loop touches the rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import duckdb

from socialscope.errors import InputError, Problem, UsageError
from socialscope.names import FILE_FORMATS as FORMATS
from socialscope.store.loader import quote

_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "edgelist",
    ".edges": "edgelist",
    ".edgelist": "edgelist",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_SUFFIXES_TO_STRIP = (".gz", ".zst")

ProgressCallback = Callable[[float], None]


def detect_format(path: Path) -> str:
    """The file format from its extension (compression suffixes ignored)."""
    suffixes = [s for s in path.suffixes if s not in _SUFFIXES_TO_STRIP]
    fmt = _EXTENSIONS.get(suffixes[-1].lower()) if suffixes else None
    if fmt is None:
        raise UsageError(f"{path}: cannot tell the format from the name; pass --format ({'|'.join(FORMATS)})")
    return fmt


def stage_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    fmt: str,
    name: str,
    *,
    undirected: bool = False,
    progress: ProgressCallback | None = None,
) -> str:
    """Read ``path`` into temp table ``name`` and return the view name that adds ``_row``."""
    if not path.is_file():
        raise InputError(Problem(str(path), None, None, "file not found"))
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}'; choose one of: {', '.join(FORMATS)}")
    literal = "'" + str(path).replace("'", "''") + "'"
    raw = f"{name}_raw"
    if fmt == "csv":
        _refuse_cut_csv(path)
        reader = f"read_csv({literal}, all_varchar=true, header=true)"
        row_offset = 2
    elif fmt == "jsonl":
        reader = f"read_json({literal}, format='auto', sample_size=-1)"
        row_offset = 1
    elif fmt == "parquet":
        reader = f"read_parquet({literal})"
        row_offset = 1
    else:
        reader = (
            f"read_csv({literal}, columns={{'line': 'VARCHAR'}}, header=false, delim=chr(1), "
            "quote='', escape='', auto_detect=false)"
        )
        row_offset = 1
    _run_with_progress(con, f"CREATE OR REPLACE TEMP TABLE {raw} AS SELECT * FROM {reader}", str(path), progress)
    view = f"{name}_rows"
    if fmt == "edgelist":
        _stage_edgelist(con, raw, view, str(path), undirected=undirected)
    else:
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT rowid + {row_offset} AS _row, * FROM {raw}")
    return view


def _refuse_cut_csv(path: Path) -> None:
    """An :class:`InputError` when a plain CSV file stops in the middle of a row — inside a
    quoted value, or with fewer fields than its header — as a file cut short by a failed
    download does. DuckDB's reader would otherwise take the partial row (or, when the short
    row confuses its sniffer, report that no column maps to a field)."""
    if path.suffix.lower() not in (".csv", ".tsv", ".txt") or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - (1 << 16)))
        tail = fh.read()
        last = tail.rstrip(b"\r\n").rsplit(b"\n", 1)[-1]
        complete = tail.endswith((b"\n", b"\r"))
        if complete and last.count(b'"') % 2 == 0:
            return  # ends with a complete line (the usual case: nothing more is read)
        fh.seek(0)  # count quotes over the whole file: an odd count means a value never closed
        quotes = lines = 0
        first = b""
        while chunk := fh.read(1 << 20):
            if not first:
                first = chunk.split(b"\n", 1)[0]
            quotes += chunk.count(b'"')
            lines += chunk.count(b"\n")
    row = lines if complete else lines + 1
    if quotes % 2:
        raise InputError(Problem(str(path), row, None, "the file ends inside a quoted value: it looks cut short "
                                 "in the middle of a row; nothing was imported"))  # fmt: skip
    delimiter = max((b",", b"\t", b";", b"|"), key=first.count)
    if not complete and first.count(delimiter) > last.count(delimiter):
        raise InputError(Problem(str(path), row, None, f"the last row has {last.count(delimiter) + 1} of the header's "
                                 f"{first.count(delimiter) + 1} fields: the file looks cut short in the middle of a row; "
                                 "nothing was imported"))  # fmt: skip


def _stage_edgelist(con: duckdb.DuckDBPyConnection, raw: str, view: str, source: str, *, undirected: bool) -> None:
    """Whitespace-separated ``source target [more…]`` lines; ``#`` and ``%`` start comments."""
    tokens = f"{view}_tokens"
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW {tokens} AS
        SELECT rowid + 1 AS _row, regexp_split_to_array(trim(line), '\\s+') AS t
        FROM {raw}
        WHERE line IS NOT NULL AND trim(line) <> '' AND NOT regexp_matches(trim(line), '^[#%]')"""
    )
    bad = con.execute(f"SELECT _row FROM {tokens} WHERE len(t) < 2 ORDER BY _row LIMIT 20").fetchall()
    if bad:
        raise InputError([Problem(source, r[0], None, "expected 'source target' separated by spaces") for r in bad])
    more = con.execute(f"SELECT coalesce(max(len(t)), 2) FROM {tokens}").fetchall()[0][0]
    extra_cols = "".join(f", t[{i}] AS column{i}" for i in range(3, more + 1))
    forward = f"SELECT _row, t[1] AS src, t[2] AS dst{extra_cols} FROM {tokens}"
    if undirected:
        backward = f"SELECT _row, t[2] AS src, t[1] AS dst{extra_cols} FROM {tokens}"
        forward = f"{forward} UNION ALL {backward}"
    con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS {forward}")


def _run_with_progress(
    con: duckdb.DuckDBPyConnection, sql: str, source: str, progress: ProgressCallback | None
) -> None:
    """Execute ``sql``, reporting DuckDB's own query progress (0–100) while it runs."""
    error: list[BaseException] = []

    def work() -> None:
        try:
            con.execute(sql)
        except BaseException as exc:  # re-raised in the caller's thread below
            error.append(exc)

    if progress is None:
        work()
    else:
        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.1)
            value = con.query_progress()
            if value >= 0:
                progress(value)
        progress(100.0)
    if error:
        exc = error[0]
        if isinstance(exc, duckdb.Error):
            raise InputError(Problem(source, None, None, _duckdb_reason(exc))) from exc
        raise exc


def _duckdb_reason(exc: duckdb.Error) -> str:
    """DuckDB's reader message, first lines only (it already names line and column)."""
    lines = [ln if len(ln) <= 200 else ln[:200] + "…" for ln in str(exc).splitlines() if ln.strip()]
    return " ".join(lines[:3])


def source_columns(con: duckdb.DuckDBPyConnection, view: str) -> list[str]:
    return [r[0] for r in con.execute(f"DESCRIBE {quote(view)}").fetchall() if r[0] != "_row"]
