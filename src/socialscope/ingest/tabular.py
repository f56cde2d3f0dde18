"""Import tabular files into a canonical table: one transaction, validated, idempotent."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from socialscope.config import max_reported_problems, pseudonymisation_key
from socialscope.errors import InputError, Problem, UsageError
from socialscope.ingest.files import detect_format, source_columns, stage_file
from socialscope.store.connection import Store
from socialscope.store.loader import (
    LoadResult,
    add_missing_accounts,
    find_problems,
    merge,
    projection_sql,
)
from socialscope.store.pseudonymise import pseudonym, pseudonymise_sql
from socialscope.store.schema import Table, get_table
from socialscope.store.timestamps import TimeParsing

# Which columns of a table name accounts that must exist (placeholders are created).
ACCOUNT_REFERENCES = {
    "follows": ("src_account_id", "dst_account_id"),
    "posts": ("account_id",),
    "interactions": ("actor_account_id", "target_account_id"),
}
_EDGELIST_FIELDS = {
    "follows": ("src_account_id", "dst_account_id"),
    "interactions": ("actor_account_id", "target_account_id"),
}

ProgressFactory = Callable[[Path], Callable[[float], None] | None]


@dataclass
class ImportReport:
    """What an import did, file by file."""

    table: str
    files: list[LoadResult] = field(default_factory=list)
    accounts_created: int = 0

    @property
    def rows_new(self) -> int:
        return sum(f.rows_new for f in self.files)

    @property
    def rows_replaced(self) -> int:
        return sum(f.rows_replaced for f in self.files)


def parse_mapping(pairs: Sequence[str], table: Table) -> dict[str, str]:
    """``['SRC=FIELD', …]`` -> ``{field: source column}``, checking each field exists."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not source or not target:
            raise UsageError(f"--map expects SOURCE=FIELD, got '{pair}'")
        if target not in table.column_names:
            raise UsageError(
                f"--map {pair}: '{target}' is not a field of {table.name}; fields: {', '.join(table.column_names)}"
            )
        mapping[target] = source
    return mapping


def resolve_mapping(explicit: dict[str, str], columns: list[str], table: Table, source: str) -> dict[str, str]:
    """Explicit ``--map`` pairs plus source columns named like a field (case-insensitive)."""
    missing = [src for src in explicit.values() if src not in columns]
    if missing:
        raise InputError(
            [Problem(source, None, m, f"no such column; the file has: {', '.join(columns)}") for m in missing]
        )
    mapping = dict(explicit)
    taken = set(explicit.values())
    by_lower = {c.lower(): c for c in columns}
    for name in table.column_names:
        src = by_lower.get(name)
        if name not in mapping and src is not None and src not in taken:
            mapping[name] = src
    return mapping


def import_files(
    store: Store,
    table_name: str,
    files: Sequence[str | Path],
    *,
    fmt: str = "auto",
    mapping: Sequence[str] = (),
    platform: str | None = None,
    undirected: bool = False,
    progress: ProgressFactory | None = None,
    time_format: str | None = None,
    timezone: str | None = None,
) -> ImportReport:
    """Load ``files`` into canonical table ``table_name`` as one all-or-nothing import.

    Every file is read and checked before anything is written; all problems found (up to
    ``SOCIALSCOPE_MAX_PROBLEMS``) are raised together as one :class:`InputError` naming file,
    row and field. Rows are upserted by the table's natural key, so importing the same file
    twice does not duplicate data. Timestamps are read by the rules of
    :mod:`socialscope.store.timestamps`: ``time_format`` (strftime) is tried first, and values
    without an offset are in ``timezone`` (default UTC), whatever the machine's zone.
    """
    try:
        table = get_table(table_name)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    explicit = parse_mapping(mapping, table)
    times = TimeParsing(time_format, timezone or "UTC")
    times.validate(store.con)
    try:
        return _stage_check_and_merge(
            store, table, files, explicit, fmt=fmt, platform=platform, undirected=undirected, progress=progress,
            times=times,
        )  # fmt: skip
    finally:  # staging tables live in the connection's temp schema: drop them, success or not
        for index in range(len(files)):
            _drop_stage(store, f"_stage{index}_rows")


def _stage_check_and_merge(
    store: Store,
    table: Table,
    files: Sequence[str | Path],
    explicit: dict[str, str],
    *,
    fmt: str,
    platform: str | None,
    undirected: bool,
    progress: ProgressFactory | None,
    times: TimeParsing,
) -> ImportReport:
    """Stage and check every file, then merge them all in one transaction."""
    limit = max_reported_problems()
    con = store.con
    staged: list[tuple[Path, str, str, dict[str, str]]] = []
    problems: list[Problem] = []
    truncated = False
    for index, file in enumerate(files):
        path = Path(file)
        file_format = detect_format(path) if fmt == "auto" else fmt
        if file_format == "edgelist" and table.name not in _EDGELIST_FIELDS:
            raise UsageError("edge lists import into 'follows' or 'interactions' only")
        callback = progress(path) if progress else None
        view = stage_file(con, path, file_format, f"_stage{index}", undirected=undirected, progress=callback)
        columns = source_columns(con, view)
        file_map = explicit
        if file_format == "edgelist":
            src_field, dst_field = _EDGELIST_FIELDS[table.name]
            file_map = {src_field: "src", dst_field: "dst", **explicit}
            if table.name == "interactions" and "kind" not in file_map:
                raise UsageError("an edge list of interactions needs --map COLUMN=kind")
        resolved = resolve_mapping(file_map, columns, table, str(path))
        found, cut = find_problems(con, table, view, resolved, str(path), limit=limit - len(problems), times=times)
        problems += found
        truncated = truncated or cut
        staged.append((path, file_format, view, resolved))
        if len(problems) >= limit:
            truncated = True
            break
    if problems:
        raise InputError(problems, truncated=truncated)

    defaults = {"platform": platform} if platform and "platform" in table.column_names else {}
    report = ImportReport(table.name)
    key = pseudonymisation_key()
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as tx:
        for path, file_format, view, resolved in staged:
            rows_sql = projection_sql(tx, table, view, resolved, defaults=defaults, times=times)
            if key is not None:
                rows_sql = pseudonymise_sql(table, rows_sql, key)
            result = merge(tx, table, rows_sql)
            report.files.append(result)
            for ref in ACCOUNT_REFERENCES.get(table.name, ()):
                report.accounts_created += add_missing_accounts(
                    tx,
                    f"SELECT {ref} AS account_id, "
                    f"{'platform' if 'platform' in table.column_names else 'NULL'} AS platform "
                    "FROM _incoming",
                )
            tx.execute(
                "INSERT INTO import_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    uuid.uuid4().hex,
                    table.name,
                    str(path.resolve()) if key is None else pseudonym(key, str(path.resolve())),  # paths name people
                    file_sha256(path),
                    path.stat().st_size,
                    file_format,
                    result.rows_read,
                    result.rows_new,
                    result.rows_replaced,
                    now,
                ],
            )
    return report


def _drop_stage(store: Store, view: str) -> None:
    base = view.removesuffix("_rows")
    for stmt in (
        f"DROP VIEW IF EXISTS {view}",
        f"DROP VIEW IF EXISTS {view}_tokens",
        f"DROP TABLE IF EXISTS {base}_raw",
        "DROP TABLE IF EXISTS _incoming",
    ):
        store.con.execute(stmt)


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks (the import log's fingerprint of what was read)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
