"""Both engines build the same journey paths: the path rules are one definition
(``attribution.journeys.journey_touches``), only the counting of paths is written per engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.attribution.journeys import build_journeys, journey_touches
from socialscope.engine.spark import SparkEngine
from socialscope.ingest import import_files
from socialscope.store.connection import Store
from socialscope.store.maintenance import export_tables

TOUCHES = """visitor_id,occurred_at,source,medium
a,2025-01-01 00:00:00,facebook,paid_social
a,2025-01-03 00:00:00,google,organic
a,2025-01-04 00:00:00,(direct),(none)
a,2025-01-06 00:00:00,newsletter,email
b,2024-12-10 23:59:59,google,organic
b,2024-12-11 00:00:00,blog.example,referral
b,2025-01-09 00:00:00,newsletter,email
d,2025-01-02 12:00:00,facebook,paid_social
d,2025-01-02 12:00:00,newsletter,email
d,2025-01-03 00:00:00,google,organic
d,2025-01-04 00:00:00,(direct),(none)
e,2025-01-01 00:00:00,facebook,paid_social
"""
CONVERSIONS = """visitor_id,occurred_at,stage,value
a,2025-01-05 00:00:00,purchase,100
b,2025-01-10 00:00:00,purchase,40
d,2025-01-03 00:00:00,purchase,10
d,2025-01-05 00:00:00,purchase,20
e,2025-01-02 00:00:00,lead,0
"""
# path -> (conversions, value, non-converting journeys), worked out by hand from the rules
EXPECTED = {
    ("Paid Social", "Organic Search", "Direct"): (1, 100, 0),  # a's purchase
    ("Email",): (0, 0, 1),  # a's touch after buying: a journey that has not converted
    ("Referral", "Email"): (1, 40, 0),  # b: the touch 30 days before is in, 30 days + 1 s is out
    ("Email", "Paid Social", "Organic Search"): (1, 10, 0),  # d: a tie in time goes by key; a touch at
    ("Direct",): (1, 20, 0),  # the instant of a conversion belongs to it; d's 2nd purchase: touches since the 1st
    ("Paid Social",): (0, 0, 1),  # e: a lead is not a purchase
}


def _by_path(paths: pd.DataFrame) -> dict[tuple[str, ...], tuple[float, float, float]]:
    return {
        tuple(p): (c, v, n) for p, c, v, n in paths[["path", "conversions", "value", "nulls"]].itertuples(index=False)
    }


def test_both_engines_build_the_paths_the_rules_give(spark, tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(TOUCHES)
    (tmp_path / "c.csv").write_text(CONVERSIONS)
    with Store(tmp_path / "journeys.duckdb") as store:
        import_files(store, "touchpoints", [tmp_path / "t.csv"])
        import_files(store, "conversions", [tmp_path / "c.csv"])
        embedded = build_journeys(store).paths
        export_tables(store, tmp_path / "input")
    engine = SparkEngine(spark, str(tmp_path / "input"), str(tmp_path / "output"))
    on_spark = engine.path_counts(journey_touches(engine.backend()))
    assert _by_path(embedded) == EXPECTED
    assert _by_path(on_spark) == EXPECTED


def test_both_engines_count_the_same_paths_on_the_demo(spark, demo_db: Path, demo_parquet: Path, tmp_path) -> None:
    engine = SparkEngine(spark, str(demo_parquet), str(tmp_path))
    on_spark = engine.path_counts(journey_touches(engine.backend()))
    with Store(demo_db, read_only=True) as store:
        embedded = build_journeys(store).paths
    a, b = _by_path(embedded), _by_path(on_spark)
    assert a.keys() == b.keys() and len(a) > 20
    assert max(len(p) for p in a) > 2  # ordered paths, not sets
    np.testing.assert_allclose(np.array([a[p] for p in a]), np.array([b[p] for p in a]), rtol=1e-12, atol=0)
