"""Every attribution model, registered by name; one contract test runs over all of them."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from socialscope.attribution.conversion import (
    SMOOTHING,
    AttributionWarning,
    model_based_credit,
    shapley_conversion_credit,
    shapley_ordered_credit,
)
from socialscope.attribution.heuristic import WEIGHTS, heuristic_credit, rule_weight, time_decay_weight
from socialscope.attribution.journeys import Journeys
from socialscope.attribution.markov import markov_credit
from socialscope.attribution.shapley import shapley_credit
from socialscope.errors import UsageError


@dataclass(frozen=True)
class AttributionModel:
    """A named model: ``credit(journeys, **params)`` -> key, conversions, value; ``label`` is
    its human-readable name, ``description`` one line on how it credits, ``reference`` where
    its definition comes from; ``signed`` models can credit a channel negatively (its
    presence lowers the estimated conversion probability)."""

    name: str
    label: str
    description: str
    compute: Callable[..., pd.DataFrame]
    reference: str
    defaults: dict[str, Any] = field(default_factory=dict)
    signed: bool = False

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


def _on_paths(function: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
    return lambda j, **options: function(j.path_arrays(), j.total_conversions, j.total_value, **options)


GA = "Google Analytics attribution models; ChannelAttribution heuristic_models"
# The data-driven model the simulator grid (benchmarks/attribution_grid.py, docs/marketing.md)
# found closest to the planted truth.
DATA_DRIVEN = "model_based"

_MODELS: tuple[AttributionModel, ...] = (
    AttributionModel("first_touch", "First touch", "all credit to the first touch", _heuristic("first_touch"), GA),
    AttributionModel("last_touch", "Last touch", "all credit to the last touch", _heuristic("last_touch"), GA),
    AttributionModel("last_non_direct", "Last non-direct touch", "all credit to the last touch that is not Direct",
                     _heuristic("last_non_direct"), GA),
    AttributionModel("linear", "Linear", "equal credit to every touch", _heuristic("linear"), GA),
    AttributionModel("time_decay", "Time decay", "credit halves every half_life_days before the conversion",
                     lambda j, half_life_days: heuristic_credit(j, time_decay_weight(half_life_days)), GA,
                     {"half_life_days": 7.0}),
    AttributionModel("position_based", "Position based", "40% first, 40% last, 20% shared by the middle touches",
                     _heuristic("position_based"), GA),
    *(AttributionModel(f"markov_{k}", f"Markov chain (order {k})",
                       f"removal effect in a Markov chain of the last {k} channel(s), in closed form",
                       lambda j, order: markov_credit(j.paths, j.total_conversions, j.total_value, order=order,
                                                      chain=j.markov_chain(order)),
                       "Anderl et al. 2016, Mapping the customer journey; ChannelAttribution markov_model",
                       {"order": k}) for k in (1, 2, 3)),
    AttributionModel("shapley", "Shapley (converting paths)",
                     "Shapley value of the conversions of converting journeys, by channel set",
                     lambda j: shapley_credit(j.paths), "Shao & Li 2011; Zhao et al. 2018 (simplified Shapley)"),
    AttributionModel("shapley_conversion", "Shapley (conversion rate)",
                     "Shapley value of the smoothed conversion rate of each channel set, all journeys",
                     _on_paths(shapley_conversion_credit), "Shao & Li 2011; Dalessandro et al. 2012",
                     {"smoothing": SMOOTHING}, signed=True),
    AttributionModel("shapley_ordered", "Shapley (ordered)",
                     "Shapley value of the smoothed conversion rate of each ordered channel sequence",
                     _on_paths(shapley_ordered_credit), "Zhao, Mahboobi & Bagheri 2018 (ordered Shapley)",
                     {"smoothing": SMOOTHING}, signed=True),
    AttributionModel("model_based", "Model based (logistic)",
                     "Shapley value of a logistic conversion model of presence, counts, pairs and order",
                     _on_paths(model_based_credit), "Shao & Li 2011 (bagged logistic); Dalessandro et al. 2012",
                     signed=True),
)  # fmt: skip
MODELS: dict[str, AttributionModel] = {m.name: m for m in _MODELS}
MODELS["data_driven"] = replace(
    MODELS[DATA_DRIVEN],
    name="data_driven",
    label="Data-driven",
    description=f"{MODELS[DATA_DRIVEN].label}: the model that recovered planted channel effects best",
)


# the models that need only the aggregated paths, not the touches (Markov, Shapley, data-driven)
PATH_MODELS = tuple(name for name in MODELS if rule_weight(name) is None)


def attribute(journeys: Journeys, models: list[str] | None = None, **params: Any) -> pd.DataFrame:
    """Credit per key under each model (all by default), side by side in long form.

    With the default (all models), a data-driven model that cannot handle these journeys
    (more than 16 distinct keys in one journey, or 62 keys in all — e.g. by campaign) is
    left out with an :class:`AttributionWarning`; named explicitly, it raises.
    """
    return _attribute(journeys, models or list(MODELS), strict=models is not None, **params)


def path_credit(journeys: Journeys, **params: Any) -> pd.DataFrame:
    """Credit per key under every path-based model (:data:`PATH_MODELS`), as :func:`attribute`
    with all models gives them: what an engine that only counts paths (Spark) solves on the
    driver with these same functions."""
    return _attribute(journeys, list(PATH_MODELS), strict=False, **params)


def _attribute(journeys: Journeys, names: list[str], *, strict: bool, **params: Any) -> pd.DataFrame:
    unknown = [m for m in names if m not in MODELS]
    if unknown:
        raise KeyError(f"unknown model {', '.join(unknown)}; choose from {', '.join(MODELS)}")
    frames = []
    for name in names:
        model = MODELS[name]
        accepted = {k: v for k, v in params.items() if k in model.defaults}
        try:
            frames.append(model.credit(journeys, **accepted))
        except UsageError as exc:
            if strict or not model.signed:
                raise
            warnings.warn(f"{name} left out: {exc}", AttributionWarning, stacklevel=3)
    out = pd.concat(frames, ignore_index=True)
    return out[["model", "key", "conversions", "value"]].rename(columns={"key": journeys.key})
