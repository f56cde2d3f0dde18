"""Journeys simulated from a known conversion model, and each channel's true contribution.

**Generator.** Each journey has L touches, L uniform on ``min_touches..max_touches`` (2–8) or
drawn from given length frequencies; each touch's channel is drawn independently, with equal
frequencies unless given. A journey converts with probability

    p(J) = σ(b₀ + Σ_{c∈S} β_c + Σ_{a<b ∈ S} γ_ab + Σ_{a before b} δ_ab),

S the journey's channel set and "a before b" meaning a's first touch precedes b's: β_c are
main effects (exponential, mean 0.5), γ symmetric pairwise synergies (half the pairs,
``synergy`` × U(−0.5, 1)) and δ ordered synergies (half the ordered pairs, ``order_effects`` ×
U(−1, 1)), so A-then-B differs from B-then-A. Only presence and first-touch order matter,
not repeats. b₀ is found by bisection so that the mean of p over the simulated journeys is
``conversion_rate``. Non-converting journeys are kept.

**True contribution.** For one journey J with distinct channels S (in first-touch order),
v_J(T) = p(J restricted to the touches of channels in T), T ⊆ S — the same journey with the
other channels' touches removed, order kept. The expected conversions the channels cause are
v_J(S) − v_J(∅) = p(J) − σ(b₀), and channel c's part of them is its exact Shapley value
φ_c(v_J). Without order effects v_J depends on sets only (the set-based case); with them it
is the ordered game that :func:`~socialscope.attribution.conversion.shapley_ordered_credit`
estimates. A channel's true contribution is Σ_J φ_c(v_J) over the simulated journeys (an
expectation over the conversion draw, given the journeys), and its true share that divided
by Σ_J (p(J) − σ(b₀)). A test checks it against brute-force enumeration of every order in
which the channels can join.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.attribution.games import PathArrays, journey_shapley, pair_positions, pairwise_logistic
from socialscope.errors import UsageError

CHANNEL_NAMES = (
    "Paid Search", "Organic Search", "Paid Social", "Organic Social", "Email", "Display", "Affiliates",
    "Referral", "Video", "SMS", "Mobile Push", "Audio", "Shopping", "Podcast", "Influencer", "Events",
)  # fmt: skip
START = pd.Timestamp("2025-01-01")


@dataclass(frozen=True)
class SimulationSettings:
    """What to simulate; ``length_weights[i]`` is the relative frequency of journeys with
    ``min_touches + i`` touches (uniform when empty), ``channel_weights`` each channel's."""

    channels: int = 8
    journeys: int = 5000
    seed: int = 42
    synergy: float = 0.0
    order_effects: float = 0.0
    conversion_rate: float = 0.05
    min_touches: int = 2
    max_touches: int = 8
    length_weights: tuple[float, ...] = field(default=())
    channel_weights: tuple[float, ...] = field(default=())

    def __post_init__(self) -> None:
        if not 1 <= self.channels <= 62:
            raise UsageError("channels must be between 1 and 62")
        if not 1 <= self.min_touches <= self.max_touches:
            raise UsageError("need 1 <= min_touches <= max_touches")
        if not 0 < self.conversion_rate < 1:
            raise UsageError("conversion_rate must be between 0 and 1")
        if self.journeys < 1:
            raise UsageError("journeys must be at least 1")


@dataclass(frozen=True)
class ConversionModel:
    """The true model: logit p = intercept + Σ main + Σ pair (symmetric) + Σ order[a, b] for a before b."""

    channels: list[str]
    intercept: float
    main: np.ndarray
    pair: np.ndarray
    order: np.ndarray

    def value_function(self, arrays: PathArrays):
        """v(sub-journey) for :func:`~socialscope.attribution.games.journey_shapley` (codes index ``channels``)."""
        codes = arrays.codes

        def position(rows: np.ndarray, m: int) -> np.ndarray:
            return self.main[codes[rows, :m]]

        def pair(rows: np.ndarray, m: int) -> np.ndarray:
            i, j = pair_positions(m)
            a, b = codes[rows][:, i], codes[rows][:, j]
            return self.pair[a, b] + self.order[a, b]

        return pairwise_logistic(self.intercept, position, pair)

    def logit(self, arrays: PathArrays) -> np.ndarray:
        """logit p(J) of every row of ``arrays``."""
        codes = arrays.codes
        present = codes >= 0
        out = self.intercept + np.where(present, self.main[codes], 0.0).sum(axis=1)
        i, j = pair_positions(codes.shape[1])
        both = present[:, i] & present[:, j]
        a, b = codes[:, i], codes[:, j]
        return out + np.where(both, self.pair[a, b] + self.order[a, b], 0.0).sum(axis=1)

    def probability(self, arrays: PathArrays) -> np.ndarray:
        """p(J) of every row of ``arrays``."""
        return 1.0 / (1.0 + np.exp(-self.logit(arrays)))


@dataclass
class Simulation:
    settings: SimulationSettings
    model: ConversionModel
    touchpoints: pd.DataFrame
    conversions: pd.DataFrame
    truth: pd.DataFrame


def true_contribution(model: ConversionModel, arrays: PathArrays, weights: np.ndarray) -> pd.DataFrame:
    """Each channel's expected caused conversions and share (the module doc's definition)
    over the sequences in ``arrays``, sequence r standing for ``weights[r]`` journeys."""
    caused = journey_shapley(arrays, weights, model.value_function(arrays))
    total = caused.sum()
    return pd.DataFrame(
        {
            "channel": model.channels,
            "main_effect": model.main,
            "true_conversions": caused,
            "true_share": caused / total if total else caused,
        }
    )


def simulate(settings: SimulationSettings) -> Simulation:
    """Simulate journeys, their touchpoints and conversions, and the truth (see the module doc)."""
    s = settings
    rng = np.random.default_rng(s.seed)
    k = s.channels
    names = [CHANNEL_NAMES[i] if i < len(CHANNEL_NAMES) else f"Channel {i + 1:02d}" for i in range(k)]
    main = rng.exponential(0.5, k)
    upper = np.triu(rng.random((k, k)) < 0.5, 1) * rng.uniform(-0.5, 1.0, (k, k)) * s.synergy
    pair = upper + upper.T
    order = (rng.random((k, k)) < 0.5) * rng.uniform(-1.0, 1.0, (k, k)) * s.order_effects
    np.fill_diagonal(order, 0.0)

    span = s.max_touches - s.min_touches + 1
    length_p = _normalised(s.length_weights, span)
    channel_p = _normalised(s.channel_weights, k)
    lengths = s.min_touches + rng.choice(span, size=s.journeys, p=length_p)
    widest = int(lengths.max())
    drawn = rng.choice(k, size=(s.journeys, widest), p=channel_p)
    drawn[np.arange(widest)[None, :] >= lengths[:, None]] = -1
    gaps = rng.uniform(0.05, 3.0, (s.journeys, widest))  # days between touches
    first_day = rng.uniform(0, 330, s.journeys)

    arrays, inverse = _first_touch_sequences(drawn, names)
    counts = np.bincount(inverse, minlength=len(arrays.lengths)).astype(float)
    shift = ConversionModel(names, 0.0, main, pair, order).logit(arrays)
    intercept = _calibrate(shift, counts, s.conversion_rate)
    model = ConversionModel(names, intercept, main, pair, order)
    p = model.probability(arrays)[inverse]
    converted = rng.random(s.journeys) < p
    value = np.round(rng.lognormal(4.0, 0.6, s.journeys), 2)

    touchpoints, conversions = _frames(drawn, lengths, gaps, first_day, converted, value, names)
    truth = true_contribution(model, arrays, counts)
    return Simulation(s, model, touchpoints, conversions, truth)


def write_simulation(simulation: Simulation, out: Path) -> dict[str, Path]:
    """``touchpoints.csv`` and ``conversions.csv`` (importable as usual), ``truth.csv`` and
    ``simulation.json`` (settings and the true model's coefficients)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {name: out / f"{name}.csv" for name in ("touchpoints", "conversions", "truth")}
    simulation.touchpoints.to_csv(paths["touchpoints"], index=False, date_format="%Y-%m-%d %H:%M:%S")
    simulation.conversions.to_csv(paths["conversions"], index=False, date_format="%Y-%m-%d %H:%M:%S")
    simulation.truth.to_csv(paths["truth"], index=False, float_format="%.12g")
    model = simulation.model
    paths["simulation"] = out / "simulation.json"
    paths["simulation"].write_text(
        json.dumps(
            {
                "settings": asdict(simulation.settings),
                "channels": model.channels,
                "intercept": model.intercept,
                "main": model.main.tolist(),
                "pair": model.pair.tolist(),
                "order": model.order.tolist(),
            },
            indent=1,
        )
    )
    return paths


def _normalised(weights: tuple[float, ...], n: int) -> np.ndarray:
    if not weights:
        return np.full(n, 1.0 / n)
    w = np.asarray(weights, dtype=float)
    if len(w) != n or (w < 0).any() or w.sum() <= 0:
        raise UsageError(f"expected {n} non-negative weights, not all zero")
    return w / w.sum()


def _first_touch_sequences(drawn: np.ndarray, names: list[str]) -> tuple[PathArrays, np.ndarray]:
    """Distinct first-touch sequences of the drawn journeys (``-1`` pads) and each journey's row."""
    n, width = drawn.shape
    first = drawn >= 0
    for t in range(1, width):
        first[:, t] &= ~(drawn[:, :t] == drawn[:, t : t + 1]).any(axis=1)
    # move each journey's first touches to the front, keeping their order
    order = np.argsort(~first, axis=1, kind="stable")
    codes = np.where(np.take_along_axis(first, order, axis=1), np.take_along_axis(drawn, order, axis=1), -1)
    if (len(names) + 1) ** width < 2**63:  # one integer per row sorts far faster than rows
        row_code = (codes + 1) @ (len(names) + 1) ** np.arange(width, dtype=np.int64)
        _, first_row, inverse = np.unique(row_code, return_index=True, return_inverse=True)
        unique = codes[first_row]
    else:
        unique, inverse = np.unique(codes, axis=0, return_inverse=True)
    lengths = (unique >= 0).sum(axis=1)
    zeros = np.zeros(len(unique))
    arrays = PathArrays(names, unique, lengths, (unique >= 0).astype(np.int64), zeros, zeros, zeros)
    return arrays, inverse.ravel()


def _calibrate(shift: np.ndarray, counts: np.ndarray, rate: float) -> float:
    """Intercept b₀ with Σ counts·σ(b₀ + shift) / Σ counts = rate, by bisection (deterministic)."""
    low, high = -60.0, 60.0
    for _ in range(200):
        mid = (low + high) / 2
        mean = (counts / (1 + np.exp(-(mid + shift)))).sum() / counts.sum()
        low, high = (mid, high) if mean < rate else (low, mid)
    return (low + high) / 2


def _frames(
    drawn: np.ndarray,
    lengths: np.ndarray,
    gaps: np.ndarray,
    first_day: np.ndarray,
    converted: np.ndarray,
    value: np.ndarray,
    names: list[str],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    n = len(lengths)
    day = first_day[:, None] + np.cumsum(gaps, axis=1) - gaps[:, :1]
    seconds = np.round(day * 86400).astype(np.int64)
    kept = drawn >= 0
    visitor = np.array([f"s{i:07d}" for i in range(n)], dtype=object)
    code = drawn[kept]
    slugs = [name.lower().replace(" ", "-") for name in names]
    touchpoints = pd.DataFrame(
        {
            "visitor_id": pd.Categorical.from_codes(np.repeat(np.arange(n), lengths), visitor),
            "occurred_at": START + pd.to_timedelta(seconds[kept], unit="s"),
            "source": pd.Categorical.from_codes(code, slugs),
            "medium": "simulated",
            "channel": pd.Categorical.from_codes(code, names),
        }
    )
    last = seconds[np.arange(n), lengths - 1]
    conversions = pd.DataFrame(
        {
            "visitor_id": visitor[converted],
            "occurred_at": START + pd.to_timedelta(last[converted] + 3600, unit="s"),
            "stage": "purchase",
            "value": value[converted],
        }
    )
    return touchpoints, conversions
