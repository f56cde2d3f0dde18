"""Overview: networking KPIs beside marketing KPIs, with trends, for a date range and platform."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pandas as pd
from fastapi import APIRouter, Depends, Query, Request, Response

from socialscope.errors import UsageError
from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.charts import line_chart
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import records
from socialscope.web.templating import templates

router = APIRouter()


@cached_by_store
def overview_data(
    store: Store, *, since: date | None = None, until: date | None = None, platform: str | None = None
) -> dict[str, Any]:
    """KPIs of both sides over [since, until] (inclusive dates) and one platform (or all)."""
    from socialscope.engagement.rates import post_engagement
    from socialscope.marketing.kpis import campaign_kpis

    end = until + timedelta(days=1) if until else None
    backend = store.ibis()
    own = post_engagement(backend, by=["is_own"], since=since, until=end, platform=platform).to_pandas()
    own = own[own["is_own"].fillna(False)]
    everyone = post_engagement(backend, by=None, since=since, until=end, platform=platform).to_pandas()
    networking: dict[str, Any] = {**_audience(store, since, until, platform)}
    if not own.empty:
        row = own.iloc[0]
        networking.update(
            own_posts=row["posts"],
            own_engagement_rate_reach=row["engagement_rate_reach"],
            own_engagement_rate_impressions=row["engagement_rate_impressions"],
        )
    if not everyone.empty:
        networking["all_posts"] = everyone.iloc[0]["posts"]
        networking["all_engagement_rate_reach"] = everyone.iloc[0]["engagement_rate_reach"]
    networking.update(_sentiment(store, since, end, platform))
    networking.update(_network_health(store))
    totals = campaign_kpis(backend, by="total", since=since, until=end, platform=platform).to_pandas()
    marketing = {}
    if not totals.empty:
        row = totals.iloc[0]
        for key in ("spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversions", "cpa", "roas", "roi"):
            marketing[key] = row.get(key)
    weekly_posts = post_engagement(
        backend, by=["is_own", "period"], since=since, until=end, platform=platform, period="W"
    ).to_pandas()
    weekly_posts = weekly_posts[weekly_posts["is_own"].fillna(False)].sort_values("period")
    weekly_ads = campaign_kpis(backend, by="week", since=since, until=end, platform=platform).to_pandas()
    platforms = [r[0] for r in store.con.execute(
        "SELECT DISTINCT platform FROM (SELECT platform FROM posts UNION SELECT platform FROM campaigns) "
        "WHERE platform IS NOT NULL ORDER BY 1").fetchall()]  # fmt: skip
    bounds = store.con.execute(
        "SELECT min(d)::DATE, max(d)::DATE FROM (SELECT min(created_at) AS d FROM posts UNION ALL "
        "SELECT max(created_at) FROM posts UNION ALL SELECT min(date) FROM ad_stats UNION ALL "
        "SELECT max(date) FROM ad_stats)"
    ).fetchall()[0]
    return {
        "filters": {
            "since": since,
            "until": until,
            "platform": platform,
            "platforms": platforms,
            "data_from": bounds[0],
            "data_to": bounds[1],
        },  # fmt: skip
        "networking": {k: _plain(v) for k, v in networking.items()},
        "marketing": {k: _plain(v) for k, v in marketing.items()},
        "trends": {
            "own_engagement": records(weekly_posts[["period", "posts", "engagement_rate_reach"]]),
            "followers": records(_follower_series(store, since, until, platform)),
            "ads": records(weekly_ads[[c for c in ("period", "spend", "conversions", "roas") if c in weekly_ads]]),
        },
    }


def _plain(value: Any) -> Any:
    from socialscope.jsonable import plain

    return plain(value)


def _audience(store: Store, since: date | None, until: date | None, platform: str | None) -> dict[str, Any]:
    series = _follower_series(store, since, until, platform)
    if series.empty:
        return {}
    first, last = series["followers"].iloc[0], series["followers"].iloc[-1]
    return {
        "own_followers": last,
        "own_net_new_followers": last - first,
        "own_follower_growth": (last - first) / first if first else None,
    }


def _follower_series(store: Store, since: date | None, until: date | None, platform: str | None) -> pd.DataFrame:
    return store.df(
        """SELECT s.date, sum(s.followers) AS followers
           FROM follower_snapshots s JOIN accounts a USING (account_id)
           WHERE a.is_own AND (?::DATE IS NULL OR s.date >= ?::DATE) AND (?::DATE IS NULL OR s.date <= ?::DATE)
             AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)
           GROUP BY s.date
           HAVING count(*) = (SELECT count(*) FROM accounts a2 WHERE a2.is_own
                              AND (?::VARCHAR IS NULL OR a2.platform = ?::VARCHAR))
           ORDER BY s.date""",
        [since, since, until, until, platform, platform, platform, platform],
    )


def _sentiment(store: Store, since: date | None, end: date | None, platform: str | None) -> dict[str, Any]:
    """Net sentiment (Talkwalker: (pos − neg) / (pos + neg)) of texts about own accounts."""
    if not store.has_table("post_sentiment"):
        return {}
    row = store.con.execute(
        """WITH texts AS (
             SELECT s.label, p.account_id AS about, p.created_at AS at, p.platform
             FROM post_sentiment s JOIN posts p USING (post_id)
             UNION ALL
             SELECT s.label, coalesce(i.target_account_id, p.account_id), i.created_at, p.platform
             FROM interaction_sentiment s JOIN interactions i USING (interaction_id)
             LEFT JOIN posts p ON p.post_id = i.post_id)
           SELECT count(*) FILTER (WHERE label = 'positive'), count(*) FILTER (WHERE label = 'negative'), count(*)
           FROM texts t JOIN accounts a ON a.account_id = t.about
           WHERE a.is_own AND (?::TIMESTAMP IS NULL OR t.at >= ?::TIMESTAMP)
             AND (?::TIMESTAMP IS NULL OR t.at < ?::TIMESTAMP)
             AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)""",
        [since, since, end, end, platform, platform],
    ).fetchall()[0]
    positive, negative, total = row
    return {
        "texts_about_own_brand": total,
        "net_sentiment_talkwalker": (positive - negative) / (positive + negative) if positive + negative else None,
    }


def _network_health(store: Store) -> dict[str, Any]:
    if not store.has_table("network_graphs"):
        return {}
    rows = store.df("SELECT graph, nodes, edges, reciprocity, communities, modularity FROM network_graphs")
    out: dict[str, Any] = {}
    for row in rows.itertuples():
        for key in ("nodes", "edges", "reciprocity", "communities", "modularity"):
            out[f"{row.graph}_{key}"] = getattr(row, key)
    return out


def _filters(
    since: str | None = Query(None, description="First day (YYYY-MM-DD); empty for no bound."),
    until: str | None = Query(None, description="Last day, inclusive (YYYY-MM-DD); empty for no bound."),
    platform: str | None = Query(None, description="One platform, e.g. x, instagram, linkedin, meta."),
) -> dict[str, Any]:
    return {"since": _day(since, "since"), "until": _day(until, "until"), "platform": platform or None}


def _day(value: str | None, name: str) -> date | None:
    """An empty form field means no bound; anything else must be an ISO date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


@router.get("/api/overview", tags=["overview"], summary="Networking and marketing KPIs with trends")
def overview_api(request: Request, filters: dict = Depends(_filters)) -> Response:
    return api_json(request, "overview", lambda s: overview_data(s, **filters), **filters)


@router.get("/", include_in_schema=False)
def overview_page(request: Request, filters: dict = Depends(_filters), store: Store = Depends(read_store)) -> Any:
    data = overview_data(store, **filters)
    trends = data["trends"]
    charts = {}
    if trends["own_engagement"]:
        frame = pd.DataFrame(trends["own_engagement"])
        charts["engagement"] = line_chart(
            frame,
            "period",
            ["engagement_rate_reach"],
            title="Own posts: engagement rate by reach, weekly",
            percent=True,
        )
    if trends["followers"]:
        charts["followers"] = line_chart(
            pd.DataFrame(trends["followers"]), "date", ["followers"], title="Own accounts: followers"
        )
    if trends["ads"]:
        frame = pd.DataFrame(trends["ads"])
        charts["spend"] = line_chart(
            frame,
            "period",
            ["spend", "conversions"],
            title="Ads: weekly spend and conversions",
            secondary="conversions",
        )
        charts["roas"] = line_chart(frame, "period", ["roas"], title="Ads: weekly ROAS")
    return templates.TemplateResponse(request, "overview.html", {"page": "overview", "data": data, "charts": charts})
