"""Eigenvector centrality and HITS as power iterations over Spark DataFrame joins: the Spark
twin of :func:`socialscope.network.centrality.eigenvector` and ``hits``, with their
definitions and normalisations, for graphs too large for the driver
(:mod:`socialscope.engine.spark_driver` computes them there, with the embedded engine's own
functions, when the graph fits).

One product with the adjacency matrix is one join of the vertex values with the arcs and one
aggregation per receiving vertex (two shuffles). ``block`` products are chained in one plan and
checkpointed together (:func:`socialscope.engine.spark_graph.checkpoint`), each scaled by the
growth per step measured on the block before so the values stay near unit size; the vector is
normalised and tested for convergence once per block: three Spark jobs per block rather than
three per step. Both start from the uniform vector and stop when a block changes the normalised
vector by less than n·``tol`` in L1. Each step shrinks the error by the ratio r of the second
eigenvalue to the first, so the values are then within about n·``tol``/(1 − r^block) of the fixed
point. The same iteration in NumPy on the demo graphs (310 accounts) needed 53–91 steps for
eigenvector centrality and 31–44 for HITS at ``tol`` 1e-13 and then equalled igraph's ARPACK
to 1e-10 relative.
"""

from __future__ import annotations

from typing import Any

from socialscope.engine.spark_graph import _undirected, checkpoint, vertices

MAX_ITERATIONS = 1000
BLOCK = 10


def eigenvector_centrality(
    edges: Any, *, tol: float = 1e-13, max_iterations: int = MAX_ITERATIONS, block: int = BLOCK
) -> Any:
    """Eigenvector centrality (Bonacich 1987) of the undirected simple view, unweighted, unit
    Euclidean norm, as ``networkx.eigenvector_centrality``: power iteration with A + I (the
    shift NetworkX uses, so a bipartite graph's −λ does not make it oscillate), each step
    x ← (A + I)x; every vertex's self-link carries the + I. Vertices without ties get 0. On a
    disconnected graph the components whose leading eigenvalue is below the largest decay
    towards 0 (igraph, the embedded engine, gives exact zeros there). Returns ``id``,
    ``eigenvector``."""
    from pyspark.sql import functions as F

    ties = _undirected(edges).select("s", "d")
    nodes = vertices(edges).transform(checkpoint)
    tied = ties.select(F.col("s").alias("id")).distinct()
    links = ties.unionByName(tied.select(F.col("id").alias("s"), F.col("id").alias("d"))).transform(checkpoint)
    n = tied.count()
    if n == 0:
        return nodes.withColumn("eigenvector", F.lit(0.0))
    x = tied.withColumn("x", F.lit(n**-0.5))
    x = _iterate(x, lambda values, scale: _product(links, values, "s", "d", scale), n, tol, max_iterations, block, 2)
    return nodes.join(x, "id", "left").select("id", F.coalesce("x", F.lit(0.0)).alias("eigenvector"))


def hits(
    edges: Any, *, directed: bool, tol: float = 1e-13, max_iterations: int = MAX_ITERATIONS, block: int = BLOCK
) -> Any:
    """HITS hub and authority scores (Kleinberg 1999) of the unweighted adjacency matrix A,
    each summing to 1 as ``networkx.hits``: h ← A·Aᵀh (the leading left singular vector),
    then a = Aᵀh, each scaled to sum 1. On an undirected graph both are the eigenvector
    centrality scaled to sum 1, as the embedded engine. Returns ``id``, ``hub``, ``authority``."""
    from pyspark.sql import functions as F

    if not directed:
        values = eigenvector_centrality(edges, tol=tol, max_iterations=max_iterations, block=block)
        values = values.transform(checkpoint)
        total = values.agg(F.sum("eigenvector")).first()[0] or 1.0
        share = F.col("eigenvector") / total
        return values.select("id", share.alias("hub"), share.alias("authority"))
    arcs = edges.select("s", "d").distinct().transform(checkpoint)
    nodes = vertices(edges).transform(checkpoint)
    n = nodes.count()
    hub = arcs.select(F.col("s").alias("id")).distinct().withColumn("x", F.lit(1.0 / n))

    def step(values: Any, scale: float) -> Any:  # h_u ← Σ_{u→v} Σ_{w→v} h_w
        authority = _product(arcs, values, "s", "d", 1.0)
        return _product(arcs, authority, "d", "s", scale)

    hub = _iterate(hub, step, n, tol, max_iterations, block, 1).transform(checkpoint)
    authority = _product(arcs, hub, "s", "d", 1.0).transform(checkpoint)
    total = authority.agg(F.sum("x")).first()[0] or 1.0
    return (
        nodes.join(hub.select("id", F.col("x").alias("hub")), "id", "left")
        .join(authority.select("id", (F.col("x") / total).alias("authority")), "id", "left")
        .fillna(0.0, ["hub", "authority"])
    )


def _product(links: Any, values: Any, tail: str, head: str, scale: float) -> Any:
    """``id``, ``x`` = ``scale`` · Σ over the rows (``tail`` = u, ``head`` = v) of ``links``
    of x_u, per v: the product with the matrix A_vu = 1 per link. Vertices no link reaches
    are absent (0)."""
    from pyspark.sql import functions as F

    return (
        links.join(values.select(F.col("id").alias(tail), "x"), tail)
        .groupBy(F.col(head).alias("id"))
        .agg((F.sum("x") * scale).alias("x"))
    )


def _iterate(x: Any, step: Any, n: int, tol: float, max_iterations: int, block: int, power: int) -> Any:
    """Apply ``step(values, scale)`` to ``x`` (``id``, ``x``) in blocks of ``block`` until a
    block moves the vector, normalised in the L``power`` norm (1: sum; 2: Euclidean), by less
    than n·``tol`` in L1. Returns the normalised vector, checkpointed."""
    from pyspark.sql import functions as F

    def normalised(frame: Any) -> Any:
        total = (frame.agg(F.sum(F.col("x") ** power)).first()[0] or 0.0) ** (1.0 / power) or 1.0  # all 0: stays 0
        return frame.select("id", (F.col("x") / total).alias("x")), total

    x, _ = normalised(x.transform(checkpoint))
    x = x.transform(checkpoint)
    scale, done = 1.0, 0
    while done < max_iterations:
        y = x
        for _ in range(block):
            y = step(y, scale)
        y, growth = normalised(y.transform(checkpoint))
        y = y.transform(checkpoint)
        done += block
        scale *= growth ** (-1.0 / block)  # the next block's steps keep the values near unit size
        moved = x.join(y.withColumnRenamed("x", "y"), "id", "full").select(
            F.abs(F.coalesce("x", F.lit(0.0)) - F.coalesce("y", F.lit(0.0))).alias("change")
        )
        x = y
        if moved.agg(F.sum("change")).first()[0] < n * tol:
            break
    return x
