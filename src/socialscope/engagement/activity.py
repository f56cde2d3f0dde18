"""Who was active and how the own audience moved day by day: the People page's KPIs and the
Overview's follower trend (the audience totals themselves live in :mod:`engagement.audience`)."""

from __future__ import annotations

from typing import Any


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
