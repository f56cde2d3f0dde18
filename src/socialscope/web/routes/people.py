"""People: search by handle, top lists (influence, brokerage, key-person risk), profiles."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response

from socialscope.errors import NotFoundError
from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import records
from socialscope.web.routes.network import analysed_graphs
from socialscope.web.routes.overview import checked_period, landing_period, period_filters
from socialscope.web.templating import templates

router = APIRouter()
TOP_LISTS = {
    "influence": "Most influential (0–100: PageRank, reach and engagement received, log-scaled)",
    "betweenness": "Brokers (betweenness: on the shortest paths between others)",
    "risk": "Key-person risk (fragmentation if they leave)",
}


def search_people(store: Store, q: str, *, limit: int = 25) -> list[dict[str, Any]]:
    """Accounts whose handle or name contains ``q`` (case-insensitive), exact handles first."""
    pattern = "%" + q.strip().lstrip("@").replace("%", r"\%").replace("_", r"\_") + "%"
    rows = store.df(
        r"""SELECT account_id, handle, display_name, kind, platform, followers_count FROM accounts
            WHERE handle ILIKE ? ESCAPE '\' OR display_name ILIKE ? ESCAPE '\' OR account_id = ?
            ORDER BY (lower(handle) = lower(?)) DESC, followers_count DESC NULLS LAST, account_id LIMIT ?""",
        [pattern, pattern, q.strip(), q.strip().lstrip("@"), limit],
    )
    return records(rows)


@cached_by_store
def people_activity(
    store: Store, *, since: Any = None, until: Any = None, platform: str | None = None
) -> dict[str, Any]:
    """The People page's KPIs (who was active, how much) with their change against the
    previous period, from the one KPI home."""
    from socialscope.report.kpis import kpis_with_change, page_filters

    numbers = kpis_with_change(store, since=since, until=until, platform=platform)
    keys = ("active_accounts", "interactions", "messages", "messaging_people")
    return {
        "filters": page_filters(store, since=since, until=until, platform=platform),
        "kpis": {k: numbers["networking"].get(k) for k in keys},
        "change": {k: v for k, v in numbers["change"].items() if k in keys},
        "not_applicable": {k: v for k, v in numbers["not_applicable"].items() if k in keys},
        "previous_period": numbers["previous_period"],
    }


@cached_by_store
def people_data(store: Store, *, graph: str | None = None, q: str | None = None, n: int = 10) -> dict[str, Any]:
    """Top lists of ``graph`` (default: the graph where key-person risk matters for the
    accounts present, :func:`socialscope.network.narrative.risk_graph`). The risk list holds
    only people whose leaving would matter, each with the sentences that say why; when nobody
    passes that bar, ``no_key_person`` says so instead of a table of zeros."""
    from socialscope.network.analysis import top_accounts
    from socialscope.network.names import account_labels, community_names
    from socialscope.network.narrative import key_person_stories, material_risks, no_key_person_line, risk_graph

    graphs = analysed_graphs(store)
    graph = graph or risk_graph(store) or "follows"
    tops: dict[str, Any] = {}
    no_key_person = None
    if graph in graphs:
        names = community_names(store, graph)
        for by in TOP_LISTS:
            if by == "risk":
                continue
            frame = top_accounts(store, graph, by, n)
            frame["label"] = frame["account_id"].map(account_labels(store, frame["account_id"]))
            frame["community_name"] = frame["community"].map(lambda c: names.get(int(c)) if c == c else None)
            tops[by] = records(frame)
        risky = material_risks(store, graph).head(n)
        if len(risky):
            stories = key_person_stories(store, graph, {r.account_id: r.to_dict() for _, r in risky.iterrows()})
            labels = account_labels(store, risky["account_id"])
            info = store.df(
                "SELECT account_id, display_name FROM accounts WHERE account_id IN (SELECT unnest(?))",
                [risky["account_id"].tolist()],
            )
            risky = risky.merge(info, on="account_id", how="left")
            risky["label"] = risky["account_id"].map(labels)
            risky["handle"] = risky["label"]
            risky["why"] = risky["account_id"].map(lambda a: " ".join(stories.get(a, [])))
            tops["risk"] = records(risky.drop(columns=["graph"], errors="ignore"))
        else:
            no_key_person = no_key_person_line(store, graph)
    return {
        "graph": graph,
        "graphs": graphs,
        "q": q,
        "results": search_people(store, q) if q else [],
        "top": tops,
        "no_key_person": no_key_person,
    }


@cached_by_store
def profile_data(store: Store, account_id: str, *, graph: str | None = None) -> dict[str, Any]:
    """The person's profile in ``graph`` (default: the first analysed graph they are in)."""
    from socialscope.network.profile import person_profile

    exists = store.scalar("SELECT count(*) FROM accounts WHERE account_id = ?", [account_id])
    if not exists:
        raise NotFoundError(f"no account with id {account_id!r}")
    graphs = analysed_graphs(store)
    member_of = [
        r[0]
        for r in store.con.execute(
            "SELECT DISTINCT graph FROM network_metrics WHERE account_id = ? ORDER BY graph", [account_id]
        ).fetchall()
    ] if graphs else []  # fmt: skip
    if graph is None:
        graph = member_of[0] if member_of else (graphs[0] if graphs else "follows")
    if graph not in member_of:
        info = store.df(
            "SELECT account_id, platform, handle, display_name, kind, is_own, followers_count FROM accounts "
            "WHERE account_id = ?",
            [account_id],
        )
        return {"account": records(info)[0], "graph": graph, "graphs": member_of, "metrics": None}
    profile = person_profile(store, account_id, graph=graph)
    profile["graphs"] = member_of
    return profile


@router.get("/api/people", tags=["people"], summary="Search people and top lists")
def people_api(
    request: Request,
    graph: str | None = Query(
        None, description="follows, interactions or collaboration (default: where key-person risk matters)."
    ),
    q: str | None = Query(None, description="Part of a handle or name."),
    n: int = Query(10, ge=1, le=100, description="Length of each top list."),
    filters: dict = Depends(period_filters),
) -> Response:
    """Top lists and search results; ``activity``: the period's KPIs (since/until/platform)
    with their change against the previous period."""
    return api_json(
        request,
        "people",
        lambda s: {**people_data(s, graph=graph, q=q, n=n), "activity": people_activity(s, **filters)},
        graph=graph,
        q=q,
        n=n,
        **filters,
    )


@router.get("/api/people/{account_id}", tags=["people"], summary="One person's profile")
def profile_api(
    request: Request,
    account_id: str,
    graph: str | None = Query(None, description="Which graph's metrics (default: the first they are in)."),
) -> Response:
    return api_json(
        request, "profile", lambda s: profile_data(s, account_id, graph=graph), account_id=account_id, graph=graph
    )


@router.get("/people", include_in_schema=False)
def people_page(
    request: Request,
    graph: str | None = Query(None),
    q: str | None = Query(None),
    filters: dict = Depends(period_filters),
    store: Store = Depends(read_store),
) -> Any:
    import pandas as pd

    filters, notice = checked_period(landing_period(request, filters, store))
    data = people_data(store, graph=graph or None, q=q)
    active = people_activity(store, **filters)
    chart = None
    if data["top"].get("influence"):
        chart = influence_chart(pd.DataFrame(data["top"]["influence"]).iloc[::-1], data["graph"])
    return templates.TemplateResponse(
        request,
        "people.html",
        {"page": "people", "data": data, "lists": TOP_LISTS, "chart": chart, "active": active, "notice": notice},
    )


def influence_chart(top: Any, graph: str) -> str:
    """Each account's influence as the sum of its parts' contributions (100 · part / parts used)."""
    import plotly.graph_objects as go

    from socialscope.web.charts import figure_html

    parts = {"pagerank_part": "PageRank", "reach_part": "reach", "engagement_received_part": "engagement received"}
    total = top[list(parts)].sum(axis=1).replace(0, float("nan"))
    who = top["label"].fillna(top["account_id"]).astype(str)
    figure = go.Figure(
        [
            go.Bar(y=who, x=top[c] * top["influence"] / total, name=label, orientation="h",
                   hovertemplate="%{y}: %{x:.1f} from " + label + "<extra></extra>")
            for c, label in parts.items()
        ]
    )  # fmt: skip
    figure.update_layout(title=f"Influence in the {graph} graph, by part", barmode="stack")
    figure.update_xaxes(range=[0, 100], title="influence (0–100)")
    return figure_html(figure, height=max(320, 30 * len(top)))


@router.get("/people/{account_id}", include_in_schema=False)
def profile_page(
    request: Request, account_id: str, graph: str | None = Query(None), store: Store = Depends(read_store)
) -> Any:
    data = profile_data(store, account_id, graph=graph)
    return templates.TemplateResponse(request, "person.html", {"page": "people", "p": data})
