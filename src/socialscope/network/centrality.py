"""Per-account centrality on igraph's C core, with NetworkX's conventions.

Each function takes a :class:`~socialscope.network.build.SocialGraph` and returns one value
per vertex (a NumPy array in vertex order). Where NetworkX is the reference, the docstring
states its convention and the tests check equality on real graphs.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

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
    """In-, out- and total degree, and their weighted versions (strength).

    For undirected graphs in = out = total = the number of neighbours.
    """
    graph = g.graph
    weights = graph.es["weight"] if graph.ecount() else None
    if not g.directed:
        d = np.asarray(graph.degree(), dtype=np.int64)
        s = np.asarray(graph.strength(weights=weights), dtype=float)
        return {
            "in_degree": d,
            "out_degree": d,
            "degree": d,
            "weighted_in_degree": s,
            "weighted_out_degree": s,
            "weighted_degree": s,
        }
    din = np.asarray(graph.indegree(), dtype=np.int64)
    dout = np.asarray(graph.outdegree(), dtype=np.int64)
    return {
        "in_degree": din,
        "out_degree": dout,
        "degree": din + dout,
        "weighted_in_degree": np.asarray(graph.strength(mode="in", weights=weights), dtype=float),
        "weighted_out_degree": np.asarray(graph.strength(mode="out", weights=weights), dtype=float),
        "weighted_degree": np.asarray(graph.strength(mode="all", weights=weights), dtype=float),
    }


def pagerank(g: SocialGraph, *, damping: float = 0.85, weighted: bool = True) -> np.ndarray:
    """PageRank (Brin & Page 1998), damping 0.85, dangling mass spread uniformly.

    Same convention as ``networkx.pagerank`` (PRPACK solves it exactly, no iteration
    tolerance); on a follows graph importance flows from follower to followed.
    """
    weights = "weight" if weighted and g.graph.ecount() else None
    return np.asarray(g.graph.pagerank(damping=damping, directed=g.directed, weights=weights))


def betweenness(
    g: SocialGraph,
    *,
    exact_limit: float = 2e9,
    delta: float = 0.1,
    samples: int | None = None,
    sample_budget: float = 2e8,
    seed: int = 42,
) -> Estimated:
    """Shortest-path betweenness (Freeman 1977; Brandes 2001), normalised like NetworkX:
    divided by (n-1)(n-2) for directed graphs and by (n-1)(n-2)/2 for undirected ones.
    Unweighted (hop distances), as NetworkX's default.

    Exact (igraph) while n·m <= ``exact_limit`` and no ``samples`` are asked for. Above it,
    source sampling (Brandes & Pich 2007; NetworKit's EstimateBetweenness, both cores):
    ``samples`` sources, by default as many as fit ``sample_budget`` edge visits (16–2000).
    Each source's normalised dependency lies in [0, 1], so by Hoeffding each value is within
    sqrt(ln(2/δ) / 2k) of the exact one with probability 1 - δ. (NetworKit's KADABRA, which
    gives a uniform bound, crashed on real graphs in version 11.2.2 and is not used.)
    """
    graph = g.graph
    n, m = graph.vcount(), graph.ecount()
    if n < 3:
        return Estimated(np.zeros(n))
    if samples is None and n * m <= exact_limit:
        scale = 1.0 / ((n - 1) * (n - 2)) * (1.0 if g.directed else 2.0)
        return Estimated(np.asarray(graph.betweenness(directed=g.directed)) * scale)
    import networkit as nk

    nk.setSeed(seed, False)
    k = min(samples or int(np.clip(sample_budget / max(m, 1), 16, 2000)), n)
    algorithm = nk.centrality.EstimateBetweenness(to_networkit(g), k, True, True)
    bound = (
        f"±{math.sqrt(math.log(2 / delta) / (2 * k)):.3g} per account with probability "
        f"{1 - delta:.2f} ({k} sampled sources)"
    )
    algorithm.run()
    values = np.asarray(algorithm.scores(), dtype=float)
    warnings.warn(f"betweenness of {g.name} sampled: {bound}", EstimateWarning, stacklevel=2)
    return Estimated(values, estimated=True, error_bound=bound)


def to_networkit(g: SocialGraph, *, undirected: bool = False):
    """The same graph as a NetworKit graph (vertex i is node i); ``undirected`` gives the
    simple undirected view."""
    import networkit as nk

    if undirected in g._networkit:  # converted once per graph, like the igraph views
        return g._networkit[undirected]
    edges = (g.undirected_edges()[0] if undirected else g.edges()).astype(np.uint64)
    out = nk.Graph(g.n, weighted=False, directed=g.directed and not undirected)
    if len(edges):
        out.addEdges(
            (np.ascontiguousarray(edges[:, 0]), np.ascontiguousarray(edges[:, 1])),
            addMissing=False,
            checkMultiEdge=False,
        )
    g._networkit[undirected] = out
    return out


def eigenvector(g: SocialGraph) -> np.ndarray:
    """Eigenvector centrality (Bonacich 1987) of the undirected simple view, unit Euclidean
    norm as ``networkx.eigenvector_centrality``. (On directed graphs that are not strongly
    connected the directed version is degenerate, so the undirected view is used.)"""
    und = g.undirected()
    if und.ecount() == 0:
        return np.zeros(g.n)
    with warnings.catch_warnings():  # igraph warns on disconnected graphs; zeros are the answer there
        warnings.simplefilter("ignore", RuntimeWarning)
        values = np.abs(np.asarray(und.eigenvector_centrality()))
    norm = np.linalg.norm(values)
    return values / norm if norm else values


def hits(g: SocialGraph) -> tuple[np.ndarray, np.ndarray]:
    """HITS hub and authority scores (Kleinberg 1999), each summing to 1 as ``networkx.hits``."""
    graph = g.graph
    if graph.ecount() == 0:
        return np.zeros(g.n), np.zeros(g.n)
    if not g.directed:  # hubs and authorities are both the eigenvector centrality
        values = eigenvector(g)
        return values / values.sum(), values / values.sum()
    with warnings.catch_warnings():  # igraph warns when many scores are zero (non-unique)
        warnings.simplefilter("ignore", RuntimeWarning)
        hub = np.abs(np.asarray(graph.hub_score()))
        authority = np.abs(np.asarray(graph.authority_score()))
    return hub / hub.sum(), authority / authority.sum()


def harmonic(g: SocialGraph, *, exact_limit: float = 2e9, samples: int | None = None, seed: int = 42) -> Estimated:
    """Harmonic closeness (Marchiori & Latora 2000): H(v) = Σ_{u≠v} 1/d(u, v), distances *to*
    v, unnormalised — ``networkx.harmonic_centrality``'s convention.

    Exact while n·m <= ``exact_limit``; above it ``samples`` random sources (by default as
    many as fit 2·10⁹ edge visits, between 16 and 256) estimate it as
    (n-1)/k · Σ_{sampled u} 1/d(u, v) (unbiased; standard error shrinks as 1/√k).
    """
    graph = g.graph
    n, m = graph.vcount(), graph.ecount()
    if n * m <= exact_limit:
        return Estimated(np.asarray(graph.harmonic_centrality(mode="in", normalized=False)))
    if samples is None:
        samples = int(np.clip(exact_limit / max(m, 1), 16, 256))
    rng = np.random.default_rng(seed)
    sources = rng.choice(n, size=min(samples, n), replace=False)
    total = np.zeros(n)
    for chunk in np.array_split(sources, max(1, len(sources) // 16)):
        dist = np.asarray(graph.distances(source=chunk.tolist(), mode="out"), dtype=float)
        with np.errstate(divide="ignore"):
            inv = np.where(np.isfinite(dist) & (dist > 0), 1.0 / dist, 0.0)
        total += inv.sum(axis=0)
    values = total * (n - 1) / len(sources)
    bound = f"sampled from {len(sources)} sources (relative s.e. ~{1 / math.sqrt(len(sources)):.2f})"
    warnings.warn(f"harmonic closeness of {g.name} {bound}", EstimateWarning, stacklevel=2)
    return Estimated(values, estimated=True, error_bound=bound)


def core_number(g: SocialGraph) -> np.ndarray:
    """k-core number (Seidman 1983; Batagelj & Zaversnik 2003) on the undirected simple view,
    as ``networkx.core_number``. NetworKit's parallel CoreDecomposition: 25× faster than
    igraph's on a 17M-edge graph here (docs/benchmarks.md)."""
    import networkit as nk

    if g.graph.ecount() == 0:
        return np.zeros(g.n, dtype=np.int64)
    decomposition = nk.centrality.CoreDecomposition(to_networkit(g, undirected=True))
    decomposition.run()
    return np.asarray(decomposition.scores(), dtype=np.int64)


def clustering(g: SocialGraph) -> np.ndarray:
    """Local clustering coefficient (Watts & Strogatz 1998) on the undirected simple view;
    0 for vertices with fewer than two neighbours, as ``networkx.clustering``."""
    return np.asarray(g.undirected().transitivity_local_undirected(mode="zero"))


def reciprocity(g: SocialGraph) -> np.ndarray:
    """Per-vertex reciprocity as ``networkx.reciprocity(G, nodes)``: 2·|mutual neighbours| /
    (in-degree + out-degree); 1 for every vertex of an undirected graph with edges."""
    graph = g.graph
    n = graph.vcount()
    if not g.directed:
        return np.where(np.asarray(graph.degree()) > 0, 1.0, np.nan)
    edges = g.edges()
    mutual = np.asarray(graph.is_mutual(), dtype=bool)
    mutual_out = np.bincount(edges[mutual, 0], minlength=n)
    total = np.asarray(graph.indegree()) + np.asarray(graph.outdegree())
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 2.0 * mutual_out / total, np.nan)


def bridge_ties(g: SocialGraph) -> np.ndarray:
    """How many of a vertex's ties are bridges: removing the tie disconnects its component
    (undirected view; Tarjan's algorithm in igraph)."""
    und = g.undirected()
    counts = np.zeros(g.n, dtype=np.int64)
    bridges = und.bridges()
    if bridges:
        ends = np.asarray([und.es[e].tuple for e in bridges], dtype=np.int64)
        np.add.at(counts, ends.ravel(), 1)
    return counts
