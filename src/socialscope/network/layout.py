"""Node positions for drawing a graph, computed once by the analysis and cached in the store.

Graphs up to ``LAYOUT_LIMIT`` accounts get a force-directed layout of the undirected view:
Fruchterman & Reingold (1991) in igraph's C core, with its grid approximation of the
repulsive forces above 1,000 nodes (0.25 s for the demo's 3,000-account follow graph, where
igraph's DrL took 19 s). Bigger graphs are drawn as their community meta-graph, laid
out with Fruchterman–Reingold weighted by the ties between communities.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd

from socialscope.network.build import SocialGraph

LAYOUT_LIMIT = 50_000


def node_layout(graph: SocialGraph, *, seed: int = 42) -> pd.DataFrame:
    """``account_id, x, y`` in [0, 1] for every node; empty above :data:`LAYOUT_LIMIT`."""
    if graph.n == 0 or graph.n > LAYOUT_LIMIT:
        return pd.DataFrame({"account_id": [], "x": [], "y": []})
    random.seed(seed)
    und = graph.undirected()
    coords = np.asarray(und.layout_fruchterman_reingold(grid="auto").coords)
    return pd.DataFrame({"account_id": graph.account_ids, **_unit(coords)})


def community_layout(communities: pd.DataFrame, links: pd.DataFrame, *, seed: int = 42) -> pd.DataFrame:
    """``community, x, y`` for the meta-graph (communities as nodes, ties between them as edges)."""
    import igraph as ig

    if communities.empty:
        return pd.DataFrame({"community": [], "x": [], "y": []})
    ids = communities["community"].to_numpy()
    index = {c: i for i, c in enumerate(ids)}
    known = links[links["community_a"].isin(index) & links["community_b"].isin(index)]
    edges = list(zip(known["community_a"].map(index), known["community_b"].map(index), strict=True))
    meta = ig.Graph(n=len(ids), edges=edges)
    random.seed(seed)
    weights = known["ties"].to_numpy(float) if edges else None
    coords = np.asarray(meta.layout_fruchterman_reingold(weights=weights).coords)
    return pd.DataFrame({"community": ids, **_unit(coords)})


def _unit(coords: np.ndarray) -> dict[str, np.ndarray]:
    low, high = coords.min(axis=0), coords.max(axis=0)
    span = np.where(high - low > 0, high - low, 1.0)
    scaled = (coords - low) / span
    return {"x": scaled[:, 0], "y": scaled[:, 1]}


def grouped_layout(
    x: np.ndarray, y: np.ndarray, membership: np.ndarray, centres: pd.DataFrame, sizes: pd.Series
) -> tuple[np.ndarray, np.ndarray]:
    """Positions with each community drawn in its own disc: the members keep their places
    relative to each other from the force-directed layout, shrunk into a disc of radius
    ∝ √size around the community's place in the meta-graph layout (``centres``: community,
    x, y). A hairball of overlapping communities becomes separate, readable groups; accounts
    whose community has no place keep theirs."""
    x, y = np.asarray(x, float).copy(), np.asarray(y, float).copy()
    if centres.empty or not len(x):
        return x, y
    places = centres.set_index("community")[["x", "y"]]
    biggest = float(sizes.max()) if len(sizes) else 1.0
    # discs of the largest communities take about a fifth of the drawing's width
    scale = 0.15 if len(places) > 1 else 0.5
    for community, (cx, cy) in places.iterrows():
        members = np.flatnonzero(membership == community)
        if not len(members):
            continue
        dx, dy = x[members] - x[members].mean(), y[members] - y[members].mean()
        reach = float(np.sqrt(dx**2 + dy**2).max()) or 1.0
        radius = scale * np.sqrt(float(sizes.get(community, len(members))) / biggest)
        x[members] = cx + dx / reach * radius
        y[members] = cy + dy / reach * radius
    return x, y
