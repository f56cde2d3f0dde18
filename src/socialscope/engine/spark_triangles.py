"""Local clustering coefficients from triangle counts as Spark DataFrame joins: the Spark twin
of :func:`socialscope.network.centrality.clustering`, with its definition.

Each tie of the undirected simple view is oriented from the end of lower (degree, id) to the
higher one. Every triangle then has exactly one vertex with both others among its
out-neighbours, so joining each vertex's pairs of out-neighbours (the wedges) with the ties
finds each triangle once (Schank & Wagner 2005's "forward" ordering; Suri & Vassilvitskii 2011
for MapReduce). The ordering is the degree cap: a vertex's out-degree is at most √(2m), so the
wedges number at most Σ_v d⁺(v)² = O(m^1.5) — a hub with 100,000 contacts contributes its
pairs to none of its contacts' wedge lists but only the pairs of its few higher-degree contacts.
"""

from __future__ import annotations

from typing import Any

from socialscope.engine.spark_graph import _undirected, checkpoint, vertices


def clustering(edges: Any) -> Any:
    """Local clustering coefficient (Watts & Strogatz 1998) of the undirected simple view,
    C(v) = 2·T(v) / (d(v)·(d(v) − 1)) with T(v) the triangles through v and d(v) its
    contacts; 0 below two contacts, as ``networkx.clustering``. Returns ``id``, ``clustering``
    (and ``triangles``, ``contacts``: T(v) and d(v))."""
    from pyspark.sql import functions as F

    ties = _undirected(edges).select("s", "d").transform(checkpoint)
    degree = ties.groupBy(F.col("s").alias("id")).agg(F.count("*").alias("degree")).transform(checkpoint)
    ranked = ties.join(degree.select(F.col("id").alias("s"), F.col("degree").alias("ds")), "s").join(
        degree.select(F.col("id").alias("d"), F.col("degree").alias("dd")), "d"
    )
    forward = ranked.where(
        (F.col("ds") < F.col("dd")) | ((F.col("ds") == F.col("dd")) & (F.col("s") < F.col("d")))
    ).select(F.col("s").alias("u"), F.col("d").alias("v"))
    forward = forward.transform(checkpoint)
    wedges = forward.join(forward.select("u", F.col("v").alias("w")), "u").where(F.col("v") < F.col("w"))
    closed = wedges.join(ties.select(F.col("s").alias("v"), F.col("d").alias("w")), ["v", "w"])
    corners = closed.select(F.explode(F.array("u", "v", "w")).alias("id"))
    triangles = corners.groupBy("id").agg(F.count("*").alias("triangles"))
    out = vertices(edges).join(degree, "id", "left").join(triangles, "id", "left").fillna(0, ["degree", "triangles"])
    pairs = F.col("degree") * (F.col("degree") - 1)
    return out.select(
        "id",
        F.when(F.col("degree") > 1, 2.0 * F.col("triangles") / pairs).otherwise(0.0).alias("clustering"),
        F.col("triangles").cast("long"),
        F.col("degree").cast("long").alias("contacts"),
    )
