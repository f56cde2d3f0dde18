"""Engagement rates of posts: every named variant, as a ratio of sums over the posts of a
group (default) or as a mean of per-post ratios (``average="mean_of_ratios"``).

Engagements = likes + comments + shares + saves (the interaction counters platforms report;
clicks are left out, as in Sprout Social's and Hootsuite's published engagement-rate
formulas). Variants differ by denominator. *Followers* is the author's follower count at
publish time: the latest ``follower_snapshots`` row on or before the post (an ASOF join),
else the account's ``followers_count``.
"""

from __future__ import annotations

from typing import Any

import ibis
from ibis.common.exceptions import TableNotFound

from socialscope.errors import NotFoundError, UsageError
from socialscope.metrics import MetricRegistry, RatioMetric

POST_SUMS = ("posts", "impressions", "reach", "followers", "engagements", "likes", "comments", "shares", "clicks")

ENGAGEMENT_METRICS = MetricRegistry(
    POST_SUMS,
    [
        RatioMetric(
            "engagement_rate_impressions",
            "engagements / impressions",
            "Hootsuite: engagement rate by impressions",
            lambda s: s.engagements,
            lambda s: s.impressions,
        ),
        RatioMetric(
            "engagement_rate_reach",
            "engagements / reach",
            "Hootsuite: engagement rate by reach (ERR)",
            lambda s: s.engagements,
            lambda s: s.reach,
        ),
        RatioMetric(
            "engagement_rate_followers",
            "engagements / followers at publish time",
            "Sprout Social / Rival IQ: engagement rate by followers",
            lambda s: s.engagements,
            lambda s: s.followers,
        ),
        RatioMetric(
            "conversation_rate",
            "comments / posts",
            "Kaushik (2011): conversation rate",
            lambda s: s.comments,
            lambda s: s.posts,
        ),
        RatioMetric(
            "amplification_rate",
            "shares / posts",
            "Kaushik (2011): amplification rate",
            lambda s: s.shares,
            lambda s: s.posts,
        ),
        RatioMetric(
            "applause_rate", "likes / posts", "Kaushik (2011): applause rate", lambda s: s.likes, lambda s: s.posts
        ),
        RatioMetric(
            "conversation_per_1k_followers",
            "1000 × comments / followers",
            "Kaushik (2011), per 1,000 followers",
            lambda s: s.comments,
            lambda s: s.followers,
            scale=1000.0,
        ),
        RatioMetric(
            "amplification_per_1k_followers",
            "1000 × shares / followers",
            "Kaushik (2011), per 1,000 followers",
            lambda s: s.shares,
            lambda s: s.followers,
            scale=1000.0,
        ),
        RatioMetric(
            "applause_per_1k_followers",
            "1000 × likes / followers",
            "Kaushik (2011), per 1,000 followers",
            lambda s: s.likes,
            lambda s: s.followers,
            scale=1000.0,
        ),
    ],
)


REPORT_GROUPINGS = {
    "account": ["account_id", "handle", "kind"],
    "platform": ["platform"],
    "day": ["period"],
    "week": ["period"],
    "month": ["period"],
    "kind": ["kind"],
    "paid": ["is_paid"],
    "intent": ["intent"],
    "hour": ["hour"],
    "weekday": ["weekday"],
}


def engagement_report(
    backend: Any,
    *,
    by: str = "account",
    since: Any = None,
    until: Any = None,
    split_intent: bool = False,
    average: str = "ratio_of_sums",
) -> Any:
    """Engagement sums and every rate, grouped by account, platform, day, week, month, kind,
    paid or intent, for posts created in [since, until); ``split_intent`` adds the post's
    intent (networking / marketing, from ``classify run``) to any grouping; ``hour`` (0–23)
    and ``weekday`` (0 = Monday) find the best times to post. ``average`` picks ratio of sums
    or mean of per-post ratios; the result's ``average`` column says which."""
    if by not in REPORT_GROUPINGS:
        raise UsageError(f"by must be one of: {', '.join(REPORT_GROUPINGS)}")
    unit = {"day": "D", "week": "W", "month": "M"}.get(by)
    groups = REPORT_GROUPINGS[by] + (["intent"] if split_intent and by != "intent" else [])
    return post_engagement(backend, by=groups, since=since, until=until, period=unit, average=average)


def post_engagement(
    backend: Any,
    *,
    by: list[str] | None = None,
    original_only: bool = True,
    since: Any = None,
    until: Any = None,
    period: str | None = None,
    platform: str | None = None,
    average: str = "ratio_of_sums",
) -> Any:
    """Engagement sums and rates of posts grouped ``by`` post/account columns.

    ``original_only`` leaves out reposts, whose counters belong to the cascade, not the
    author's content. Account columns (``kind``, ``is_own``, ``handle``) may be grouped on,
    and ``intent`` (networking / marketing; 'unclassified' before ``classify run``).
    """
    posts = backend.table("posts")
    accounts = backend.table("accounts")
    accounts = accounts.select("account_id", "kind", "is_own", "handle", followers_now=accounts.followers_count)
    if original_only:
        posts = posts.filter(posts.repost_of_post_id.isnull())
    if since is not None:
        posts = posts.filter(posts.created_at >= since)
    if until is not None:
        posts = posts.filter(posts.created_at < until)
    if platform:
        posts = posts.filter(posts.platform == platform)
    posts = with_followers_then(backend, posts)
    joined = posts.left_join(accounts, posts.account_id == accounts.account_id)
    if by and "intent" in by:
        try:
            intents = backend.table("content_intent").select("post_id", "intent")
        except TableNotFound:
            raise NotFoundError("no intents yet: run 'socialscope classify run'") from None
        joined = joined.left_join(intents, joined.post_id == intents.post_id)
        intent = joined.intent.fill_null("unclassified")
    else:
        intent = ibis.literal("unclassified")
    rows = joined.select(
        posts.platform,
        posts.is_paid,
        accounts.kind,
        accounts.is_own,
        accounts.handle,
        account_id=posts.account_id,
        intent=intent,
        period=posts.created_at.truncate(period or "D"),
        hour=posts.created_at.hour(),
        weekday=posts.created_at.day_of_week.index(),
        posts=1,
        followers=posts.followers_then.fill_null(accounts.followers_now),
        impressions=posts.impressions.fill_null(0),
        reach=posts.reach.fill_null(0),
        likes=posts.likes.fill_null(0),
        comments=posts.comments.fill_null(0),
        shares=posts.shares.fill_null(0),
        clicks=posts.clicks.fill_null(0),
        engagements=posts.likes.fill_null(0)
        + posts.comments.fill_null(0)
        + posts.shares.fill_null(0)
        + posts.saves.fill_null(0),
    )
    result = ENGAGEMENT_METRICS.aggregate(rows, by, average=average).mutate(average=ibis.literal(average))
    return result.order_by(by) if by else result


def with_followers_then(backend: Any, posts: Any) -> Any:
    """``posts`` plus ``followers_then``: the author's followers in the latest snapshot at or
    before the post (null before the first snapshot).

    :func:`socialscope.asof.asof_join`, backward: a snapshot dated at a post's time counts.
    """
    from socialscope.asof import asof_join

    snaps = backend.table("follower_snapshots")
    return asof_join(
        posts,
        snaps,
        by="account_id",
        on="created_at",
        right_by="account_id",
        right_on="date",
        direction="backward",
        columns={"followers_then": snaps.followers.cast("int64")},
    )
