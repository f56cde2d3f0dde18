"""Journey paths on Spark: the ordered path of every journey and how many journeys took it.

The touches and their order come from
:func:`socialscope.attribution.journeys.journey_touches` — the one definition of the path rules
(lookback window, the next conversion as the journey's end, touches ordered by time then key)
that both engines build with Ibis. Only the last step is written here, in PySpark DataFrame
code, because Ibis cannot compile an ordered ``collect`` for Spark: each journey's touches are
collected as (position, key) structs and sorted, which orders them by position (unique within
a journey), and identical paths are counted — the embedded engine's
``list(key ORDER BY position)`` in :func:`socialscope.attribution.journeys.build_journeys`.

The path-count table is small (distinct paths, not journeys: 6,899 for the M world's 131,560
journeys) and is collected to the driver, where the embedded engine's own solvers (Markov
removal effects, Shapley values, the data-driven models) run on it unchanged.
"""

from __future__ import annotations

from typing import Any

import pandas as pd


def path_counts(touches: Any) -> pd.DataFrame:
    """(``path`` tuple of keys in time order, ``conversions``, ``value``, ``nulls``) from a
    Spark DataFrame of journey touches (``journey_id``, ``position``, ``key``, ``converted``,
    ``value``), the columns of :attr:`socialscope.attribution.journeys.Journeys.paths`."""
    from pyspark.sql import functions as F

    journeys = touches.groupBy("journey_id").agg(
        F.sort_array(F.collect_list(F.struct("position", "key"))).alias("touches"),
        F.first("converted").alias("converted"),
        F.first("value").alias("value"),
    )
    paths = journeys.groupBy(F.col("touches.key").alias("path")).agg(
        F.sum("converted").cast("double").alias("conversions"),
        F.sum(F.col("value") * F.col("converted")).cast("double").alias("value"),
        F.sum(1 - F.col("converted")).cast("double").alias("nulls"),
    )
    frame = paths.toPandas()
    frame["path"] = frame["path"].map(tuple)
    return frame
