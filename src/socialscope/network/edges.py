"""The edges of each graph, defined once as Ibis expressions so every engine builds the same graph.

Each function returns a table of ``s`` (source account), ``d`` (target account) and ``w``
(tie weight, float): the embedded engine compiles it to DuckDB SQL, the Spark engine runs it
on Spark DataFrames.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from socialscope.errors import UsageError
from socialscope.metrics import seconds_between
from socialscope.names import GRAPHS

COLLABORATION_KINDS = ("message", "email")
PUBLIC_KINDS = ("like", "comment", "reply", "share", "mention", "click", "reaction")
DIRECTED = {"follows": True, "interactions": True, "collaboration": False}


def _instant(value: date | datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return value


def _in_window(column: Any, since: Any, until: Any) -> Any:
    import ibis

    condition = ibis.literal(True)
    if since is not None:
        condition &= column >= _instant(since)
    if until is not None:
        condition &= column < _instant(until)
    return condition


def edge_params(
    name: str,
    *,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    kinds: tuple[str, ...] | None = None,
    min_ties: int = 2,
    window_days: int = 28,
) -> dict[str, Any]:
    """The parameters :func:`graph_edges` builds graph ``name`` with, defaults filled in, as
    ``network_graphs.params`` records them (so a re-analysis rebuilds the same graph)."""
    params: dict[str, Any] = {"since": str(since) if since else None, "until": str(until) if until else None}
    if name == "interactions":
        params["kinds"] = list(kinds or PUBLIC_KINDS)
    elif name == "collaboration":
        params.update(kinds=list(kinds or COLLABORATION_KINDS), min_ties=min_ties, window_days=window_days)
    return params


def graph_edges(
    backend: Any,
    name: str = "follows",
    *,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    kinds: tuple[str, ...] | None = None,
    min_ties: int = 2,
    window_days: int = 28,
) -> Any:
    """Weighted edges (``s``, ``d``, ``w``) of graph ``name`` over an Ibis backend.

    - follows: directed, src follows dst (importance flows to dst); ``followed_at`` in
      [since, until) when given (edges without a time are kept); duplicates collapse, w = 1.
    - interactions: directed actor -> target (or the author of the post acted on), weighted
      by count; ``kinds`` defaults to the public kinds (likes, comments, shares, mentions …).
    - collaboration: undirected (s < d); two people are tied when they exchanged at least
      ``min_ties`` messages/emails within some ``window_days`` window (the usual
      organisational-network-analysis rule: 2 in 28 days); weight = messages exchanged.
    Self-ties are dropped in every graph.
    """
    import ibis

    if name not in GRAPHS:
        raise UsageError(f"unknown graph '{name}'; choose one of: {', '.join(GRAPHS)}")
    if name == "follows":
        f = backend.table("follows")
        keep = f.src_account_id != f.dst_account_id
        if since is not None or until is not None:
            keep &= f.followed_at.isnull() | _in_window(f.followed_at, since, until)
        f = f.filter(keep)
        return f.select(s=f.src_account_id, d=f.dst_account_id).distinct().mutate(w=ibis.literal(1.0, "float64"))
    interactions = backend.table("interactions")
    if name == "interactions":
        kinds = kinds or PUBLIC_KINDS
        posts = backend.table("posts").select(acted_post_id="post_id", author="account_id")
        i = interactions.left_join(posts, interactions.post_id == posts.acted_post_id)
        i = i.select(s=i.actor_account_id, d=i.target_account_id.fill_null(i.author), kind=i.kind, at=i.created_at)
        i = i.filter(i.kind.isin(list(kinds)) & _in_window(i.at, since, until) & i.d.notnull() & (i.s != i.d))
        return i.group_by(["s", "d"]).aggregate(w=i.count().cast("float64"))
    kinds = kinds or COLLABORATION_KINDS
    i = interactions
    i = i.filter(
        i.kind.isin(list(kinds))
        & _in_window(i.created_at, since, until)
        & i.target_account_id.notnull()
        & (i.actor_account_id != i.target_account_id)
    )
    m = i.select(
        a=ibis.least(i.actor_account_id, i.target_account_id),
        b=ibis.greatest(i.actor_account_id, i.target_account_id),
        at=i.created_at,
    )
    # the (min_ties)-th message of a pair counted from each message: a tie when it is close enough
    nth = m.at.lead(max(min_ties, 1) - 1).over(ibis.window(group_by=[m.a, m.b], order_by=m.at))
    windows = m.mutate(nth=nth)
    gap = seconds_between(windows.at, windows.nth)
    tied = windows.filter(windows.nth.notnull() & (gap <= int(window_days) * 86400)).select("a", "b").distinct()
    tied = tied.rename(ta="a", tb="b")
    pairs = m.join(tied, [m.a == tied.ta, m.b == tied.tb])
    return pairs.group_by(s=pairs.a, d=pairs.b).aggregate(w=pairs.count().cast("float64"))


def available_graphs(backend: Any) -> list[str]:
    """The graphs a store (any engine's tables) has data for."""
    found = []
    if backend.table("follows").count().to_pyarrow().as_py():
        found.append("follows")
    i = backend.table("interactions")
    kinds = set(i.select("kind").distinct().to_pandas()["kind"].dropna())
    if kinds - set(COLLABORATION_KINDS):
        found.append("interactions")
    if kinds & set(COLLABORATION_KINDS):
        found.append("collaboration")
    return found
