"""One local SparkSession for the whole test run, and the demo store's tables as Parquet."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialscope.store.connection import Store
from socialscope.store.maintenance import export_tables


@pytest.fixture(scope="session")
def spark():
    from socialscope.engine.spark import spark_session

    session = spark_session("local[2]", driver_memory="2g")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def demo_parquet(demo_db: Path, tmp_path_factory) -> Path:
    """The demo store's canonical tables in the Spark engine's input layout."""
    folder = tmp_path_factory.mktemp("spark-input")
    with Store(demo_db, read_only=True) as store:
        export_tables(store, folder)
    return folder
