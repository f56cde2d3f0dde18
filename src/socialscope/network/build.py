"""Build graphs from the store: follows, interactions, collaboration.

Edges are pulled with one DuckDB query each, account ids are mapped to dense integer codes
in SQL, and the arrays go straight into igraph's C core — no Python loop over edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import igraph as ig
import numpy as np

from socialscope.errors import UsageError
from socialscope.store.connection import Store

GRAPHS = ("follows", "interactions", "collaboration")
COLLABORATION_KINDS = ("message", "email")
PUBLIC_KINDS = ("like", "comment", "reply", "share", "mention", "click", "reaction")


@dataclass
class SocialGraph:
    """An igraph graph plus the account id of every vertex.

    ``graph.es["weight"]`` holds tie strength (interaction counts; 1 for follows).
    """

    name: str
    graph: ig.Graph
    account_ids: np.ndarray
    params: dict[str, Any] = field(default_factory=dict)
    _edges: np.ndarray | None = None
    _undirected: ig.Graph | None = None
    _undirected_edges: tuple[np.ndarray, np.ndarray] | None = None
    _networkit: dict[bool, Any] = field(default_factory=dict)

    def edges(self) -> np.ndarray:
        """(m, 2) array of vertex codes in igraph's edge order (kept, not re-read from igraph:
        ``get_edgelist`` builds a Python list per edge)."""
        if self._edges is None:
            self._edges = np.asarray(self.graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        return self._edges

    @property
    def directed(self) -> bool:
        return self.graph.is_directed()

    @property
    def n(self) -> int:
        return self.graph.vcount()

    def index_of(self, account_id: str) -> int | None:
        hits = np.flatnonzero(self.account_ids == account_id)
        return int(hits[0]) if len(hits) else None

    def undirected_edges(self) -> tuple[np.ndarray, np.ndarray]:
        """Edges of the undirected simple view as ((k, 2) pairs with a < b, summed weights)."""
        if self._undirected_edges is not None:
            return self._undirected_edges
        edges = self.edges()
        weights = np.asarray(self.graph.es["weight"], dtype=float) if len(edges) else np.zeros(0)
        lo, hi = np.minimum(edges[:, 0], edges[:, 1]), np.maximum(edges[:, 0], edges[:, 1])
        keep = lo != hi
        key, inverse = np.unique(lo[keep] * self.n + hi[keep], return_inverse=True)
        summed = np.bincount(inverse, weights=weights[keep], minlength=len(key))
        self._undirected_edges = (np.column_stack([key // self.n, key % self.n]), summed)
        return self._undirected_edges

    def undirected(self) -> ig.Graph:
        """The undirected simple view (weights summed over both directions)."""
        if not self.directed:
            return self.graph
        if self._undirected is None:
            self._undirected = self.graph.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
        return self._undirected


def _time_filter(column: str, since: date | datetime | None, until: date | datetime | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{column} < ?")
        params.append(until)
    return (" AND ".join(clauses) or "TRUE"), params


def build_graph(
    store: Store,
    name: str = "follows",
    *,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    kinds: tuple[str, ...] | None = None,
    min_ties: int = 2,
    window_days: int = 28,
) -> SocialGraph:
    """The ``follows``, ``interactions`` or ``collaboration`` graph of the store.

    - follows: directed, src follows dst (importance flows to dst); ``followed_at`` in
      [since, until) when given (edges without a time are kept).
    - interactions: directed actor -> target (or the author of the post acted on), weighted
      by count; ``kinds`` defaults to the public kinds (likes, comments, shares, mentions …).
    - collaboration: undirected; two people are tied when they exchanged at least
      ``min_ties`` messages/emails within some ``window_days`` window (the usual
      organisational-network-analysis rule: 2 in 28 days); weight = messages exchanged.
    """
    if name not in GRAPHS:
        raise UsageError(f"unknown graph '{name}'; choose one of: {', '.join(GRAPHS)}")
    params: dict[str, Any] = {"since": str(since) if since else None, "until": str(until) if until else None}
    if name == "follows":
        where, args = _time_filter("followed_at", since, until)
        where = f"(followed_at IS NULL OR {where})" if args else where
        edges_sql = (
            f"SELECT src_account_id AS s, dst_account_id AS d, 1.0 AS w FROM follows "
            f"WHERE {where} AND src_account_id <> dst_account_id "
            "GROUP BY ALL"
        )
        directed = True
    elif name == "interactions":
        kinds = kinds or PUBLIC_KINDS
        params["kinds"] = list(kinds)
        where, args = _time_filter("i.created_at", since, until)
        marks = ", ".join("?" for _ in kinds)
        edges_sql = f"""
            SELECT i.actor_account_id AS s, coalesce(i.target_account_id, p.account_id) AS d,
                   count(*)::DOUBLE AS w
            FROM interactions i LEFT JOIN posts p ON i.post_id = p.post_id
            WHERE i.kind IN ({marks}) AND {where}
              AND coalesce(i.target_account_id, p.account_id) IS NOT NULL
              AND i.actor_account_id <> coalesce(i.target_account_id, p.account_id)
            GROUP BY 1, 2"""
        args = [*kinds, *args]
        directed = True
    else:
        kinds = kinds or COLLABORATION_KINDS
        params.update(kinds=list(kinds), min_ties=min_ties, window_days=window_days)
        where, args = _time_filter("created_at", since, until)
        marks = ", ".join("?" for _ in kinds)
        edges_sql = f"""
            WITH m AS (
                SELECT least(actor_account_id, target_account_id) AS a,
                       greatest(actor_account_id, target_account_id) AS b, created_at
                FROM interactions
                WHERE kind IN ({marks}) AND {where} AND target_account_id IS NOT NULL
                  AND actor_account_id <> target_account_id),
            windows AS (
                SELECT a, b, created_at,
                       lead(created_at, {max(min_ties, 1) - 1}) OVER (PARTITION BY a, b ORDER BY created_at) AS nth
                FROM m),
            tied AS (
                SELECT a, b FROM windows
                WHERE nth IS NOT NULL AND nth - created_at <= INTERVAL {int(window_days)} DAY
                GROUP BY a, b)
            SELECT m.a AS s, m.b AS d, count(*)::DOUBLE AS w
            FROM m JOIN tied USING (a, b) GROUP BY 1, 2"""
        args = [*kinds, *args]
        directed = False
    edges = store.con.sql(edges_sql, params=args).to_arrow_table()
    src, dst, account_ids = _encode(edges.column("s"), edges.column("d"))
    pairs = np.column_stack([src, dst])
    graph = ig.Graph(n=len(account_ids), edges=pairs, directed=directed)
    _set_weights(graph, edges.column("w").to_numpy().astype(float))
    return SocialGraph(name, graph, account_ids, params, _edges=pairs)


def _set_weights(graph: ig.Graph, weights: np.ndarray) -> None:
    """Edge weights; a Python list converts far faster than a NumPy array in python-igraph,
    and a constant weight is set once."""
    if len(weights) and (weights == weights[0]).all():
        graph.es["weight"] = float(weights[0])
    else:
        graph.es["weight"] = weights.tolist()


def _encode(src: Any, dst: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dense integer codes for account ids, by Arrow's C++ hash table (vertex order = order
    of first appearance)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    both = pa.chunked_array(src.chunks + dst.chunks, type=pa.string())
    encoded = pc.dictionary_encode(both).combine_chunks()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    ids = np.asarray(encoded.dictionary.to_pylist(), dtype=object)
    return codes[: len(src)], codes[len(src) :], ids


def rebuild_graph(store: Store, name: str) -> SocialGraph:
    """``name`` rebuilt with the parameters of its last ``network analyze`` (or defaults)."""
    import json

    params: dict[str, Any] = {}
    if store.has_table("network_graphs"):
        found = store.con.execute("SELECT params FROM network_graphs WHERE graph = ?", [name]).fetchall()
        params = json.loads(found[0][0]) if found and found[0][0] else {}
    return build_graph(
        store,
        name,
        since=params.get("since"),
        until=params.get("until"),
        kinds=tuple(params["kinds"]) if params.get("kinds") else None,
        min_ties=params.get("min_ties", 2),
        window_days=params.get("window_days", 28),
    )


def graph_from_edges(
    src: np.ndarray, dst: np.ndarray, *, directed: bool, name: str = "edges", weights: np.ndarray | None = None
) -> SocialGraph:
    """A :class:`SocialGraph` from arrays of account ids (for tests and the Python API)."""
    ids, codes = np.unique(
        np.concatenate([np.asarray(src, dtype=object), np.asarray(dst, dtype=object)]).astype(str), return_inverse=True
    )
    n_edges = len(src)
    pairs = np.column_stack([codes[:n_edges], codes[n_edges:]]).astype(np.int64)
    graph = ig.Graph(n=len(ids), edges=pairs, directed=directed)
    _set_weights(graph, np.ones(n_edges) if weights is None else np.asarray(weights, dtype=float))
    return SocialGraph(name, graph, ids.astype(object), _edges=pairs)
