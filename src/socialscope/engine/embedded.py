"""The embedded engine: DuckDB in-process, every capability socialscope has."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from socialscope.engine.capabilities import CAPABILITIES
from socialscope.store.connection import Store


class EmbeddedEngine:
    """DuckDB store + igraph/NetworKit: the default engine, no Java needed.

    ``frame`` returns pandas; the full analysis pipeline (:mod:`socialscope.pipeline`) runs
    here, and :func:`~socialscope.engine.portable.run_portable` gives the portable subset for
    comparison with other engines.
    """

    name = "duckdb"
    capabilities = frozenset(CAPABILITIES)

    def __init__(self, store: Store) -> None:
        self.store = store
        self._backend: Any = None

    def backend(self) -> Any:
        if self._backend is None:
            self._backend = self.store.ibis()
        return self._backend

    def count(self, table: str) -> int:
        return self.store.count(table)

    def frame(self, expr: Any) -> pd.DataFrame:
        return expr.to_pandas()

    def cached(self, expr: Any, name: str) -> Any:
        import ibis

        self.store.con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS {ibis.to_sql(expr, dialect="duckdb")}')
        return self.backend().table(name)

    def available_graphs(self) -> list[str]:
        from socialscope.network.edges import available_graphs

        return available_graphs(self.backend())

    def concat(self, frames: list[pd.DataFrame]) -> pd.DataFrame:
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def graph_metrics(self, graph: str, edges: Any, *, directed: bool) -> pd.DataFrame:
        """The portable graph metrics (degree, PageRank, component, core number, community)
        by igraph/NetworKit. A component is named by its smallest account id, as on every engine."""
        import ibis

        from socialscope.network import centrality, community, graph_stats
        from socialscope.network.build import SocialGraph, encode_edges

        src, dst, weights, ids = encode_edges(self.store, ibis.to_sql(edges, dialect="duckdb"), [])
        g = SocialGraph(graph, ids, np.column_stack([src, dst]), weights, directed)
        frame = pd.DataFrame({"graph": graph, "account_id": ids, **centrality.degrees(g)})
        frame["pagerank"] = centrality.pagerank(g)
        labels = graph_stats.components(g)
        frame["component"] = pd.Series(ids).groupby(labels).transform("min").to_numpy()
        frame["core_number"] = centrality.core_number(g)
        frame["community"] = community.leiden(g).membership.astype(str)
        frame["community_method"] = "leiden"
        return frame
