"""The one as-of join equals DuckDB's native ASOF JOIN (which we did not write) in both
directions, on random data with ties between the tables, nulls and unmatched rows."""

from __future__ import annotations

import duckdb
import ibis
import numpy as np
import pandas as pd
import pytest

from socialscope.asof import asof_join


@pytest.fixture(scope="module")
def tables():
    rng = np.random.default_rng(5)
    n_left, n_right = 4000, 600
    left = pd.DataFrame(
        {
            "row": np.arange(n_left),
            "g": rng.integers(0, 40, n_left).astype(str),
            "t": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 500, n_left), unit="h"),
        }
    )
    left.loc[rng.choice(n_left, 50, replace=False), "t"] = pd.NaT
    right = pd.DataFrame(
        {
            "g": rng.integers(0, 45, n_right).astype(str),  # some groups only on one side
            "t": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 500, n_right), unit="h"),
            "v": rng.normal(size=n_right),
        }
    ).drop_duplicates(["g", "t"])  # DuckDB's ASOF picks any of several right rows at one instant
    return left, right


@pytest.mark.parametrize(("direction", "op"), [("backward", ">="), ("forward", "<=")])
def test_equals_duckdb_asof_join(tables, direction: str, op: str) -> None:
    left, right = tables
    con = ibis.duckdb.connect()
    lt, rt = con.create_table("l", left), con.create_table("r", right)
    ours = asof_join(
        lt, rt, by="g", on="t", right_by="g", right_on="t", columns={"v": rt.v}, direction=direction
    ).to_pandas()
    raw = duckdb.connect()
    raw.register("l", left)
    raw.register("r", right)
    theirs = raw.execute(f"SELECT l.row, r.v FROM l ASOF LEFT JOIN r ON l.g = r.g AND l.t {op} r.t").df()
    got = ours.set_index("row")["v"].sort_index()
    want = theirs.set_index("row")["v"].sort_index()
    assert got.notna().sum() > 1000 and got.isna().sum() > 50
    pd.testing.assert_series_equal(got, want, check_names=False)


def test_ties_and_rank() -> None:
    """Right rows at one instant are taken in ``order``; ``number`` is the match's rank."""
    con = ibis.duckdb.connect()
    left = con.create_table("l", pd.DataFrame({"g": ["a", "a", "a"], "t": [1, 5, 9]}))
    right = con.create_table("r", pd.DataFrame({"g": ["a", "a", "a"], "t": [5, 5, 7], "id": ["y", "x", "z"]}))
    kw = {"by": "g", "on": "t", "right_by": "g", "right_on": "t", "order": ("id",), "number": "k"}
    fwd = asof_join(left, right, columns={"id": right.id}, direction="forward", **kw).to_pandas().sort_values("t")
    assert fwd["id"].fillna("-").tolist() == ["x", "x", "-"] and fwd["k"].tolist()[:2] == [1, 1]
    back = asof_join(left, right, columns={"id": right.id}, direction="backward", **kw).to_pandas().sort_values("t")
    assert back["id"].fillna("-").tolist() == ["-", "y", "z"] and back["k"].tolist()[1:] == [2, 3]
