"""Audience size and growth from ``follower_snapshots``.

Net new followers over a period = followers at its last snapshot - followers at the
snapshot before it starts; growth rate = net new / followers at the start (period over
period, as Sprout Social and Hootsuite define audience growth rate).
"""

from __future__ import annotations

from datetime import date
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


def own_audience(
    store: Any, *, since: date | None = None, until: date | None = None, platform: str | None = None
) -> dict[str, Any]:
    """The own accounts' audience over [since, until] (inclusive dates; open ends = all data),
    the one definition that ``analyze``, the dashboard and the report read.

    Per own account: followers at its last snapshot on or before ``until`` (end) and at its
    first snapshot on or after ``since`` (start) — each account on its own dates, so accounts
    snapshotted on different days still count. Summed over the accounts that have both:
    ``own_followers`` = Σ end, ``own_net_new_followers`` = Σ end − Σ start,
    ``own_follower_growth`` = net new / Σ start (null when Σ start is 0). Empty without snapshots.
    """
    row = store.con.execute(
        """WITH own AS (
             SELECT s.account_id, s.date, s.followers
             FROM follower_snapshots s JOIN accounts a USING (account_id)
             WHERE a.is_own AND (?::DATE IS NULL OR s.date >= ?::DATE) AND (?::DATE IS NULL OR s.date <= ?::DATE)
               AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)),
           ends AS (
             SELECT account_id, arg_min(followers, date) AS start, arg_max(followers, date) AS "end"
             FROM own GROUP BY account_id)
           SELECT sum("end"), sum(start), count(*) FROM ends""",
        [since, since, until, until, platform, platform],
    ).fetchall()[0]
    end, start, accounts = row
    if not accounts:
        return {}
    return {
        "own_followers": int(end),
        "own_net_new_followers": int(end - start),
        "own_follower_growth": (end - start) / start if start else None,
    }
