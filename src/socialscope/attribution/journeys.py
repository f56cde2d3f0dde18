"""Journeys: a visitor's touchpoints before each conversion, built in DuckDB.

A journey ends at a conversion (of the chosen ``stages``) and holds the visitor's
touchpoints since their previous conversion and within ``lookback_days`` before it; the
touchpoints after a visitor's last conversion form a non-converting journey (kept: the
Markov model needs them). Each touch is matched to the next conversion at or after it with
one ASOF join — no Python loop over rows. Identical paths are aggregated, so the models
work on (path, conversions, value, non-conversions) rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from socialscope.marketing.channels import ChannelRules, grouped_touchpoints
from socialscope.store.connection import Store

TOUCH_TABLE = "_journey_touches"
KEYS = ("channel", "campaign")


@dataclass
class Journeys:
    """Touch-level rows live in DuckDB temp table :data:`TOUCH_TABLE`; paths in pandas.

    ``paths`` has columns ``path`` (tuple of keys in time order), ``conversions``, ``value``
    and ``nulls`` (journeys that did not convert).
    """

    store: Store
    key: str
    paths: pd.DataFrame
    total_conversions: float
    total_value: float
    lookback_days: int
    unattributed_conversions: float = 0.0
    unattributed_value: float = 0.0


def build_journeys(
    store: Store,
    *,
    by: str = "channel",
    stages: tuple[str, ...] = ("customer", "purchase"),
    lookback_days: int = 30,
    rules: ChannelRules | None = None,
) -> Journeys:
    """Assemble journeys from ``touchpoints`` and ``conversions`` (see the module doc).

    ``by="campaign"`` makes each touch's key its campaign (its channel when it has none).
    """
    if by not in KEYS:
        raise ValueError(f"by must be one of: {', '.join(KEYS)}")
    con = store.con
    tp_sql = _touch_sql(store, rules)
    key_expr = "t.channel" if by == "channel" else "coalesce(t.campaign, t.channel)"
    marks = ", ".join("?" for _ in stages)
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {TOUCH_TABLE} AS
        WITH conv AS (
            SELECT visitor_id, occurred_at AS conv_at, value,
                   row_number() OVER (PARTITION BY visitor_id ORDER BY occurred_at, conversion_id) AS k
            FROM conversions WHERE stage IN ({marks}) AND occurred_at IS NOT NULL),
        matched AS (
            SELECT t.visitor_id, t.occurred_at, {key_expr} AS key, t.channel, t.referrer, t.landing_page,
                   c.conv_at, coalesce(c.value, 0) AS value, c.k
            FROM ({tp_sql}) t ASOF LEFT JOIN conv c
              ON t.visitor_id = c.visitor_id AND t.occurred_at <= c.conv_at),
        kept AS (
            SELECT *, visitor_id || ':' || coalesce(k::VARCHAR, 'open') AS journey_id
            FROM matched
            WHERE conv_at IS NULL OR conv_at - occurred_at <= INTERVAL {int(lookback_days)} DAY)
        SELECT *, row_number() OVER (PARTITION BY journey_id ORDER BY occurred_at, key) AS position,
               count(*) OVER (PARTITION BY journey_id) AS n_touches,
               (conv_at IS NOT NULL)::INTEGER AS converted
        FROM kept""",
        list(stages),
    )
    paths = con.execute(
        f"""WITH j AS (
                SELECT journey_id, list(key ORDER BY position) AS path, any_value(converted) AS converted,
                       any_value(value) AS value
                FROM {TOUCH_TABLE} GROUP BY journey_id)
            SELECT path, sum(converted)::DOUBLE AS conversions, sum(value * converted)::DOUBLE AS value,
                   sum(1 - converted)::DOUBLE AS nulls
            FROM j GROUP BY path"""
    ).df()
    paths["path"] = paths["path"].map(tuple)
    all_conversions, all_value = con.execute(
        f"SELECT count(*), coalesce(sum(value), 0) FROM conversions WHERE stage IN ({marks}) AND occurred_at IS NOT NULL",
        list(stages),
    ).fetchall()[0]
    converted, value = float(paths["conversions"].sum()), float(paths["value"].sum())
    # conversions with no touch inside the lookback window have no journey to credit
    return Journeys(
        store, by, paths, converted, value, lookback_days, float(all_conversions) - converted, float(all_value) - value
    )


def _touch_sql(store: Store, rules: ChannelRules | None) -> str:
    """Touchpoints with channels derived where missing, as SQL for this store."""
    import ibis

    expr = grouped_touchpoints(store.ibis(), rules).select(
        "visitor_id", "occurred_at", "channel", "campaign", "referrer", "landing_page"
    )
    return ibis.to_sql(expr, dialect="duckdb")
