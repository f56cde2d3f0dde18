"""Journeys fixtures: a hand-made store and generated journeys."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from socialscope.ingest import import_files
from socialscope.store import Store

CHANNELS = ("Paid Social", "Organic Search", "Email", "Referral", "Direct")
SOURCE_MEDIUM = {
    "Paid Social": ("facebook", "paid_social"),
    "Organic Search": ("google", "organic"),
    "Email": ("newsletter", "email"),
    "Referral": ("blog.example", "referral"),
    "Direct": ("(direct)", "(none)"),
}


def generated_journeys(n_visitors: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Random journeys with channel-dependent conversion, as touchpoint and conversion rows."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(1, 6, n_visitors)
    visitor = np.repeat(np.arange(n_visitors), lengths)
    channel = rng.choice(len(CHANNELS), len(visitor), p=[0.3, 0.3, 0.15, 0.1, 0.15])
    day = np.concatenate([np.sort(rng.uniform(0, 20, k)) for k in lengths])
    start = np.repeat(rng.uniform(0, 300, n_visitors), lengths)
    when = pd.Timestamp("2025-01-01") + pd.to_timedelta(start + day, unit="D")
    lift = np.array([0.05, 0.12, 0.08, 0.1, 0.02])
    p = 1 - np.exp(np.add.reduceat(np.log1p(-lift[channel]), np.r_[0, np.cumsum(lengths)[:-1]]))
    converts = rng.random(n_visitors) < p
    last_when = pd.Series(when).groupby(visitor).max().to_numpy()
    touches = pd.DataFrame(
        {
            "visitor_id": "v" + pd.Series(visitor).astype(str),
            "occurred_at": when,
            "source": [SOURCE_MEDIUM[CHANNELS[c]][0] for c in channel],
            "medium": [SOURCE_MEDIUM[CHANNELS[c]][1] for c in channel],
        }
    )
    conversions = pd.DataFrame(
        {
            "visitor_id": "v" + pd.Series(np.flatnonzero(converts)).astype(str),
            "occurred_at": last_when[converts] + pd.Timedelta(hours=2),
            "stage": "purchase",
            "value": rng.uniform(20, 200, converts.sum()).round(2),
        }
    )
    return touches, conversions


@pytest.fixture(scope="session")
def generated_store_file(tmp_path_factory) -> Path:
    """3,000 generated visitors imported once per test session."""
    folder = tmp_path_factory.mktemp("journeys")
    touches, conversions = generated_journeys(3000, seed=11)
    touches.to_csv(folder / "t.csv", index=False)
    conversions.to_csv(folder / "c.csv", index=False)
    with Store(folder / "generated.duckdb") as store:
        import_files(store, "touchpoints", [folder / "t.csv"])
        import_files(store, "conversions", [folder / "c.csv"])
    return folder / "generated.duckdb"


@pytest.fixture
def generated_store(generated_store_file, tmp_path):
    """A writable copy of the generated journeys' store, fresh for each test."""
    path = tmp_path / "generated.duckdb"
    shutil.copy(generated_store_file, path)
    with Store(path) as store:
        yield store
