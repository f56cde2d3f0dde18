"""Bootstrap intervals: they hold the point estimate, a seed reproduces them, and rule-based
resamples equal crediting the resampled journeys directly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from socialscope.attribution import attribute, build_journeys
from socialscope.attribution.bootstrap import bootstrap_intervals

MODELS = ["linear", "last_touch", "markov_1", "shapley", "shapley_conversion", "model_based", "data_driven"]


@pytest.fixture(scope="module")
def journeys(tmp_path_factory):
    from socialscope.ingest import import_files
    from socialscope.store import Store

    from .conftest import generated_journeys

    folder = tmp_path_factory.mktemp("bootstrap")
    touches, conversions = generated_journeys(3000, seed=11)
    touches.to_csv(folder / "t.csv", index=False)
    conversions.to_csv(folder / "c.csv", index=False)
    store = Store(folder / "b.duckdb")
    import_files(store, "touchpoints", [folder / "t.csv"])
    import_files(store, "conversions", [folder / "c.csv"])
    yield build_journeys(store)
    store.close()


def test_intervals_hold_the_point_estimate_and_a_seed_reproduces_them(journeys):
    first = bootstrap_intervals(journeys, MODELS, resamples=30, seed=7)
    again = bootstrap_intervals(journeys, MODELS, resamples=30, seed=7)
    pd.testing.assert_frame_equal(first, again)
    other = bootstrap_intervals(journeys, MODELS, resamples=30, seed=8)
    assert not np.allclose(first["conversions_low"], other["conversions_low"])
    point = attribute(journeys, MODELS).rename(columns={"channel": "key"})
    both = point.merge(first, on=["model", "key"], validate="one_to_one")
    assert len(both) == len(point) == len(first)
    assert (both["conversions_low"] <= both["conversions"] + 1e-9).all()
    assert (both["conversions"] <= both["conversions_high"] + 1e-9).all()
    assert (both["value_low"] <= both["value"] + 1e-9).all() and (both["value"] <= both["value_high"] + 1e-9).all()
    assert (both["conversions_high"] > both["conversions_low"]).all()  # real spread, not a point


def test_rule_based_resample_equals_crediting_the_drawn_journeys(journeys):
    """For linear credit, percentiles of draw-count-weighted journey credit must match
    the credit of each resample built by hand from the per-journey table."""
    from socialscope.attribution.journeys import journey_paths

    built = journey_paths(journeys.store.con)  # journeys in journey_id order, as the bootstrap draws them
    table = pd.DataFrame({"path": [built.paths[i] for i in built.path], "converted": built.converted})
    n, keys = len(table), sorted({k for p in table["path"] for k in p})
    rng = np.random.default_rng(3)
    totals = []
    for _ in range(10):
        drawn = table.iloc[rng.integers(0, n, n)]
        credit = dict.fromkeys(keys, 0.0)
        for path, converted in drawn[["path", "converted"]].itertuples(index=False):
            for key in path:
                credit[key] += converted / len(path)
        totals.append([credit[k] for k in keys])
    expected = np.percentile(np.array(totals), [5, 95], axis=0)
    got = bootstrap_intervals(journeys, ["linear"], resamples=10, seed=3).set_index("key").loc[keys]
    np.testing.assert_allclose(got["conversions_low"], expected[0], atol=1e-9)
    np.testing.assert_allclose(got["conversions_high"], expected[1], atol=1e-9)
