"""A person's network profile: metrics with percentiles, communities, ties, engagement, risk.

This is the "look a person up before a counter-offer" view: everything the network tables
know about one account, in one dictionary (JSON-ready).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from socialscope.errors import NotFoundError, UsageError
from socialscope.jsonable import plain
from socialscope.network.build import rebuild_graph
from socialscope.network.risk import key_person_risk
from socialscope.store.connection import Store

PROFILE_METRICS = (
    "influence",
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
    percent = ", ".join(f'percent_rank() OVER (ORDER BY "{m}" NULLS FIRST) AS "{m}_pct"' for m in PROFILE_METRICS)
    rows = store.df(
        f"""SELECT * FROM (SELECT *, {percent} FROM network_metrics WHERE graph = ?)
            WHERE account_id = ?""",
        [graph, account_id],
    )
    if rows.empty:
        raise NotFoundError(f"{account_id} is not in the {graph} graph (no ties there, or not analysed yet)")
    row = rows.iloc[0]
    metrics = {m: {"value": plain(row[m]), "percentile": plain(row[f"{m}_pct"])} for m in PROFILE_METRICS}
    metrics["betweenness"]["estimated"] = bool(row["betweenness_estimated"])

    g = rebuild_graph(store, graph)
    v = g.index_of(account_id)
    membership = (
        store.df("SELECT account_id, community FROM network_metrics WHERE graph = ?", [graph])
        .set_index("account_id")["community"]
        .reindex(g.account_ids)
        .fillna(-1)
        .astype(int)
        .to_numpy()
    )
    pairs, summed = g.undirected_edges()
    touching = (pairs[:, 0] == v) | (pairs[:, 1] == v)
    neighbours = np.where(pairs[touching, 0] == v, pairs[touching, 1], pairs[touching, 0])
    weights = summed[touching]
    order = np.argsort(-weights, kind="stable")[:ties]
    handles = dict(store.con.execute("SELECT account_id, handle FROM accounts").fetchall())
    strongest = [
        {
            "account_id": g.account_ids[u],
            "handle": handles.get(g.account_ids[u]),
            "weight": float(w),
            "community": int(membership[u]),
        }
        for u, w in zip(neighbours[order], weights[order], strict=True)
    ]
    own = int(row["community"])
    bridged = {}
    for c in membership[neighbours]:
        if c != own:
            bridged[int(c)] = bridged.get(int(c), 0) + 1
    community = store.df(
        "SELECT size, internal_density, top_members FROM communities WHERE graph = ? AND community = ?", [graph, own]
    )
    risk_rows = (
        store.df(
            "SELECT * EXCLUDE (run_id, graph) FROM key_person_risk WHERE graph = ? AND account_id = ?",
            [graph, account_id],
        )
        if store.has_table("key_person_risk")
        else None
    )
    if risk_rows is None or risk_rows.empty:
        betweenness = store.df("SELECT betweenness FROM network_metrics WHERE graph = ?", [graph])
        risk_rows = key_person_risk(
            g, membership, np.nan_to_num(betweenness["betweenness"].to_numpy()), vertices=[v]
        ).drop(columns=["rank"])
    risk = {k: plain(val) for k, val in risk_rows.iloc[0].items() if k != "account_id"}
    return {
        "account": {
            k: plain(info[k])
            for k in ("account_id", "platform", "handle", "display_name", "kind", "is_own", "followers_count")
        },
        "graph": graph,
        "metrics": metrics,
        "community": {
            "id": own,
            **({k: plain(community.iloc[0][k]) for k in ("size", "internal_density")} if not community.empty else {}),
        },
        "communities_bridged": [{"community": c, "ties": n} for c, n in sorted(bridged.items(), key=lambda x: -x[1])],
        "strongest_ties": strongest,
        "engagement": engagement_given_received(store, account_id),
        "key_person_risk": risk,
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
