"""Rule-based attribution: every converting journey's credit split over its touches.

Each model is one SQL weight per touch (weights of a journey sum to 1), summed per key in
DuckDB — set-based, no Python loop over rows. Conventions follow Google Analytics'
attribution model definitions and ChannelAttribution's ``heuristic_models``.
"""

from __future__ import annotations

import pandas as pd

from socialscope.attribution.journeys import TOUCH_TABLE, Journeys

# name -> SQL weight of a touch within its journey
WEIGHTS = {
    "first_touch": "(position = 1)::DOUBLE",
    "last_touch": "(position = n_touches)::DOUBLE",
    "last_non_direct": "(position = coalesce(max(CASE WHEN channel <> 'Direct' THEN position END) "
                       "OVER (PARTITION BY journey_id), n_touches))::DOUBLE",
    "linear": "1.0 / n_touches",
    "position_based": "CASE WHEN n_touches = 1 THEN 1.0 WHEN n_touches = 2 THEN 0.5 "
                      "WHEN position = 1 OR position = n_touches THEN 0.4 ELSE 0.2 / (n_touches - 2) END",
}  # fmt: skip


def heuristic_credit(journeys: Journeys, weight_sql: str) -> pd.DataFrame:
    """Conversions and value credited per key under one touch-weight rule."""
    return journeys.store.df(
        f"""WITH w AS (SELECT key, value, {weight_sql} AS weight FROM {TOUCH_TABLE} WHERE converted = 1)
            SELECT key, sum(weight) AS conversions, sum(weight * value) AS value
            FROM w GROUP BY key ORDER BY key"""
    )


def time_decay_weight(half_life_days: float) -> str:
    """Weight ∝ 2^(−age / half-life), age = days from touch to conversion, normalised per journey."""
    raw = f"pow(2.0, -(epoch(conv_at) - epoch(occurred_at)) / 86400.0 / {float(half_life_days)})"
    return f"{raw} / sum({raw}) OVER (PARTITION BY journey_id)"
