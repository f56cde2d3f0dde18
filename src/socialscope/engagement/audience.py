"""Audience size and growth from ``follower_snapshots``.

Net new followers over a period = followers at its last snapshot - followers at the
snapshot before it starts; growth rate = net new / followers at the start (period over
period, as Sprout Social and Hootsuite define audience growth rate).
"""

from __future__ import annotations

from typing import Any


def audience_growth(backend: Any, *, period: str = "month") -> Any:
    """Per account and period: followers at the end, net new followers, growth rate."""
    import ibis

    unit = {"day": "D", "week": "W", "month": "M", "quarter": "Q"}[period]
    snaps = backend.table("follower_snapshots")
    snaps = snaps.mutate(period=snaps.date.truncate(unit))
    last_in_period = snaps.group_by(["account_id", "period"]).aggregate(last_date=snaps.date.max())
    ends = last_in_period.join(
        snaps, [last_in_period.account_id == snaps.account_id, last_in_period.last_date == snaps.date]
    ).select(last_in_period.account_id, last_in_period.period, followers_end=snaps.followers)
    window = ibis.window(group_by=ends.account_id, order_by=ends.period)
    start = ends.followers_end.lag().over(window)
    return ends.mutate(
        followers_start=start,
        net_new=ends.followers_end - start,
        growth_rate=(ends.followers_end - start) / start.nullif(0),
    ).order_by(["account_id", "period"])
