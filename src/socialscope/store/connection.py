"""Opening the DuckDB store, transactions, and safe read-only queries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from socialscope.errors import StoreBusyError, StoreError
from socialscope.store.schema import CANONICAL_TABLES, META_TABLES_SQL

if TYPE_CHECKING:
    import pandas as pd

# Statement types a read-only query may contain.
_READ_STATEMENTS = {"SELECT", "EXPLAIN"}


class Store:
    """A socialscope store: one DuckDB database file holding canonical and derived tables.

    Writers hold DuckDB's file lock for as long as the store is open; a second writer gets a
    :class:`StoreError` saying the store is busy. Read-only stores may be opened by many
    processes at once.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run 'socialscope demo' or 'socialscope import'")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreBusyError(
                    f"store {self.path} is busy: another process is writing to it; try again when it has finished"
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        # SQL on TIMESTAMPTZ must not follow the machine's zone (TZ): every time in the store is UTC
        self.con.execute("SET TimeZone = 'UTC'")
        if not read_only:
            self._create_schema()

    def _create_schema(self) -> None:
        for table in CANONICAL_TABLES.values():
            self.con.execute(table.create_sql())
        for sql in META_TABLES_SQL:
            self.con.execute(sql)

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

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
