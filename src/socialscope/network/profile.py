"""A person's network profile: metrics with percentiles, communities, ties, engagement, risk.

This is the "look a person up before a counter-offer" view: everything the network tables
know about one account, in one dictionary (JSON-ready).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from socialscope.errors import NotFoundError, UsageError
from socialscope.jsonable import plain
from socialscope.network.build import graph_params, rebuild_graph, stored_metric
from socialscope.network.edges import graph_edges
from socialscope.network.names import account_labels, community_names
from socialscope.network.narrative import key_person_story
from socialscope.network.risk import key_person_risk
from socialscope.store.connection import Store

PROFILE_METRICS = (
    "influence",
    "reach",
    "engagement_received",
    "pagerank",
    "betweenness",
    "eigenvector",
    "harmonic",
    "in_degree",
    "out_degree",
    "degree",
    "weighted_degree",
    "core_number",
    "clustering",
    "reciprocity",
    "constraint",
    "effective_size",
    "hierarchy",
    "bridge_ties",
)


def resolve_account(store: Store, account: str, *, graph: str | None = None) -> str:
    """An account id from an id, a handle or an @handle (case-insensitive handles).

    A handle used on several platforms resolves to the one account in ``graph`` if exactly
    one of them is there."""
    hits = store.con.execute("SELECT account_id FROM accounts WHERE account_id = ?", [account]).fetchall()
    if hits:
        return hits[0][0]
    handle = account.lstrip("@").lower()
    hits = store.con.execute(
        "SELECT account_id FROM accounts WHERE lower(handle) = ? ORDER BY account_id", [handle]
    ).fetchall()
    if len(hits) == 1:
        return hits[0][0]
    if len(hits) > 1 and graph and store.has_table("network_metrics"):
        ids = [h[0] for h in hits]
        marks = ", ".join("?" for _ in ids)
        inside = store.con.execute(
            f"SELECT account_id FROM network_metrics WHERE graph = ? AND account_id IN ({marks})", [graph, *ids]
        ).fetchall()
        if len(inside) == 1:
            return inside[0][0]
    if len(hits) > 1:
        raise UsageError(f"handle '{account}' is ambiguous: {', '.join(h[0] for h in hits)}; give the account id")
    raise NotFoundError(f"no account '{account}' (neither an account id nor a handle)")


def person_profile(store: Store, account: str, *, graph: str = "follows", ties: int = 10) -> dict[str, Any]:
    """Everything known about ``account`` in ``graph`` (run ``network analyze`` first)."""
    account_id = resolve_account(store, account, graph=graph)
    if not store.has_table("network_metrics"):
        raise NotFoundError(f"no network results yet: run 'socialscope network analyze --graph {graph}'")
    info = store.df("SELECT * EXCLUDE (extra) FROM accounts WHERE account_id = ?", [account_id]).iloc[0]
    rows = store.df("SELECT * FROM network_metrics WHERE graph = ? AND account_id = ?", [graph, account_id])
    if rows.empty:
        raise NotFoundError(f"{account_id} is not in the {graph} graph (no ties there, or not analysed yet)")
    row = rows.iloc[0]
    percentiles = _percent_ranks(store, graph, row)
    # a null value (no contacts; or not computed yet: the sampled stage of a large graph) has no rank
    metrics = {
        m: {"value": plain(row[m]), "percentile": None if pd.isna(row[m]) else percentiles[m]} for m in PROFILE_METRICS
    }
    estimated = row["betweenness_estimated"]
    metrics["betweenness"]["estimated"] = None if pd.isna(estimated) else bool(estimated)
    parts = [f"{p}_part" for p in ("pagerank", "reach", "engagement_received")]
    influence_parts = {p: plain(row[p]) for p in parts if p in row.index}

    neighbours = _ties(store, graph, account_id)
    order = neighbours.sort_values(["weight", "account_id"], ascending=[False, True], kind="stable").head(ties)
    handles = dict(
        store.con.execute(
            "SELECT account_id, handle FROM accounts WHERE account_id IN (SELECT unnest(?))",
            [order["account_id"].tolist()],
        ).fetchall()
    )
    labels = account_labels(store, order["account_id"].tolist())
    names = community_names(store, graph)
    strongest = [
        {"account_id": a, "handle": handles.get(a), "label": labels.get(a), "weight": float(w), "community": int(c),
         "community_name": names.get(int(c))}
        for a, w, c in zip(order["account_id"], order["weight"], order["community"], strict=True)
    ]  # fmt: skip
    own = int(row["community"])
    bridged = neighbours.loc[neighbours["community"] != own, "community"].value_counts(sort=False).to_dict()
    community = store.df(
        "SELECT size, internal_density, top_members FROM communities WHERE graph = ? AND community = ?", [graph, own]
    )
    risk = _risk(store, graph, account_id)
    return {
        **_profile_head(info, graph, metrics, own, community, names),
        "communities_bridged": [
            {"community": int(c), "name": names.get(int(c)), "ties": int(n)}
            for c, n in sorted(bridged.items(), key=lambda x: (-x[1], x[0]))
        ],
        "strongest_ties": strongest,
        "influence_parts": influence_parts,
        "engagement": engagement_given_received(store, account_id),
        "key_person_risk": risk,
        "risk_story": key_person_story(store, graph, account_id, risk),
    }


def _percent_ranks(store: Store, graph: str, row: pd.Series) -> dict[str, float]:
    """SQL's ``percent_rank() OVER (ORDER BY metric NULLS FIRST)`` of the person's value of each
    metric, among the graph's accounts: (rows ranked below it) / (n − 1), nulls lowest.
    Counted in one pass, without sorting a million rows per metric."""
    below = []
    args: list[Any] = [graph]
    for m in PROFILE_METRICS:
        if pd.isna(row[m]):
            below.append("0")
        else:
            below.append(f'count(*) FILTER (WHERE "{m}" IS NULL OR "{m}" < ?)')
            args.insert(len(args) - 1, plain(row[m]))
    counts = store.con.execute(
        f"SELECT count(*), {', '.join(below)} FROM network_metrics WHERE graph = ?", args
    ).fetchall()[0]
    n = counts[0]
    return {m: (float(c) / (n - 1) if n > 1 else 0.0) for m, c in zip(PROFILE_METRICS, counts[1:], strict=True)}


def _ties(store: Store, graph: str, account_id: str) -> pd.DataFrame:
    """The person's neighbours in ``graph`` (built with its analysed parameters): tie weight
    summed over both directions, and the neighbour's community (-1 when unknown). Read from
    the store directly, so a profile never rebuilds a whole graph for one person's ties."""
    import ibis

    edges = graph_edges(store.ibis(), graph, **graph_params(store, graph))
    mine = edges.filter((edges.s == account_id) | (edges.d == account_id))
    other = mine.select(account_id=ibis.ifelse(mine.s == account_id, mine.d, mine.s), w=mine.w)
    sql = ibis.to_sql(other.group_by("account_id").aggregate(weight=other.w.sum()), dialect="duckdb")
    return store.df(
        f"""SELECT t.account_id, t.weight, coalesce(m.community, -1)::BIGINT AS community
            FROM ({sql}) t LEFT JOIN network_metrics m ON m.graph = ? AND m.account_id = t.account_id""",
        [graph],
    )


def _risk(store: Store, graph: str, account_id: str) -> dict[str, Any]:
    """The stored key-person risk row, else computed for this one person — on graphs up to
    ``RISK_DEFAULT_LIMIT`` accounts, the limit ``network analyze`` applies (removing one person
    from a million-account graph and re-measuring it takes minutes, too long for a page)."""
    from socialscope.network.analysis import RISK_DEFAULT_LIMIT

    if store.has_table("key_person_risk"):
        stored = store.df(
            "SELECT * EXCLUDE (run_id, graph) FROM key_person_risk WHERE graph = ? AND account_id = ?",
            [graph, account_id],
        )
        if not stored.empty:
            return {k: plain(val) for k, val in stored.iloc[0].items() if k != "account_id"}
    size = store.scalar("SELECT count(*) FROM network_metrics WHERE graph = ?", [graph])
    if size > RISK_DEFAULT_LIMIT:
        return {
            "skipped": f"the {graph} graph has {size:,} accounts; key-person risk is measured up to "
            f"{RISK_DEFAULT_LIMIT:,} (run 'socialscope network analyze --graph {graph} --risk-candidates N' "
            "to measure the N most central people)"
        }
    g = rebuild_graph(store, graph)
    membership = np.nan_to_num(stored_metric(store, g, "community"), nan=-1).astype(int)
    betweenness = stored_metric(store, g, "betweenness")
    vertex = g.index_of(account_id)
    rows = key_person_risk(g, membership, np.nan_to_num(betweenness), vertices=[vertex])
    out = {k: plain(val) for k, val in rows.drop(columns=["rank"]).iloc[0].items() if k != "account_id"}
    if np.isnan(betweenness[vertex]):  # not computed yet (the fast stage of a large graph)
        out["betweenness"] = None
    return out


def _profile_head(
    info: Any, graph: str, metrics: dict[str, Any], own: int, community: pd.DataFrame, names: dict[int, str]
) -> dict[str, Any]:
    return {
        "account": {
            k: plain(info[k])
            for k in ("account_id", "platform", "handle", "display_name", "kind", "is_own", "followers_count")
        },
        "graph": graph,
        "metrics": metrics,
        "community": {
            "id": own,
            "name": names.get(own),
            **({k: plain(community.iloc[0][k]) for k in ("size", "internal_density")} if not community.empty else {}),
        },
    }


def engagement_given_received(store: Store, account_id: str) -> dict[str, dict[str, int]]:
    """Interaction counts by kind that the account made (given) and got (received)."""
    given = store.con.execute(
        "SELECT kind, count(*) FROM interactions WHERE actor_account_id = ? GROUP BY kind ORDER BY kind", [account_id]
    ).fetchall()
    received = store.con.execute(
        """SELECT i.kind, count(*) FROM interactions i LEFT JOIN posts p ON i.post_id = p.post_id
           WHERE coalesce(i.target_account_id, p.account_id) = ? AND i.actor_account_id <> ?
           GROUP BY i.kind ORDER BY i.kind""",
        [account_id, account_id],
    ).fetchall()
    return {"given": dict(given), "received": dict(received)}


def community_profile(store: Store, graph: str, community: int) -> dict[str, Any]:
    """One community's own KPIs: its name, size, ties inside and their density, its share of
    the modularity, most central members and brokers (as handles), and what its members did:
    original posts, engagement received on them, and likes/comments/shares/mentions given."""
    from socialscope.network.names import named_communities

    table = named_communities(store, graph)
    row = table[table["community"] == community]
    if row.empty:
        raise NotFoundError(f"community {community} is not in the {graph} graph")
    info = {k: plain(v) for k, v in row.iloc[0].items()}
    extra = store.df(
        "SELECT internal_ties, modularity_contribution FROM communities WHERE graph = ? AND community = ?",
        [graph, community],
    ).iloc[0]
    posts, received = store.con.execute(
        """SELECT count(*), sum(coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0))
           FROM posts p JOIN network_metrics m ON m.graph = ? AND m.account_id = p.account_id
           WHERE m.community = ? AND p.repost_of_post_id IS NULL""",
        [graph, community],
    ).fetchall()[0]
    given = store.scalar(
        """SELECT count(*) FROM interactions i JOIN network_metrics m ON m.graph = ? AND m.account_id = i.actor_account_id
           WHERE m.community = ? AND i.kind NOT IN ('message', 'email')""",
        [graph, community],
    )
    return {
        **info,
        "internal_ties": plain(extra["internal_ties"]),
        "modularity_contribution": plain(extra["modularity_contribution"]),
        "posts": int(posts or 0),
        "engagement_received": int(received or 0),
        "engagement_given": int(given or 0),
    }
