"""Attribution: journeys semantics, heuristics by hand, Markov vs a dense computation,
Shapley vs brute force, and one contract over every registered model."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from socialscope.attribution import MODELS, attribute, build_journeys, removal_effects
from socialscope.ingest import import_files


@pytest.fixture
def small(store, tmp_path):
    touches = tmp_path / "t.csv"
    touches.write_text(
        "visitor_id,occurred_at,source,medium\n"
        "a,2025-01-01,facebook,paid_social\n"  # a: social -> search -> direct -> buys on 01-05
        "a,2025-01-03,google,organic\n"
        "a,2025-01-04,(direct),(none)\n"
        "a,2025-01-06,newsletter,email\n"  # after the purchase: a new journey that does not convert
        "b,2024-11-01,google,organic\n"  # b: outside the 30-day lookback of its purchase
        "b,2025-01-09,newsletter,email\n"  # b: email, buys 01-10
        "c,2025-01-02,facebook,paid_social\n"  # c: never converts
    )
    conversions = tmp_path / "c.csv"
    conversions.write_text("visitor_id,occurred_at,stage,value\na,2025-01-05,purchase,100\nb,2025-01-10,purchase,40\n")
    import_files(store, "touchpoints", [touches])
    import_files(store, "conversions", [conversions])
    return build_journeys(store)


def test_journeys(small):
    paths = {
        p: (c, v, n) for p, c, v, n in small.paths[["path", "conversions", "value", "nulls"]].itertuples(index=False)
    }
    assert paths[("Paid Social", "Organic Search", "Direct")] == (1, 100, 0)
    assert paths[("Email",)] == (1, 40, 1)  # b's converting journey + a's journey after buying
    assert paths[("Paid Social",)] == (0, 0, 1)
    assert (small.total_conversions, small.total_value) == (2, 140)


def test_heuristics_by_hand(small):
    got = attribute(small, ["first_touch", "last_touch", "last_non_direct", "linear", "position_based"])
    table = got.pivot(index="channel", columns="model", values="conversions").fillna(0)
    assert table.loc["Paid Social", "first_touch"] == 1 and table.loc["Email", "first_touch"] == 1
    assert table.loc["Direct", "last_touch"] == 1
    assert table.loc["Organic Search", "last_non_direct"] == 1 and table.loc["Direct", "last_non_direct"] == 0
    assert table.loc["Paid Social", "linear"] == pytest.approx(1 / 3)
    assert table.loc["Organic Search", "position_based"] == pytest.approx(0.2)
    assert table.loc["Direct", "position_based"] == pytest.approx(0.4)
    value = got.pivot(index="channel", columns="model", values="value").fillna(0)
    assert value.loc["Paid Social", "linear"] == pytest.approx(100 / 3)


def test_time_decay_by_hand(small):
    got = attribute(small, ["time_decay"], half_life_days=1).set_index("channel")["conversions"]
    ages = np.array([4, 2, 1])  # days before the purchase: social, search, direct
    weights = 2.0**-ages / (2.0**-ages).sum()
    assert got["Paid Social"] == pytest.approx(weights[0])
    assert got["Direct"] == pytest.approx(weights[2])
    assert got["Email"] == pytest.approx(1.0)


def dense_removal_effects(paths: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """Independent first-order computation with a dense matrix over named states."""
    states = ["start", *keys, "conv", "null"]
    index = {s: i for i, s in enumerate(states)}
    counts = np.zeros((len(states), len(states)))
    for path, conv, nulls in paths[["path", "conversions", "nulls"]].itertuples(index=False):
        walk = ["start", *path]
        for a, b in itertools.pairwise(walk):
            counts[index[a], index[b]] += conv + nulls
        counts[index[walk[-1]], index["conv"]] += conv
        counts[index[walk[-1]], index["null"]] += nulls
    counts[index["conv"], index["conv"]] = counts[index["null"], index["null"]] = 1
    probs = counts / counts.sum(axis=1, keepdims=True)

    def p_conv(removed: str | None) -> float:
        p = probs.copy()
        if removed:
            i = index[removed]
            p[:, index["null"]] += p[:, i]
            p[:, i] = 0
        transient = [index[s] for s in ["start", *keys]]
        q = p[np.ix_(transient, transient)]
        r = p[transient, index["conv"]]
        return np.linalg.solve(np.eye(len(transient)) - q, r)[0]

    base = p_conv(None)
    return np.array([1 - p_conv(k) / base for k in keys])


def test_markov_equals_dense_linear_algebra(generated_store):
    journeys = build_journeys(generated_store)
    result = removal_effects(journeys.paths, order=1)
    np.testing.assert_allclose(result.removal_effects, dense_removal_effects(journeys.paths, result.keys), atol=1e-9)
    assert 0 < result.conversion_probability < 1


def test_higher_orders_run_and_differ(generated_store):
    journeys = build_journeys(generated_store)
    first = removal_effects(journeys.paths, order=1).removal_effects
    third = removal_effects(journeys.paths, order=3).removal_effects
    assert (third > 0).all() and not np.allclose(first, third)


def test_shapley_equals_brute_force():
    paths = pd.DataFrame(
        {
            "path": [("A",), ("A", "B"), ("B", "C", "B"), ("C",), ("A", "B", "C"), ("D",)],
            "conversions": [3.0, 5.0, 2.0, 1.0, 4.0, 0.0],
            "value": [30.0, 50.0, 20.0, 10.0, 40.0, 0.0],
            "nulls": [1.0, 1.0, 1.0, 1.0, 1.0, 5.0],
        }
    )
    players = ["A", "B", "C", "D"]

    def v(coalition: set[str]) -> float:
        return sum(c for p, c in zip(paths["path"], paths["conversions"], strict=True) if set(p) <= coalition)

    n = len(players)
    expected = {}
    for player in players:
        others = [p for p in players if p != player]
        total = 0.0
        for size in range(n):
            for subset in itertools.combinations(others, size):
                weight = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
                total += weight * (v(set(subset) | {player}) - v(set(subset)))
        expected[player] = total
    from socialscope.attribution.shapley import shapley_credit

    got = shapley_credit(paths).set_index("key")["conversions"]
    for player in ["A", "B", "C"]:
        assert got[player] == pytest.approx(expected[player], abs=1e-12)
    assert expected["D"] == 0 and got.get("D", 0.0) == 0


@pytest.mark.parametrize("name", list(MODELS))
def test_model_contract(name, generated_store, store_factory):
    """Every model: credit sums to the totals, is deterministic, non-negative unless signed; empty input works."""
    journeys = build_journeys(generated_store)
    first = MODELS[name].credit(journeys)
    second = MODELS[name].credit(journeys)
    assert first["conversions"].sum() == pytest.approx(journeys.total_conversions, rel=1e-9)
    assert first["value"].sum() == pytest.approx(journeys.total_value, rel=1e-9)
    if not MODELS[name].signed:
        assert (first["conversions"] >= -1e-12).all()
    pd.testing.assert_frame_equal(first, second)
    empty = build_journeys(store_factory())
    assert MODELS[name].credit(empty)["conversions"].sum() == 0


@pytest.fixture
def store_factory(tmp_path):
    from socialscope.store import Store

    stores = []

    def make():
        stores.append(Store(tmp_path / f"empty{len(stores)}.duckdb"))
        return stores[-1]

    yield make
    for s in stores:
        s.close()


def test_every_model_is_documented_and_referenced():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "marketing.md").read_text()
    labels = [m.label for m in MODELS.values()]
    assert len(set(labels)) == len(labels)
    for name, model in MODELS.items():
        assert f"`{name}`" in docs or name.startswith("markov_"), name
        assert model.reference and model.description and model.label
    assert "`markov_1`, `markov_2`, `markov_3`" in docs


def test_path_models_need_only_the_path_counts(small):
    """What the Spark engine hands the driver: the path counts alone give every path-based
    model the numbers ``attribute`` gives with the store; rule-based models refuse them."""
    from socialscope.attribution.journeys import Journeys
    from socialscope.attribution.registry import MIN_DATA_DRIVEN_CONVERSIONS, PATH_MODELS, path_credit, resolve_models
    from socialscope.errors import UsageError

    # the models a path-count engine solves: every path model, but with fewer conversions than
    # the minimum-data rule asks, data_driven is linear's (rule-based) credit, computed apart
    solved = {name for name, source in resolve_models(small).items() if source in PATH_MODELS}
    with_store = attribute(small)
    with_store = with_store[with_store["model"].isin(solved)]
    alone = path_credit(Journeys.of_paths(small.paths.copy()))
    assert set(alone["model"]) == solved == set(with_store["model"])
    if small.total_conversions >= MIN_DATA_DRIVEN_CONVERSIONS:
        assert solved == set(PATH_MODELS)
    key = ["model", "channel"]
    pd.testing.assert_frame_equal(
        alone.sort_values(key).reset_index(drop=True), with_store.sort_values(key).reset_index(drop=True)
    )
    with pytest.raises(UsageError, match="path counts only"):
        attribute(Journeys.of_paths(small.paths), ["linear"])


def test_path_counts_equal_duckdb_list_aggregation_long_journeys_included(store, tmp_path):
    """The NumPy path counting (integer codes per path while (K+1)^length fits in int64,
    row-wise unique beyond) gives DuckDB's own ``list(key ORDER BY position)`` grouping."""
    from socialscope.attribution.journeys import TOUCH_TABLE

    media = [("facebook", "paid_social"), ("google", "organic"), ("newsletter", "email"), ("(direct)", "(none)")]
    rows = ["visitor_id,occurred_at,source,medium"]
    for visitor, (length, shift) in {"a": (30, 0), "b": (30, 1), "c": (30, 0), "d": (2, 3), "e": (2, 3)}.items():
        for i in range(length):
            source, medium = media[(i * (shift + 1) + shift) % len(media)]
            rows.append(f"{visitor},2025-01-01 {i // 60:02d}:{i % 60:02d}:00,{source},{medium}")
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    (tmp_path / "c.csv").write_text(
        "visitor_id,occurred_at,stage,value\na,2025-01-02,purchase,10\nd,2025-01-02,purchase,5\n"
    )
    import_files(store, "touchpoints", [tmp_path / "t.csv"])
    import_files(store, "conversions", [tmp_path / "c.csv"])
    ours = build_journeys(store).paths
    assert max(map(len, ours["path"])) == 30  # 4 keys: 5^30 > 2^62, the row-wise branch
    reference = store.con.execute(
        f"""SELECT path, sum(converted)::DOUBLE AS conversions, sum(value * converted)::DOUBLE AS value,
                   sum(1 - converted)::DOUBLE AS nulls
            FROM (SELECT list(key ORDER BY position) AS path, any_value(converted) AS converted,
                         any_value(value) AS value FROM {TOUCH_TABLE} GROUP BY journey_id)
            GROUP BY path"""
    ).df()
    expected = {tuple(p): (c, v, n) for p, c, v, n in reference.itertuples(index=False)}
    got = {p: (c, v, n) for p, c, v, n in ours[["path", "conversions", "value", "nulls"]].itertuples(index=False)}
    assert got == expected
    assert len(got) == 3  # a = c (one converts), b, d = e (one converts)
