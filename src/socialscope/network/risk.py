"""Key-person risk: what happens to the network if this person leaves?

For each candidate (by default the top ``candidates`` by betweenness, then degree) the
person is removed from the undirected view and we measure:

- ``lcc_share_drop``: largest connected component's share of the *remaining* people before
  minus after (fragmentation);
- ``orphaned_communities``: communities whose every tie to the rest of the network runs
  through this person (they lose their only bridge);
- ``path_length_increase``: relative increase of the mean shortest-path length between the
  people who stay, estimated from ``samples`` random sources (BFS in igraph);
- ``nonredundant_ties``: the person's ties to contacts that share no other contact with
  them (no triangle through the tie: no redundancy if the person leaves).

``risk_score`` is the increase of Borgatti's (2006) distance-weighted fragmentation
DF = 1 - Σ_{i≠j} (1/d_ij) / (n(n-1)) when the person leaves (1/∞ = 0): it grows both when
people are cut off and when their paths get longer, the key-player "KPP-Neg" measure.
It is estimated from the same ``samples`` random sources before and after; the four
measures above are shown beside it so every rank can be explained.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from socialscope.network.build import SocialGraph


def _path_measures(dist: np.ndarray) -> tuple[float, float]:
    """(mean finite shortest-path length, distance-weighted fragmentation) of a
    sources × targets distance matrix."""
    reachable = np.isfinite(dist) & (dist > 0)
    mean_length = float(dist[reachable].mean()) if reachable.any() else float("nan")
    with np.errstate(divide="ignore"):
        inverse = np.where(reachable, 1.0 / dist, 0.0)
    others = dist.shape[1] - 1
    cohesion = inverse.sum(axis=1) / others if others > 0 else np.zeros(len(dist))
    return mean_length, float(1.0 - cohesion.mean())


def key_person_risk(
    g: SocialGraph,
    membership: np.ndarray,
    betweenness: np.ndarray,
    *,
    candidates: int = 30,
    samples: int = 64,
    seed: int = 42,
    vertices: list[int] | None = None,
) -> pd.DataFrame:
    """Risk measures for the top ``candidates`` people (or exactly ``vertices``), sorted by
    ``risk_score``."""
    n = g.n
    if n < 3 or (candidates == 0 and vertices is None):
        return pd.DataFrame(
            columns=[
                "account_id",
                "lcc_share_drop",
                "orphaned_communities",
                "path_length_increase",
                "nonredundant_ties",
                "risk_score",
                "degree",
                "betweenness",
                "rank",
            ]
        )
    und = g.undirected()
    degree = np.asarray(und.degree())
    order = (
        np.asarray(vertices, dtype=np.int64)
        if vertices is not None
        else np.lexsort((-degree, -betweenness))[: min(candidates, n)]
    )
    rng = np.random.default_rng(seed)

    base_components = und.connected_components()
    edges, _ = g.undirected_edges()
    ca, cb = membership[edges[:, 0]], membership[edges[:, 1]]
    cross = ca != cb
    # ties of each community to the outside, and who is on them
    outside = pd.DataFrame(
        {
            "community": np.concatenate([ca[cross], cb[cross]]),
            "a": np.concatenate([edges[cross, 0], edges[cross, 1]]),
            "b": np.concatenate([edges[cross, 1], edges[cross, 0]]),
        }
    )
    adjacency = symmetric_adjacency(edges, n)
    outside_ties = outside.groupby("community").size()
    if samples is None:  # keep the BFS work per candidate near 2·10⁷ edge visits
        samples = int(np.clip(2e7 / max(und.ecount(), 1), 8, 64))
    sources_all = rng.choice(n, size=min(samples + 1, n), replace=False)
    base_dist = np.asarray(und.distances(source=sources_all.tolist(), mode="all"), dtype=float)

    rows = []
    for v in order:
        keep = np.ones(n, dtype=bool)
        keep[v] = False
        reduced = und.copy()
        reduced.delete_vertices([int(v)])
        sizes = reduced.connected_components().sizes()
        lcc_after = max(sizes) / (n - 1) if sizes else 0.0
        lcc_before = _lcc_share_without(base_components, v, n)
        # communities whose every outside tie involves v (v's own one included: v may be its only way out)
        involves = (outside["a"].to_numpy() == v) | (outside["b"].to_numpy() == v)
        orphaned = int((outside_ties == pd.Series(involves).groupby(outside["community"].to_numpy()).sum()).sum())
        picked = np.flatnonzero(sources_all != v)[:samples]
        remap = np.cumsum(keep) - 1
        before_path, before_frag = _path_measures(np.delete(base_dist[picked], int(v), axis=1))
        after = np.asarray(reduced.distances(source=remap[sources_all[picked]].tolist(), mode="all"), dtype=float)
        after_path, after_frag = _path_measures(after)
        rows.append(
            {
                "account_id": g.account_ids[v],
                "lcc_share_drop": lcc_before - lcc_after,
                "orphaned_communities": orphaned,
                "path_length_increase": (after_path - before_path) / before_path if before_path else np.nan,
                "nonredundant_ties": _nonredundant_ties(adjacency, int(v)),
                "risk_score": after_frag - before_frag,
                "degree": int(degree[v]),
                "betweenness": float(betweenness[v]),
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values("risk_score", ascending=False, kind="stable").reset_index(drop=True)
    frame["rank"] = np.arange(1, len(frame) + 1)
    return frame


def _lcc_share_without(components, v: int, n: int) -> float:
    """Largest component's share of the n-1 people left, with v still present (the baseline
    against which removing v is compared)."""
    sizes = np.asarray(components.sizes())
    membership = np.asarray(components.membership)
    sizes[membership[v]] -= 1
    return float(sizes.max()) / (n - 1)


def symmetric_adjacency(edges: np.ndarray, n: int):
    """Symmetric 0/1 adjacency matrix (CSR) of a simple undirected edge list."""
    import scipy.sparse as sp

    a = sp.coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n)).tocsr()
    return ((a + a.T) > 0).astype(np.float64).tocsr()


def _nonredundant_ties(adjacency, v: int) -> int:
    """Ties of v to contacts sharing no other contact with v: |N(u) ∩ N(v)| = 0. Costs
    Σ_{u∈N(v)} deg(u), only for this person (no graph-wide 2-hop product)."""
    neighbours = adjacency.indices[adjacency.indptr[v] : adjacency.indptr[v + 1]]
    if not len(neighbours):
        return 0
    common = adjacency[neighbours] @ adjacency[v].T
    return int((np.asarray(common.todense()).ravel() == 0).sum())
