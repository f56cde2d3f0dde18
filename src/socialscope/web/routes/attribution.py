"""Attribution: conversions and revenue credited to each channel under every model, side by
side, with 90% bootstrap intervals when they were computed and the model the evaluation
against planted truth trusts."""

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

# One colour per registered model, none repeated (Tableau 10 then five more distinct hues).
MODEL_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#17becf", "#66a61e",
)  # fmt: skip
INTERVAL = ("conversions_low", "conversions_high", "value_low", "value_high")


def model_info() -> list[dict[str, str]]:
    """Every registered model: name, human-readable label, one-line description, colour."""
    from socialscope.attribution import MODELS

    return [
        {"name": m.name, "label": m.label, "description": m.description, "colour": MODEL_COLOURS[i]}
        for i, m in enumerate(MODELS.values())
    ]


def trusted_model(evaluation: list[dict[str, Any]], conversions: float | None = None) -> dict[str, Any]:
    """The model to trust: the evaluation's best when one was run, else the shipped data_driven —
    which gives linear credit below the minimum-data rule (``conversions`` credited)."""
    from socialscope.attribution import MODELS
    from socialscope.attribution.registry import DATA_DRIVEN, MIN_DATA_DRIVEN_CONVERSIONS, SMALL_DATA_MODEL

    if conversions is not None and conversions < MIN_DATA_DRIVEN_CONVERSIONS:
        return {"model": SMALL_DATA_MODEL, "label": MODELS[SMALL_DATA_MODEL].label, "source": "the minimum-data rule",
                "nmae": None, "evaluated": False, "small": {"conversions": conversions,
                                                           "minimum": MIN_DATA_DRIVEN_CONVERSIONS}}  # fmt: skip
    ranked = [r for r in evaluation if r["model"] != "data_driven"]
    if ranked:
        best = ranked[0]
        return {"model": best["model"], "label": MODELS[best["model"]].label, "source": best["source"],
                "nmae": best["nmae"], "evaluated": True}  # fmt: skip
    return {"model": DATA_DRIVEN, "label": MODELS[DATA_DRIVEN].label, "source": "the simulator grid",
            "nmae": None, "evaluated": False}  # fmt: skip


@cached_by_store
def attribution_data(store: Store) -> dict[str, Any]:
    credit = result_table(
        store, "attribution_by_channel", "SELECT * EXCLUDE (run_id) FROM attribution_by_channel ORDER BY model, channel"
    )
    evaluation = result_table(
        store,
        "attribution_evaluation",
        "SELECT model, label, nmae, spearman, top3_overlap, source FROM attribution_evaluation ORDER BY nmae, model",
    )
    evaluation = records(evaluation) if evaluation is not None else []
    info = model_info()
    if credit is None:
        return {"analysed": False, "credit": [], "models": [], "model_info": info, "evaluation": evaluation,
                "trusted": trusted_model(evaluation), "intervals": False}  # fmt: skip
    order = {m["name"]: i for i, m in enumerate(info)}
    last_touch = credit[credit["model"] == "last_touch"]["conversions"]
    conversions = float(last_touch.sum()) if len(last_touch) else None
    models = sorted(credit["model"].unique(), key=lambda m: order.get(m, len(order)))
    return {
        "analysed": True,
        "credit": records(credit),
        "models": models,
        "model_info": [m for m in info if m["name"] in set(models)],
        "evaluation": evaluation,
        "trusted": trusted_model(evaluation, conversions),
        "intervals": set(INTERVAL) <= set(credit.columns) and bool(credit["conversions_low"].notna().any()),
    }


@router.get("/api/attribution", tags=["attribution"], summary="Credit per channel under every model")
def attribution_api(request: Request) -> Response:
    return api_json(request, "attribution", attribution_data)


def _chart(credit: pd.DataFrame, info: list[dict[str, str]], intervals: bool) -> str:
    import plotly.graph_objects as go

    channels = credit.groupby("channel")["conversions"].sum().sort_values(ascending=False).index
    bars = []
    for m in info:
        rows = credit[credit["model"] == m["name"]].set_index("channel").reindex(channels)
        error = None
        if intervals:
            error = {
                "type": "data",
                "symmetric": False,
                "array": (rows["conversions_high"] - rows["conversions"]).clip(lower=0),
                "arrayminus": (rows["conversions"] - rows["conversions_low"]).clip(lower=0),
                "thickness": 1,
            }
        bars.append(
            go.Bar(name=m["label"], x=list(channels), y=rows["conversions"], marker_color=m["colour"], error_y=error)
        )
    figure = go.Figure(bars)
    title = "Conversions credited to each channel, by model" + (" (bars: 90% interval)" if intervals else "")
    figure.update_layout(title=title, barmode="group")
    html = figure_html(figure, height=480)
    return html


@router.get("/attribution", include_in_schema=False)
def attribution_page(request: Request, store: Store = Depends(read_store)) -> Any:
    data = attribution_data(store)
    chart, rows = None, []
    if data["credit"]:
        credit = pd.DataFrame(data["credit"])
        chart = _chart(credit, data["model_info"], data["intervals"])
        label = {m["name"]: m for m in data["model_info"]}
        credit["label"] = credit["model"].map(lambda m: label[m]["label"])
        credit["colour"] = credit["model"].map(lambda m: label[m]["colour"])
        credit["rank"] = credit["model"].map({m: i for i, m in enumerate(data["models"])})
        rows = records(credit.sort_values(["channel", "rank"], kind="stable"))
    return templates.TemplateResponse(
        request, "attribution.html", {"page": "attribution", "data": data, "chart": chart, "rows": rows}
    )
