"""Per-account centrality on igraph's C core (NetworKit and SciPy on large graphs), with
NetworkX's conventions.

Each function takes a :class:`~socialscope.network.build.SocialGraph` and returns one value
per vertex (a NumPy array in vertex order). Where NetworkX is the reference, the docstring
states its convention and the tests check equality on real graphs.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from socialscope.network import paths
from socialscope.network.build import SocialGraph


class EstimateWarning(UserWarning):
    """A metric was estimated (sampled) rather than computed exactly; the output says so."""


@dataclass(frozen=True)
class Estimated:
    """Values plus whether they are an estimate and its stated error bound."""

    values: np.ndarray
    estimated: bool = False
    error_bound: str | None = None


def degrees(g: SocialGraph) -> dict[str, np.ndarray]:
    """In-, out- and total degree, and their weighted versions (strength), by counting edge
    ends. For undirected graphs in = out = total = the number of incident ties."""
    edges, w, n = g.edges(), g.weights, g.n
    if not g.directed:
        d = np.bincount(edges.ravel(), minlength=n).astype(np.int64)
        s = np.bincount(edges.ravel(), weights=np.repeat(w, 2), minlength=n)
        return {
            "in_degree": d,
            "out_degree": d,
            "degree": d,
            "weighted_in_degree": s,
            "weighted_out_degree": s,
            "weighted_degree": s,
        }
    din = np.bincount(edges[:, 1], minlength=n).astype(np.int64)
    dout = np.bincount(edges[:, 0], minlength=n).astype(np.int64)
    sin = np.bincount(edges[:, 1], weights=w, minlength=n)
    sout = np.bincount(edges[:, 0], weights=w, minlength=n)
    return {
        "in_degree": din,
        "out_degree": dout,
        "degree": din + dout,
        "weighted_in_degree": sin,
        "weighted_out_degree": sout,
        "weighted_degree": sin + sout,
    }


def pagerank(g: SocialGraph, *, damping: float = 0.85, weighted: bool = True, tol: float = 1e-14) -> np.ndarray:
    """PageRank (Brin & Page 1998), damping 0.85, dangling mass spread uniformly.

    Same convention as ``networkx.pagerank``; on a follows graph importance flows from
    follower to followed. Small graphs: igraph's PRPACK solves it exactly. Large graphs
    (``g.large``): power iteration on a SciPy sparse matrix, x ← d·(xP + s(x)/n) + (1-d)/n with
    s(x) the mass on dangling vertices, until the L1 change is below n·``tol`` (NetworkX's
    criterion, with its default tol of 1e-6 made far stricter: each step shrinks the error by
    the damping factor, so the values are then within ~6·n·tol in L1 of the fixed point).
    """
    if not g.large:
        weights = "weight" if weighted and g.m else None
        return np.asarray(g.graph.pagerank(damping=damping, directed=g.directed, weights=weights))
    n = g.n
    a = g.csr(weighted=weighted)
    if not g.directed:
        a = (a + a.T).tocsr()
    out_strength = np.asarray(a.sum(axis=1)).ravel()
    dangling = out_strength == 0
    transition_t = (sp.diags(np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out_strength))) @ a).T.tocsr()
    x = np.full(n, 1.0 / n)
    for _ in range(1000):
        new = damping * (transition_t @ x + x[dangling].sum() / n) + (1 - damping) / n
        change = np.abs(new - x).sum()
        x = new
        if change < n * tol:
            break
    return x / x.sum()


def betweenness(
    g: SocialGraph,
    *,
    exact_limit: float = 2e9,
    delta: float = 0.1,
    samples: int | None = None,
    seed: int = 42,
) -> Estimated:
    """Shortest-path betweenness (Freeman 1977; Brandes 2001), normalised like NetworkX:
    divided by (n-1)(n-2) for directed graphs and by (n-1)(n-2)/2 for undirected ones.
    Unweighted (hop distances), as NetworkX's default.

    Exact (igraph) while n·m <= ``exact_limit`` and no ``samples`` are asked for. Above it,
    source sampling (Brandes & Pich 2007): ``samples`` random sources (default
    :func:`default_samples`), each source's dependencies from one breadth-first search
    (:mod:`socialscope.network.paths`), summed and scaled by n/k — an unbiased estimate.
    Each source's normalised dependency lies in [0, 1], so by Hoeffding each value is within
    sqrt(ln(2/δ) / 2k) of the exact one with probability 1 - δ; that is the bound reported.
    (NetworKit's EstimateBetweenness, used before, took ~6 s per source on a 10M-edge graph
    and scales contributions by distance, which is biased on directed graphs; its KADABRA
    refuses directed graphs.)
    """
    n, m = g.n, g.m
    if n < 3:
        return Estimated(np.zeros(n))
    scale = 1.0 / ((n - 1) * (n - 2)) * (1.0 if g.directed else 2.0)
    if sources_exact(n, m, samples=samples, exact_limit=exact_limit, large=g.large):
        return Estimated(np.asarray(g.graph.betweenness(directed=g.directed)) * scale)
    sources = sample_sources(g, samples, seed)
    k = len(sources)
    # an undirected search counts each pair from both ends, as igraph's and NetworkX's sums do
    values = paths.path_sample(g, sources).dependency * (n / k) * scale / (1.0 if g.directed else 2.0)
    bound = (
        f"±{math.sqrt(math.log(2 / delta) / (2 * k)):.3g} per account with probability "
        f"{1 - delta:.2f} ({k} sampled sources)"
    )
    warnings.warn(f"betweenness of {g.name} sampled: {bound}", EstimateWarning, stacklevel=2)
    return Estimated(values, estimated=True, error_bound=bound)


def default_samples(g: SocialGraph, *, sample_budget: float = 2.4e8) -> int:
    """Sources sampled for betweenness and harmonic closeness when none are asked for: as many
    as fit ``sample_budget`` edge visits, between 16 and 2000 (24 on a 10M-edge graph, ~0.7 s
    each there)."""
    return _default_samples(g.m, sample_budget=sample_budget)


def _default_samples(m: int, *, sample_budget: float = 2.4e8) -> int:
    return int(np.clip(sample_budget / max(m, 1), 16, 2000))


def sample_sources(g: SocialGraph, samples: int | None, seed: int) -> np.ndarray:
    """``samples`` distinct vertices drawn uniformly with ``seed`` (all of them when fewer)."""
    return source_codes(g.n, g.m, samples=samples, seed=seed)


def source_codes(n: int, m: int, *, samples: int | None, seed: int) -> np.ndarray:
    """The vertex codes (positions in sorted account-id order) :func:`sample_sources` draws for
    a graph of ``n`` vertices and ``m`` edges — a function of the sizes alone, so the Spark
    engine draws the same sources without the graph on the driver."""
    k = min(samples or _default_samples(m), n)
    return np.random.default_rng(seed).choice(n, size=k, replace=False)


def sources_exact(n: int, m: int, *, samples: int | None, exact_limit: float = 2e9, large: bool = False) -> bool:
    """Whether betweenness and harmonic closeness are exact (every vertex a source) rather than
    sampled: no ``samples`` asked for and n·m <= ``exact_limit`` on a graph below the large-graph
    path. One rule for both engines."""
    return samples is None and n * m <= exact_limit and not large


def to_networkit(g: SocialGraph, *, undirected: bool = False, weighted: bool = False):
    """The same graph as a NetworKit graph (vertex i is node i); ``undirected`` gives the
    simple undirected view (weights summed over both directions)."""
    import networkit as nk

    def convert() -> Any:
        if undirected:
            edges, weights = g.undirected_edges()
        else:
            edges, weights = g.edges(), g.weights
        out = nk.Graph(g.n, weighted=weighted, directed=g.directed and not undirected)
        if len(edges):
            ends = (
                np.ascontiguousarray(edges[:, 0], dtype=np.uint64),
                np.ascontiguousarray(edges[:, 1], dtype=np.uint64),
            )
            out.addEdges((np.ascontiguousarray(weights, dtype=float), ends) if weighted else ends, checkMultiEdge=False)
        return out

    return g.once(("networkit", undirected, weighted), convert)  # converted once per graph, like the igraph views


def undirected_networkit(g: SocialGraph):
    """The undirected view in NetworKit with summed weights — Leiden's input. NetworKit's
    k-cores, clustering and (bi)connected components ignore weights, so this one conversion
    (3–4 s on a 10M-edge graph) serves them all."""
    return to_networkit(g, undirected=True, weighted=True)


def eigenvector(g: SocialGraph) -> np.ndarray:
    """Eigenvector centrality (Bonacich 1987) of the undirected simple view, unit Euclidean
    norm as ``networkx.eigenvector_centrality``. (On directed graphs that are not strongly
    connected the directed version is degenerate, so the undirected view is used.)
    Small graphs: igraph; large ones: :func:`leading_eigenvector` of the 0/1 adjacency. Kept
    on the graph: on an undirected graph HITS is the same vector."""
    if g.m == 0:
        return np.zeros(g.n)

    def compute() -> np.ndarray:
        if g.large:
            values = np.abs(leading_eigenvector(g.symmetric_csr()))
        else:
            with warnings.catch_warnings():  # igraph warns on disconnected graphs; zeros are the answer there
                warnings.simplefilter("ignore", RuntimeWarning)
                values = np.abs(np.asarray(g.undirected().eigenvector_centrality()))
        norm = np.linalg.norm(values)
        return values / norm if norm else values

    return g.once("eigenvector", compute).copy()


def leading_eigenvector(matrix: sp.csr_matrix, *, tol: float = 1e-8) -> np.ndarray:
    """Eigenvector of the largest eigenvalue λ of a symmetric sparse matrix, to a residual
    ‖Av − λv‖ ≤ tol·|λ| (ARPACK's criterion).

    Mixed precision: ARPACK (``eigsh``) on a float32 copy gives a start good to ~1e-6, then
    float64 LOBPCG (Knyazev 2001) refines it; ARPACK in float64 takes over from there if LOBPCG
    stalls. On the 1M-account, 8.6M-tie view a float64 product with the matrix takes 0.2 s (its
    vector does not fit the cache) against 0.05 s in float32, and ARPACK needs ~30 of them: 5.5 s
    this way, 8.5–10 s in float64 alone, equal to 5e-9."""
    from scipy.sparse.linalg import eigsh, lobpcg

    if matrix.shape[0] < 3:  # too small for ARPACK's Lanczos
        values, vectors = np.linalg.eigh(matrix.toarray())
        return vectors[:, -1]
    first = np.random.default_rng(0).random(matrix.shape[0]).astype(np.float32)  # seeded: reproducible
    estimate, start = eigsh(matrix.astype(np.float32), k=1, which="LA", tol=1e-6, v0=first)
    vector = start[:, 0].astype(np.float64)
    with warnings.catch_warnings():  # LOBPCG warns when it stops at maxiter; the residual below decides
        warnings.simplefilter("ignore")
        values, vectors = lobpcg(
            matrix, (vector / np.linalg.norm(vector))[:, None], largest=True, tol=tol * abs(estimate[0]), maxiter=50
        )
    vector, value = vectors[:, 0], values[0]
    if np.linalg.norm(matrix @ vector - value * vector) <= tol * abs(value):
        return vector
    _, vectors = eigsh(matrix, k=1, which="LA", tol=tol, v0=vector)
    return vectors[:, 0]


def hits(g: SocialGraph) -> tuple[np.ndarray, np.ndarray]:
    """HITS hub and authority scores (Kleinberg 1999), each summing to 1 as ``networkx.hits``:
    the leading left and right singular vectors of the adjacency matrix (igraph on small
    graphs, ARPACK's ``svds`` on large ones)."""
    if g.m == 0:
        return np.zeros(g.n), np.zeros(g.n)
    if not g.directed:  # hubs and authorities are both the eigenvector centrality
        values = eigenvector(g)
        return values / values.sum(), values / values.sum()
    if g.large:
        from scipy.sparse.linalg import svds

        left, _, right = svds(g.csr(weighted=False), k=1, tol=1e-8, random_state=0)
        hub, authority = np.abs(left[:, 0]), np.abs(right[0])
    else:
        with warnings.catch_warnings():  # igraph warns when many scores are zero (non-unique)
            warnings.simplefilter("ignore", RuntimeWarning)
            hub = np.abs(np.asarray(g.graph.hub_score()))
            authority = np.abs(np.asarray(g.graph.authority_score()))
    return hub / hub.sum(), authority / authority.sum()


def harmonic(g: SocialGraph, *, exact_limit: float = 2e9, samples: int | None = None, seed: int = 42) -> Estimated:
    """Harmonic closeness (Marchiori & Latora 2000): H(v) = Σ_{u≠v} 1/d(u, v), distances *to*
    v, unnormalised — ``networkx.harmonic_centrality``'s convention.

    Exact (igraph) while n·m <= ``exact_limit``; above it ``samples`` random sources (default
    :func:`default_samples`) estimate it as (n-1)/k · Σ_{sampled u} 1/d(u, v) (unbiased;
    standard error shrinks as 1/√k). With the same ``samples`` and ``seed`` as
    :func:`betweenness` it reuses that function's breadth-first searches.
    """
    n, m = g.n, g.m
    if sources_exact(n, m, samples=samples, exact_limit=exact_limit, large=g.large):
        return Estimated(np.asarray(g.graph.harmonic_centrality(mode="in", normalized=False)))
    sources = sample_sources(g, samples, seed)
    values = paths.path_sample(g, sources).inverse_distance * (n - 1) / len(sources)
    bound = f"sampled from {len(sources)} sources (relative s.e. ~{1 / math.sqrt(len(sources)):.2f})"
    warnings.warn(f"harmonic closeness of {g.name} {bound}", EstimateWarning, stacklevel=2)
    return Estimated(values, estimated=True, error_bound=bound)


def core_number(g: SocialGraph) -> np.ndarray:
    """k-core number (Seidman 1983; Batagelj & Zaversnik 2003) on the undirected simple view,
    as ``networkx.core_number``. NetworKit's parallel CoreDecomposition: 25× faster than
    igraph's on a 17M-edge graph here (docs/benchmarks.md)."""
    import networkit as nk

    if g.m == 0:
        return np.zeros(g.n, dtype=np.int64)
    decomposition = nk.centrality.CoreDecomposition(undirected_networkit(g))
    decomposition.run()
    return np.asarray(decomposition.scores(), dtype=np.int64)


def clustering(g: SocialGraph) -> np.ndarray:
    """Local clustering coefficient (Watts & Strogatz 1998) on the undirected simple view;
    0 for vertices with fewer than two neighbours, as ``networkx.clustering``. NetworKit's
    triangle counting in its "turbo" mode (Ortmann & Brandes 2014; 5 s on a 13M-tie view where
    the plain mode took 35 s); kept on the graph for transitivity."""
    import networkit as nk

    def compute() -> np.ndarray:
        if g.m == 0:
            return np.zeros(g.n)
        algorithm = nk.centrality.LocalClusteringCoefficient(undirected_networkit(g), turbo=True)
        algorithm.run()
        return np.asarray(algorithm.scores(), dtype=float)

    return g.once("clustering", compute)


def mutual_ties(g: SocialGraph) -> np.ndarray:
    """Per vertex, how many of its out-neighbours also point back (reciprocated ties; the
    simple graph, self-ties ignored): the row counts of A ∘ Aᵀ."""
    if not g.directed:
        return np.bincount(g.undirected_edges()[0].ravel(), minlength=g.n)

    def compute() -> np.ndarray:
        a = g.csr(weighted=False).astype(bool).astype(np.int8)
        a.setdiag(0)
        a.eliminate_zeros()
        return np.diff(a.multiply(a.T.tocsr()).tocsr().indptr)

    return g.once("mutual_ties", compute)  # also behind the graph's overall reciprocity


def reciprocity(g: SocialGraph) -> np.ndarray:
    """Per-vertex reciprocity as ``networkx.reciprocity(G, nodes)``: 2·|mutual neighbours| /
    (in-degree + out-degree); 1 for every vertex of an undirected graph with edges."""
    edges, n = g.edges(), g.n
    total = np.bincount(edges.ravel(), minlength=n)
    if not g.directed:
        return np.where(total > 0, 1.0, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 2.0 * mutual_ties(g) / total, np.nan)
