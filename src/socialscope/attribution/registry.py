"""Every attribution model, registered by name; one contract test runs over all of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from socialscope.attribution.heuristic import WEIGHTS, heuristic_credit, time_decay_weight
from socialscope.attribution.journeys import Journeys
from socialscope.attribution.markov import markov_credit
from socialscope.attribution.shapley import shapley_credit


@dataclass(frozen=True)
class AttributionModel:
    """A named model: ``credit(journeys, **params)`` -> key, conversions, value."""

    name: str
    description: str
    compute: Callable[..., pd.DataFrame]
    defaults: dict[str, Any] = field(default_factory=dict)

    def credit(self, journeys: Journeys, **params: Any) -> pd.DataFrame:
        options = {**self.defaults, **params}
        frame = self.compute(journeys, **options)
        if frame.empty:
            frame = pd.DataFrame(
                {"key": pd.Series(dtype=str), "conversions": pd.Series(dtype=float), "value": pd.Series(dtype=float)}
            )
        return frame.assign(model=self.name)


def _heuristic(name: str) -> Callable[..., pd.DataFrame]:
    return lambda journeys: heuristic_credit(journeys, WEIGHTS[name])


MODELS: dict[str, AttributionModel] = {m.name: m for m in (
    AttributionModel("first_touch", "all credit to the first touch", _heuristic("first_touch")),
    AttributionModel("last_touch", "all credit to the last touch", _heuristic("last_touch")),
    AttributionModel("last_non_direct", "all credit to the last touch that is not Direct", _heuristic("last_non_direct")),
    AttributionModel("linear", "equal credit to every touch", _heuristic("linear")),
    AttributionModel("time_decay", "credit halves every half_life_days before the conversion",
                     lambda j, half_life_days: heuristic_credit(j, time_decay_weight(half_life_days)),
                     {"half_life_days": 7.0}),
    AttributionModel("position_based", "40% first, 40% last, 20% shared by the middle touches",
                     _heuristic("position_based")),
    *(AttributionModel(f"markov_{k}", f"Markov chain of order {k}, removal effects in closed form",
                       lambda j, order: markov_credit(j.paths, j.total_conversions, j.total_value, order=order),
                       {"order": k}) for k in (1, 2, 3)),
    AttributionModel("shapley", "Shapley value over observed channel sets", lambda j: shapley_credit(j.paths)),
)}  # fmt: skip


def attribute(journeys: Journeys, models: list[str] | None = None, **params: Any) -> pd.DataFrame:
    """Credit per key under each model (all by default), side by side in long form."""
    names = models or list(MODELS)
    unknown = [m for m in names if m not in MODELS]
    if unknown:
        raise KeyError(f"unknown model {', '.join(unknown)}; choose from {', '.join(MODELS)}")
    frames = []
    for name in names:
        model = MODELS[name]
        accepted = {k: v for k, v in params.items() if k in model.defaults}
        frames.append(model.credit(journeys, **accepted))
    out = pd.concat(frames, ignore_index=True)
    return out[["model", "key", "conversions", "value"]].rename(columns={"key": journeys.key})
