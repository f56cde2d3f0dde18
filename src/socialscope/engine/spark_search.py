"""Shortest paths from many sources at once as Spark DataFrame jobs: betweenness (Brandes 2001)
and harmonic closeness, exact with every vertex as a source or sampled (Brandes & Pich 2007)
with the very sources the embedded engine draws (:func:`socialscope.network.centrality.source_codes`).

The Spark twin of :mod:`socialscope.network.paths`. Sources are searched in batches; a batch
is a DataFrame of ``(src, v, sigma)`` rows, one per level of the breadth-first search:

- forward, level L → L+1: the level's rows join the arcs on ``v = s``, σ is summed per
  ``(src, d)``, and the pairs already reached at an earlier level are removed (anti-join):
  σ_s(w) = Σ_{v ∈ pred_s(w)} σ_s(v);
- backward, deepest level first (Brandes's accumulation): each vertex w of level L+1 offers
  (1 + δ_s(w)) / σ_s(w) to its predecessors v on level L, which sum the offers and multiply by
  σ_s(v): δ_s(v) = σ_s(v) · Σ_w (1 + δ_s(w)) / σ_s(w).

Every level is checkpointed (:func:`socialscope.engine.spark_graph.checkpoint`), so the plan
never grows with the depth. Work per batch: Σ_levels (frontier rows × their out-degrees) —
the same edge visits as the embedded NumPy search, spread over the cluster.
"""

from __future__ import annotations

import os
from typing import Any

from socialscope.engine.spark_graph import _undirected, checkpoint, vertices

ROWS_PER_BATCH = 20_000_000
"""Sources per batch are chosen so that one batch holds at most about this many
``(source, vertex)`` rows (sources × vertices): ~1 GB of shuffle at the widest level. Every
level joins the whole arc table, so fewer, wider batches are cheaper where memory allows: set
``$SOCIALSCOPE_SPARK_SEARCH_ROWS`` on a cluster (docs/scale.md)."""


def search_arcs(edges: Any, *, directed: bool) -> Any:
    """The arcs ``(s, d)`` the searches walk, as the embedded engine's
    :func:`socialscope.network.paths.search_graph`: the directed edges, or both directions of
    every tie of an undirected graph (self-ties dropped, parallel ties once)."""
    from pyspark.sql import functions as F

    arcs = edges.select("s", "d") if directed else _undirected(edges).select("s", "d")
    return arcs.where(F.col("s") != F.col("d")).distinct()


def chosen_sources(edges: Any, codes: Any) -> Any:
    """The accounts at positions ``codes`` of the sorted account ids (the embedded engine's
    vertex codes: :func:`socialscope.network.build.encode_edges` numbers accounts in sorted
    order) as a DataFrame ``src``; Spark and DuckDB both order strings by their UTF-8 bytes."""
    from pyspark.sql import functions as F

    wanted = edges.sparkSession.createDataFrame([(int(c),) for c in codes], "code long")
    return numbered(vertices(edges)).join(F.broadcast(wanted), "code").select(F.col("id").alias("src"))


def ids_at(ids: Any, positions: Any) -> dict[int, str]:
    """{position: id} for the ids (a DataFrame ``id``) at ``positions`` of their sorted order."""
    from pyspark.sql import functions as F

    wanted = ids.sparkSession.createDataFrame([(int(p),) for p in positions], "code long")
    return {row["code"]: row["id"] for row in numbered(ids).join(F.broadcast(wanted), "code").collect()}


def numbered(ids: Any) -> Any:
    """``id`` and ``code``, its position (from 0) in the sorted order of ``ids`` (a DataFrame
    ``id``), without collecting them: a range partitioning puts them in order across
    partitions, and each partition's offset is the count of those before it."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    session = ids.sparkSession
    ranged = checkpoint(ids.select("id").repartitionByRange("id").withColumn("part", F.spark_partition_id()))
    sizes = sorted(ranged.groupBy("part").count().collect())
    offsets, total = [], 0
    for part, size in sizes:
        offsets.append((part, total))
        total += size
    return ranged.join(F.broadcast(session.createDataFrame(offsets, "part int, offset long")), "part").select(
        "id", (F.col("offset") + F.row_number().over(Window.partitionBy("part").orderBy("id")) - 1).alias("code")
    )


def path_sums(arcs: Any, sources: Any, *, undirected: bool = False, rows_per_batch: float | None = None) -> Any:
    """Σ_s δ_s(v) (``dependency``) and Σ_s 1/d(s, v) over the sources reaching v
    (``inverse_distance``) for every vertex reached from ``sources`` (a DataFrame ``src``)
    along ``arcs`` (``s``, ``d``). Vertices reached by no source are absent (both sums 0).
    ``undirected``: the arcs are symmetric, so a level's new vertices can only repeat the two
    levels before it, and the anti-join looks at those alone."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    arcs = checkpoint(arcs)
    source_list = sources.select("src").distinct().orderBy("src").transform(checkpoint)
    n_sources = source_list.count()
    n_vertices = vertices(arcs).count()
    if rows_per_batch is None:
        rows_per_batch = float(os.environ.get("SOCIALSCOPE_SPARK_SEARCH_ROWS", ROWS_PER_BATCH))
    per_batch = max(1, int(rows_per_batch // max(n_vertices, 1)))
    batches = -(-n_sources // per_batch)
    numbered = source_list.select("src", (F.row_number().over(Window.orderBy("src")) - 1).alias("i"))
    totals = []
    for batch in range(batches):
        batch_sources = numbered.where(F.floor(F.col("i") / per_batch) == batch).select("src")
        totals.append(_batch_sums(arcs, batch_sources, undirected=undirected))
    if not totals:
        return arcs.sparkSession.createDataFrame([], "id string, dependency double, inverse_distance double")
    union = totals[0]
    for frame in totals[1:]:
        union = union.unionByName(frame)
    return union.groupBy("id").agg(
        F.sum("dependency").alias("dependency"), F.sum("inverse_distance").alias("inverse_distance")
    )


def next_level(arcs: Any, levels: list[Any], *, undirected: bool) -> tuple[Any, int]:
    """The next forward level of a batch of searches whose levels so far are ``levels``
    (``src``, ``v``, ``sigma``; the last is the frontier): the frontier joined with the arcs,
    the pairs an earlier level reached removed, σ summed, checkpointed; with its row count."""
    from pyspark.sql import functions as F

    offered = (
        levels[-1]
        .join(arcs.withColumnRenamed("s", "v"), "v")
        .select("src", F.col("d").alias("v"), "sigma", F.lit(False).alias("known"))
    )
    # an undirected search's new vertices can only repeat the two levels before
    for level in levels[-2:] if undirected else levels:
        offered = offered.unionByName(level.select("src", "v", F.lit(0.0).alias("sigma"), F.lit(True).alias("known")))
    reached = (
        offered.groupBy("src", "v")
        .agg(F.sum("sigma").alias("sigma"), F.max("known").alias("known"))
        .where(~F.col("known"))
        .drop("known")
    )
    return _materialise(reached)


def _batch_sums(arcs: Any, sources: Any, *, undirected: bool) -> Any:
    """:func:`path_sums` for one batch of sources, checkpointed. Each level is one aggregation:
    removing what earlier levels reached and summing σ (forward), or gathering the offers
    (backward), share its shuffle."""
    from pyspark.sql import functions as F

    frontier = _materialise(sources.select("src", F.col("src").alias("v"), F.lit(1.0).alias("sigma")))[0]
    levels = [frontier]
    while True:
        frontier, size = next_level(arcs, levels, undirected=undirected)
        if size == 0:
            break
        levels.append(frontier)

    # Brandes's backward pass, deepest level first; level 0 (the sources) gets no dependency
    predecessors = arcs.select(F.col("s").alias("u"), F.col("d").alias("v"))
    sums = []
    below = None  # the level under the current one, with its dependencies
    for depth in range(len(levels) - 1, 0, -1):
        level = levels[depth]
        if below is None:
            with_delta = level.withColumn("delta", F.lit(0.0))
        else:
            offers = below.join(predecessors, "v").select(  # u: a predecessor of v on any level
                "src", F.col("u").alias("v"), ((1.0 + F.col("delta")) / F.col("sigma")).alias("offer"),
                F.lit(None).cast("double").alias("sigma"),
            )  # fmt: skip
            mine = level.select("src", "v", F.lit(0.0).alias("offer"), "sigma")
            # only this level's vertices keep a σ: offers to vertices of other levels drop out
            summed = (
                offers.unionByName(mine)
                .groupBy("src", "v")
                .agg(F.sum("offer").alias("offer"), F.max("sigma").alias("sigma"))
                .where(F.col("sigma").isNotNull())
            )
            with_delta = summed.select("src", "v", "sigma", (F.col("sigma") * F.col("offer")).alias("delta"))
        below = _materialise(with_delta)[0]
        sums.append(below.select("v", "delta", F.lit(1.0 / depth).alias("inverse")))
    if not sums:
        return arcs.sparkSession.createDataFrame([], "id string, dependency double, inverse_distance double")
    union = sums[0]
    for part in sums[1:]:
        union = union.unionByName(part)
    out = union.groupBy(F.col("v").alias("id")).agg(
        F.sum("delta").alias("dependency"), F.sum("inverse").alias("inverse_distance")
    )
    return checkpoint(out)


def _materialise(frame: Any) -> tuple[Any, int]:
    """``frame`` checkpointed and its row count, in one Spark job (a lazy checkpoint filled by
    the count) rather than two."""
    if frame.sparkSession.sparkContext.getCheckpointDir():
        out = frame.checkpoint(eager=False)
    else:
        out = frame.localCheckpoint(eager=False)
    return out, out.count()


def betweenness_and_harmonic(
    edges: Any, *, directed: bool, samples: int | None = None, seed: int = 42, exact_limit: float = 2e9
) -> tuple[Any, bool]:
    """Betweenness and harmonic closeness of every vertex by the embedded engine's rule
    (:func:`socialscope.network.centrality.betweenness` and ``harmonic``): exact — every vertex
    a source — while no ``samples`` are asked for and n·m <= ``exact_limit`` below the large-graph
    path; else the same seeded source sample, scaled as there (betweenness by n/k, normalised
    like NetworkX; harmonic by (n-1)/k), each betweenness within ±sqrt(ln(2/δ)/2k) of the exact
    value with probability 1-δ (Hoeffding). Returns (``id``, ``betweenness``,
    ``harmonic``) and whether they are estimates."""
    from pyspark.sql import functions as F

    from socialscope.network.build import LARGE_GRAPH_EDGES
    from socialscope.network.centrality import source_codes, sources_exact

    nodes = vertices(edges).transform(checkpoint)
    n, m = nodes.count(), edges.count()
    if n < 3:
        zeros = nodes.select("id", F.lit(0.0).alias("betweenness"), F.lit(0.0).alias("harmonic"))
        return zeros, False
    exact = sources_exact(n, m, samples=samples, exact_limit=exact_limit, large=m > LARGE_GRAPH_EDGES)
    sources = (
        nodes.select(F.col("id").alias("src"))
        if exact
        else chosen_sources(edges, source_codes(n, m, samples=samples, seed=seed))
    )
    k = n if exact else sources.count()
    sums = path_sums(search_arcs(edges, directed=directed), sources, undirected=not directed)
    # normalised like NetworkX: by (n-1)(n-2), and by half that on undirected graphs, where
    # the searches count each pair from both ends — the two factors of 2 cancel
    scale = (n / k) / ((n - 1) * (n - 2))
    harmonic_scale = 1.0 if exact else (n - 1) / k
    out = nodes.join(sums, "id", "left").select(
        "id",
        (F.coalesce("dependency", F.lit(0.0)) * scale).alias("betweenness"),
        (F.coalesce("inverse_distance", F.lit(0.0)) * harmonic_scale).alias("harmonic"),
    )
    return out, not exact
