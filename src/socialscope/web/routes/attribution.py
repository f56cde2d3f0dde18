"""Attribution: conversions credited to each channel under every model, side by side."""

from __future__ import annotations

from typing import Any

import pandas as pd
from fastapi import APIRouter, Depends, Request, Response

from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.charts import figure_html
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import records, result_table
from socialscope.web.templating import templates

router = APIRouter()


@cached_by_store
def attribution_data(store: Store) -> dict[str, Any]:
    credit = result_table(
        store, "attribution_by_channel", "SELECT * EXCLUDE (run_id) FROM attribution_by_channel ORDER BY model, channel"
    )
    if credit is None:
        return {"analysed": False, "credit": [], "models": []}
    return {"analysed": True, "credit": records(credit), "models": sorted(credit["model"].unique())}


@router.get("/api/attribution", tags=["attribution"], summary="Credit per channel under every model")
def attribution_api(request: Request) -> Response:
    return api_json(request, "attribution", attribution_data)


@router.get("/attribution", include_in_schema=False)
def attribution_page(request: Request, store: Store = Depends(read_store)) -> Any:
    import plotly.graph_objects as go

    data = attribution_data(store)
    chart, table = None, None
    if data["credit"]:
        credit = pd.DataFrame(data["credit"])
        pivot = credit.pivot_table(index="channel", columns="model", values="conversions", aggfunc="sum").fillna(0)
        pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False).index]
        figure = go.Figure([go.Bar(name=m, x=pivot.index, y=pivot[m]) for m in pivot.columns])
        figure.update_layout(title="Conversions credited to each channel, by model", barmode="group")
        chart = figure_html(figure, height=460)
        table = records(pivot.reset_index())
    return templates.TemplateResponse(
        request, "attribution.html", {"page": "attribution", "data": data, "chart": chart, "table": table}
    )
