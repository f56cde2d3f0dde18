"""Campaigns: the KPI table, weekly trends, and the funnel by channel and by push/pull."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
from fastapi import APIRouter, Depends, Request, Response

from socialscope.engagement.topics import TOPICS_NOT_STORED, stored_campaign_topics
from socialscope.errors import UsageError
from socialscope.report.kpis import MARKETING_KEYS
from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.charts import bar_chart, funnel_chart, line_chart
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import records, result_table
from socialscope.web.routes.overview import checked_period, landing_period, period_filters
from socialscope.web.templating import templates

router = APIRouter()


@cached_by_store
def campaigns_data(
    store: Store, *, since: date | None = None, until: date | None = None, platform: str | None = None
) -> dict[str, Any]:
    """Campaign KPIs over the days [since, until] on one ad platform (or all), the totals with
    their change against the previous period of the same length (the one KPI home,
    :func:`socialscope.report.kpis.kpis_with_change`), weekly trends, the funnels (all
    time: leads are not dated by ad platform) and each campaign's distinctive terms (all time)."""
    from socialscope.marketing.funnel import funnel, stage_counts
    from socialscope.marketing.kpis import campaign_kpis
    from socialscope.report.kpis import Period, kpis_with_change, page_filters

    if since and until and since > until:
        raise UsageError(f"the period starts ({since}) after it ends ({until}): swap the two dates")
    end = Period(since, until).end
    backend = store.ibis()
    kpis = campaign_kpis(backend, by="campaign", since=since, until=end, platform=platform).to_pandas()
    weekly = campaign_kpis(backend, by="week", since=since, until=end, platform=platform).to_pandas()
    by_platform = campaign_kpis(backend, by="platform", since=since, until=end).to_pandas()
    by_channel = result_table(store, "funnel_by_channel", "SELECT * EXCLUDE (run_id) FROM funnel_by_channel")
    by_type = result_table(store, "funnel_by_type", "SELECT * EXCLUDE (run_id) FROM funnel_by_type")
    if by_channel is None and store.count("conversions"):
        by_channel = funnel(backend, by="channel").to_pandas()
        by_type = funnel(backend, by="type").to_pandas()
    totals = kpis_with_change(store, since=since, until=until, platform=platform)
    topics = stored_campaign_topics(store)
    return {
        "platform": platform,
        "filters": page_filters(store, since=since, until=until, platform=platform),
        "totals": totals["marketing"],
        "change": {k: v for k, v in totals["change"].items() if k in totals["marketing"]},
        "not_applicable": {k: v for k, v in totals["not_applicable"].items() if k in MARKETING_KEYS},
        "previous_period": totals["previous_period"],
        "currency": totals["currency"],
        "campaigns": records(kpis),
        "weekly": records(weekly),
        "platforms": records(by_platform),
        "funnel": stage_counts(store),
        "funnel_by_channel": records(by_channel) if by_channel is not None else [],
        "funnel_by_type": records(by_type) if by_type is not None else [],
        # all time, like the funnel: what each campaign's posts say (stored by `analyze`)
        "topics": records(topics) if topics is not None else None,
        "topics_missing": TOPICS_NOT_STORED if topics is None else None,
    }


@router.get("/api/campaigns", tags=["campaigns"], summary="Campaign KPIs, weekly trends and funnels")
def campaigns_api(request: Request, filters: dict = Depends(period_filters)) -> Response:
    return api_json(request, "campaigns", lambda s: campaigns_data(s, **filters), **filters)


@router.get("/campaigns", include_in_schema=False)
def campaigns_page(
    request: Request, filters: dict = Depends(period_filters), store: Store = Depends(read_store)
) -> Any:
    filters, notice = checked_period(landing_period(request, filters, store))
    data = campaigns_data(store, **filters)
    charts = {}
    if data["weekly"]:
        weekly = pd.DataFrame(data["weekly"])
        charts["trend"] = line_chart(
            weekly, "period", ["spend", "conversion_value"], title="Weekly spend and conversion value"
        )
        charts["roas"] = line_chart(
            weekly, "period", ["roas", "ctr"], title="Weekly ROAS and CTR", secondary="ctr", secondary_percent=True
        )
    if data["funnel"] and any(data["funnel"].values()):
        f = data["funnel"]
        charts["funnel"] = funnel_chart(
            ["Leads", "Opportunities", "Customers"],
            [f["leads"], f["opportunities"], f["customers"]],
            title="Lead → opportunity → customer (all time)",
        )
    if data["funnel_by_type"]:
        charts["push_pull"] = bar_chart(
            pd.DataFrame(data["funnel_by_type"]),
            "group",
            ["lead_to_opportunity", "opportunity_to_customer", "lead_to_customer"],
            title="Push (social promotion) vs pull (content, search): conversion rates",
            percent=True,
        )
    return templates.TemplateResponse(
        request, "campaigns.html", {"page": "campaigns", "data": data, "charts": charts, "notice": notice}
    )
