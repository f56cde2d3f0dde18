"""Communities on Spark beyond label propagation: modularity of any partition as a DataFrame
job, and Leiden on the driver when the graph — or the graph coarsened by label propagation —
fits there.

Label propagation (:func:`socialscope.engine.spark_graph.label_propagation`) stays the Spark
default: it is the one community algorithm that runs as DataFrame iterations. It breaks down
on graphs whose community structure is weak (docs/scale.md, 'Communities'): labels flood
across the few extra ties between groups and one label takes most of the graph. Leiden
(Traag, Waltman & van Eck 2019) is sequential and does not distribute, so here it runs on the
driver, exactly as the embedded engine runs it (:func:`socialscope.network.community.leiden`,
igraph, same seed):

- on the whole graph, when its edge list fits (``max_edges``): the same partition as the
  embedded engine;
- else on the graph coarsened by label propagation — one vertex per label, tie weights summed,
  ties inside a label kept as a self-loop — when that fits: Leiden moves whole label groups,
  which can only raise modularity above label propagation's (the identity partition of the
  coarse graph is label propagation's own partition, with the same modularity).

Modularity, Q = Σ_c [e_c/m − γ (d_c/2m)²] on the undirected view (Newman 2006), is computed on
Spark for every partition, so the numbers stand beside the embedded Leiden's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from socialscope.engine.spark_graph import _undirected

if TYPE_CHECKING:
    from socialscope.network.build import SocialGraph
    from socialscope.network.community import Partition


def modularity(edges: Any, membership: Any, *, resolution: float = 1.0) -> float:
    """Modularity of the partition ``membership`` (``id``, ``community``) of ``edges``'
    undirected weighted view, as :func:`socialscope.network.community.modularity`."""
    from pyspark.sql import functions as F

    ties = _undirected(edges.withColumn("w", F.col("w").cast("double")))  # each tie both ways: Σ w is 2m
    labels = membership.select(F.col("id").alias("s"), F.col("community").alias("cs"))
    labelled = ties.join(labels, "s").join(labels.select(F.col("s").alias("d"), F.col("cs").alias("cd")), "d")
    per = labelled.groupBy("cs").agg(
        F.sum(F.when(F.col("cs") == F.col("cd"), F.col("w")).otherwise(0.0)).alias("inside2"),
        F.sum("w").alias("degree"),
    )
    inside2, squares, total2 = per.agg(F.sum("inside2"), F.sum(F.col("degree") ** 2), F.sum("degree")).first()
    if not total2:
        return float("nan")
    return float(inside2 / total2 - resolution * squares / total2**2)


def leiden_on_driver(
    edges: Any,
    *,
    directed: bool,
    labels: Any | None = None,
    max_edges: int | None = None,
    resolution: float = 1.0,
    seed: int = 42,
    driver: SocialGraph | None = None,
) -> tuple[Any, str, Partition | None] | None:
    """Leiden communities (``id``, ``community``), how they were found — ``"leiden"`` (the
    whole graph on the driver) or ``"leiden_coarsened"`` (the graph coarsened by ``labels``,
    a label-propagation partition) — and, for the whole graph, the embedded engine's
    :class:`~socialscope.network.community.Partition` (communities numbered from the largest);
    None when neither fits in ``max_edges`` edges (default: the driver rule,
    :func:`socialscope.engine.spark_driver.driver_edges`). ``driver``: the graph already
    collected on the driver (:func:`socialscope.engine.spark_driver.driver_graph`)."""
    import pandas as pd

    from socialscope.engine.spark_driver import driver_edges, driver_graph
    from socialscope.network.community import leiden

    limit = driver_edges() if max_edges is None else max_edges
    session = edges.sparkSession
    g = driver if driver is not None else driver_graph(edges, directed=directed, max_edges=limit)
    if g is not None:
        partition = leiden(g, resolution=resolution, seed=seed)
        return leiden_frame(session, g, partition), "leiden", partition
    if labels is None:
        return None
    coarse = coarsen(edges, labels)
    if coarse.count() > limit:
        return None
    rows = coarse.orderBy("a", "b").toPandas()
    names, membership = _leiden_coarse(rows, resolution=resolution, seed=seed)
    lifted = session.createDataFrame(pd.DataFrame({"label": names.astype(str), "community": membership.astype(str)}))
    found = labels.join(lifted, labels["community"] == lifted["label"]).select("id", lifted["community"])
    return found, "leiden_coarsened", None


def leiden_frame(session: Any, g: SocialGraph, partition: Partition) -> Any:
    """``id``, ``community`` (as a string) of every account of ``g`` in ``partition``."""
    import pandas as pd

    return session.createDataFrame(
        pd.DataFrame({"id": g.account_ids.astype(str), "community": partition.membership.astype(str)}),
        "id string, community string",  # typed: a graph without ties has no rows to infer from
    )


def coarsen(edges: Any, labels: Any) -> Any:
    """The graph of label groups: ``a``, ``b`` (labels, a <= b) and ``w`` (the weight of the
    ties between them; a = b: the weight inside a group, each tie once, as igraph's modularity
    reads a self-loop)."""
    from pyspark.sql import functions as F

    return (
        _undirected(edges.withColumn("w", F.col("w").cast("double")))
        .join(labels.select(F.col("id").alias("s"), F.col("community").alias("a")), "s")
        .join(labels.select(F.col("id").alias("d"), F.col("community").alias("b")), "d")
        .where((F.col("a") < F.col("b")) | ((F.col("a") == F.col("b")) & (F.col("s") < F.col("d"))))
        .groupBy("a", "b")
        .agg(F.sum("w").alias("w"))
    )


def _leiden_coarse(rows: Any, *, resolution: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Leiden (igraph, seeded as the embedded engine) on the coarse graph of label groups
    (returns the group labels and their communities). igraph's Leiden under its "modularity"
    objective reads a self-loop differently from :meth:`igraph.Graph.modularity` (on the
    karate club's Leiden groups, coarsened, it merged them down to a lower Q), so modularity is
    spelled out as CPM: quality Σ_ij (A_ij − γ/2m · k_i k_j) δ(c_i, c_j) with the vertices'
    strengths k as node weights and each group's inner weight on the diagonal twice (A_cc)."""
    import random

    import igraph as ig

    a, b = rows["a"].to_numpy(dtype=object), rows["b"].to_numpy(dtype=object)
    names = np.unique(np.concatenate([a, b]))
    ends = np.column_stack([np.searchsorted(names, a), np.searchsorted(names, b)])
    w = rows["w"].to_numpy(dtype=float)
    loops = ends[:, 0] == ends[:, 1]
    strength = np.bincount(ends.ravel(), weights=np.repeat(w, 2), minlength=len(names))
    graph = ig.Graph(n=len(names), edges=ends, directed=False)
    graph.es["weight"] = np.where(loops, 2 * w, w).tolist()
    state = random.getstate()
    random.seed(seed)
    try:
        clusters = graph.community_leiden(
            objective_function="CPM",
            weights="weight",
            node_weights=strength.tolist(),
            resolution=resolution / (2 * w.sum()),
            n_iterations=-1,
        )
    finally:
        random.setstate(state)
    return names, np.asarray(clusters.membership)
