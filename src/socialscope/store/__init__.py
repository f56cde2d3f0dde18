"""The embedded DuckDB store: canonical schema, connection, validated merges."""

from socialscope.store.connection import Store, run_read_only_query
from socialscope.store.loader import LoadResult
from socialscope.store.schema import CANONICAL_TABLES, Column, Table, get_table

__all__ = [
    "CANONICAL_TABLES",
    "Column",
    "LoadResult",
    "Store",
    "Table",
    "get_table",
    "run_read_only_query",
]
