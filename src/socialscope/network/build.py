"""Build graphs from the store: follows, interactions, collaboration.

Edges (defined once in :mod:`socialscope.network.edges`) are pulled with one DuckDB query each, account ids are mapped to dense integer codes
by Arrow, and the graph is kept as NumPy arrays that go straight into igraph's or NetworKit's
C/C++ core — no Python loop over edges.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pyarrow as pa
import scipy.sparse as sp

from socialscope.arrays import unique_inverse
from socialscope.network.edges import DIRECTED, GRAPHS, edge_params, graph_edges
from socialscope.store.connection import Store

if TYPE_CHECKING:  # igraph is imported when a graph is first converted (~1 s; large graphs never are)
    import igraph as ig

__all__ = [
    "GRAPHS",
    "LARGE_GRAPH_EDGES",
    "SocialGraph",
    "build_graph",
    "edge_table",
    "graph_from_edge_table",
    "graph_from_edges",
    "graph_params",
    "large_graph_edges",
    "rebuild_graph",
]

_T = TypeVar("_T")

LARGE_GRAPH_EDGES = 2_000_000
"""Above this many edges the analysis takes its scalable path (NetworKit and SciPy on NumPy
arrays) and never builds an igraph graph: python-igraph turns an edge array into a graph
through Python objects, ~25 s for 17M edges, where NetworKit takes 3 s (docs/benchmarks.md).
Such graphs are also analysed in stages (:mod:`socialscope.network.analysis`)."""


def large_graph_edges() -> int:
    """The large-graph threshold: ``$SOCIALSCOPE_LARGE_GRAPH_EDGES`` when set (tests lower it
    to take the large path on small graphs), else :data:`LARGE_GRAPH_EDGES`."""
    return int(os.environ.get("SOCIALSCOPE_LARGE_GRAPH_EDGES", LARGE_GRAPH_EDGES))


@dataclass
class SocialGraph:
    """A graph as arrays: the account id of every vertex, an (m, 2) edge array of vertex codes
    and one weight per edge (tie strength: interaction counts; 1 for follows).

    The igraph graph (``graph``), the undirected simple view, sparse matrices and NetworKit
    copies are built on first use and kept (:meth:`once`), so each is converted once per
    analysis, even when two threads ask for it at the same time.
    """

    name: str
    account_ids: np.ndarray
    edge_array: np.ndarray
    weights: np.ndarray
    directed: bool
    params: dict[str, Any] = field(default_factory=dict)
    _igraph: ig.Graph | None = field(default=None, repr=False)
    _undirected: ig.Graph | None = field(default=None, repr=False)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    _locks: dict[Any, threading.Lock] = field(default_factory=dict, repr=False)
    _locks_guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def once(self, key: Any, compute: Callable[[], _T]) -> _T:
        """``memo[key]``, computed by ``compute()`` on first use. A thread asking for a key
        another thread is computing waits for that result instead of computing it again
        (the measures run on two threads and share these views)."""
        if key in self.memo:
            return self.memo[key]
        with self._locks_guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self.memo:
                self.memo[key] = compute()
        return self.memo[key]

    def edges(self) -> np.ndarray:
        """(m, 2) array of vertex codes (igraph's edge order when the igraph graph is built)."""
        return self.edge_array

    @property
    def n(self) -> int:
        return len(self.account_ids)

    @property
    def m(self) -> int:
        return len(self.edge_array)

    @property
    def large(self) -> bool:
        """Whether the scalable (NetworKit/SciPy) path is taken and the analysis is staged —
        see :func:`large_graph_edges`."""
        return self.m > large_graph_edges()

    @property
    def graph(self) -> ig.Graph:
        """The igraph graph, with ``es["weight"]``, built on first use."""
        if self._igraph is None:
            import igraph as ig

            self._igraph = ig.Graph(n=self.n, edges=self.edge_array, directed=self.directed)
            _set_weights(self._igraph, self.weights)
        return self._igraph

    def release(self) -> None:
        """Drop the derived copies (igraph, NetworKit, sparse matrices): several GB on a
        17M-edge graph, not needed once the measures are computed."""
        self._igraph = self._undirected = None
        self.memo.clear()

    def forget(self, keep: Callable[[Any], bool]) -> None:
        """Drop the derived copies whose memo key ``keep`` rejects (between the stages of an
        analysis: what the first needed and the second does not)."""
        for key in [k for k in self.memo if not keep(k)]:
            del self.memo[key]

    def index_of(self, account_id: str) -> int | None:
        hits = np.flatnonzero(self.account_ids == account_id)
        return int(hits[0]) if len(hits) else None

    def undirected_edges(self) -> tuple[np.ndarray, np.ndarray]:
        """Edges of the undirected simple view as ((k, 2) pairs with a < b, sorted, summed weights)."""

        def compute() -> tuple[np.ndarray, np.ndarray]:
            edges = self.edge_array
            lo, hi = np.minimum(edges[:, 0], edges[:, 1]), np.maximum(edges[:, 0], edges[:, 1])
            keep = lo != hi
            key, inverse = unique_inverse(lo[keep] * self.n + hi[keep])
            summed = np.bincount(inverse, weights=self.weights[keep], minlength=len(key))
            return np.column_stack([key // self.n, key % self.n]), summed

        return self.once("undirected_edges", compute)

    def undirected(self) -> ig.Graph:
        """The undirected simple view as an igraph graph (weights summed over both directions)."""
        if not self.directed:
            return self.graph
        if self._undirected is None:
            import igraph as ig

            pairs, summed = self.undirected_edges()
            self._undirected = ig.Graph(n=self.n, edges=pairs, directed=False)
            _set_weights(self._undirected, summed)
        return self._undirected

    def symmetric_csr(self) -> sp.csr_matrix:
        """0/1 adjacency of the undirected simple view (each tie both ways, no self-ties)."""

        def compute() -> sp.csr_matrix:
            # the pairs (a < b) come sorted by (a, b): they are the upper triangle in CSR order
            pairs, _ = self.undirected_edges()
            indptr = np.zeros(self.n + 1, dtype=np.int64)
            np.cumsum(np.bincount(pairs[:, 0], minlength=self.n), out=indptr[1:])
            upper = sp.csr_matrix((np.ones(len(pairs)), pairs[:, 1].copy(), indptr), shape=(self.n, self.n))
            return (upper + upper.T.tocsr()).tocsr()

        return self.once("symmetric_csr", compute)

    def csr(self, *, weighted: bool = True) -> sp.csr_matrix:
        """The (n × n) adjacency matrix, row = source (duplicate edges summed)."""

        def compute() -> sp.csr_matrix:
            data = self.weights if weighted else np.ones(self.m)
            edges = self.edge_array
            matrix = sp.csr_matrix((data, (edges[:, 0], edges[:, 1])), shape=(self.n, self.n))
            matrix.sum_duplicates()
            return matrix

        return self.once(f"csr_{weighted}", compute)


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
    """The ``follows``, ``interactions`` or ``collaboration`` graph of the store, with the
    edges of :func:`socialscope.network.edges.graph_edges`:

    - follows: directed, src follows dst (importance flows to dst); ``followed_at`` in
      [since, until) when given (edges without a time are kept).
    - interactions: directed actor -> target (or the author of the post acted on), weighted
      by count; ``kinds`` defaults to the public kinds (likes, comments, shares, mentions …).
    - collaboration: undirected; two people are tied when they exchanged at least
      ``min_ties`` messages/emails within some ``window_days`` window (the usual
      organisational-network-analysis rule: 2 in 28 days); weight = messages exchanged.
    """
    options = {"since": since, "until": until, "kinds": kinds, "min_ties": min_ties, "window_days": window_days}
    return graph_from_edge_table(store, name, edge_table(store, name, **options), edge_params(name, **options))


def edge_table(store: Store, name: str, **options: Any) -> pa.Table:
    """The edges (``s``, ``d``, ``w``) of graph ``name`` with ``options`` as
    :func:`build_graph`'s, run once into Arrow (the edge query's DISTINCT or GROUP BY is the
    costly part: ``analyze`` fingerprints this table and builds the graph from it)."""
    import ibis

    edges = graph_edges(store.ibis(), name, **options)
    return store.con.sql(ibis.to_sql(edges, dialect="duckdb")).to_arrow_table()


def graph_from_edge_table(store: Store, name: str, edges: pa.Table, params: dict[str, Any]) -> SocialGraph:
    """The graph ``name`` from its :func:`edge_table` (``params``: what it was built with)."""
    src, dst, weights, account_ids = encode_edges(store, edges)
    return SocialGraph(name, account_ids, np.column_stack([src, dst]), weights, DIRECTED[name], params)


def _set_weights(graph: ig.Graph, weights: np.ndarray) -> None:
    """Edge weights; a Python list converts far faster than a NumPy array in python-igraph,
    and a constant weight is set once."""
    if len(weights) and (weights == weights[0]).all():
        graph.es["weight"] = float(weights[0])
    else:
        graph.es["weight"] = weights.tolist()


def encode_edges(store: Store, edges: pa.Table) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Edges as dense integer codes in (source, target) order, vertex i = the i-th account id
    in sorted order (so a graph and its seeded results do not depend on storage order). The
    ids are listed from the edge table, then both ends are mapped by DuckDB's parallel hash
    join (7 s for 17M edges, where hashing the 34M strings in Arrow took 10 s)."""
    con = store.con
    con.register("_graph_edges", edges)
    try:
        ids = con.sql(
            "SELECT id FROM (SELECT s AS id FROM _graph_edges UNION SELECT d FROM _graph_edges) ORDER BY id"
        ).to_arrow_table()
        codes = ids.append_column("code", pa.array(np.arange(ids.num_rows, dtype=np.int64)))
        con.register("_vertex_codes", codes)
        try:
            coded = con.sql(
                """SELECT a.code AS s, b.code AS d, e.w FROM _graph_edges e
                   JOIN _vertex_codes a ON e.s = a.id JOIN _vertex_codes b ON e.d = b.id
                   ORDER BY 1, 2"""
            ).fetchnumpy()
        finally:
            con.unregister("_vertex_codes")
    finally:
        con.unregister("_graph_edges")
    account_ids = np.asarray(ids.column("id").to_pylist(), dtype=object)
    return (
        np.asarray(coded["s"], dtype=np.int64),
        np.asarray(coded["d"], dtype=np.int64),
        np.asarray(coded["w"], dtype=float),
        account_ids,
    )


def graph_params(store: Store, name: str) -> dict[str, Any]:
    """The parameters ``name`` was last analysed with (``network_graphs``), as keyword
    arguments of :func:`build_graph` (defaults when it was never analysed)."""
    import json

    params: dict[str, Any] = {}
    if store.has_table("network_graphs"):
        found = store.con.execute("SELECT params FROM network_graphs WHERE graph = ?", [name]).fetchall()
        params = json.loads(found[0][0]) if found and found[0][0] else {}
    return {
        "since": params.get("since"),
        "until": params.get("until"),
        "kinds": tuple(params["kinds"]) if params.get("kinds") else None,
        "min_ties": params.get("min_ties", 2),
        "window_days": params.get("window_days", 28),
    }


def stored_metric(store: Store, g: SocialGraph, column: str) -> np.ndarray:
    """A column of ``network_metrics`` for ``g``'s graph, aligned to its vertices (NaN where an
    account has no row) — what the profile and the risk sentences read back from the analysis."""
    return (
        store.df(f'SELECT account_id, "{column}" AS value FROM network_metrics WHERE graph = ?', [g.name])
        .set_index("account_id")["value"]
        .reindex(g.account_ids)
        .to_numpy(dtype=float)
    )


def rebuild_graph(store: Store, name: str) -> SocialGraph:
    """``name`` rebuilt with the parameters of its last ``network analyze`` (or defaults)."""
    return build_graph(store, name, **graph_params(store, name))


def graph_from_edges(
    src: np.ndarray, dst: np.ndarray, *, directed: bool, name: str = "edges", weights: np.ndarray | None = None
) -> SocialGraph:
    """A :class:`SocialGraph` from arrays of account ids (for tests and the Python API)."""
    ids, codes = np.unique(
        np.concatenate([np.asarray(src, dtype=object), np.asarray(dst, dtype=object)]).astype(str), return_inverse=True
    )
    n_edges = len(src)
    pairs = np.column_stack([codes[:n_edges], codes[n_edges:]]).astype(np.int64)
    weights = np.ones(n_edges) if weights is None else np.asarray(weights, dtype=float)
    return SocialGraph(name, ids.astype(object), pairs, weights, directed)
