"""Shared fixtures: fresh stores, a small demo world, the real test data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialscope.demo import DemoConfig, generate, load_demo
from socialscope.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "test.duckdb") as s:
        yield s


@pytest.fixture(scope="session")
def demo_tables():
    return generate(DemoConfig(scale=0.1, seed=3))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, demo_tables) -> Path:
    """A store file holding a small demo world (read it, do not write to it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Store(path) as s:
        load_demo(s, demo_tables, DemoConfig(scale=0.1, seed=3))
        from socialscope.pipeline import run_analyses

        run_analyses(s)
    return path


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every table's full content, sorted, for before/after comparisons."""
    out = {}
    for table in store.tables():
        rows = store.con.execute(f'SELECT * FROM "{table}"').fetchall()
        out[table] = sorted(rows, key=repr)
    return out
