"""Journeys: a visitor's touchpoints before each conversion, built in DuckDB.

A journey ends at a conversion (of the chosen ``stages``) and holds the visitor's
touchpoints since their previous conversion and within ``lookback_days`` before it; the
touchpoints after a visitor's last conversion form a non-converting journey (kept: the
Markov model needs them). Each touch is matched to the next conversion at or after it with
one ASOF join — no Python loop over rows. Identical paths are aggregated, so the models
work on (path, conversions, value, non-conversions) rows: DuckDB hands over the touches'
integer key codes in journey order, and NumPy finds the distinct paths (one ``np.unique``
per journey length), where an ordered ``list()`` per journey and a ``GROUP BY`` on lists
cost three times as much.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from socialscope.asof import asof_join
from socialscope.attribution.games import PathArrays, path_arrays
from socialscope.attribution.markov import MarkovChain, markov_chain
from socialscope.errors import UsageError
from socialscope.marketing.channels import ChannelRules, grouped_touchpoints
from socialscope.metrics import seconds_between
from socialscope.names import JOURNEY_KEYS as KEYS
from socialscope.store.connection import Store

TOUCH_TABLE = "_journey_touches"


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
        raise UsageError(f"by must be one of: {', '.join(KEYS)}")
    import ibis

    con = store.con
    touches = journey_touches(store.ibis(), by=by, stages=stages, lookback_days=lookback_days, rules=rules)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {TOUCH_TABLE} AS {ibis.to_sql(touches, dialect='duckdb')}")
    paths = path_counts(con)
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

    Each touch belongs to the visitor's next conversion at or after it (a conversion at the
    same instant as the touch included): :func:`socialscope.asof.asof_join`, forward.
    """
    import ibis

    if by not in KEYS:
        raise UsageError(f"by must be one of: {', '.join(KEYS)}")
    tp = grouped_touchpoints(backend, rules)
    key = tp.channel if by == "channel" else tp.campaign.fill_null(tp.channel)
    touch = tp.select("visitor_id", "occurred_at", "channel", "referrer", "landing_page", key=key)
    conv = backend.table("conversions")
    conv = conv.filter(conv.stage.isin(list(stages)) & conv.occurred_at.notnull() & conv.visitor_id.notnull())
    matched = asof_join(
        touch,
        conv,
        by="visitor_id",
        on="occurred_at",
        right_by="visitor_id",
        right_on="occurred_at",
        order=("conversion_id",),
        direction="forward",
        columns={"conv_at": conv.occurred_at.cast(touch.occurred_at.type()), "value": conv.value.cast("float64")},
        number="k",
    )
    matched = matched.mutate(value=matched.value.fill_null(0.0))
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


@dataclass(frozen=True)
class JourneyPaths:
    """Every journey of :data:`TOUCH_TABLE` in ``journey_id`` order: the index of its path in
    ``paths`` (distinct paths, ordered by length then key codes), whether it converted and
    its conversion's value (0 for a journey that did not convert)."""

    paths: list[tuple[str, ...]]
    path: np.ndarray
    converted: np.ndarray
    value: np.ndarray


def journey_paths(con: Any) -> JourneyPaths:
    """:class:`JourneyPaths` of the touch table: DuckDB hands over the touches' integer key
    codes in journey order; each journey length's paths are numbered by one ``np.unique``."""
    keys = [k for (k,) in con.execute(f"SELECT DISTINCT key FROM {TOUCH_TABLE} ORDER BY key NULLS LAST").fetchall()]
    touches = con.execute(
        f"""SELECT k.code, t.position, t.converted, t.value
            FROM {TOUCH_TABLE} t JOIN (SELECT unnest(?) AS key, generate_subscripts(?, 1) - 1 AS code) k
              ON t.key IS NOT DISTINCT FROM k.key
            ORDER BY t.journey_id, t.position""",
        [keys, keys],
    ).fetchnumpy()
    codes = np.asarray(touches["code"], dtype=np.int64)
    starts = np.flatnonzero(np.asarray(touches["position"]) == 1)
    lengths = np.diff(np.r_[starts, len(codes)])
    converted = np.asarray(touches["converted"], dtype=float)[starts]
    value = np.asarray(touches["value"], dtype=float)[starts]
    base = len(keys) + 1
    paths: list[tuple[str, ...]] = []
    path = np.zeros(len(starts), dtype=np.int64)
    for length in np.unique(lengths):
        mine = lengths == length
        matrix = codes[starts[mine][:, None] + np.arange(length)]
        if base ** int(length) < 2**62:  # one exact integer per path: digits in base K + 1
            number = (matrix + 1) @ (base ** np.arange(int(length) - 1, -1, -1, dtype=np.int64))
            _, first, inverse = np.unique(number, return_index=True, return_inverse=True)
        else:
            _, first, inverse = np.unique(matrix, axis=0, return_index=True, return_inverse=True)
        path[mine] = len(paths) + inverse.ravel()
        paths += [tuple(keys[c] for c in row) for row in matrix[first].tolist()]
    return JourneyPaths(paths, path, converted, value)


def path_counts(con: Any) -> pd.DataFrame:
    """Distinct paths of the journeys in :data:`TOUCH_TABLE` with their conversions, value
    (of converting journeys) and non-conversions, ordered by length then key codes."""
    j = journey_paths(con)
    size = len(j.paths)
    return pd.DataFrame(
        {
            "path": pd.Series(j.paths, dtype=object),
            "conversions": np.bincount(j.path, weights=j.converted, minlength=size),
            "value": np.bincount(j.path, weights=j.value * j.converted, minlength=size),
            "nulls": np.bincount(j.path, weights=1.0 - j.converted, minlength=size),
        }
    )
