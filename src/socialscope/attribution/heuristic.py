"""Rule-based attribution: every converting journey's credit split over its touches.

Each model is one weight expression per touch (weights of a journey sum to 1), summed per
key by the engine — set-based, no Python loop over rows. Conventions follow Google Analytics'
attribution model definitions and ChannelAttribution's ``heuristic_models``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from socialscope.attribution.journeys import TOUCH_TABLE, Journeys
from socialscope.errors import UsageError
from socialscope.metrics import seconds_between


def _first(t: Any) -> Any:
    return (t.position == 1).cast("float64")


def _last(t: Any) -> Any:
    return (t.position == t.n_touches).cast("float64")


def _last_non_direct(t: Any) -> Any:
    import ibis

    last_other = ibis.ifelse(t.channel != "Direct", t.position, ibis.null("int64")).max().over(group_by=t.journey_id)
    return (t.position == last_other.fill_null(t.n_touches)).cast("float64")


def _linear(t: Any) -> Any:
    return 1.0 / t.n_touches.cast("float64")


def _position_based(t: Any) -> Any:
    import ibis

    share = {w: ibis.literal(w, "float64") for w in (1.0, 0.5, 0.4)}  # float, never a decimal on Spark
    return ibis.cases(
        (t.n_touches == 1, share[1.0]),
        (t.n_touches == 2, share[0.5]),
        ((t.position == 1) | (t.position == t.n_touches), share[0.4]),
        else_=0.2 / (t.n_touches - 2).cast("float64"),
    )


# name -> weight of a touch within its journey, as an Ibis expression over journey touches
# (time decay, which takes a half-life, is built by ``time_decay_weight``)
WEIGHTS: dict[str, Callable[[Any], Any]] = {
    "first_touch": _first,
    "last_touch": _last,
    "last_non_direct": _last_non_direct,
    "linear": _linear,
    "position_based": _position_based,
}
RULE_MODELS = ("first_touch", "last_touch", "last_non_direct", "linear", "time_decay", "position_based")
DEFAULT_HALF_LIFE_DAYS = 7.0


def time_decay_weight(half_life_days: float) -> Callable[[Any], Any]:
    """Weight ∝ 2^(−age / half-life), age = days from touch to conversion, normalised per journey."""

    import ibis

    def weight(t: Any) -> Any:
        age_days = seconds_between(t.occurred_at, t.conv_at) / 86400.0
        raw = ibis.literal(2.0, "float64") ** (-age_days / float(half_life_days))
        return raw / raw.sum().over(group_by=t.journey_id)

    return weight


def credit_expr(touches: Any, weight: Callable[[Any], Any]) -> Any:
    """Conversions and value credited per key under one touch-weight rule (an Ibis
    expression over :func:`~socialscope.attribution.journeys.journey_touches`)."""
    converted = touches.filter(touches.converted == 1)
    weighted = converted.mutate(weight=weight(converted))
    return (
        weighted.group_by("key")
        .aggregate(conversions=weighted.weight.sum(), value=(weighted.weight * weighted.value).sum())
        .order_by("key")
    )


def heuristic_credit(journeys: Journeys, weight: Callable[[Any], Any]) -> pd.DataFrame:
    """Credit per key under one rule, over the journeys' touch table in the store."""
    if journeys.store is None:
        raise UsageError("rule-based models need the journeys' touches; these journeys are path counts only")
    return credit_expr(journeys.store.ibis().table(TOUCH_TABLE), weight).to_pandas()


def heuristic_credits(journeys: Journeys, weights: dict[str, Callable[[Any], Any]]) -> dict[str, pd.DataFrame]:
    """Credit per key under several rules at once: one scan and one aggregate over the
    touch table instead of one per rule (the same sums as :func:`heuristic_credit`)."""
    if journeys.store is None:
        raise UsageError("rule-based models need the journeys' touches; these journeys are path counts only")
    touches = journeys.store.ibis().table(TOUCH_TABLE)
    converted = touches.filter(touches.converted == 1)
    names = {name: f"_w{i}" for i, name in enumerate(weights)}
    weighted = converted.mutate(**{names[n]: w(converted) for n, w in weights.items()})
    sums = {}
    for column in names.values():
        sums[f"{column}_c"] = weighted[column].sum()
        sums[f"{column}_v"] = (weighted[column] * weighted.value).sum()
    frame = weighted.group_by("key").aggregate(**sums).order_by("key").to_pandas()
    return {
        name: pd.DataFrame({"key": frame["key"], "conversions": frame[f"{column}_c"], "value": frame[f"{column}_v"]})
        for name, column in names.items()
    }


def rule_weight(model: str, *, half_life_days: float = DEFAULT_HALF_LIFE_DAYS) -> Callable[[Any], Any]:
    """The per-touch weight of rule-based ``model`` (one of ``RULE_MODELS``): the one place
    that knows time decay takes a half-life. A ``UsageError`` for any other name."""
    if model == "time_decay":
        return time_decay_weight(half_life_days)
    if model not in WEIGHTS:
        raise UsageError(f"{model!r} is not a rule-based attribution model: {', '.join(RULE_MODELS)}")
    return WEIGHTS[model]


def journey_credit_expr(touches: Any, weight: Callable[[Any], Any]) -> Any:
    """Like :func:`credit_expr` but per converting journey and key (for the bootstrap)."""
    converted = touches.filter(touches.converted == 1)
    weighted = converted.mutate(weight=weight(converted))
    return weighted.group_by(["journey_id", "key"]).aggregate(
        conversions=weighted.weight.sum(), value=(weighted.weight * weighted.value).sum()
    )
