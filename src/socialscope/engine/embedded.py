"""The embedded engine: DuckDB in-process, every capability socialscope has."""

from __future__ import annotations

from typing import Any

from socialscope.engine.capabilities import CAPABILITIES
from socialscope.store.connection import Store


class EmbeddedEngine:
    """The DuckDB store as an engine for the registry's portable tables
    (:mod:`socialscope.analyses`): ``frame`` keeps an Ibis expression lazy, so
    :func:`socialscope.store.results.write_result` runs it inside DuckDB with no copy through
    pandas. ``socialscope analyze`` (:mod:`socialscope.pipeline`) is its only runner."""

    name = "duckdb"
    capabilities = frozenset(CAPABILITIES)

    def __init__(self, store: Store) -> None:
        self.store = store
        self._backend: Any = None

    def backend(self) -> Any:
        if self._backend is None:
            self._backend = self.store.ibis()
        return self._backend

    def count(self, table: str) -> int:
        return self.store.count(table)

    def frame(self, expr: Any) -> Any:
        return expr

    def cached(self, expr: Any, name: str) -> Any:
        import ibis

        self.store.con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS {ibis.to_sql(expr, dialect="duckdb")}')
        return self.backend().table(name)
