"""Result tables are created from their declared schemas: what ``analyze`` wrote has exactly the
declared columns and types, an empty result keeps its types, and a frame that does not match its
declaration is refused by the one writer."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from socialscope.analyses import result_tables
from socialscope.store.connection import Store
from socialscope.store.result_schema import RESULT_SCHEMAS, parse_columns, result_schema
from socialscope.store.results import replace_rows, write_result
from socialscope.store.schema import CANONICAL_TABLES, META_TABLES


def _columns(store: Store, table: str) -> list[tuple[str, str]]:
    return [
        tuple(r)
        for r in store.con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


def test_every_table_analyze_wrote_has_its_declared_columns_and_types(demo_db: Path) -> None:
    with Store(demo_db, read_only=True) as store:
        written = [t for t in store.tables() if t not in CANONICAL_TABLES and t not in META_TABLES]
        assert len(written) >= 30
        for table in written:
            schema = result_schema(table)
            declared = [(c.name, c.sql_type) for c in schema.columns]
            if schema.has_run_id:
                declared = [("run_id", "VARCHAR"), *declared]
            assert _columns(store, table) == declared, table


def test_every_registry_table_is_declared() -> None:
    for table in result_tables():
        assert table.name in RESULT_SCHEMAS


def test_an_empty_result_keeps_its_declared_types(store) -> None:
    empty = pd.DataFrame({"model": [], "channel": [], "conversions": [], "value": []})
    assert write_result(store, "attribution_by_channel", empty, "r1") == 0
    assert _columns(store, "attribution_by_channel")[:5] == [
        ("run_id", "VARCHAR"),
        ("model", "VARCHAR"),
        ("channel", "VARCHAR"),
        ("conversions", "DOUBLE"),
        ("value", "DOUBLE"),
    ]
    # the optional bootstrap bounds exist, NULL
    assert [c for c, _ in _columns(store, "attribution_by_channel")][5:] == [
        "conversions_low", "conversions_high", "value_low", "value_high",
    ]  # fmt: skip


def test_a_frame_that_does_not_match_its_declaration_is_refused(store) -> None:
    good = pd.DataFrame({"graph": ["g"], "account_id": ["a"], "x": [0.1], "y": [0.2]})
    with pytest.raises(ValueError, match=r"undeclared columns \['z'\]"):
        write_result(store, "network_layout", good.assign(z=1), "r1")
    with pytest.raises(ValueError, match=r"missing columns \['y'\]"):
        replace_rows(store, "network_layout", good.drop(columns="y"), "r1", key="graph", value="g")
    with pytest.raises(KeyError, match="no declared schema"):
        write_result(store, "made_up_table", good, "r1")
    assert not store.has_table("network_layout")  # nothing half-written


def test_values_are_cast_to_the_declared_types(store) -> None:
    # DuckDB sums integers into HUGEINT and pandas may hold counts as floats: both become BIGINT
    store.con.execute("CREATE TEMP TABLE t AS SELECT 'g' AS graph, 1::HUGEINT AS community, 2.0 AS x, 3 AS y")
    write_result(store, "community_layout", store.ibis().table("t"), "r1")
    assert _columns(store, "community_layout") == [
        ("run_id", "VARCHAR"), ("graph", "VARCHAR"), ("community", "BIGINT"), ("x", "DOUBLE"), ("y", "DOUBLE"),
    ]  # fmt: skip
    assert store.con.execute("SELECT * FROM community_layout").fetchall() == [("r1", "g", 1, 2.0, 3.0)]


def test_an_older_table_shape_is_rebuilt_keeping_the_other_graphs_rows(store) -> None:
    """A store written by an older version (a column fewer) takes the new declaration on the
    next write; the other graphs' rows stay, with the new column NULL."""
    store.con.execute("CREATE TABLE network_layout (run_id VARCHAR, graph VARCHAR, account_id VARCHAR, x DOUBLE)")
    store.con.execute("INSERT INTO network_layout VALUES ('old', 'follows', 'a', 0.5)")
    new = pd.DataFrame({"graph": ["interactions"], "account_id": ["b"], "x": [0.1], "y": [0.2]})
    replace_rows(store, "network_layout", new, "r2", key="graph", value="interactions")
    rows = store.con.execute("SELECT * FROM network_layout ORDER BY graph").fetchall()
    assert rows == [("old", "follows", "a", 0.5, None), ("r2", "interactions", "b", 0.1, 0.2)]


def test_the_declaration_syntax() -> None:
    columns = parse_columns("a b?: integer\nc: text")
    assert [(c.name, c.type, c.optional) for c in columns] == [
        ("a", "integer", False), ("b", "integer", True), ("c", "text", False),
    ]  # fmt: skip
    with pytest.raises(ValueError, match="unknown type 'float'"):
        parse_columns("a: float")
