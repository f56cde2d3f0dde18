"""Communities over time: detect per period, match across periods, label what happened.

For each period the graph is rebuilt from the ties active in it (interactions and messages
in the period; follows made up to its end), and Leiden finds communities of at least
``min_size`` members. Consecutive periods are matched by member overlap (Jaccard ≥
``min_jaccard``), and each community is labelled as in Greene, Doyle & Cunningham (2010),
"Tracking the evolution of communities in dynamic social networks":

- formation: no predecessor;       dissolution: a previous community with no successor;
- merge: two or more predecessors; split: its predecessor has two or more successors;
- growth / shrinkage: one-to-one, size up / down by more than ``change`` (default 10%);
- stable: one-to-one otherwise.

Each row also counts members who joined and left, and how many members engaged with (or
followed) the user's own brand accounts in the period — and the change from the
predecessors — so a brand sees which communities it reaches more or less than before.
"""

from __future__ import annotations

import json

import pandas as pd

from socialscope.errors import UsageError
from socialscope.network.build import build_graph
from socialscope.network.community import leiden
from socialscope.store.connection import Store

PERIODS = {"month": "1 month", "quarter": "3 months", "week": "1 week"}
_TIME_COLUMN = {
    "follows": ("follows", "followed_at"),
    "interactions": ("interactions", "created_at"),
    "collaboration": ("interactions", "created_at"),
}


def period_starts(store: Store, graph: str, period: str) -> list[pd.Timestamp]:
    """The starts of every period between the graph's first and last tie."""
    if period not in PERIODS:
        raise UsageError(f"period must be one of: {', '.join(PERIODS)}")
    table, column = _TIME_COLUMN[graph]
    unit = {"month": "month", "quarter": "quarter", "week": "week"}[period]
    rows = store.con.execute(
        f"""SELECT unnest(generate_series(date_trunc('{unit}', min({column})),
                                          date_trunc('{unit}', max({column})), INTERVAL {PERIODS[period]}))
            FROM {table} WHERE {column} IS NOT NULL"""
    ).fetchall()
    return [pd.Timestamp(r[0]) for r in rows if r[0] is not None]


def community_evolution(
    store: Store,
    graph: str = "interactions",
    *,
    period: str = "month",
    resolution: float = 1.0,
    seed: int = 42,
    min_size: int = 3,
    min_jaccard: float = 0.3,
    change: float = 0.1,
) -> pd.DataFrame:
    """One row per community per period (plus dissolution rows), oldest period first."""
    starts = period_starts(store, graph, period)
    step = (
        pd.DateOffset(months=1)
        if period == "month"
        else (pd.DateOffset(months=3) if period == "quarter" else pd.DateOffset(weeks=1))
    )
    own = {r[0] for r in store.con.execute("SELECT account_id FROM accounts WHERE is_own").fetchall()}
    rows: list[dict] = []
    previous: pd.DataFrame | None = None  # columns: community, account_id
    prev_info: dict[int, dict] = {}
    next_lineage = 0
    for start in starts:
        end = start + step
        since = None if graph == "follows" else start.to_pydatetime()
        g = build_graph(store, graph, since=since, until=end.to_pydatetime())
        if g.n == 0:
            continue
        membership = leiden(g, resolution=resolution, seed=seed).membership
        current = pd.DataFrame({"community": membership, "account_id": g.account_ids})
        sizes = current.groupby("community").size()
        current = current[current["community"].isin(sizes[sizes >= min_size].index)]
        reach = _brand_reach(store, graph, current, own, start, end)
        info: dict[int, dict] = {}
        if previous is None or previous.empty:
            matches = pd.DataFrame(columns=["prev", "cur", "jaccard"])
        else:
            matches = _jaccard(previous, current)
            matches = matches[matches["jaccard"] >= min_jaccard]
        successors = matches.groupby("prev")["cur"].nunique() if len(matches) else pd.Series(dtype=int)
        cur_sizes = current.groupby("community").size()
        for c, size in cur_sizes.items():
            mine = matches[matches["cur"] == c].sort_values("jaccard", ascending=False)
            preds = [int(p) for p in mine["prev"]]
            members = set(current.loc[current["community"] == c, "account_id"])
            before = set(previous.loc[previous["community"].isin(preds), "account_id"]) if preds else set()
            if not preds:
                event, lineage = "formation", next_lineage
                next_lineage += 1
            else:
                lineage = prev_info[preds[0]]["lineage"]
                pred_size = sum(prev_info[p]["size"] for p in preds)
                if len(preds) > 1:
                    event = "merge"
                elif successors.get(preds[0], 0) > 1:
                    event = "split"
                elif size > (1 + change) * pred_size:
                    event = "growth"
                elif size < (1 - change) * pred_size:
                    event = "shrinkage"
                else:
                    event = "stable"
            brand = int(reach.get(c, 0))
            before_reach = sum(prev_info[p]["brand_reach"] for p in preds) if preds else None
            info[int(c)] = {"lineage": lineage, "size": int(size), "brand_reach": brand}
            rows.append(
                {
                    "period": start.date(),
                    "community": int(c),
                    "lineage": int(lineage),
                    "size": int(size),
                    "event": event,
                    "predecessors": json.dumps(preds),
                    "best_jaccard": float(mine["jaccard"].iloc[0]) if preds else None,
                    "joined": len(members - before) if preds else len(members),
                    "left": len(before - members) if preds else 0,
                    "brand_reach": brand,
                    "brand_reach_share": brand / size,
                    "brand_reach_change": None if before_reach is None else brand - before_reach,
                }
            )
        for p, pinfo in prev_info.items():
            if p not in set(matches["prev"]):
                rows.append(
                    {
                        "period": start.date(),
                        "community": int(p),
                        "lineage": pinfo["lineage"],
                        "size": 0,
                        "event": "dissolution",
                        "predecessors": json.dumps([int(p)]),
                        "best_jaccard": None,
                        "joined": 0,
                        "left": pinfo["size"],
                        "brand_reach": 0,
                        "brand_reach_share": None,
                        "brand_reach_change": -pinfo["brand_reach"],
                    }
                )
        previous, prev_info = current, info
    return pd.DataFrame(rows)


def _jaccard(previous: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    """Jaccard overlap of every pair of communities that share a member."""
    both = previous.merge(current, on="account_id", suffixes=("_prev", "_cur"))
    inter = both.groupby(["community_prev", "community_cur"]).size().rename("inter").reset_index()
    size_prev = previous.groupby("community").size()
    size_cur = current.groupby("community").size()
    union = size_prev[inter["community_prev"]].to_numpy() + size_cur[inter["community_cur"]].to_numpy() - inter["inter"]
    return pd.DataFrame(
        {"prev": inter["community_prev"], "cur": inter["community_cur"], "jaccard": inter["inter"] / union}
    )


def _brand_reach(
    store: Store, graph: str, current: pd.DataFrame, own: set[str], start: pd.Timestamp, end: pd.Timestamp
) -> pd.Series:
    """Members per community who engaged with, or followed, an own-brand account in the period."""
    if not own or current.empty:
        return pd.Series(dtype=int)
    store.con.register("_members", current)
    try:
        reached = store.df(
            """WITH touched AS (
                   SELECT i.actor_account_id AS account_id FROM interactions i
                   LEFT JOIN posts p ON i.post_id = p.post_id
                   JOIN accounts a ON a.account_id = coalesce(i.target_account_id, p.account_id)
                   WHERE a.is_own AND i.created_at >= ? AND i.created_at < ?
                   UNION
                   SELECT f.src_account_id FROM follows f JOIN accounts a ON a.account_id = f.dst_account_id
                   WHERE a.is_own AND f.followed_at < ?)
               SELECT m.community, count(DISTINCT m.account_id) AS reached
               FROM _members m JOIN touched USING (account_id) GROUP BY m.community""",
            [start.to_pydatetime(), end.to_pydatetime(), end.to_pydatetime()],
        )
    finally:
        store.con.unregister("_members")
    return reached.set_index("community")["reached"] if not reached.empty else pd.Series(dtype=int)
