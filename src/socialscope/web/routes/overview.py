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
    """KPIs of both sides over [since, until] (inclusive dates) and one platform (or all),
    with the change against the previous period of the same length, from the one KPI home
    (:func:`socialscope.report.kpis.kpis_with_change`), and weekly trends."""
    from socialscope.engagement.activity import own_follower_series
    from socialscope.engagement.rates import post_engagement
    from socialscope.marketing.kpis import campaign_kpis
    from socialscope.report.changes import what_changed
    from socialscope.report.kpis import Period, kpis_with_change, page_filters

    if since and until and since > until:
        raise UsageError(f"the period starts ({since}) after it ends ({until}): swap the two dates")
    end = Period(since, until).end
    backend = store.ibis()
    numbers = kpis_with_change(store, since=since, until=until, platform=platform)
    weekly_posts = post_engagement(
        backend, by=["is_own", "period"], since=since, until=end, platform=platform, period="W"
    ).to_pandas()
    weekly_posts = weekly_posts[weekly_posts["is_own"].fillna(False).astype(bool)].sort_values("period")
    weekly_ads = campaign_kpis(backend, by="week", since=since, until=end, platform=platform).to_pandas()
    filters = page_filters(store, since=since, until=until, platform=platform)
    return {
        "filters": {**filters, "platforms": sorted({*filters["ad_platforms"], *filters["organic_platforms"]})},
        **numbers,
        "what_changed": what_changed(store, since=since, until=until, platform=platform),
        "trends": {
            "own_engagement": records(weekly_posts[["period", "posts", "engagement_rate_reach"]]),
            "followers": records(own_follower_series(store, since=since, until=until, platform=platform)),
            "ads": records(weekly_ads[[c for c in ("period", "spend", "conversions", "roas") if c in weekly_ads]]),
        },
    }


def period_filters(
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
def overview_api(request: Request, filters: dict = Depends(period_filters)) -> Response:
    return api_json(request, "overview", lambda s: overview_data(s, **filters), **filters)


@router.get("/", include_in_schema=False)
def overview_page(request: Request, filters: dict = Depends(period_filters), store: Store = Depends(read_store)) -> Any:
    filters, notice = checked_period(landing_period(request, filters, store))
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
            pd.DataFrame(trends["followers"]),
            "date",
            ["followers"],
            title="Own accounts: followers",
            counts=("followers",),
        )
    if trends["ads"]:
        frame = pd.DataFrame(trends["ads"])
        charts["spend"] = line_chart(
            frame,
            "period",
            ["spend", "conversions"],
            title="Ads: weekly spend and conversions",
            secondary="conversions",
            counts=("conversions",),
        )
        charts["roas"] = line_chart(frame, "period", ["roas"], title="Ads: weekly ROAS")
    return templates.TemplateResponse(
        request, "overview.html", {"page": "overview", "data": data, "charts": charts, "notice": notice}
    )


LANDING_DAYS = 90


def landing_period(request: Request, filters: dict[str, Any], store: Store) -> dict[str, Any]:
    """A page opened without a period shows the last 90 days of the data, so every KPI has a
    previous period to be compared with; a form sent with empty dates means all data."""
    if "since" in request.query_params or "until" in request.query_params:
        return filters
    from socialscope.report.kpis import data_bounds

    _, last = data_bounds(store)
    if last is None:
        return filters
    return {**filters, "since": last - timedelta(days=LANDING_DAYS - 1), "until": last}


def checked_period(filters: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """A page shown for an inverted range (From after To) shows all data and says why,
    rather than an empty page or an error page without the form."""
    since, until = filters.get("since"), filters.get("until")
    if since and until and since > until:
        notice = (
            f"The period you chose starts on {since} but ends earlier, on {until}: showing all data instead. "
            "Swap the two dates to see that period."
        )
        return {**filters, "since": None, "until": None}, notice
    return filters, None
