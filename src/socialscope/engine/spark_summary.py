"""The graph-level row (``network_graphs``) on Spark: the Spark twin of
:func:`socialscope.network.graph_stats.graph_summary`, with its definitions, computed from the
edges and the per-account measures the engine has already written for the graph.

- nodes, edges, density: counts (m / (n(n−1)) directed, 2m / (n(n−1)) undirected);
- reciprocity: the directed ties whose reverse exists over all ties (self-ties dropped);
- transitivity: 3 × triangles / connected triples of the undirected simple view,
  Σ_v T(v) / Σ_v k_v(k_v − 1)/2 from the per-vertex triangle counts of
  :mod:`socialscope.engine.spark_triangles`;
- assortativity: Pearson correlation over the edges of the source's out-degree and the
  target's in-degree (directed), of both ends' degrees over both orientations (undirected);
- components and the largest one's share of the accounts (the largest: most accounts, ties
  to the component of the smallest account id — NetworKit numbers components from the
  lowest vertex, so the embedded engine breaks ties alike);
- diameter: the double-sweep lower bound the embedded engine uses on large graphs — a
  breadth-first search from a start vertex of the largest component, then one from the
  farthest vertex found (the smallest id among the farthest), twice; the start vertices are
  drawn as the embedded engine draws them (NumPy's ``default_rng(seed).choice`` over the
  component's accounts in sorted order), so both engines report the same number.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from socialscope.engine.spark_graph import _undirected, checkpoint


def cluster_summary(
    edges: Any, metrics: Any, triangles: Any, *, directed: bool, seed: int = 42, sweeps: int = 2
) -> dict[str, Any]:
    """The graph-level measures of ``edges`` (``s``, ``d``, ``w``) on the cluster. ``metrics``:
    the graph's per-account frame (``id``, ``in_degree``, ``out_degree``, ``degree``,
    ``component``); ``triangles``: ``id``, ``triangles``, ``contacts`` (undirected simple
    degree) per account. Keys as :func:`socialscope.network.graph_stats.graph_summary`."""
    from pyspark.sql import functions as F

    metrics = metrics.select("id", "in_degree", "out_degree", "degree", "component").transform(checkpoint)
    n, m = metrics.count(), edges.count()
    pairs = n * (n - 1)
    sizes = metrics.groupBy("component").agg(F.count("*").alias("size"))
    largest = sizes.orderBy(F.col("size").desc(), F.col("component")).first()
    summary: dict[str, Any] = {
        "directed": directed,
        "nodes": n,
        "edges": m,
        "density": (m / pairs if directed else 2 * m / pairs) if pairs else None,
        "reciprocity": (_reciprocity(edges) if directed else 1.0) if m else None,
        "transitivity": _transitivity(triangles) if m else None,
        "assortativity": _assortativity(edges, metrics, directed=directed) if m else None,
        "components": sizes.count(),
        "largest_component_share": largest["size"] / n if n else None,
        "diameter": 0,
        "diameter_estimated": True,
    }
    if n:
        members = metrics.where(F.col("component") == largest["component"]).select("id")
        summary["diameter"] = double_sweep(edges, members, int(largest["size"]), seed=seed, sweeps=sweeps)
    return summary


def _reciprocity(edges: Any) -> float:
    from pyspark.sql import functions as F

    arcs = edges.where(F.col("s") != F.col("d")).select("s", "d").distinct().transform(checkpoint)
    ties = arcs.count()
    mutual = arcs.join(arcs.select(F.col("d").alias("s"), F.col("s").alias("d")), ["s", "d"]).count()
    return mutual / ties if ties else 0.0


def _transitivity(triangles: Any) -> float:
    from pyspark.sql import functions as F

    closed, triples = triangles.agg(
        F.sum("triangles").cast("double"), F.sum(F.col("contacts") * (F.col("contacts") - 1) / 2.0)
    ).first()
    return float(closed / triples) if triples else 0.0


def _assortativity(edges: Any, metrics: Any, *, directed: bool) -> float:
    from pyspark.sql import functions as F

    if directed:
        out_degree = metrics.select(F.col("id").alias("s"), F.col("out_degree").cast("double").alias("x"))
        in_degree = metrics.select(F.col("id").alias("d"), F.col("in_degree").cast("double").alias("y"))
        pairs = edges.select("s", "d").join(out_degree, "s").join(in_degree, "d")
    else:
        both = edges.select("s", "d").unionAll(edges.select(F.col("d").alias("s"), F.col("s").alias("d")))
        degree = metrics.select(F.col("id"), F.col("degree").cast("double").alias("k"))
        pairs = both.join(degree.toDF("s", "x"), "s").join(degree.toDF("d", "y"), "d")
    value = pairs.agg(F.corr("x", "y")).first()[0]
    return float("nan") if value is None else float(value)


def double_sweep(edges: Any, members: Any, size: int, *, seed: int = 42, sweeps: int = 2) -> int:
    """Lower bound of the diameter of the component whose accounts are ``members`` (``id``,
    ``size`` of them): from each of ``sweeps`` start accounts, the eccentricity of the account
    farthest from it (:func:`socialscope.network.graph_stats._double_sweep`)."""
    from socialscope.engine.spark_search import ids_at

    rng = np.random.default_rng(seed)
    positions = rng.choice(size, size=min(sweeps, size), replace=False)
    starts = ids_at(members, positions)  # {position: account id}
    arcs = _undirected(edges).select("s", "d").transform(checkpoint)
    best = 0
    for position in positions:
        farthest, _ = farthest_from(arcs, starts[int(position)])
        best = max(best, farthest_from(arcs, farthest)[1])
    return best


def farthest_from(arcs: Any, source: str) -> tuple[str, int]:
    """(the smallest account id among those farthest from ``source``, their hop distance),
    by a breadth-first search along the symmetric ``arcs``, one level per Spark job
    (:func:`socialscope.engine.spark_search.next_level`, a batch of one source)."""
    from pyspark.sql import functions as F

    from socialscope.engine.spark_search import next_level

    levels = [arcs.sparkSession.createDataFrame([(source, source, 1.0)], "src string, v string, sigma double")]
    while True:
        frontier, size = next_level(arcs, levels, undirected=True)
        if size == 0:
            break
        levels.append(frontier)
    farthest = levels[-1].agg(F.min("v")).first()[0]
    return farthest, len(levels) - 1
