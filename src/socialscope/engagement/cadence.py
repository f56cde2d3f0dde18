"""When and how often accounts post, the posts that did best, the daily engagement rate and
the cost per engagement of paid posts."""

from __future__ import annotations

from typing import Any

import pandas as pd

from socialscope.errors import UsageError
from socialscope.names import TOP_POST_METRICS


def posting_cadence(store: Any, *, own_only: bool = False) -> pd.DataFrame:
    """Per account: original posts, active days, posts per week over its posting span, and
    the median and mean hours between consecutive posts."""
    return store.df(
        """
        WITH p AS (
            SELECT p.account_id, p.created_at,
                   epoch(p.created_at - lag(p.created_at) OVER (PARTITION BY p.account_id ORDER BY p.created_at))
                       / 3600.0 AS gap_hours
            FROM posts p JOIN accounts a USING (account_id)
            WHERE p.repost_of_post_id IS NULL AND p.created_at IS NOT NULL AND (? = false OR a.is_own))
        SELECT p.account_id, a.handle, count(*) AS posts, count(DISTINCT p.created_at::DATE) AS active_days,
               count(*) / greatest(epoch(max(p.created_at) - min(p.created_at)) / 604800.0, 1.0) AS posts_per_week,
               median(gap_hours) AS median_hours_between_posts, avg(gap_hours) AS mean_hours_between_posts,
               min(p.created_at) AS first_post, max(p.created_at) AS last_post
        FROM p JOIN accounts a USING (account_id)
        GROUP BY p.account_id, a.handle
        ORDER BY posts DESC, p.account_id
        """,
        [own_only],
    )


def top_posts(store: Any, *, n: int = 10, by: str = "engagements", account: str | None = None) -> pd.DataFrame:
    """The ``n`` original posts ranking highest ``by`` engagements, engagement rate by reach,
    reach, shares or comments (optionally of one account id)."""
    if by not in TOP_POST_METRICS:
        raise UsageError(f"by must be one of: {', '.join(TOP_POST_METRICS)}")
    return store.df(
        f"""
        SELECT * FROM (
            SELECT p.post_id, p.account_id, a.handle, p.created_at, p.platform, p.text, p.reach, p.impressions,
                   p.likes, p.comments, p.shares,
                   coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0)
                       AS engagements,
                   (coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0))
                       / nullif(p.reach, 0) AS engagement_rate_reach
            FROM posts p LEFT JOIN accounts a USING (account_id)
            WHERE p.repost_of_post_id IS NULL AND (?::VARCHAR IS NULL OR p.account_id = ?::VARCHAR))
        ORDER BY "{by}" DESC NULLS LAST, post_id LIMIT ?
        """,
        [account, account, n],
    )


def daily_engagement_rate(store: Any, *, own_only: bool = True) -> pd.DataFrame:
    """Hootsuite's daily engagement rate: per account and calendar day, the engagements that
    happened that day (likes, comments, replies and shares by others on its posts, from the
    interaction log) over its followers that day (latest snapshot on or before it, else
    ``followers_count``); every day from its first post to its last interaction counts, quiet
    days as zero. Also the mean over those days per account (``day`` is null on that row)."""
    return store.df(
        """
        WITH scope AS (SELECT account_id, handle, followers_count FROM accounts WHERE ? = false OR is_own),
        daily AS (
            SELECT p.account_id, i.created_at::DATE AS day, count(*) AS engagements
            FROM interactions i JOIN posts p ON p.post_id = i.post_id JOIN scope USING (account_id)
            WHERE i.kind IN ('like', 'comment', 'reply', 'share') AND i.actor_account_id <> p.account_id
            GROUP BY 1, 2),
        span AS (
            SELECT s.account_id, min(p.created_at)::DATE AS d0, max(d.day) AS d1
            FROM scope s JOIN posts p USING (account_id) JOIN daily d USING (account_id) GROUP BY 1),
        days AS (SELECT account_id, unnest(generate_series(d0, d1, INTERVAL 1 DAY))::DATE AS day FROM span),
        filled AS (
            SELECT days.account_id, days.day, coalesce(daily.engagements, 0) AS engagements
            FROM days LEFT JOIN daily USING (account_id, day)),
        with_followers AS (
            SELECT f.*, coalesce(fs.followers, sc.followers_count) AS followers
            FROM filled f JOIN scope sc USING (account_id)
            ASOF LEFT JOIN follower_snapshots fs ON fs.account_id = f.account_id AND fs.date <= f.day)
        SELECT account_id, day, engagements, followers, engagements / nullif(followers, 0) AS daily_engagement_rate
        FROM with_followers
        UNION ALL
        SELECT account_id, NULL, sum(engagements), avg(followers), avg(engagements / nullif(followers, 0))
        FROM with_followers GROUP BY account_id
        ORDER BY account_id, day NULLS FIRST
        """,
        [own_only],
    )


def cost_per_engagement(store: Any) -> pd.DataFrame:
    """Per campaign with paid posts: spend (Σ ``ad_stats.spend``) / engagements on its paid
    posts — what one like, comment, share or save of promoted content cost."""
    return store.df(
        """
        WITH spend AS (SELECT campaign_id, sum(spend) AS spend FROM ad_stats GROUP BY 1),
        paid AS (
            SELECT campaign_id, count(*) AS paid_posts,
                   sum(coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0))
                       AS engagements
            FROM posts WHERE is_paid AND campaign_id IS NOT NULL GROUP BY 1)
        SELECT c.campaign_id, c.name, c.platform, p.paid_posts, s.spend, p.engagements,
               s.spend / nullif(p.engagements, 0) AS cost_per_engagement
        FROM paid p JOIN campaigns c USING (campaign_id) LEFT JOIN spend s USING (campaign_id)
        ORDER BY cost_per_engagement NULLS LAST, c.campaign_id
        """
    )
