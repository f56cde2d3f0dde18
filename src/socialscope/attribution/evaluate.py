"""How close each model's credit comes to the planted truth of simulated journeys.

Per model, with s_c its share of the credited conversions and t_c the true share
(:mod:`socialscope.attribution.simulate`):

* NMAE = (1/K) Σ_c |s_c − t_c| over the K channels (0 is perfect);
* Spearman's rank correlation of s and t;
* top-3 overlap = |top three channels by s ∩ top three by t| / 3.

On a store without truth, :func:`calibrated_settings` shapes the simulator like the store
(channel count and frequencies, journey lengths, conversion rate), so the ranking says which
model recovers truth best for data like the user's.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.attribution.journeys import Journeys, build_journeys
from socialscope.attribution.registry import attribute
from socialscope.attribution.simulate import Simulation, SimulationSettings, simulate
from socialscope.errors import UsageError

SCORE_COLUMNS = ["model", "nmae", "spearman", "top3_overlap"]


def score_credit(credit: pd.DataFrame, truth: pd.DataFrame, *, key: str = "channel") -> pd.DataFrame:
    """NMAE, Spearman and top-3 overlap of every model in ``credit`` (model, key,
    conversions) against ``truth`` (channel, true_share), best NMAE first."""
    from scipy.stats import spearmanr

    true = truth.set_index("channel")["true_share"].astype(float)
    top_true = set(true.sort_values(ascending=False, kind="stable").index[:3])
    rows = []
    for model, frame in credit.groupby("model", sort=False):
        got = frame.groupby(key)["conversions"].sum().reindex(true.index, fill_value=0.0)
        share = got / got.sum() if got.sum() else got
        top = set(share.sort_values(ascending=False, kind="stable").index[:3])
        rho = spearmanr(share.to_numpy(), true.to_numpy()).statistic if len(true) > 1 else float("nan")
        rows.append(
            {
                "model": model,
                "nmae": float(np.abs(share - true).mean()),
                "spearman": float(rho),
                "top3_overlap": len(top & top_true) / min(3, len(true)),
            }
        )
    out = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return out.sort_values(["nmae", "model"], kind="stable").reset_index(drop=True)


def simulated_store_credit(
    simulation: Simulation, models: list[str] | None = None, *, lookback_days: int = 30
) -> tuple[pd.DataFrame, Journeys]:
    """Import a simulation into a scratch store and credit it under ``models`` (all by
    default), exactly as ``socialscope attribution`` would."""
    from socialscope.ingest import import_files
    from socialscope.store import Store

    with tempfile.TemporaryDirectory(prefix="socialscope-sim-") as tmp:
        folder = Path(tmp)
        simulation.touchpoints.to_parquet(folder / "touchpoints.parquet")
        simulation.conversions.to_parquet(folder / "conversions.parquet")
        with Store(folder / "sim.duckdb") as store:
            import_files(store, "touchpoints", [folder / "touchpoints.parquet"])
            import_files(store, "conversions", [folder / "conversions.parquet"])
            journeys = build_journeys(store, lookback_days=lookback_days)
            credit = attribute(journeys, models)
    return credit, journeys


def evaluate_settings(settings: SimulationSettings, models: list[str] | None = None) -> pd.DataFrame:
    """Simulate ``settings``, credit the journeys under every model, score against the truth."""
    simulation = simulate(settings)
    credit, _ = simulated_store_credit(simulation, models)
    return score_credit(credit, simulation.truth)


def calibrated_settings(journeys: Journeys, *, seed: int = 42, max_journeys: int = 50_000) -> SimulationSettings:
    """Simulator settings shaped like ``journeys``: its channels and their touch frequencies,
    its distribution of touches per journey (1 up to the 99th percentile) and its
    conversion rate per journey; at most ``max_journeys`` journeys."""
    paths = journeys.paths[journeys.paths["path"].map(len) > 0]
    count = (paths["conversions"] + paths["nulls"]).to_numpy(float)
    if count.sum() == 0:
        raise UsageError("the store has no journeys to calibrate the simulator to")
    flat = paths[["path"]].assign(count=count).explode("path")
    frequency = flat.groupby("path")["count"].sum()
    lengths = pd.Series(count).groupby(paths["path"].map(len).to_numpy()).sum()
    longest = int(max(1, np.searchsorted(lengths.cumsum().to_numpy() / count.sum(), 0.99) + lengths.index.min()))
    lengths = lengths.reindex(range(1, longest + 1), fill_value=0.0)
    rate = float(paths["conversions"].sum() / count.sum())
    return SimulationSettings(
        channels=len(frequency),
        journeys=int(min(count.sum(), max_journeys)),
        seed=seed,
        conversion_rate=min(max(rate, 1e-4), 1 - 1e-4),
        min_touches=1,
        max_touches=longest,
        length_weights=tuple(lengths.to_numpy().tolist()),
        channel_weights=tuple(frequency.to_numpy().tolist()),
    )


def evaluate_like(
    journeys: Journeys,
    *,
    seeds: tuple[int, ...] = (1,),
    synergy: tuple[float, ...] = (0.0, 0.5),
    order_effects: tuple[float, ...] = (0.0, 0.6),
    max_journeys: int = 50_000,
) -> pd.DataFrame:
    """Scores averaged over simulations calibrated to ``journeys`` (every seed, synergy and
    order-effect level), best mean NMAE first."""
    base = calibrated_settings(journeys, max_journeys=max_journeys)
    scores = [
        evaluate_settings(replace(base, seed=seed, synergy=s, order_effects=o)).assign(seed=seed, synergy=s, order=o)
        for seed in seeds
        for s in synergy
        for o in order_effects
    ]
    every = pd.concat(scores, ignore_index=True)
    mean = every.groupby("model", as_index=False)[SCORE_COLUMNS[1:]].mean()
    return mean.sort_values(["nmae", "model"], kind="stable").reset_index(drop=True)


def best_model(scores: pd.DataFrame) -> str:
    """The model with the lowest NMAE (``data_driven`` is an alias, so its original is named)."""
    ranked = scores[scores["model"] != "data_driven"]
    return str(ranked.iloc[0]["model"]) if len(ranked) else ""
