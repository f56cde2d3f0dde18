"""Graph-level measures: size, density, reciprocity, transitivity, assortativity,
components, diameter."""

from __future__ import annotations

from typing import Any

import numpy as np

from socialscope.network.build import SocialGraph


def graph_summary(g: SocialGraph, *, exact_diameter_limit: float = 5e8, seed: int = 42) -> dict[str, Any]:
    """One row of graph-level measures (NetworkX conventions noted per field).

    - density: m / (n(n-1)) directed, 2m / (n(n-1)) undirected (``nx.density``)
    - reciprocity: share of directed edges whose reverse exists (``nx.overall_reciprocity``)
    - transitivity: 3 × triangles / connected triples, undirected view (``nx.transitivity``)
    - assortativity: degree assortativity; out-degree of source vs in-degree of target on
      directed graphs (``nx.degree_assortativity_coefficient`` defaults)
    - components: weakly connected; largest_component_share = its share of all vertices
    - diameter: of the largest component's undirected view; exact while n·m is small,
      otherwise a double-sweep BFS lower bound (``diameter_estimated`` says which)
    """
    graph = g.graph
    n, m = graph.vcount(), graph.ecount()
    und = g.undirected()
    components = und.connected_components()
    sizes = components.sizes() if n else [0]
    largest = components.giant() if n else und
    if largest.vcount() * largest.ecount() <= exact_diameter_limit:
        diameter, estimated = largest.diameter(directed=False), False
    else:
        diameter, estimated = _double_sweep(largest, seed), True
    pairs = n * (n - 1)
    return {
        "graph": g.name,
        "directed": g.directed,
        "nodes": n,
        "edges": m,
        "density": (m / pairs if g.directed else 2 * m / pairs) if pairs else None,
        "reciprocity": graph.reciprocity() if g.directed and m else (1.0 if m else None),
        "transitivity": und.transitivity_undirected() if m else None,
        "assortativity": graph.assortativity_degree(directed=g.directed) if m else None,
        "components": len(sizes) if n else 0,
        "largest_component_share": max(sizes) / n if n else None,
        "diameter": int(diameter),
        "diameter_estimated": estimated,
    }


def _double_sweep(graph, seed: int, sweeps: int = 4) -> int:
    """Lower bound of the diameter: BFS from a vertex, then from the farthest one found."""
    rng = np.random.default_rng(seed)
    best = 0
    for start in rng.choice(graph.vcount(), size=min(sweeps, graph.vcount()), replace=False):
        far = np.asarray(graph.distances(source=[int(start)])[0], dtype=float)
        far[~np.isfinite(far)] = -1
        end = int(far.argmax())
        back = np.asarray(graph.distances(source=[end])[0], dtype=float)
        best = max(best, int(back[np.isfinite(back)].max()))
    return best
