"""Engines: where the analyses run. The embedded DuckDB engine is the default and has every
capability; the Spark engine runs the portable analyses at cluster scale from the same
definitions. Code asks an engine for capabilities, never for its name."""

from socialscope.engine.capabilities import CAPABILITIES, describe
from socialscope.engine.embedded import EmbeddedEngine
from socialscope.engine.portable import PORTABLE, PortableResult, PortableRun, run_portable

ENGINES = ("duckdb", "spark")

__all__ = [
    "CAPABILITIES",
    "ENGINES",
    "PORTABLE",
    "EmbeddedEngine",
    "PortableResult",
    "PortableRun",
    "describe",
    "run_portable",
]
