"""Every canonical table round-trips through a CSV import with its values and types."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from socialscope.ingest import import_files
from socialscope.store.schema import CANONICAL_TABLES

SAMPLE = {
    "text": "hello, world",
    "integer": "42",
    "number": "3.25",
    "boolean": "true",
    "timestamp": "2024-05-01T09:30:00Z",
    "date": "2024-05-01",
    "json": '{"department": "Sales"}',
}
EXPECTED = {
    "text": "hello, world",
    "integer": 42,
    "number": 3.25,
    "boolean": True,
    "timestamp": dt.datetime(2024, 5, 1, 9, 30),
    "date": dt.date(2024, 5, 1),
    "json": {"department": "Sales"},
}


@pytest.mark.parametrize("name", list(CANONICAL_TABLES))
def test_round_trip_every_column(store, tmp_path, name):
    table = CANONICAL_TABLES[name]
    row = {c.name: (c.choices[0] if c.choices else SAMPLE[c.type]) for c in table.columns}
    row["source_only"] = "kept"
    path = tmp_path / f"{name}.csv"
    pd.DataFrame([row]).to_csv(path, index=False)

    report = import_files(store, name, [path])

    assert report.rows_new == 1
    back = store.con.execute(f'SELECT * FROM "{name}"').fetchall()
    assert len(back) == 1
    values = dict(zip([*table.column_names, "extra"], back[0], strict=True))
    for column in table.columns:
        got = values[column.name]
        if column.type == "json":
            got = json.loads(got)
        expected = column.choices[0] if column.choices else EXPECTED[column.type]
        assert got == expected, column.name
    assert json.loads(values["extra"]) == {"source_only": "kept"}


def test_timestamps_with_offsets_are_stored_in_utc(store, tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("post_id,created_at\np1,2024-01-02 11:00:00+02:00\np2,1700000000\n")
    import_files(store, "posts", [path])
    got = dict(store.con.execute("SELECT post_id, created_at FROM posts").fetchall())
    assert got == {"p1": dt.datetime(2024, 1, 2, 9, 0), "p2": dt.datetime(2023, 11, 14, 22, 13, 20)}
