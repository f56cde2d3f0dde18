"""Opening the DuckDB store, transactions, and safe read-only queries."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from socialscope.config import busy_timeout
from socialscope.errors import StoreBusyError, StoreError
from socialscope.store.schema import CANONICAL_TABLES, META_TABLES_SQL, Table

if TYPE_CHECKING:
    import pandas as pd

# Statement types a read-only query may contain.
_READ_STATEMENTS = {"SELECT", "EXPLAIN"}
READ_WAIT_SECONDS = 2.0
_BACKOFF_SECONDS = (0.02, 0.5)  # first and longest pause between attempts
_wait_notice: Callable[[str], None] | None = None
# Writer locks this process holds: store path -> (lock file descriptor, nesting depth). flock()
# locks belong to an open file, so a second Store on the same path in this process must share it.
_writer_locks: dict[Path, tuple[int, int]] = {}
_writer_guard = threading.Lock()


def set_wait_notice(callback: Callable[[str], None] | None) -> None:
    """Where to say that a store is being waited for (the CLI prints it on stderr)."""
    global _wait_notice
    _wait_notice = callback


def snapshot_path(path: str | Path) -> Path:
    """The published read-only copy of the store that the dashboard reads."""
    path = Path(path)
    return path.with_name(path.name + ".snapshot")


def reading_path(path: str | Path) -> Path:
    """The file a long-running reader (the dashboard) should open: the snapshot when published."""
    snapshot = snapshot_path(path)
    return snapshot if snapshot.exists() else Path(path)


def publish_snapshot(path: str | Path) -> Path:
    """Copy the store to its snapshot and rename the copy into place (atomic on POSIX), so a
    reader opens either the previous snapshot or the new one, never a half-written file. Call
    only with the writer lock held and the store checkpointed."""
    path = Path(path)
    target = snapshot_path(path)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        shutil.copyfile(path, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def ensure_snapshot(path: str | Path) -> None:
    """Publish a snapshot when there is none (waiting for a writer), or refresh a stale one when
    no writer is busy (a stale snapshot is still served rather than waiting)."""
    path = Path(path)
    snapshot = snapshot_path(path)
    if not path.exists():
        return
    if not snapshot.exists():
        Store(path, publish=True).close()
        return
    wal = path.with_name(path.name + ".wal")
    if wal.exists() or path.stat().st_mtime_ns > snapshot.stat().st_mtime_ns:
        with contextlib.suppress(StoreBusyError):
            Store(path, publish=True, timeout=0).close()


def _notify(message: str, said: list[bool]) -> None:
    if not said and _wait_notice is not None:
        _wait_notice(message)
    said.append(True)


def _pause(attempt: int, deadline: float) -> bool:
    """Sleep before the next attempt; False when the deadline has passed."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False
    time.sleep(min(_BACKOFF_SECONDS[0] * 2**attempt, _BACKOFF_SECONDS[1], remaining))
    return True


def _busy(path: Path, doing: str = "writing to") -> StoreBusyError:
    return StoreBusyError(f"store {path} is busy: another process is {doing} it; try again when it has finished")


def _acquire_writer_lock(path: Path, deadline: float) -> None:
    key = path.resolve()
    with _writer_guard:
        held = _writer_locks.get(key)
        if held is not None:
            _writer_locks[key] = (held[0], held[1] + 1)
            return
        lock_file = path.with_name(path.name + ".writer.lock")
        try:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(f"cannot create {lock_file}: {exc.strerror}") from None
        said: list[bool] = []
        attempt = 0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                _notify(f"waiting for {path}: another process is writing to it", said)
                if not _pause(attempt, deadline):
                    os.close(fd)
                    raise _busy(path) from None
                attempt += 1
        _writer_locks[key] = (fd, 1)


def _release_writer_lock(path: Path, *, publish: bool = False) -> None:
    key = path.resolve()
    with _writer_guard:
        fd, depth = _writer_locks[key]
        if depth > 1:
            _writer_locks[key] = (fd, depth - 1)
            return
        try:
            if publish or snapshot_path(path).exists():
                publish_snapshot(path)
        finally:
            del _writer_locks[key]
            os.close(fd)  # releases the flock


def _connect(path: Path, read_only: bool, deadline: float, *, private: bool) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, retrying while another process holds DuckDB's own lock."""
    said: list[bool] = []
    attempt = 0
    while True:
        try:
            if not private:
                return duckdb.connect(str(path), read_only=read_only)
            con = duckdb.connect()  # a new in-memory instance: the file is read as it is now
            try:
                con.execute(f"ATTACH '{_literal(path)}' AS store (READ_ONLY)")
                con.execute("USE store")
            except BaseException:
                con.close()
                raise
            return con
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"cannot open store {path}: {exc}") from exc
            holder = "writing to" if read_only else "reading"
            _notify(f"waiting for {path}: another process is {holder} it", said)
            if not _pause(attempt, deadline):
                raise _busy(path, holder) from exc
            attempt += 1


class Store:
    """A socialscope store: one DuckDB database file holding canonical and derived tables.

    Concurrency (DuckDB allows one read-write process or many read-only ones per file):

    - **Writers queue.** A read-write store first takes an exclusive lock on
      ``<store>.writer.lock`` (waiting, with a notice, up to ``$SOCIALSCOPE_BUSY_TIMEOUT``
      seconds, default 600), then opens the file, retrying while short-lived readers hold it.
      A crashed writer's lock is released by the operating system.
    - **The dashboard reads a published snapshot**, ``<store>.snapshot``: when a writer closes
      it checkpoints, and — if a snapshot is in use — copies the file and renames the copy
      over the snapshot atomically, still holding the writer lock. The server opens the
      snapshot read-only per request, so it never holds the store file and never blocks a
      writer; what it shows is at most one write behind.
    - Read-only stores wait up to two seconds for a writer, then raise :class:`StoreBusyError`.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        read_only: bool = False,
        timeout: float | None = None,
        publish: bool = False,
        private: bool = False,
    ) -> None:
        """``private`` (read-only): open the file in a DuckDB instance of its own. DuckDB shares
        one instance per path within a process while any connection to it is open, so a server
        whose requests overlap would otherwise keep reading a snapshot that was replaced."""
        self.path = Path(path)
        self.read_only = read_only
        self.version: tuple | None = None  # set by readers that key caches by the file's version
        self._publish = publish
        self._locked = False
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run 'socialscope demo' or 'socialscope import'")
        if timeout is None:
            timeout = READ_WAIT_SECONDS if read_only else busy_timeout()
        deadline = time.monotonic() + timeout
        if not read_only:
            _acquire_writer_lock(self.path, deadline)
            self._locked = True
        try:
            self.con = _connect(self.path, read_only, deadline, private=private and read_only)
        except BaseException:
            if self._locked:
                _release_writer_lock(self.path)
            raise
        # SQL on TIMESTAMPTZ must not follow the machine's zone (TZ): every time in the store is UTC
        self.con.execute("SET TimeZone = 'UTC'")
        if not read_only:
            self._create_schema()

    def _create_schema(self) -> None:
        for table in CANONICAL_TABLES.values():
            self.con.execute(table.create_sql())
            self._add_new_columns(table)
        for sql in META_TABLES_SQL:
            self.con.execute(sql)

    def _add_new_columns(self, table: Table) -> None:
        """Bring a table made by an older socialscope up to the current schema.

        Columns are only ever added (never renamed), so an older table lacks some: it is
        rebuilt in the canonical column order — new columns null, ``extra`` last — because
        some writers insert by position.
        """
        rows = self.con.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
            [table.name],
        ).fetchall()
        have = [r[0] for r in rows]
        wanted = [*table.column_names, "extra"]
        if set(wanted) <= set(have):
            return
        select = [
            f'"{c.name}"' if c.name in have else f'CAST(NULL AS {c.sql_type}) AS "{c.name}"' for c in table.columns
        ]
        select.append('"extra"' if "extra" in have else "CAST(NULL AS JSON) AS extra")
        select += [f'"{c}"' for c in have if c not in wanted]
        with self.transaction() as con:
            con.execute(f'CREATE TABLE "_migrating_{table.name}" AS SELECT {", ".join(select)} FROM "{table.name}"')
            con.execute(f'DROP TABLE "{table.name}"')
            con.execute(f'ALTER TABLE "_migrating_{table.name}" RENAME TO "{table.name}"')

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        if not self._locked:
            self.con.close()
            return
        self._locked = False
        try:
            with contextlib.suppress(duckdb.Error):  # e.g. closed mid-transaction by a failure
                self.con.execute("CHECKPOINT")
            self.con.close()
        finally:
            _release_writer_lock(self.path, publish=self._publish)

    def rewrite(self) -> None:
        """Copy every live row into a fresh file and swap it in (writer lock held throughout):
        deleted rows no longer linger in the file's free blocks, where DuckDB leaves them."""
        if not self._locked:
            raise StoreError("only a store opened for writing can be rewritten")
        fresh = self.path.with_name(self.path.name + ".rewrite")
        for leftover in (fresh, fresh.with_name(fresh.name + ".wal")):
            leftover.unlink(missing_ok=True)
        name = self.scalar("SELECT current_database()")
        self.con.execute(f"ATTACH '{_literal(fresh)}' AS _fresh")
        try:
            self.con.execute(f'COPY FROM DATABASE "{name}" TO _fresh')
        finally:
            self.con.execute("DETACH _fresh")
        self.con.close()
        os.replace(fresh, self.path)
        self.path.with_name(self.path.name + ".wal").unlink(missing_ok=True)
        self.con = duckdb.connect(str(self.path))
        self.con.execute("SET TimeZone = 'UTC'")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: commit when the block ends, roll back on any exception."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------
    def tables(self) -> list[str]:
        rows = self.con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()
        return [r[0] for r in rows]

    def has_table(self, name: str) -> bool:
        return name in self.tables()

    def count(self, table: str) -> int:
        return self.scalar(f'SELECT count(*) FROM "{table}"')

    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        """The single value ``sql`` returns. Results are always fetched to the end: DuckDB 2
        keeps a half-read result open and refuses other work on the connection until then."""
        return self.con.execute(sql, params or []).fetchall()[0][0]

    def df(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run trusted SQL (socialscope's own) and return a pandas DataFrame."""
        return self.con.execute(sql, params or []).df()

    def ibis(self) -> Any:
        """An Ibis backend over this store, for portable (DuckDB/Spark) metric expressions."""
        import ibis

        return ibis.duckdb.from_connection(self.con)

    def get_meta(self, key: str) -> Any:
        rows = self.con.execute("SELECT value FROM workspace_meta WHERE key = ?", [key]).fetchall()
        return json.loads(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: Any) -> None:
        self.con.execute("INSERT OR REPLACE INTO workspace_meta VALUES (?, ?)", [key, json.dumps(value)])


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")


def check_read_only(sql: str) -> list[Any]:
    """The parsed statements of ``sql``; :class:`StoreError` unless every one only reads."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(f"SQL does not parse: {exc}") from exc
    if not statements:
        raise StoreError("no SQL statement given")
    for statement in statements:
        kind = statement.type.name
        if kind not in _READ_STATEMENTS:
            raise StoreError(f"query is read-only: {kind} statements are refused")
    return statements


def run_read_only_query(path: str | Path, sql: str) -> pd.DataFrame:
    """Run user SQL that may only read: refused unless every statement is a query.

    Three locks: the statements are parsed and must all be SELECT-like, the database is
    opened read-only, and file-system access from SQL (COPY TO, read_csv, ATTACH) is off.
    """
    statements = check_read_only(sql)
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no store at {path}: run 'socialscope demo' or 'socialscope import'")
    try:
        con = duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})
    except duckdb.IOException as exc:
        raise StoreError(f"cannot open store {path} for reading: {exc}") from exc
    try:
        con.execute("SET TimeZone = 'UTC'")
        result = None
        for statement in statements:
            result = con.execute(statement.query)
        return result.df()
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc
    finally:
        con.close()
