"""The measures that need the whole graph in one process, run on the Spark driver when the
graph fits there, with the embedded engine's own functions on the same graph — so they equal
the embedded engine's values, not approximate them.

The size rule: the edge list is collected when it has at most :func:`driver_edges` edges
(default :data:`socialscope.network.build.LARGE_GRAPH_EDGES`, 2M: the size up to which the
embedded engine itself builds an igraph graph; the M world's 1.7M-edge follows graph took 55 s
to collect, 14 s of it driver CPU, on a heavily loaded 2-core machine: docs/scale.md). What
runs there:

- every per-account measure of ``network_metrics``
  (:func:`socialscope.network.analysis.compute_metrics`, the embedded engine's one pass:
  :meth:`socialscope.engine.spark.SparkEngine.graph_metrics`); above the rule each is a
  chain of Spark jobs on the cluster;
- Leiden communities (:func:`socialscope.engine.spark_community.leiden_on_driver`);
- eigenvector centrality and HITS (igraph; :func:`single_machine_measures`, which the
  benchmarks time; above the rule :mod:`socialscope.engine.spark_spectral` computes them as
  power iterations on the cluster);
- bridge ties (:func:`socialscope.network.bridges.bridge_ties`, the XOR labelling of a
  breadth-first spanning forest); above the rule :mod:`socialscope.engine.spark_bridges` runs
  the same labelling on the cluster: the forest as a breadth-first search from each
  component's root, then one ``bit_xor`` aggregation per level of the forest, deepest first
  (~2 × the forest's depth Spark jobs, as many as components take; docs/scale.md);
- key-person risk (:func:`socialscope.network.risk.key_person_risk`): each candidate is removed
  and the whole graph re-measured (components, 64 searches), 30 candidates — 30 complete graph
  analyses, each a chain of Spark jobs were it distributed — under the embedded engine's own
  rule: up to :data:`socialscope.network.analysis.RISK_DEFAULT_LIMIT` (20,000) accounts.
"""

from __future__ import annotations

import os
import warnings
from typing import Any

import numpy as np

from socialscope.network.build import LARGE_GRAPH_EDGES, SocialGraph


def driver_edges() -> int:
    """The most edges a graph may have to be collected on the driver:
    ``$SOCIALSCOPE_SPARK_DRIVER_EDGES`` when set, else :data:`LARGE_GRAPH_EDGES`."""
    return int(os.environ.get("SOCIALSCOPE_SPARK_DRIVER_EDGES", LARGE_GRAPH_EDGES))


def driver_graph(
    edges: Any, *, directed: bool, name: str = "edges", max_edges: int | None = None
) -> SocialGraph | None:
    """``edges`` (``s``, ``d``, ``w``) as the embedded engine's graph on the driver — its
    edges in the order of the embedded engine's graph (sorted codes = sorted ids), so igraph
    sees the same graph and seeded algorithms find the same answers — or None when there are
    more than ``max_edges`` (default :func:`driver_edges`)."""
    from socialscope.network.build import graph_from_edges

    limit = driver_edges() if max_edges is None else max_edges
    if edges.count() > limit:
        return None
    rows = edges.select("s", "d", "w").orderBy("s", "d").toPandas()
    return graph_from_edges(
        rows["s"].to_numpy(), rows["d"].to_numpy(), directed=directed, name=name, weights=rows["w"].to_numpy()
    )


def vertex_frame(session: Any, g: SocialGraph, columns: dict[str, np.ndarray]) -> Any:
    """A Spark DataFrame ``id`` plus ``columns`` (one value per vertex of ``g``)."""
    import pandas as pd

    return session.createDataFrame(pd.DataFrame({"id": g.account_ids.astype(str), **columns}))


def single_machine_measures(g: SocialGraph) -> dict[str, np.ndarray]:
    """Eigenvector centrality, hub, authority and bridge ties of every vertex of ``g``, by
    the embedded engine's functions."""
    from socialscope.network import bridges, centrality

    hub, authority = centrality.hits(g)
    return {
        "eigenvector": centrality.eigenvector(g),
        "hub": hub,
        "authority": authority,
        "bridge_ties": bridges.bridge_ties(g),
    }


def key_person_risk(g: SocialGraph, membership: np.ndarray, *, seed: int = 42) -> Any:
    """Key-person risk of ``g`` as the embedded engine's ``analyze`` computes it: the top 30
    candidates by betweenness (the embedded function, so ties rank the same), then degree,
    on graphs of up to :data:`RISK_DEFAULT_LIMIT` accounts; none above (an empty frame).
    ``membership``: the Leiden communities of ``g`` (for the orphaned communities)."""
    from socialscope.network.analysis import RISK_DEFAULT_LIMIT
    from socialscope.network.centrality import EstimateWarning, betweenness
    from socialscope.network.risk import key_person_risk as risk

    candidates = 30 if g.n <= RISK_DEFAULT_LIMIT else 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EstimateWarning)
        between = betweenness(g, seed=seed).values if candidates else np.zeros(g.n)
    return risk(g, membership, between, candidates=candidates, seed=seed)
