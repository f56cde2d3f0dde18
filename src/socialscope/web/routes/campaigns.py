"""Campaigns: the KPI table, weekly trends, and the funnel by channel and by push/pull."""

from __future__ import annotations

from typing import Any

import pandas as pd
from fastapi import APIRouter, Depends, Query, Request, Response

from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.charts import bar_chart, funnel_chart, line_chart
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import records, result_table
from socialscope.web.templating import templates

router = APIRouter()


@cached_by_store
def campaigns_data(store: Store, *, platform: str | None = None) -> dict[str, Any]:
    from socialscope.marketing.funnel import funnel
    from socialscope.marketing.kpis import campaign_kpis

    backend = store.ibis()
    kpis = campaign_kpis(backend, by="campaign", platform=platform).to_pandas()
    weekly = campaign_kpis(backend, by="week", platform=platform).to_pandas()
    by_platform = campaign_kpis(backend, by="platform").to_pandas()
    by_channel = result_table(store, "funnel_by_channel", "SELECT * EXCLUDE (run_id) FROM funnel_by_channel")
    by_type = result_table(store, "funnel_by_type", "SELECT * EXCLUDE (run_id) FROM funnel_by_type")
    if by_channel is None and store.count("conversions"):
        by_channel = funnel(backend, by="channel").to_pandas()
        by_type = funnel(backend, by="type").to_pandas()
    stages = store.df(
        """SELECT count(DISTINCT visitor_id) FILTER (WHERE stage = 'lead') AS leads,
                  count(DISTINCT visitor_id) FILTER (WHERE stage = 'opportunity') AS opportunities,
                  count(DISTINCT visitor_id) FILTER (WHERE stage = 'customer') AS customers
           FROM conversions"""
    )
    return {
        "platform": platform,
        "campaigns": records(kpis),
        "weekly": records(weekly),
        "platforms": records(by_platform),
        "funnel": records(stages)[0],
        "funnel_by_channel": records(by_channel) if by_channel is not None else [],
        "funnel_by_type": records(by_type) if by_type is not None else [],
    }


@router.get("/api/campaigns", tags=["campaigns"], summary="Campaign KPIs, weekly trends and funnels")
def campaigns_api(request: Request, platform: str | None = Query(None, description="One ad platform.")) -> Response:
    return api_json(request, "campaigns", lambda s: campaigns_data(s, platform=platform), platform=platform)


@router.get("/campaigns", include_in_schema=False)
def campaigns_page(request: Request, platform: str | None = Query(None), store: Store = Depends(read_store)) -> Any:
    data = campaigns_data(store, platform=platform or None)
    charts = {}
    if data["weekly"]:
        weekly = pd.DataFrame(data["weekly"])
        charts["trend"] = line_chart(weekly, "period", ["spend", "conversion_value"], title="Weekly spend and value")
        charts["roas"] = line_chart(weekly, "period", ["roas", "ctr"], title="Weekly ROAS and CTR", secondary="ctr")
    if data["funnel"] and any(data["funnel"].values()):
        f = data["funnel"]
        charts["funnel"] = funnel_chart(
            ["Leads", "Opportunities", "Customers"],
            [f["leads"], f["opportunities"], f["customers"]],
            title="Lead → opportunity → customer",
        )
    if data["funnel_by_type"]:
        charts["push_pull"] = bar_chart(
            pd.DataFrame(data["funnel_by_type"]),
            "group",
            ["lead_to_opportunity", "opportunity_to_customer", "lead_to_customer"],
            title="Push (social promotion) vs pull (content, search): conversion rates",
            percent=True,
        )
    return templates.TemplateResponse(request, "campaigns.html", {"page": "campaigns", "data": data, "charts": charts})
