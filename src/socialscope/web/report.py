"""The shareable report: one self-contained HTML file with the overview, top people,
communities, what communities and campaigns talk about, campaigns and attribution. Plotly's
JavaScript and the stylesheet are inlined, so the file opens offline, anywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from socialscope import __version__
from socialscope.engagement.topics import TOPICS_NOT_STORED, stored_community_topics
from socialscope.store.connection import Store
from socialscope.web.app import STATIC, plotly_js_path
from socialscope.web.charts import bar_chart, figure_html, line_chart
from socialscope.web.templating import templates


def report_context(store: Store) -> dict[str, Any]:
    """Everything the report shows, with its charts rendered."""
    import plotly.graph_objects as go

    from socialscope.web.routes.attribution import attribution_data
    from socialscope.web.routes.campaigns import campaigns_data
    from socialscope.web.routes.content import content_data
    from socialscope.web.routes.network import analysed_graphs
    from socialscope.web.routes.overview import overview_data
    from socialscope.web.routes.people import people_data

    overview = overview_data(store)
    graphs = analysed_graphs(store)
    people = {g: people_data(store, graph=g) for g in graphs}
    from socialscope.network.names import named_communities
    from socialscope.report.privacy import suppress_small_groups
    from socialscope.web.routes.network import with_terms

    communities, topics_stored = {}, {}
    for g in graphs:
        topics = stored_community_topics(store, g)
        topics_stored[g] = topics is not None
        communities[g] = suppress_small_groups(with_terms(named_communities(store, g, limit=10), topics), g)
        communities[g] = communities[g].to_dict(orient="records")
    campaigns = campaigns_data(store)
    attribution = attribution_data(store)
    content = content_data(store, limit=10)
    charts: dict[str, str] = {}
    trends = overview["trends"]
    if trends["followers"]:
        charts["followers"] = line_chart(
            pd.DataFrame(trends["followers"]), "date", ["followers"], title="Own followers", counts=("followers",)
        )
    if trends["ads"]:
        charts["ads"] = line_chart(
            pd.DataFrame(trends["ads"]),
            "period",
            ["spend", "conversions"],
            title="Weekly ads: spend and conversions",
            secondary="conversions",
            counts=("conversions",),
        )
    if content["engagement_by_intent"]:
        charts["intent"] = bar_chart(
            pd.DataFrame(content["engagement_by_intent"]),
            "intent",
            ["engagement_rate_reach"],
            title="Engagement rate by reach: networking vs marketing posts",
            percent=True,
        )
    if attribution["credit"]:
        credit = pd.DataFrame(attribution["credit"])
        pivot = credit.pivot_table(index="channel", columns="model", values="conversions", aggfunc="sum").fillna(0)
        figure = go.Figure([go.Bar(name=m, x=pivot.index, y=pivot[m]) for m in pivot.columns])
        figure.update_layout(title="Conversions credited per channel, by model", barmode="group")
        charts["attribution"] = figure_html(figure, height=420)
    return {
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "store": str(store.path),
        "overview": overview,
        "people": people,
        "communities": communities,
        "campaigns": sorted(campaigns["campaigns"], key=lambda r: -(r.get("spend") or 0))[:20],
        "campaign_topics": campaigns["topics"][:20] if campaigns["topics"] is not None else None,
        "topics_stored": topics_stored,
        "topics_not_stored": TOPICS_NOT_STORED,
        "content": content,
        "charts": charts,
        "plotly_js": plotly_js_path().read_text(encoding="utf-8"),
        "css": (STATIC / "app.css").read_text(encoding="utf-8"),
    }


def render_report(store: Store) -> str:
    return templates.get_template("report.html").render(**report_context(store))


def write_report(store: Store, out: str | Path) -> Path:
    """Write the report to ``out`` (atomically: a half-written file never replaces a good one)."""
    out = Path(out)
    html = render_report(store)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out
