"""Engines: where the analyses run. The embedded DuckDB engine is the default and has every
capability; the Spark engine builds the registry's portable tables (:mod:`socialscope.analyses`)
at cluster scale from the same definitions. Code asks an engine for capabilities, never for its
name."""

from socialscope.engine.capabilities import CAPABILITIES, describe
from socialscope.engine.embedded import EmbeddedEngine

ENGINES = ("duckdb", "spark")

__all__ = ["CAPABILITIES", "ENGINES", "EmbeddedEngine", "describe"]
