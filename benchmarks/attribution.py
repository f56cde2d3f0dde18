"""Raw touchpoints → credit: socialscope (DuckDB journeys + every model) vs the usual way
(pandas to build the paths, then ChannelAttribution's heuristics and Markov model)."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import Case, interleave

CHANNELS = ("facebook|paid_social", "google|organic", "newsletter|email", "blog.example|referral",
            "(direct)|(none)", "google|cpc", "t.co|social")  # fmt: skip
JOURNEYS = {"XS": 5_000, "S": 100_000, "M": 300_000, "L": 1_000_000}


def generate(n_visitors: int, seed: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """~3 touches per visitor over a year; conversion odds depend on the channels touched."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(1, 6, n_visitors)
    visitor = np.repeat(np.arange(n_visitors), lengths)
    channel = rng.choice(len(CHANNELS), len(visitor), p=[0.22, 0.22, 0.12, 0.1, 0.14, 0.08, 0.12])
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    start = rng.uniform(0, 330, n_visitors)
    step = rng.exponential(2.0, len(visitor))
    step[offsets] = 0
    day = start[visitor] + (np.cumsum(step) - np.cumsum(step)[offsets][visitor])
    lift = np.array([0.04, 0.09, 0.06, 0.08, 0.02, 0.07, 0.05])
    p = 1 - np.exp(np.add.reduceat(np.log1p(-lift[channel]), offsets))
    converts = rng.random(n_visitors) < p
    source_medium = np.array([c.split("|") for c in CHANNELS], dtype=object)
    base = pd.Timestamp("2025-01-01")
    touches = pd.DataFrame(
        {
            "visitor_id": visitor.astype(str),
            "occurred_at": base + pd.to_timedelta(day, unit="D"),
            "source": source_medium[channel, 0],
            "medium": source_medium[channel, 1],
        }
    )
    last = day[np.r_[offsets[1:], len(day)] - 1]
    conversions = pd.DataFrame(
        {
            "visitor_id": np.flatnonzero(converts).astype(str),
            "occurred_at": base + pd.to_timedelta(last[converts] + 0.1, unit="D"),
            "stage": "purchase",
            "value": rng.uniform(20, 200, converts.sum()).round(2),
        }
    )
    return touches, conversions


def run(size: str, repetitions: int = 3) -> dict[str, Any]:
    import ChannelAttribution as ca

    from socialscope.attribution import MODELS, attribute, build_journeys
    from socialscope.attribution.bootstrap import bootstrap_intervals
    from socialscope.ingest import import_files
    from socialscope.store import Store

    touches, conversions = generate(JOURNEYS[size])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "a.duckdb")
        touches.to_parquet(Path(tmp) / "t.parquet")
        conversions.to_parquet(Path(tmp) / "c.parquet")
        import_files(store, "touchpoints", [Path(tmp) / "t.parquet"])
        import_files(store, "conversions", [Path(tmp) / "c.parquet"])

        def ours() -> None:
            attribute(build_journeys(store, lookback_days=30))

        def ours_same_models() -> None:
            attribute(build_journeys(store, lookback_days=30), ["first_touch", "last_touch", "linear", "markov_1"])

        def usual() -> None:
            # the usual way: pandas sorts and joins the touches into path strings per visitor
            t = touches.sort_values(["visitor_id", "occurred_at"])
            t["channel"] = t["source"] + "/" + t["medium"]
            paths = t.groupby("visitor_id", sort=False)["channel"].agg(" > ".join)
            conv = conversions.groupby("visitor_id")["value"].agg(["size", "sum"])
            frame = pd.DataFrame({"path": paths}).join(conv).fillna({"size": 0, "sum": 0.0})
            frame["null"] = (frame["size"] == 0).astype(int)
            grouped = frame.groupby("path", as_index=False).agg(
                conv=("size", "sum"), value=("sum", "sum"), null=("null", "sum")
            )
            with contextlib.redirect_stdout(io.StringIO()):
                ca.heuristic_models(grouped, "path", "conv", var_value="value", flg_pro=False)
                ca.markov_model(
                    grouped, "path", "conv", var_value="value", var_null="null", order=1, verbose=False, flg_pro=False
                )

        cases = [
            Case(f"raw touchpoints → credit, all {len(MODELS)} models", "socialscope", ours),
            Case(
                "raw touchpoints → credit, the same 4 models",
                "socialscope",
                ours_same_models,
                "first, last, linear, Markov order 1 (closed form)",
            ),
            Case(
                "raw touchpoints → credit (heuristics + Markov)",
                "pandas + ChannelAttribution",
                usual,
                "path building in pandas, then ChannelAttribution 2.2.5 (simulation-based Markov)",
            ),
        ]
        interleave(cases, repetitions)
        journeys = build_journeys(store)
        bootstrap = None
        if JOURNEYS[size] <= 100_000:
            resamples = 100 if size != "XS" else 3
            start, cpu = time.perf_counter(), time.process_time()
            bootstrap_intervals(journeys, resamples=resamples, seed=0)
            bootstrap = {
                "resamples": resamples,
                "seconds": time.perf_counter() - start,
                "cpu_seconds": time.process_time() - cpu,
                "load": list(os.getloadavg()),
            }
        store.close()
    return {
        "size": size,
        "visitors": JOURNEYS[size],
        "touchpoints": len(touches),
        "conversions": len(conversions),
        "paths": len(journeys.paths),
        "bootstrap": bootstrap,
        "load": list(os.getloadavg()),  # 1/5/15-minute load averages at the end: how busy the machine was
        "cases": [
            {
                "task": c.task,
                "implementation": c.implementation,
                "median": c.median,
                "cpu_median": c.cpu_median,
                "note": c.note,
                "times": c.times,
                "cpu_times": c.cpu_times,
            }
            for c in cases
        ],
    }
