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


def own_follower_totals(store: Any, *, since: Any = None, until: Any = None, platform: str | None = None) -> dict:
    """Followers of the own accounts (``is_own``) over the days [since, until], summed over
    the accounts: at each account's last snapshot on or before ``until``, and at its baseline —
    the last snapshot before ``since`` (the period's start), else its first snapshot in the
    period. Net new = end − baseline; growth = net new / baseline (Sprout Social's and
    Hootsuite's audience growth rate). Empty when no own account has a snapshot in range.

    The one home of the own-follower KPIs: ``analyze``, the dashboard, the report and the
    digest call it (they once disagreed: +54.5% against 0%).
    """
    row = store.con.execute(
        """WITH own AS (SELECT s.account_id, s.date, s.followers FROM follower_snapshots s
                        JOIN accounts a USING (account_id)
                        WHERE a.is_own AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)),
                ends AS (SELECT account_id, arg_max(followers, date) AS followers FROM own
                         WHERE (?::DATE IS NULL OR date <= ?::DATE)
                           AND (?::DATE IS NULL OR date >= ?::DATE) GROUP BY account_id),
                before AS (SELECT account_id, arg_max(followers, date) AS followers FROM own
                           WHERE ?::DATE IS NOT NULL AND date < ?::DATE GROUP BY account_id),
                first_in AS (SELECT account_id, arg_min(followers, date) AS followers FROM own
                             WHERE (?::DATE IS NULL OR date >= ?::DATE)
                               AND (?::DATE IS NULL OR date <= ?::DATE) GROUP BY account_id)
           SELECT sum(e.followers), sum(coalesce(b.followers, f.followers)), count(*)
           FROM ends e LEFT JOIN before b USING (account_id) LEFT JOIN first_in f USING (account_id)""",
        [platform, platform, until, until, since, since, since, since, since, since, until, until],
    ).fetchall()[0]
    end, start, accounts = row
    if not accounts or end is None:
        return {}
    return {
        "own_followers": int(end),
        "own_net_new_followers": int(end - start),
        "own_follower_growth": (end - start) / start if start else None,
    }


def own_follower_series(store: Any, *, since: Any = None, until: Any = None, platform: str | None = None) -> Any:
    """Daily followers of the own accounts, summed, on the days every own account (of
    ``platform``) has a snapshot — a day missing one account would dip falsely."""
    return store.df(
        """SELECT s.date, sum(s.followers) AS followers
           FROM follower_snapshots s JOIN accounts a USING (account_id)
           WHERE a.is_own AND (?::DATE IS NULL OR s.date >= ?::DATE) AND (?::DATE IS NULL OR s.date <= ?::DATE)
             AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)
           GROUP BY s.date
           HAVING count(*) = (SELECT count(DISTINCT s2.account_id) FROM follower_snapshots s2
                              JOIN accounts a2 USING (account_id)
                              WHERE a2.is_own AND (?::VARCHAR IS NULL OR a2.platform = ?::VARCHAR))
           ORDER BY s.date""",
        [since, since, until, until, platform, platform, platform, platform],
    )


def activity(store: Any, *, since: Any = None, until: Any = None, platform: str | None = None) -> dict:
    """What people did in [since, until): accounts that engaged (public interactions: likes,
    comments, replies, shares, mentions…), those interactions, and the messages and e-mails
    between colleagues (the collaboration graph's raw material) with the people who sent them."""
    row = store.con.execute(
        """SELECT count(DISTINCT i.actor_account_id) FILTER (WHERE i.kind NOT IN ('message', 'email')),
                  count(*) FILTER (WHERE i.kind NOT IN ('message', 'email')),
                  count(*) FILTER (WHERE i.kind IN ('message', 'email')),
                  count(DISTINCT i.actor_account_id) FILTER (WHERE i.kind IN ('message', 'email'))
           FROM interactions i LEFT JOIN accounts a ON a.account_id = i.actor_account_id
           WHERE (?::TIMESTAMP IS NULL OR i.created_at >= ?::TIMESTAMP)
             AND (?::TIMESTAMP IS NULL OR i.created_at < ?::TIMESTAMP)
             AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)""",
        [since, since, until, until, platform, platform],
    ).fetchall()[0]
    return dict(zip(("active_accounts", "interactions", "messages", "messaging_people"), map(int, row), strict=True))
