"""Key-person risk in sentences built from the numbers, the graph a People page opens on,
and the line that replaces a table of zeros.

One home for the words: ``network person``, the profile page and the report all call
:func:`key_person_story`, so the three never tell different stories.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from socialscope.network.names import community_names, person_name
from socialscope.network.risk import symmetric_adjacency
from socialscope.store.connection import Store

# A person matters for the network's cohesion when removing them raises the distance-weighted
# fragmentation by half a point, lengthens the others' paths by 5%, or cuts someone off.
MIN_RISK_SCORE = 0.005
MIN_PATH_INCREASE = 0.05
PATH_SOURCES = 30  # sampled sources per community for the share of shortest paths
PAIR_COMMUNITIES = 4  # the person's own community and the three it has most ties into


def words(graph: str) -> dict[str, str]:
    """Nouns that fit the graph: colleagues in teams at work, accounts in communities online."""
    if graph == "collaboration":
        return {"people": "colleagues", "group": "team", "groups": "teams"}
    return {"people": "accounts", "group": "community", "groups": "communities"}


def is_material(row: dict[str, Any] | pd.Series, nodes: int | None = None) -> bool:
    """Whether one key-person-risk row shows a person the network depends on (thresholds above)."""
    cut_off = (row.get("lcc_share_drop") or 0) * ((nodes or 2) - 1)
    return bool(
        (row.get("risk_score") or 0) >= MIN_RISK_SCORE
        or (row.get("path_length_increase") or 0) >= MIN_PATH_INCREASE
        or (row.get("orphaned_communities") or 0) >= 1
        or cut_off >= 1
    )


def material_risks(store: Store, graph: str) -> pd.DataFrame:
    """The stored key-person-risk rows of ``graph`` that pass :func:`is_material`, by rank."""
    if not store.has_table("key_person_risk"):
        return pd.DataFrame()
    rows = store.df("SELECT * EXCLUDE (run_id) FROM key_person_risk WHERE graph = ? ORDER BY rank", [graph])
    nodes = _nodes(store, graph)
    return rows[[is_material(r, nodes) for _, r in rows.iterrows()]].reset_index(drop=True)


def no_key_person_line(store: Store, graph: str) -> str | None:
    """The sentence shown instead of a table of near-zero risks (None when someone matters or
    risk was not measured)."""
    if not store.has_table("key_person_risk"):
        return None
    rows = store.df("SELECT * FROM key_person_risk WHERE graph = ?", [graph])
    if rows.empty or not material_risks(store, graph).empty:
        return None
    w = words(graph)
    longest = float(rows["path_length_increase"].fillna(0).max())
    return (
        f"No single person holds this network together: removing any one of the {len(rows)} most central "
        f"{w['people']} cuts nobody off and lengthens the others' paths by at most {100 * longest:.1f}%."
    )


def risk_graph(store: Store) -> str | None:
    """The graph where key-person risk matters for the accounts present: the collaboration
    graph when it holds people at work (mostly ``person`` accounts messaging each other), else
    the interaction graph (a community engaging), else the follow graph; among those analysed,
    the first whose risk table is not all near zero, else the first analysed."""
    if not store.has_table("network_graphs"):
        return None
    analysed = {r[0] for r in store.con.execute("SELECT graph FROM network_graphs WHERE nodes > 0").fetchall()}
    order = [g for g in ("collaboration", "interactions", "follows") if g in analysed]
    if "collaboration" in order:
        people = store.scalar(
            """SELECT avg(CASE WHEN a.kind = 'person' THEN 1 ELSE 0 END) FROM network_metrics m
               JOIN accounts a USING (account_id) WHERE m.graph = 'collaboration'"""
        )
        if not people or people < 0.8:
            order.remove("collaboration")
            order.append("collaboration")
    for graph in order:
        if not material_risks(store, graph).empty:
            return graph
    return order[0] if order else None


def key_person_story(store: Store, graph: str, account_id: str, risk: dict[str, Any]) -> list[str]:
    """Sentences about what ``account_id`` holds together in ``graph``, from the numbers:
    the groups they bridge, the share of shortest paths between two groups through them,
    the people whose only tie into their group is them, and what their leaving would do
    (``risk`` is their key-person-risk row)."""
    return key_person_stories(store, graph, {account_id: risk})[account_id]


def key_person_stories(store: Store, graph: str, risks: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """:func:`key_person_story` for several people of one graph (the graph is built once)."""
    stories = {a: [f"Key-person risk was not measured: {r['skipped']}."] for a, r in risks.items() if "skipped" in r}
    measured = [a for a in risks if "skipped" not in risks[a]]
    # above the graphs risk is measured on by default, only the leaving sentences: no graph to walk
    small = measured and (_nodes(store, graph) or 0) <= GRAPH_STORY_LIMIT
    context = _GraphContext(store, graph) if small else None
    for account_id in measured:
        walked = context.story(account_id) if context else []
        stories[account_id] = walked + _leaving(store, graph, account_id, risks[account_id])
    return stories


GRAPH_STORY_LIMIT = 20_000  # the graphs key-person risk is measured on by default


class _GraphContext:
    """The undirected view, communities and their names of one graph, shared by the stories."""

    def __init__(self, store: Store, graph: str) -> None:
        from socialscope.network.build import rebuild_graph, stored_metric

        g = rebuild_graph(store, graph)
        self.g, self.w = g, words(graph)
        self.membership = np.nan_to_num(stored_metric(store, g, "community"), nan=-1).astype(int)
        self.names = community_names(store, graph)
        pairs, _ = g.undirected_edges()
        self.adjacency = symmetric_adjacency(pairs, g.n)
        self.store = store

    def label(self, community: int) -> str:
        return self.names.get(int(community), f"{self.w['group']} {community}")

    def story(self, account_id: str) -> list[str]:
        v = self.g.index_of(account_id)
        if v is None:
            return []
        w, membership, adjacency = self.w, self.membership, self.adjacency
        first = _first_name(self.store, account_id)
        own = membership[v]
        neighbours = adjacency.indices[adjacency.indptr[v] : adjacency.indptr[v + 1]]
        out: list[str] = []
        others = len({int(c) for c in membership if c >= 0 and c != own})
        bridged = pd.Series(membership[neighbours]).loc[lambda s: (s != own) & (s >= 0)].value_counts()
        if len(bridged):
            if others == 1:
                out.append(f"Bridges {self.label(own)} to the only other {w['group']}, {self.label(bridged.index[0])}.")
            else:
                reach = f"all {others}" if len(bridged) == others else f"{len(bridged)} of the {others}"
                out.append(f"Bridges {reach} other {w['groups']}.")
        best = busiest_pair(adjacency, membership, v, own, list(bridged.index[: PAIR_COMMUNITIES - 1]))
        if best is not None and best[2] >= 0.05:
            a, b, share = best
            out.append(
                f"{100 * share:.0f}% of shortest paths between {self.label(a)} and {self.label(b)} "
                f"pass through {first}."
            )
        outsiders = neighbours[(membership[neighbours] != own) & (membership[neighbours] >= 0)]
        if len(outsiders):
            in_own = np.asarray(adjacency[outsiders][:, membership == own].sum(axis=1)).ravel()
            only = int((in_own == 1).sum())
            if only:
                people = w["people"] if only > 1 else w["people"][:-1]
                have = "have" if only > 1 else "has"
                out.append(f"{only} {people} in other {w['groups']} {have} no other tie into {self.label(own)}.")
        return out


def _first_name(store: Store, account_id: str) -> str:
    """The first name for sentences ("Jade"), the whole name when that is an initial ("J. Kim")."""
    name = person_name(store, account_id)
    if " " not in name or name.startswith("@"):
        return name
    first = name.split()[0]
    return name if first.endswith(".") or len(first) == 1 else first


def _leaving(store: Store, graph: str, account_id: str, risk: dict[str, Any]) -> list[str]:
    """What the person's leaving does, from their key-person-risk row."""
    w = words(graph)
    first = _first_name(store, account_id)
    nodes = _nodes(store, graph) or 2
    cut = round((risk.get("lcc_share_drop") or 0) * (nodes - 1))
    leaving = []
    if (risk.get("path_length_increase") or 0) >= 0.005:
        leaving.append(f"the others' paths lengthen by {100 * risk['path_length_increase']:.0f}%")
    if cut >= 1:
        leaving.append(f"{cut} {w['people']} lose touch with the rest" if cut > 1 else
                       f"1 {w['people'][:-1]} loses touch with the rest")  # fmt: skip
    orphaned = int(risk.get("orphaned_communities") or 0)
    if orphaned:
        leaving.append(
            f"{orphaned} {w['groups']} lose their only link to the rest" if orphaned > 1
            else f"1 {w['group']} loses its only link to the rest"
        )  # fmt: skip
    out = []
    if leaving:
        out.append(f"If {first} leaves, " + ", ".join(leaving[:-1]) + (" and " if len(leaving) > 1 else "")
                   + leaving[-1] + ".")  # fmt: skip
    else:
        out.append(f"If {first} leaves, the others stay connected by other paths of about the same length.")
    if risk.get("nonredundant_ties"):
        n = int(risk["nonredundant_ties"])
        out.append(f"{n} of {first}'s ties {'have' if n > 1 else 'has'} no shared contact to fall back on.")
    return out


def _nodes(store: Store, graph: str) -> int | None:
    if not store.has_table("network_graphs"):
        return None
    return store.scalar("SELECT nodes FROM network_graphs WHERE graph = ?", [graph])


def busiest_pair(
    adjacency: sp.csr_matrix, membership: np.ndarray, v: int, own: int, bridged: list[int]
) -> tuple[int, int, float] | None:
    """The pair of groups (among ``own`` and ``bridged``) whose shortest paths pass through
    ``v`` most often: for sampled sources s in A and every t in B, the share of s–t shortest
    paths through v is σ_sv·σ_vt/σ_st when d_sv + d_vt = d_st (Brandes 2001), averaged over
    the connected pairs."""
    groups = [own, *bridged]
    if len(groups) < 2:
        return None
    rng = np.random.default_rng(0)
    dist_v, sigma_v = _bfs_counts(adjacency, v)
    searches: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {}
    for c in groups:
        members = np.flatnonzero((membership == c) & (np.arange(len(membership)) != v))
        picked = rng.choice(members, size=min(PATH_SOURCES, len(members)), replace=False) if len(members) else []
        searches[c] = [_bfs_counts(adjacency, int(s)) for s in picked]
    best = None
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            targets = np.flatnonzero((membership == b) & (np.arange(len(membership)) != v))
            through, pairs = 0.0, 0
            for dist_s, sigma_s in searches[a]:
                reach = targets[dist_s[targets] > 0]
                pairs += len(reach)
                if dist_s[v] < 0 or not len(reach):
                    continue
                on = reach[(dist_v[reach] >= 0) & (dist_s[v] + dist_v[reach] == dist_s[reach])]
                through += float((sigma_s[v] * sigma_v[on] / sigma_s[on]).sum())
            if pairs and (best is None or through / pairs > best[2]):
                best = (a, b, through / pairs)
    return best


def _bfs_counts(adjacency: sp.csr_matrix, source: int) -> tuple[np.ndarray, np.ndarray]:
    """Hop distance (-1 where unreachable) and number of shortest paths σ from ``source``."""
    n = adjacency.shape[0]
    dist = np.full(n, -1, dtype=np.int64)
    sigma = np.zeros(n)
    dist[source], sigma[source] = 0, 1.0
    frontier = np.zeros(n)
    frontier[source] = 1.0
    level = 0
    while frontier.any():
        reached = adjacency.T @ frontier  # paths into each vertex from this level
        new = (reached > 0) & (dist < 0)
        if not new.any():
            break
        level += 1
        dist[new] = level
        sigma[new] = reached[new]
        frontier = np.where(new, sigma, 0.0)
    return dist, sigma
