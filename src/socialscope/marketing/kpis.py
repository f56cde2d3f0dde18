"""Campaign KPIs: CTR, CPC, CPM, conversion rate, CPA, ROAS, ROI, frequency.

Every figure for a period or a group is a ratio of sums of ``ad_stats`` rows. Definitions
follow the ad platforms' published formulas (Meta Ads Manager and Google Ads help centre
glossaries; ROI as in Kotler's marketing ROI: (return - cost) / cost).
"""

from __future__ import annotations

from typing import Any

from socialscope.errors import UsageError
from socialscope.metrics import MetricRegistry, RatioMetric
from socialscope.names import CAMPAIGN_GROUPINGS as GROUPINGS

CAMPAIGN_SUMS = ("impressions", "reach", "clicks", "spend", "conversions", "conversion_value")

CAMPAIGN_METRICS = MetricRegistry(
    CAMPAIGN_SUMS,
    [
        RatioMetric(
            "ctr", "clicks / impressions", "Google Ads: click-through rate", lambda s: s.clicks, lambda s: s.impressions
        ),
        RatioMetric(
            "cpc", "spend / clicks", "Google Ads: average cost per click", lambda s: s.spend, lambda s: s.clicks
        ),
        RatioMetric(
            "cpm",
            "1000 * spend / impressions",
            "Meta: cost per 1,000 impressions",
            lambda s: s.spend,
            lambda s: s.impressions,
            scale=1000.0,
        ),
        RatioMetric(
            "cvr", "conversions / clicks", "Google Ads: conversion rate", lambda s: s.conversions, lambda s: s.clicks
        ),
        RatioMetric(
            "cpa", "spend / conversions", "Google Ads: cost per conversion", lambda s: s.spend, lambda s: s.conversions
        ),
        RatioMetric(
            "roas",
            "conversion_value / spend",
            "Google Ads: return on ad spend",
            lambda s: s.conversion_value,
            lambda s: s.spend,
        ),
        RatioMetric(
            "roi",
            "(conversion_value - spend) / spend",
            "marketing ROI",
            lambda s: s.conversion_value - s.spend,
            lambda s: s.spend,
        ),
        RatioMetric(
            "frequency",
            "impressions / reach (reach summed over rows: a lower bound)",
            "Meta: frequency",
            lambda s: s.impressions,
            lambda s: s.reach,
        ),
    ],
)


def campaign_kpis(
    backend: Any, *, by: str = "campaign", since: Any = None, until: Any = None, platform: str | None = None
) -> Any:
    """Campaign KPIs grouped ``by`` campaign, platform, ad, day, week, month or total, over
    stats dated in [since, until) and, optionally, one ad platform.

    A report's period total (``date`` null, ``period_start``..``period_end``) counts when its
    whole period lies in [since, until) — a total cannot be split by day — and falls in the
    day, week or month where its period starts.

    ``backend`` is an Ibis backend over a store. Returns an Ibis expression: the sums of
    :data:`CAMPAIGN_SUMS` and every metric of :data:`CAMPAIGN_METRICS`.

    >>> # kpis = campaign_kpis(store.ibis(), by="platform").to_pandas()
    """
    if by not in GROUPINGS:
        raise UsageError(f"by must be one of {', '.join(GROUPINGS)}")
    stats = backend.table("ad_stats")
    campaigns = backend.table("campaigns").select("campaign_id", "platform", "name")
    rows = stats.left_join(campaigns, stats.campaign_id == campaigns.campaign_id).select(
        *[stats[c] for c in ("campaign_id", "ad_id", *CAMPAIGN_SUMS)],
        campaigns.platform,
        campaigns.name,
        date=stats.date.fill_null(stats.period_start),
        last_date=stats.date.fill_null(stats.period_end),
    )
    if since is not None:
        rows = rows.filter(rows.date >= since)
    if until is not None:
        rows = rows.filter(rows.last_date < until)
    if platform:
        rows = rows.filter(rows.platform == platform)
    keys: list[str]
    if by == "campaign":
        keys = ["campaign_id", "name", "platform"]
    elif by == "platform":
        keys = ["platform"]
    elif by == "ad":
        keys = ["campaign_id", "ad_id"]
    elif by in ("day", "week", "month"):
        unit = {"day": "D", "week": "W", "month": "M"}[by]
        rows = rows.mutate(period=rows.date.truncate(unit))
        keys = ["period"]
    else:
        keys = []
    result = CAMPAIGN_METRICS.aggregate(rows, keys or None)
    return result.order_by(keys) if keys else result
