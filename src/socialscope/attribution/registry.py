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
from socialscope.attribution.heuristic import (
    DEFAULT_HALF_LIFE_DAYS,
    RULE_MODELS,
    heuristic_credit,
    heuristic_credits,
    rule_weight,
)
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

    def credit(self, journeys: Journeys, *, precomputed: pd.DataFrame | None = None, **params: Any) -> pd.DataFrame:
        """Credit per key; ``precomputed`` is this model's credit already computed (with
        others, in one query) and only takes the common shape here."""
        options = {**self.defaults, **params}
        frame = self.compute(journeys, **options) if precomputed is None else precomputed
        if frame.empty:
            frame = pd.DataFrame(
                {"key": pd.Series(dtype=str), "conversions": pd.Series(dtype=float), "value": pd.Series(dtype=float)}
            )
        return frame.assign(model=self.name)


def _heuristic(name: str) -> Callable[..., pd.DataFrame]:
    return lambda journeys, **options: heuristic_credit(journeys, rule_weight(name, **options))


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
                     _heuristic("time_decay"), GA, {"half_life_days": DEFAULT_HALF_LIFE_DAYS}),
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


# Below this many conversions the conversion-probability models recover planted channel
# effects worse than linear and last touch (benchmarks/attribution_small_data.py; the table in
# docs/marketing.md): with so few, `data_driven` gives linear's credit and says so, and the
# signed models are left out of "every model" (named explicitly, they run, with a warning).
MIN_DATA_DRIVEN_CONVERSIONS = 200
SMALL_DATA_MODEL = "linear"


def resolve_models(
    journeys: Journeys, models: list[str] | None = None, *, explicit: bool | None = None
) -> dict[str, str]:
    """Each requested model's name -> the registered model that computes its credit, after
    the small-data rule (``MIN_DATA_DRIVEN_CONVERSIONS``), warning as it applies. All models
    when ``models`` is None; ``explicit`` (default: whether ``models`` was given) says whether
    the user named them."""
    names = models or list(MODELS)
    explicit = models is not None if explicit is None else explicit
    unknown = [m for m in names if m not in MODELS]
    if unknown:
        raise UsageError(f"unknown model {', '.join(unknown)}; choose from {', '.join(MODELS)}")
    if journeys.total_conversions >= MIN_DATA_DRIVEN_CONVERSIONS:
        return {name: name for name in names}
    why = (
        f"{journeys.total_conversions:g} conversions, fewer than the {MIN_DATA_DRIVEN_CONVERSIONS} "
        "the data-driven models need to beat the rules (docs/marketing.md)"
    )
    out = {}
    for name in names:
        if not MODELS[name].signed:
            out[name] = name
        elif name == "data_driven":
            warnings.warn(f"data_driven gives {SMALL_DATA_MODEL} credit: {why}", AttributionWarning, stacklevel=3)
            out[name] = SMALL_DATA_MODEL
        elif not explicit:
            warnings.warn(f"{name} left out: {why}", AttributionWarning, stacklevel=3)
        else:
            warnings.warn(f"{name} is unreliable here: {why}", AttributionWarning, stacklevel=3)
            out[name] = name
    return out


# the models that need only the aggregated paths, not the touches (Markov, Shapley, data-driven)
PATH_MODELS = tuple(name for name in MODELS if name not in RULE_MODELS)


def attribute(journeys: Journeys, models: list[str] | None = None, **params: Any) -> pd.DataFrame:
    """Credit per key under each model (all by default), side by side in long form.

    With the default (all models), a data-driven model that cannot handle these journeys
    (more than 16 distinct keys in one journey, or 62 keys in all — e.g. by campaign) is
    left out with an :class:`AttributionWarning`; named explicitly, it raises. With fewer than
    ``MIN_DATA_DRIVEN_CONVERSIONS`` conversions, see :func:`resolve_models`.
    """
    explicit = models is not None
    return _credit(journeys, resolve_models(journeys, models, explicit=explicit), explicit=explicit, **params)


def path_credit(journeys: Journeys, **params: Any) -> pd.DataFrame:
    """Credit per key under every path-based model (:data:`PATH_MODELS`), as :func:`attribute`
    with all models gives them: what an engine that only counts paths (Spark) solves on the
    driver with these same functions. A model the small-data rule hands to a rule-based one
    (``data_driven`` -> ``linear``) is left to the engine's rule-based credit."""
    resolved = resolve_models(journeys, list(PATH_MODELS), explicit=False)
    return _credit(journeys, {n: s for n, s in resolved.items() if s in PATH_MODELS}, explicit=False, **params)


def _credit(journeys: Journeys, resolved: dict[str, str], *, explicit: bool, **params: Any) -> pd.DataFrame:
    frames = []
    rules = _rule_credits(journeys, resolved, params)
    done: dict[tuple[int, tuple[tuple[str, Any], ...]], pd.DataFrame] = {}  # data_driven is its original's computation
    for name, source in resolved.items():
        model = MODELS[source]
        accepted = {k: v for k, v in params.items() if k in model.defaults}
        if name in rules:
            frames.append(model.credit(journeys, precomputed=rules[name]).assign(model=name))
            continue
        same = (id(model.compute), tuple(sorted(accepted.items())))
        try:
            if same not in done:
                done[same] = model.credit(journeys, **accepted)
            frames.append(done[same].assign(model=name))
        except UsageError as exc:
            if explicit or not model.signed:
                raise
            warnings.warn(f"{name} left out: {exc}", AttributionWarning, stacklevel=3)
    out = pd.concat(frames, ignore_index=True)
    return out[["model", "key", "conversions", "value"]].rename(columns={"key": journeys.key})


def _rule_credits(journeys: Journeys, resolved: dict[str, str], params: dict[str, Any]) -> dict[str, pd.DataFrame]:
    """The rule-based models among ``resolved``, credited together in one query over the
    touches (one scan instead of one per model); empty without touches or with one rule."""
    rules = {name: source for name, source in resolved.items() if source in RULE_MODELS}
    if journeys.store is None or len(rules) < 2:
        return {}
    weights = {}
    for name, source in rules.items():
        options = {**MODELS[source].defaults, **{k: v for k, v in params.items() if k in MODELS[source].defaults}}
        weights[name] = rule_weight(source, **options)
    return heuristic_credits(journeys, weights)
