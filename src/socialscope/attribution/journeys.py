"""Journeys: a visitor's touchpoints before each conversion, built in DuckDB.

A journey ends at a conversion (of the chosen ``stages``) and holds the visitor's
touchpoints since their previous conversion and within ``lookback_days`` before it; the
touchpoints after a visitor's last conversion form a non-converting journey (kept: the
Markov model needs them). Each touch is matched to the next conversion at or after it with
one ASOF join — no Python loop over rows. Identical paths are aggregated, so the models
work on (path, conversions, value, non-conversions) rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from socialscope.attribution.games import PathArrays, path_arrays
from socialscope.attribution.markov import MarkovChain, markov_chain
from socialscope.marketing.channels import ChannelRules, grouped_touchpoints
from socialscope.metrics import seconds_between
from socialscope.store.connection import Store

TOUCH_TABLE = "_journey_touches"
KEYS = ("channel", "campaign")


@dataclass
class Journeys:
    """Touch-level rows live in DuckDB temp table :data:`TOUCH_TABLE`; paths in pandas.

    ``paths`` has columns ``path`` (tuple of keys in time order), ``conversions``, ``value``
    and ``nulls`` (journeys that did not convert). Journeys counted by another engine
    (:meth:`of_paths`) have no store: only the path-based models run on them.
    """

    store: Store | None
    key: str
    paths: pd.DataFrame
    total_conversions: float
    total_value: float
    lookback_days: int
    unattributed_conversions: float = 0.0
    unattributed_value: float = 0.0
    arrays: PathArrays | None = None
    chains: dict[int, MarkovChain] = field(default_factory=dict)

    @classmethod
    def of_paths(cls, paths: pd.DataFrame, *, key: str = "channel", lookback_days: int = 30) -> Journeys:
        """Journeys known only by their path counts (``paths`` as above), e.g. counted on Spark
        (:func:`socialscope.engine.spark_paths.path_counts`)."""
        return cls(None, key, paths, float(paths["conversions"].sum()), float(paths["value"].sum()), lookback_days)

    def path_arrays(self) -> PathArrays:
        """``paths`` as the arrays the data-driven models use (made once, then kept)."""
        if self.arrays is None:
            self.arrays = path_arrays(self.paths)
        return self.arrays

    def markov_chain(self, order: int) -> MarkovChain:
        """The order-``order`` Markov chain of ``paths`` (made once, then kept)."""
        if order not in self.chains:
            self.chains[order] = markov_chain(self.paths, order=order)
        return self.chains[order]


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
    import ibis

    con = store.con
    touches = journey_touches(store.ibis(), by=by, stages=stages, lookback_days=lookback_days, rules=rules)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {TOUCH_TABLE} AS {ibis.to_sql(touches, dialect='duckdb')}")
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
    marks = ", ".join("?" for _ in stages)
    all_conversions, all_value = con.execute(
        f"SELECT count(*), coalesce(sum(value), 0) FROM conversions WHERE stage IN ({marks}) AND occurred_at IS NOT NULL",
        list(stages),
    ).fetchall()[0]
    converted, value = float(paths["conversions"].sum()), float(paths["value"].sum())
    # conversions with no touch inside the lookback window have no journey to credit
    return Journeys(
        store, by, paths, converted, value, lookback_days, float(all_conversions) - converted, float(all_value) - value
    )


def journey_touches(
    backend: Any,
    *,
    by: str = "channel",
    stages: tuple[str, ...] = ("customer", "purchase"),
    lookback_days: int = 30,
    rules: ChannelRules | None = None,
) -> Any:
    """Touch-level journey rows as one Ibis expression, the same on every engine.

    Columns: ``visitor_id``, ``occurred_at``, ``key``, ``channel``, ``referrer``,
    ``landing_page``, ``conv_at``, ``value``, ``journey_id``, ``position`` (1-based, in time
    order), ``n_touches`` and ``converted`` (1/0).

    Each touch belongs to the visitor's next conversion at or after it — an as-of match
    written with window functions, because Spark SQL has no ASOF JOIN: touches and
    conversions form one time-ordered stream per visitor (a conversion sorts after a touch at
    the same instant), a running count of conversions numbers each touch's journey, and the
    journey's conversion is joined back by that number.
    """
    import ibis

    if by not in KEYS:
        raise ValueError(f"by must be one of: {', '.join(KEYS)}")
    tp = grouped_touchpoints(backend, rules)
    key = tp.channel if by == "channel" else tp.campaign.fill_null(tp.channel)
    touch = tp.select(
        "visitor_id", "occurred_at", "channel", "referrer", "landing_page", key=key, is_conv=ibis.literal(0, "int8")
    )
    conv = backend.table("conversions")
    conv = conv.filter(conv.stage.isin(list(stages)) & conv.occurred_at.notnull() & conv.visitor_id.notnull())
    numbered = ibis.window(group_by=conv.visitor_id, order_by=[conv.occurred_at, conv.conversion_id])
    conv = conv.select(
        conv_visitor=conv.visitor_id.cast(touch.visitor_id.type()),
        conv_at=conv.occurred_at.cast(touch.occurred_at.type()),
        value=conv.value.fill_null(0).cast("float64"),
        k=(ibis.row_number().over(numbered) + 1).cast("int64"),
    )
    stream = touch.union(
        conv.select(
            visitor_id=conv.conv_visitor,
            occurred_at=conv.conv_at,
            **{c: ibis.null(touch[c].type()) for c in ("channel", "referrer", "landing_page", "key")},
            is_conv=ibis.literal(1, "int8"),
        )
    )
    running = ibis.cumulative_window(group_by=stream.visitor_id, order_by=[stream.occurred_at, stream.is_conv])
    stream = stream.mutate(k=(stream.is_conv.cast("int64").sum().over(running) + 1).cast("int64"))
    touches = stream.filter(stream.is_conv == 0).drop("is_conv")
    matched = touches.left_join(conv, [touches.visitor_id == conv.conv_visitor, touches.k == conv.k]).select(
        touches, conv.conv_at, value=conv.value.fill_null(0.0)
    )
    age_seconds = seconds_between(matched.occurred_at, matched.conv_at)
    kept = matched.filter(matched.conv_at.isnull() | (age_seconds <= int(lookback_days) * 86400))
    kept = kept.mutate(
        journey_id=kept.visitor_id.cast("string")
        + ":"
        + ibis.ifelse(kept.conv_at.isnull(), ibis.literal("open"), kept.k.cast("string"))
    )
    in_journey = ibis.window(group_by=kept.journey_id, order_by=[kept.occurred_at, kept.key])
    whole = ibis.window(group_by=kept.journey_id)
    return kept.mutate(
        position=(ibis.row_number().over(in_journey) + 1).cast("int64"),
        n_touches=kept.occurred_at.count().over(whole).cast("int64"),
        converted=kept.conv_at.notnull().cast("int32"),
    ).drop("k")
