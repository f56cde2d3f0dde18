"""Export a graph with its metrics: GraphML, GEXF (opens in Gephi) or CSV node/edge lists."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.errors import UsageError
from socialscope.names import GRAPH_FILE_FORMATS as FORMATS
from socialscope.network.build import rebuild_graph
from socialscope.store.connection import Store

NODE_COLUMNS = (
    "handle",
    "display_name",
    "kind",
    "community",
    "pagerank",
    "betweenness",
    "influence",
    "in_degree",
    "out_degree",
    "core_number",
    "constraint",
)


def export_graph(store: Store, graph: str, fmt: str, out: Path) -> list[Path]:
    """Write ``graph`` with node attributes (handle, kind, community, metrics when analysed).

    ``csv`` writes ``OUT.nodes.csv`` and ``OUT.edges.csv``; the others one file. Returns the
    paths written.
    """
    if fmt not in FORMATS:
        raise UsageError(f"format must be one of: {', '.join(FORMATS)}")
    g = rebuild_graph(store, graph)
    nodes = _node_table(store, graph, g.account_ids)
    edges, weights = g.edges(), g.weights
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        node_path, edge_path = out.with_suffix(".nodes.csv"), out.with_suffix(".edges.csv")
        nodes.to_csv(node_path, index=False)
        pd.DataFrame(
            {"source": g.account_ids[edges[:, 0]], "target": g.account_ids[edges[:, 1]], "weight": weights}
        ).to_csv(edge_path, index=False)
        return [node_path, edge_path]
    attributes = {}
    for column in nodes.columns.drop("account_id"):
        values = nodes[column]
        if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
            attributes[column] = values.astype(float).tolist()
        else:
            attributes[column] = values.astype(object).where(values.notna(), "").astype(str).tolist()
    if fmt == "graphml":
        export = g.graph.copy()
        export.vs["account_id"] = list(g.account_ids)
        for column, values in attributes.items():
            export.vs[column] = values
        export.write_graphml(str(out))
    else:
        import networkx as nx

        nxg = nx.DiGraph() if g.directed else nx.Graph()
        nxg.add_nodes_from((a, {k: v[i] for k, v in attributes.items()}) for i, a in enumerate(g.account_ids))
        nxg.add_weighted_edges_from(zip(g.account_ids[edges[:, 0]], g.account_ids[edges[:, 1]], weights, strict=True))
        nx.write_gexf(nxg, out)
    return [out]


def _node_table(store: Store, graph: str, ids: np.ndarray) -> pd.DataFrame:
    frame = pd.DataFrame({"account_id": ids})
    store.con.register("_ids", frame)
    try:
        has_metrics = store.has_table("network_metrics")
        metric_cols = ", ".join(f"m.{c}" for c in NODE_COLUMNS[3:]) if has_metrics else ""
        join = "LEFT JOIN network_metrics m ON m.account_id = i.account_id AND m.graph = ?" if has_metrics else ""
        sql = (
            f"SELECT i.account_id, a.handle, a.display_name, a.kind{', ' + metric_cols if metric_cols else ''} "
            f"FROM _ids i LEFT JOIN accounts a USING (account_id) {join}"
        )
        table = store.df(sql, [graph] if has_metrics else None)
    finally:
        store.con.unregister("_ids")
    return table.set_index("account_id").reindex(ids).reset_index()
