"""Graph algorithms as iterative Spark DataFrame jobs (vertex ids are account-id strings).

Each function takes an edge DataFrame with columns ``s``, ``d`` (account ids) and ``w``
(weight), as built by :func:`socialscope.network.edges.graph_edges`, and returns a vertex
DataFrame. Iterations truncate their lineage with ``localCheckpoint`` so long runs neither
re-compute earlier steps nor grow the query plan (:func:`checkpoint`). GraphFrames would be the usual library but
needs a JVM jar from Maven; these jobs use nothing beyond PySpark.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

MAX_ITERATIONS = 200


def checkpoint(frame: Any) -> Any:
    """Cut ``frame``'s lineage: a reliable checkpoint when the SparkContext has a checkpoint
    folder (set one on a cluster: ``$SOCIALSCOPE_SPARK_CHECKPOINT_DIR``), else executor-local."""
    if frame.sparkSession.sparkContext.getCheckpointDir():
        return frame.checkpoint()
    return frame.localCheckpoint()


def _rounds(limit: int | None) -> Any:
    """Iteration numbers: ``limit`` of them, or without end for an iteration that stops at its
    fixed point."""
    return range(limit) if limit is not None else itertools.count()


def _undirected(edges: Any) -> Any:
    """Both directions of every tie, self-ties dropped, weights of parallel ties summed."""
    from pyspark.sql import functions as F

    both = edges.select("s", "d", "w").unionByName(edges.select(F.col("d").alias("s"), F.col("s").alias("d"), "w"))
    return both.where(F.col("s") != F.col("d")).groupBy("s", "d").agg(F.sum("w").alias("w"))


def vertices(edges: Any) -> Any:
    """Every account at either end of an edge, as column ``id``."""
    from pyspark.sql import functions as F

    return edges.select(F.col("s").alias("id")).union(edges.select(F.col("d").alias("id"))).distinct()


def degrees(edges: Any, *, directed: bool) -> Any:
    """``in_degree``, ``out_degree``, ``degree`` and the weighted versions per vertex, counting
    edges as the embedded engine does (an undirected tie counts once at each end)."""
    from pyspark.sql import functions as F

    if not directed:
        edges = _undirected(edges)
        per = edges.groupBy(F.col("s").alias("id")).agg(F.count("*").alias("deg"), F.sum("w").alias("wdeg"))
        return per.select(
            "id",
            *(F.col("deg").alias(c) for c in ("in_degree", "out_degree", "degree")),
            *(F.col("wdeg").alias(c) for c in ("weighted_in_degree", "weighted_out_degree", "weighted_degree")),
        )
    out = edges.groupBy(F.col("s").alias("id")).agg(F.count("*").alias("out_degree"), F.sum("w").alias("wout"))
    inn = edges.groupBy(F.col("d").alias("id")).agg(F.count("*").alias("in_degree"), F.sum("w").alias("win"))
    joined = vertices(edges).join(out, "id", "left").join(inn, "id", "left").fillna(0)
    return joined.select(
        "id",
        "in_degree",
        "out_degree",
        (F.col("in_degree") + F.col("out_degree")).alias("degree"),
        F.col("win").cast("double").alias("weighted_in_degree"),
        F.col("wout").cast("double").alias("weighted_out_degree"),
        (F.col("win") + F.col("wout")).cast("double").alias("weighted_degree"),
    )


def reciprocity(edges: Any, *, directed: bool) -> Any:
    """Per-vertex reciprocity as the embedded engine (``networkx.reciprocity(G, nodes)``):
    2·|out-neighbours that point back| / (in-degree + out-degree), self-ties counted in the
    degrees but never mutual; 1 for every vertex of an undirected graph with ties. Returns
    ``id``, ``reciprocity``."""
    from pyspark.sql import functions as F

    ends = edges.select(F.col("s").alias("id")).unionAll(edges.select(F.col("d").alias("id")))
    total = ends.groupBy("id").agg(F.count("*").alias("total"))
    if not directed:
        return total.select("id", F.lit(1.0).alias("reciprocity"))
    arcs = edges.where(F.col("s") != F.col("d")).select("s", "d").distinct()
    back = arcs.select(F.col("d").alias("s"), F.col("s").alias("d"))
    mutual = arcs.join(back, ["s", "d"]).groupBy(F.col("s").alias("id")).agg(F.count("*").alias("mutual"))
    return total.join(mutual, "id", "left").select(
        "id", (2.0 * F.coalesce("mutual", F.lit(0)) / F.col("total")).alias("reciprocity")
    )


def pagerank(
    edges: Any,
    *,
    directed: bool,
    damping: float = 0.85,
    tol: float = 1e-10,
    max_iterations: int = MAX_ITERATIONS,
    first_batch: int = 10,
    max_batch: int = 10,
) -> Any:
    """PageRank, NetworkX's convention (as the embedded engine): the fixed point of
    x = d·(Pᵀx + s(x)/n) + (1−d)/n, s(x) = rank mass on vertices without out-edges,
    P_uv = w_uv / W_u.

    Computed without the dangling mass: y ← d·Pᵀy + (1−d)/n (dangling rows of P left zero)
    converges to a y proportional to x, so x = y / Σy (the dangling and teleport vectors are
    both uniform: Langville & Meyer 2006, "Google's PageRank and Beyond", §8.4; Del Corso,
    Gullì & Romani 2005). Each step is then one join and one aggregation over a union that
    reads the previous step once, and a batch of steps runs as one Spark job (one checkpoint, one
    convergence test: the L1 change of the last step below ``tol`` on the scale of x) instead
    of two jobs per step. The first batch has ``first_batch`` steps; as each step shrinks the
    change by at most d, the next batch has the steps still needed to reach ``tol`` at that
    rate, at most ``max_batch`` (a longer chain costs Catalyst more planning than it saves: 60
    steps on the demo's interactions graph took, against batches of 10, 1.9× as long one job
    per step, 1.2× in batches of 3, 1.1× in batches of 20). Returns ``id``, ``pagerank``."""
    from pyspark.sql import functions as F

    if not directed:
        edges = _undirected(edges)
    nodes = vertices(edges).transform(checkpoint)
    n = nodes.count()
    if n == 0:
        return nodes.withColumn("pagerank", F.lit(0.0))
    strength = edges.groupBy("s").agg(F.sum("w").alias("strength"))
    transition = (
        edges.join(strength, "s")
        .select("s", "d", (damping * F.col("w") / F.col("strength")).alias("p"))
        .transform(checkpoint)
    )
    teleport = nodes.select("id", F.lit((1 - damping) / n).alias("part")).transform(checkpoint)

    def step(rank: Any) -> Any:
        flow = transition.join(rank.select(F.col("id").alias("s"), "x"), "s").select(
            F.col("d").alias("id"), (F.col("p") * F.col("x")).alias("part")
        )
        return flow.unionByName(teleport).groupBy("id").agg(F.sum("part").alias("x"))

    rank = nodes.withColumn("x", F.lit(1.0 / n)).transform(checkpoint)
    done, batch = 0, first_batch
    while done < max_iterations:
        batch = min(batch, max_iterations - done)
        for _ in range(batch - 1):
            rank = step(rank)
        previous = rank.transform(checkpoint)
        rank = step(previous).transform(checkpoint)
        done += batch
        change, mass = (
            rank.join(previous.withColumnRenamed("x", "old"), "id")
            .agg(F.sum(F.abs(F.col("x") - F.col("old"))), F.sum("x"))
            .first()
        )
        if change < tol * mass:  # the change of x = y / Σy
            break
        # each step shrinks the change by at most d: the steps still needed, at most max_batch at once
        batch = max(1, min(max_batch, math.ceil(math.log(tol * mass / change) / math.log(damping))))
    total = rank.agg(F.sum("x")).first()[0]
    return rank.select("id", (F.col("x") / total).alias("pagerank"))


def components(edges: Any, *, max_iterations: int | None = None) -> Any:
    """Weakly connected components by min-label propagation: every vertex takes the smallest
    id among itself and its neighbours until nothing changes (labels only decrease, so it
    stops, after at most diameter + 1 iterations; ``max_iterations`` only cuts it short to time
    a few steps). Returns ``id``, ``component`` (the smallest account id in the component)."""
    from pyspark.sql import functions as F

    links = _undirected(edges).select("s", "d").transform(checkpoint)
    label = vertices(edges).withColumn("label", F.col("id")).transform(checkpoint)
    for _ in _rounds(max_iterations):
        offered = links.join(label.select(F.col("id").alias("s"), F.col("label").alias("offer")), "s")
        best = offered.groupBy(F.col("d").alias("id")).agg(F.min("offer").alias("offer"))
        new = (
            label.join(best, "id", "left")
            .select("id", F.col("label").alias("old"), F.least("label", F.coalesce("offer", "label")).alias("label"))
            .transform(checkpoint)
        )
        changed = new.where(F.col("label") != F.col("old")).count()
        label = new.drop("old")
        if changed == 0:
            break
    return label.withColumnRenamed("label", "component")


def label_propagation(edges: Any, *, max_iterations: int = 10) -> Any:
    """Label-propagation communities (Raghavan, Albert & Kumara 2007), synchronous as in
    GraphX/GraphFrames: each vertex takes the label with the largest total tie weight among
    its neighbours (ties broken by the smallest label), for ``max_iterations`` rounds or until
    stable. Returns ``id``, ``community`` (a label: an account id)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    links = _undirected(edges).transform(checkpoint)
    label = vertices(edges).withColumn("label", F.col("id")).transform(checkpoint)
    for _ in range(max_iterations):
        votes = (
            links.join(label.select(F.col("id").alias("s"), F.col("label").alias("vote")), "s")
            .groupBy("d", "vote")
            .agg(F.sum("w").alias("weight"))
        )
        order = Window.partitionBy("d").orderBy(F.col("weight").desc(), F.col("vote").asc())
        winner = votes.withColumn("r", F.row_number().over(order)).where(F.col("r") == 1)
        new = (
            label.join(winner.select(F.col("d").alias("id"), "vote"), "id", "left")
            .select("id", F.col("label").alias("old"), F.coalesce("vote", "label").alias("label"))
            .transform(checkpoint)
        )
        changed = new.where(F.col("label") != F.col("old")).count()
        label = new.drop("old")
        if changed == 0:
            break
    return label.withColumnRenamed("label", "community")


def core_numbers(edges: Any, *, max_iterations: int | None = None) -> Any:
    """k-core numbers of the undirected simple view by the distributed h-index iteration
    (Montresor, De Pellegrini & Miorandi 2013): every vertex starts at its degree and takes
    the h-index of its neighbours' estimates until nothing changes (estimates only decrease,
    so it stops; ``max_iterations`` only cuts it short to time a few steps); the fixed point is
    the core number. Returns ``id``, ``core_number``."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    links = _undirected(edges).select("s", "d").transform(checkpoint)
    estimate = links.groupBy(F.col("s").alias("id")).agg(F.count("*").alias("k")).transform(checkpoint)
    for _ in _rounds(max_iterations):
        offers = links.join(estimate.select(F.col("id").alias("s"), F.col("k").alias("offer")), "s")
        ranked = offers.withColumn("r", F.row_number().over(Window.partitionBy("d").orderBy(F.col("offer").desc())))
        h_index = ranked.groupBy(F.col("d").alias("id")).agg(F.max(F.least("r", "offer")).alias("h"))
        new = (
            estimate.join(h_index, "id", "left")
            .select("id", F.col("k").alias("old"), F.least("k", F.coalesce("h", F.lit(0))).alias("k"))
            .transform(checkpoint)
        )
        changed = new.where(F.col("k") != F.col("old")).count()
        estimate = new.drop("old")
        if changed == 0:
            break
    return estimate.select("id", F.col("k").cast("long").alias("core_number"))


def graphframes_components_and_communities(edges: Any) -> tuple[Any, Any]:
    """Components and label-propagation communities by GraphFrames, when its jar is on the
    cluster (same algorithms as :func:`components` and :func:`label_propagation`; its
    components need a checkpoint folder). Component labels are renamed to the component's
    smallest account id and community labels to strings, so results read as on every engine."""
    from graphframes import GraphFrame
    from pyspark.sql import functions as F

    graph = GraphFrame(vertices(edges), edges.select(F.col("s").alias("src"), F.col("d").alias("dst"), "w"))
    raw = graph.connectedComponents().select("id", F.col("component").alias("raw"))
    named = raw.groupBy("raw").agg(F.min("id").alias("component"))
    components = raw.join(named, "raw").select("id", "component")
    communities = graph.labelPropagation(maxIter=10).select("id", F.col("label").cast("string").alias("community"))
    return components, communities
