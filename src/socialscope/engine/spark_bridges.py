"""Bridge ties as Spark DataFrame jobs: the Spark twin of
:func:`socialscope.network.bridges.bridge_ties`, with its definition (a bridge is a tie whose
removal disconnects its component, in the undirected simple view) and its method, the XOR
labelling of a breadth-first spanning forest (Pătraşcu & Thorup 2007's cut labels):

1. the forest: a breadth-first search from every component's root (its smallest account id,
   :func:`socialscope.engine.spark_graph.components`), one level per Spark job; each vertex
   reached first at level L+1 takes the smallest of its neighbours on level L as its parent.
   Any spanning forest works: which ties are bridges is a property of the graph;
2. the labels: every tie {a, b} gets the 64-bit hash h(a, b) = xxhash64(seed, min, max), and a
   vertex the XOR of the hashes of all its ties;
3. the fold: deepest level first, each vertex's subtree XOR X(v) (its label XORed with its
   children's X) is summed into its parent by a ``bit_xor`` aggregation, one job per level.
   Ties with both ends in the subtree of v cancel, so X(v) is the XOR of the ties crossing the
   cut below v: the forest tie (v, parent(v)) itself and the non-forest ties with one end below v;
4. the forest tie (v, parent(v)) is a bridge exactly when no non-forest tie crosses that cut,
   i.e. when X(v) = h(v, parent(v)); non-forest ties lie on a cycle and are never bridges.

Hashing every tie (forest ties too) rather than only the non-forest ones spares a join that
would set the forest ties apart; the comparison with h(v, parent(v)) undoes it. A non-bridge is
taken for a bridge only when the XOR of the hashes of the non-forest ties crossing its cut is
0: probability 2⁻⁶⁴ per tie for hashes that behave as random, as in the embedded module, and
the answer is reproducible (a fixed ``seed``). The embedded module draws other labels and
another forest; the two agree except with that probability.

Cost: about 2 × the forest's depth Spark jobs (its depth is at most each component's
diameter: components, the step before, take as many), each a join or aggregation of one
level's vertices against the ties; docs/scale.md has the measured times.
"""

from __future__ import annotations

from typing import Any

from socialscope.engine.spark_graph import _undirected, checkpoint, components, vertices
from socialscope.engine.spark_search import _materialise


def bridge_ties(edges: Any, *, component: Any = None, seed: int = 0) -> Any:
    """How many of each vertex's ties are bridges (undirected simple view: directions
    ignored, self-ties dropped, parallel ties once), for every vertex at either end of an
    edge (0 where none). ``edges``: ``s``, ``d``, ``w``; ``component``: its components
    (``id``, ``component`` = the smallest account id) when already computed. Returns ``id``,
    ``bridge_ties``."""
    from pyspark.sql import functions as F

    ties = _undirected(edges).select("s", "d").transform(checkpoint)
    if component is None:
        component = components(edges)
    levels = _forest_levels(ties, component)
    nodes = vertices(edges)
    if len(levels) < 2:  # no ties besides self-ties
        return nodes.select("id", F.lit(0).cast("long").alias("bridge_ties"))
    label = ties.groupBy(F.col("s").alias("id")).agg(F.bit_xor(_tie_hash("s", "d", seed)).alias("x"))
    forest = levels[0].withColumn("depth", F.lit(0))
    for depth, level in enumerate(levels[1:], start=1):
        forest = forest.unionByName(level.withColumn("depth", F.lit(depth)))
    forest = (
        forest.join(label, "id", "left")
        .select("id", "parent", "depth", F.coalesce("x", F.lit(0).cast("long")).alias("x"))
        .transform(checkpoint)
    )
    found = []
    below = None  # the level under the current one, with its subtree XORs
    for depth in range(len(levels) - 1, 0, -1):
        here = forest.where(F.col("depth") == depth).select("id", "parent", "x")
        if below is not None:
            up = below.select(F.col("parent").alias("id"), F.lit(None).cast("string").alias("parent"), "x")
            here = here.unionByName(up).groupBy("id").agg(F.max("parent").alias("parent"), F.bit_xor("x").alias("x"))
        below = checkpoint(here)
        found.append(below.where(F.col("x") == _tie_hash("id", "parent", seed)).select("id", "parent"))
    bridges = found[0]
    for part in found[1:]:
        bridges = bridges.unionByName(part)
    ends = bridges.select(F.explode(F.array("id", "parent")).alias("id"))
    counts = ends.groupBy("id").agg(F.count("*").alias("bridge_ties"))
    return nodes.join(counts, "id", "left").select(
        "id", F.coalesce("bridge_ties", F.lit(0)).cast("long").alias("bridge_ties")
    )


def _forest_levels(ties: Any, component: Any) -> list[Any]:
    """The levels of a breadth-first spanning forest of ``ties`` (both directions of each)
    from every component's root: level 0 the roots, level L+1 the vertices first reached from
    level L, each with its ``parent`` (the smallest neighbour on level L; null for roots).
    A vertex's neighbours lie on its own level or the next or previous one, so a level's new
    vertices are found by removing only the two levels before it."""
    from pyspark.sql import functions as F

    roots = component.where(F.col("id") == F.col("component"))
    level, size = _materialise(roots.select("id", F.lit(None).cast("string").alias("parent")))
    levels = []
    while size:
        levels.append(level)
        offered = (
            level.select(F.col("id").alias("s"))
            .join(ties, "s")
            .select(F.col("d").alias("id"), F.col("s").alias("parent"), F.lit(False).alias("known"))
        )
        for earlier in levels[-2:]:
            offered = offered.unionByName(
                earlier.select("id", F.lit(None).cast("string").alias("parent"), F.lit(True).alias("known"))
            )
        reached = (
            offered.groupBy("id")
            .agg(F.min("parent").alias("parent"), F.max("known").alias("known"))
            .where(~F.col("known"))
            .drop("known")
        )
        level, size = _materialise(reached)
    return levels


def _tie_hash(a: str, b: str, seed: int) -> Any:
    """h(a, b): a 64-bit hash of the tie {a, b}, the same for both orders of its ends."""
    from pyspark.sql import functions as F

    return F.xxhash64(F.lit(seed), F.least(a, b), F.greatest(a, b))
