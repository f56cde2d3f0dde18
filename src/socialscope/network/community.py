"""Communities: Leiden on the undirected view, and what each community looks like.

Leiden (Traag, Waltman & van Eck 2019) maximising modularity (Newman 2006) by default, with a
resolution parameter γ: Q = 1/2m Σ_ij (A_ij - γ k_i k_j / 2m) δ(c_i, c_j). igraph's C
implementation, iterated until the partition is stable, seeded for reproducibility.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pandas as pd

from socialscope.arrays import unique_sorted
from socialscope.network.build import SocialGraph


@dataclass(frozen=True)
class Partition:
    membership: np.ndarray  # community id per vertex, 0 = largest community
    modularity: float
    resolution: float
    contributions: np.ndarray | None = None  # per community, weighted (:func:`modularity_contributions`)


def leiden(g: SocialGraph, *, resolution: float = 1.0, seed: int | None = 42, weighted: bool = True) -> Partition:
    """Communities of the undirected view; ids ordered by size (0 = largest).

    Leiden in igraph, iterated until stable. On large graphs (``g.large``) NetworKit's Leiden
    on one thread (:func:`_networkit_leiden`): on a 1M-account, 8.6M-tie view igraph's took
    150 s plus 15 s to build its graph, NetworKit's 45–52 s at modularity 0.798 (three
    rounds; 37 s in the two it now runs). NetworKit's Louvain with refinement (PLM), used
    before, took 72 s there (0.797) but 19 s on L's 13M-tie view, where Leiden took 68 s in
    three rounds, 47 s in two (0.798 against 0.796): Leiden is kept because its
    communities are guaranteed to be connected and Louvain's are not (Traag et al. 2019).
    ``seed=None`` on a large graph: NetworKit's generator was seeded by the caller and is not
    re-seeded here.
    """
    if g.n == 0:
        return Partition(np.zeros(0, dtype=np.int64), float("nan"), resolution)
    if g.large:
        raw = _networkit_leiden(g, resolution=resolution, seed=seed, weighted=weighted)
    else:
        und = g.undirected()
        state = random.getstate()
        random.seed(seed)
        try:
            clusters = und.community_leiden(
                objective_function="modularity",
                weights="weight" if weighted and und.ecount() else None,
                resolution=resolution,
                n_iterations=-1,
            )
        finally:
            random.setstate(state)
        raw = np.asarray(clusters.membership, dtype=np.int64)
    sizes = np.bincount(raw)
    order = np.argsort(-sizes, kind="stable")
    relabel = np.empty_like(order)
    relabel[order] = np.arange(len(order))
    membership = relabel[raw]
    contributions = modularity_contributions(g, membership, resolution=resolution, weighted=weighted)
    quality = float(contributions.sum()) if g.undirected_edges()[1].sum() else float("nan")  # as modularity()
    return Partition(membership, quality, resolution, contributions if weighted else None)


def _networkit_leiden(g: SocialGraph, *, resolution: float, seed: int | None, weighted: bool) -> np.ndarray:
    """NetworKit's Leiden (ParallelLeiden: local moving, refinement, aggregation; two
    rounds, node order randomised) on one thread, so a seed reproduces the partition
    (with more threads it varies from run to run). OpenMP's thread count is per calling
    thread, so the other thread of :func:`~socialscope.network.analysis.compute_metrics`
    keeps both cores meanwhile.

    Two rounds, not NetworKit's default three: a third changed modularity by < 0.001 and took
    a third of the time (1M-account sample: 0.798 either way, 37 s vs 43–58 s; L's 13M-tie
    view: 0.7977 vs 0.7984, 47 s vs 69 s); one round stops short (0.72)."""
    import networkit as nk

    from socialscope.network.centrality import to_networkit

    if seed is not None:
        nk.setSeed(seed, False)
    threads = nk.getMaxNumberOfThreads()
    nk.setNumberOfThreads(1)
    try:
        algorithm = nk.community.ParallelLeiden(
            to_networkit(g, undirected=True, weighted=weighted), iterations=2, randomize=True, gamma=resolution
        )
        algorithm.run()
    finally:
        nk.setNumberOfThreads(threads)
    return np.asarray(algorithm.getPartition().getVector(), dtype=np.int64)


def modularity_contributions(
    g: SocialGraph, membership: np.ndarray, *, resolution: float = 1.0, weighted: bool = True
) -> np.ndarray:
    """Per community c: e_c/m − γ (d_c / 2m)² on the undirected simple view, with e_c the tie
    weight inside c and d_c its members' total strength; they sum to the modularity Q
    (``networkx.community.modularity``)."""
    pairs, weights = g.undirected_edges()
    if not weighted:
        weights = np.ones(len(pairs))
    n_comm = int(membership.max()) + 1 if len(membership) else 0
    total = weights.sum()
    if not total:
        return np.zeros(n_comm)
    ca, cb = membership[pairs[:, 0]], membership[pairs[:, 1]]
    inside = np.bincount(ca[ca == cb], weights=weights[ca == cb], minlength=n_comm)
    strength = np.bincount(pairs.ravel(), weights=np.repeat(weights, 2), minlength=g.n)
    degree_sum = np.bincount(membership, weights=strength, minlength=n_comm)
    return inside / total - resolution * (degree_sum / (2 * total)) ** 2


def modularity(g: SocialGraph, membership: np.ndarray, *, resolution: float = 1.0, weighted: bool = True) -> float:
    """Modularity Q (Newman 2006): the sum of the communities' contributions."""
    if not g.undirected_edges()[1].sum():
        return float("nan")
    return float(modularity_contributions(g, membership, resolution=resolution, weighted=weighted).sum())


def community_table(
    g: SocialGraph,
    partition: Partition,
    pagerank: np.ndarray,
    betweenness: np.ndarray | None,
    *,
    top: int = 5,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per community: size, internal density, modularity contribution, top members by
    PageRank and brokers (:func:`community_brokers`; null when ``betweenness`` is None, as in
    the fast stage of a large graph); plus the community meta-graph (weighted ties between
    communities).

    Modularity contribution of c: e_c/m - γ (d_c / 2m)², where e_c is the weight inside c
    and d_c the total weighted degree of its members (they sum to the graph's modularity).
    """
    member = partition.membership
    edges, weights = g.undirected_edges()
    ca, cb = member[edges[:, 0]], member[edges[:, 1]]
    n_comm = int(member.max()) + 1 if len(member) else 0
    sizes = np.bincount(member, minlength=n_comm)
    inside = ca == cb
    internal_edges = np.bincount(ca[inside], minlength=n_comm)
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.where(sizes > 1, internal_edges / (sizes * (sizes - 1) / 2), np.nan)
    contribution = partition.contributions
    if contribution is None:
        contribution = modularity_contributions(g, member, resolution=partition.resolution)
    ids = g.account_ids
    order_pr = np.argsort(-pagerank, kind="stable")
    members_by_pr = pd.Series(member[order_pr]).groupby(member[order_pr]).head(top)
    top_members = pd.Series(ids[order_pr][members_by_pr.index]).groupby(members_by_pr.to_numpy()).agg(list)
    brokers = None if betweenness is None else community_brokers(g, partition, betweenness)
    communities = pd.DataFrame(
        {
            "community": np.arange(n_comm),
            "size": sizes.astype(np.int64),
            "internal_ties": internal_edges.astype(np.int64),
            "internal_density": density.astype(float),
            "modularity_contribution": np.asarray(contribution, dtype=float),
            "top_members": [top_members.get(c, []) for c in range(n_comm)],
            "brokers": brokers if brokers is not None else [None] * n_comm,
        }
    )
    cross = ~inside
    meta = pd.DataFrame(
        {"a": np.minimum(ca[cross], cb[cross]), "b": np.maximum(ca[cross], cb[cross]), "w": weights[cross]}
    )
    meta = meta.groupby(["a", "b"], as_index=False).agg(ties=("w", "size"), weight=("w", "sum"))
    meta = meta.rename(columns={"a": "community_a", "b": "community_b"})
    return communities, meta


def community_brokers(
    g: SocialGraph, partition: Partition, betweenness: np.ndarray, *, top: int = 3
) -> list[list[str]]:
    """Per community (by id), its brokers: members with ties into other communities, ranked by
    how many other communities they reach, then by betweenness; the first ``top``."""
    member = partition.membership
    edges, _ = g.undirected_edges()
    ca, cb = member[edges[:, 0]], member[edges[:, 1]]
    n_comm = int(member.max()) + 1 if len(member) else 0
    cross = ca != cb
    ends = np.concatenate([edges[cross, 0], edges[cross, 1]])
    other = np.concatenate([cb[cross], ca[cross]])
    distinct = unique_sorted(ends * max(n_comm, 1) + other)  # each (vertex, other community) once
    reach = pd.Series(np.bincount(distinct // max(n_comm, 1), minlength=len(member)))
    reach = reach[reach > 0]
    broker_frame = pd.DataFrame(
        {
            "v": reach.index,
            "reach": reach.to_numpy(),
            "betweenness": betweenness[reach.index],
            "community": member[reach.index],
        }
    )
    broker_frame = broker_frame.sort_values(["reach", "betweenness"], ascending=False, kind="stable")
    brokers = broker_frame.groupby("community").head(top).groupby("community")["v"].agg(list)
    ids = g.account_ids
    return [[str(ids[v]) for v in brokers.get(c, [])] for c in range(n_comm)]
