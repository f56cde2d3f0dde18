"""Graph-level measures: size, density, reciprocity, transitivity, assortativity,
components, diameter."""

from __future__ import annotations

from typing import Any

import numpy as np

from socialscope.network.build import SocialGraph
from socialscope.network.centrality import clustering, mutual_ties, undirected_networkit
from socialscope.network.paths import hop_distances


def graph_summary(g: SocialGraph, *, exact_diameter_limit: float = 5e8, seed: int = 42) -> dict[str, Any]:
    """One row of graph-level measures (NetworkX conventions noted per field).

    - density: m / (n(n-1)) directed, 2m / (n(n-1)) undirected (``nx.density``)
    - reciprocity: share of directed edges whose reverse exists (``nx.overall_reciprocity``)
    - transitivity: 3 × triangles / connected triples, undirected view (``nx.transitivity``),
      from the local clustering: Σ_v c_v·k_v(k_v-1)/2 / Σ_v k_v(k_v-1)/2
    - assortativity: degree assortativity, Pearson correlation over edges of the source's
      out-degree and the target's in-degree on directed graphs, of both ends' degrees on
      undirected ones (``nx.degree_assortativity_coefficient`` defaults)
    - components: weakly connected; largest_component_share = its share of all vertices
    - diameter: of the largest component's undirected view; exact while n·m is small,
      otherwise a double-sweep BFS lower bound (``diameter_estimated`` says which)
    """
    n, m = g.n, g.m
    edges = g.edges()
    pairs, _ = g.undirected_edges()
    labels = components(g)
    sizes = np.bincount(labels) if n else np.zeros(1, dtype=np.int64)
    largest = int(sizes.argmax()) if n else 0
    in_largest = np.flatnonzero(labels == largest)
    largest_ties = int((labels[pairs[:, 0]] == largest).sum()) if len(pairs) else 0
    if len(in_largest) * largest_ties <= exact_diameter_limit and not g.large:
        diameter = g.undirected().induced_subgraph(in_largest.tolist()).diameter(directed=False) if n else 0
        estimated = False
    else:
        diameter, estimated = _double_sweep(g, in_largest, seed), True
    pairs_total = n * (n - 1)
    return {
        "graph": g.name,
        "directed": g.directed,
        "nodes": n,
        "edges": m,
        "density": (m / pairs_total if g.directed else 2 * m / pairs_total) if pairs_total else None,
        "reciprocity": _reciprocity(g) if g.directed and m else (1.0 if m else None),
        "transitivity": _transitivity(g) if m else None,
        "assortativity": _assortativity(g, edges) if m else None,
        "components": len(sizes) if n else 0,
        "largest_component_share": float(sizes.max()) / n if n else None,
        "diameter": int(diameter),
        "diameter_estimated": estimated,
    }


def components(g: SocialGraph) -> np.ndarray:
    """Weakly connected component label of every vertex, 0..k-1 (NetworKit's
    ConnectedComponents on the undirected view). Kept on the graph: the summary and the
    bridge search both need it."""
    import networkit as nk

    if g.n == 0:
        return np.zeros(0, dtype=np.int64)

    def compute() -> np.ndarray:
        algorithm = nk.components.ConnectedComponents(undirected_networkit(g))
        algorithm.run()
        return np.asarray(algorithm.getPartition().getVector(), dtype=np.int64)

    return g.once("components", compute)


def _reciprocity(g: SocialGraph) -> float:
    """Reciprocated ties over all ties of the simple directed graph (self-ties ignored)."""
    a = g.csr(weighted=False)
    ties = a.nnz - int((a.diagonal() != 0).sum())
    return float(mutual_ties(g).sum() / ties) if ties else 0.0


def _transitivity(g: SocialGraph) -> float:
    pairs, _ = g.undirected_edges()
    degree = np.bincount(pairs.ravel(), minlength=g.n).astype(float)
    triples = degree * (degree - 1) / 2
    return float((clustering(g) * triples).sum() / triples.sum()) if triples.sum() else 0.0


def _assortativity(g: SocialGraph, edges: np.ndarray) -> float | None:
    if g.directed:
        out_degree = np.bincount(edges[:, 0], minlength=g.n)
        in_degree = np.bincount(edges[:, 1], minlength=g.n)
        x, y = out_degree[edges[:, 0]].astype(float), in_degree[edges[:, 1]].astype(float)
    else:
        degree = np.bincount(edges.ravel(), minlength=g.n)
        x = degree[np.concatenate([edges[:, 0], edges[:, 1]])].astype(float)
        y = degree[np.concatenate([edges[:, 1], edges[:, 0]])].astype(float)
    if x.std() == 0 or y.std() == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def _double_sweep(g: SocialGraph, members: np.ndarray, seed: int, sweeps: int = 2) -> int:
    """Lower bound of the diameter: BFS from a vertex, then from the farthest one found."""
    rng = np.random.default_rng(seed)
    best = 0
    for start in rng.choice(members, size=min(sweeps, len(members)), replace=False):
        farthest = int(hop_distances(g, int(start), undirected=True).argmax())
        best = max(best, int(hop_distances(g, farthest, undirected=True).max()))
    return best
