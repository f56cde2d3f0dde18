"""Influence on Spark: reach, engagement received and the influence score of every account of
a graph, the Spark twin of :func:`socialscope.network.analysis.add_influence` and
:func:`socialscope.network.influence.influence_score`, with their definitions:

- reach = the account's reported ``followers_count`` when known, else its in-degree;
- engagement received = likes + comments + shares on its original posts (not reposts);
- part_x(v) = log(1 + x_v) / log(1 + max_u x_u) for x = PageRank × n, reach, engagement
  received (negative values count as 0; a part that is 0 for everyone is left out);
- influence(v) = 100 · mean of the parts that vary.
"""

from __future__ import annotations

import math
from typing import Any

PARTS = ("pagerank", "reach", "engagement_received")


def add_influence(metrics: Any) -> Any:
    """``metrics`` (``id``, ``in_degree``, ``pagerank``, …: one graph's accounts) with ``reach``,
    ``engagement_received``, the three ``*_part`` columns and ``influence``, reading the
    ``accounts`` and ``posts`` tables of the engine's session."""
    from pyspark.sql import functions as F

    session = metrics.sparkSession
    followers = session.table("accounts").select(F.col("account_id").alias("id"), "followers_count")
    engagement = (
        session.table("posts")
        .where(F.col("repost_of_post_id").isNull())
        .groupBy(F.col("account_id").alias("id"))
        .agg(
            F.sum(
                F.coalesce("likes", F.lit(0)) + F.coalesce("comments", F.lit(0)) + F.coalesce("shares", F.lit(0))
            ).alias("engagement_received")
        )
    )
    out = (
        metrics.join(followers, "id", "left")
        .join(engagement, "id", "left")
        .withColumn("reach", F.coalesce(F.col("followers_count"), F.col("in_degree")))
        .withColumn("engagement_received", F.coalesce("engagement_received", F.lit(0)))
        .drop("followers_count")
    )
    n = out.count()
    raw = {
        "pagerank": F.col("pagerank").cast("double") * float(n),
        "reach": F.col("reach").cast("double"),
        "engagement_received": F.col("engagement_received").cast("double"),
    }
    clipped = {
        name: F.greatest(F.coalesce(F.nanvl(value, F.lit(0.0)), F.lit(0.0)), F.lit(0.0)) for name, value in raw.items()
    }
    tops = out.agg(*(F.max(value).alias(name) for name, value in clipped.items())).first().asDict() if n else {}
    used = []
    for name in PARTS:
        top = tops.get(name) or 0.0
        part = F.log1p(clipped[name]) / math.log1p(top) if top > 0 else F.lit(0.0)
        out = out.withColumn(f"{name}_part", part)
        if top > 0:
            used.append(F.col(f"{name}_part"))
    mean = sum(used[1:], used[0]) / len(used) if used else F.lit(0.0)
    return out.withColumn("influence", 100 * mean if used else F.lit(0.0))
