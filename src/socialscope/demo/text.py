"""Vectorised template filling: DuckDB's string functions over whole columns."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd


def fill_templates(templates: tuple[str, ...], choice: np.ndarray, **values: np.ndarray) -> np.ndarray:
    """``templates[choice[i]]`` with every ``{name}`` replaced by ``values[name][i]``.

    Runs as one DuckDB query (C++ string kernels), not a Python loop over rows.
    """
    frame = pd.DataFrame({"t": np.asarray(templates, dtype=object)[choice]})
    expr = "t"
    for name, column in values.items():
        frame[name] = np.asarray(column, dtype=object)
        expr = f"replace({expr}, '{{{name}}}', coalesce({name}, ''))"
    con = duckdb.connect()
    try:
        con.register("frame", frame)
        return con.execute(f"SELECT {expr} FROM frame").df().iloc[:, 0].to_numpy(dtype=object)
    finally:
        con.close()


def pick(rng: np.random.Generator, options: tuple[str, ...], n: int) -> np.ndarray:
    """``n`` uniform draws from ``options`` as an object array."""
    return np.asarray(options, dtype=object)[rng.integers(0, len(options), n)]


def numbered(prefix: str, start: int, n: int, width: int = 7) -> np.ndarray:
    """``prefix0000001``-style ids, ``n`` of them from ``start``."""
    numbers = pd.Series(np.arange(start, start + n)).astype(str).str.zfill(width)
    return (prefix + numbers).to_numpy(dtype=object)
