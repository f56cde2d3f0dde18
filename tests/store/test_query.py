"""`query` is read-only: writes, file access and attaching other databases are refused."""

from __future__ import annotations

import pytest

from socialscope.errors import StoreError
from socialscope.store import Store, run_read_only_query


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "q.duckdb"
    with Store(path) as s:
        s.con.execute("INSERT INTO accounts (account_id, kind) VALUES ('a', 'person'), ('b', 'brand')")
    return path


def test_select_returns_rows(db):
    frame = run_read_only_query(db, "SELECT kind, count(*) AS n FROM accounts GROUP BY kind ORDER BY kind")
    assert frame.to_dict("records") == [{"kind": "brand", "n": 1}, {"kind": "person", "n": 1}]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM accounts",
        "INSERT INTO accounts (account_id) VALUES ('x')",
        "UPDATE accounts SET kind = 'brand'",
        "DROP TABLE accounts",
        "CREATE TABLE t AS SELECT 1",
        "COPY accounts TO '/tmp/out.csv'",
        "ATTACH '/tmp/other.duckdb' AS other",
        "SELECT 1; DELETE FROM accounts",
    ],
)
def test_writes_are_refused(db, sql):
    with pytest.raises(StoreError, match="read-only"):
        run_read_only_query(db, sql)
    assert run_read_only_query(db, "SELECT count(*) AS n FROM accounts")["n"][0] == 2


def test_file_access_from_sql_is_refused(db, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    with pytest.raises(StoreError, match="query failed"):
        run_read_only_query(db, f"SELECT * FROM read_csv('{secret}')")


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        run_read_only_query(tmp_path / "nothing.duckdb", "SELECT 1")
