"""Every analysis socialscope can run on a store, in one registry.

An analysis reads the canonical tables, writes its result tables (each row stamped with the
``run_id`` that made it, replacing the previous run's rows) and returns the headline numbers
for the summary. ``socialscope analyze`` runs them all; later analytics register here.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from socialscope.jsonable import plain
from socialscope.store.connection import Store

Summary = dict[str, Any]


@dataclass(frozen=True)
class Analysis:
    name: str
    side: str  # "networking" or "marketing": where its headline numbers go in the summary
    description: str
    run: Callable[[Store, str], Summary]
    needs: tuple[str, ...]  # canonical tables that must have rows


def write_result(store: Store, table: str, rows: Any, run_id: str) -> int:
    """Replace result ``table`` with ``rows`` (an Ibis expression or pandas frame) + ``run_id``."""
    import ibis

    con = store.con
    if isinstance(rows, ibis.Expr):
        source = f"({ibis.to_sql(rows, dialect='duckdb')})"
    else:
        con.register("_result_frame", rows)
        source = "_result_frame"
    con.execute(
        f'CREATE OR REPLACE TABLE "{table}" AS SELECT ?::VARCHAR AS run_id, * FROM {source}',
        [run_id],
    )
    if source == "_result_frame":
        con.unregister("_result_frame")
    return store.count(table)


def _first_row(store: Store, expr: Any) -> dict[str, Any]:
    frame = expr.to_pandas()
    return {} if frame.empty else frame.iloc[0].to_dict()


def _campaigns(store: Store, run_id: str) -> Summary:
    from socialscope.marketing.kpis import campaign_kpis

    backend = store.ibis()
    write_result(store, "campaign_kpis", campaign_kpis(backend, by="campaign"), run_id)
    totals = _first_row(store, campaign_kpis(backend, by="total"))
    keys = (
        "spend",
        "impressions",
        "clicks",
        "ctr",
        "cpc",
        "cpm",
        "conversions",
        "cpa",
        "conversion_value",
        "roas",
        "roi",
    )
    return {k: totals.get(k) for k in keys}


def _engagement(store: Store, run_id: str) -> Summary:
    from socialscope.engagement.rates import post_engagement

    backend = store.ibis()
    write_result(
        store,
        "engagement_by_account",
        post_engagement(backend, by=["account_id", "handle", "kind", "platform"]),
        run_id,
    )
    from socialscope.engagement.cadence import cost_per_engagement, daily_engagement_rate, posting_cadence
    from socialscope.engagement.response import response_report

    write_result(store, "posting_cadence", posting_cadence(store), run_id)
    write_result(store, "daily_engagement", daily_engagement_rate(store), run_id)
    write_result(store, "cost_per_engagement", cost_per_engagement(store), run_id)
    responses = response_report(store)
    write_result(store, "response_times", responses, run_id)
    from socialscope.engagement.cascades import cascades

    spread = cascades(store)
    if not spread.empty:  # stored, so the dashboard's content page reads it instead of recomputing
        write_result(store, "cascades", spread, run_id)
    by_kind = post_engagement(backend, by=["kind"]).to_pandas().set_index("kind")
    own = _first_row(store, post_engagement(backend, by=["is_own"]).filter(lambda t: t.is_own))
    out: Summary = {"posts": int(by_kind["posts"].sum()), "cascades": len(spread)}
    if own:
        out["own_engagement_rate_impressions"] = own["engagement_rate_impressions"]
    for kind in ("person", "brand"):
        if kind in by_kind.index:
            out[f"{kind}_engagement_rate_impressions"] = by_kind.loc[kind, "engagement_rate_impressions"]
            out[f"{kind}_conversation_rate"] = by_kind.loc[kind, "conversation_rate"]
    comments = responses[responses["item"] == "comment"]
    if len(comments) and comments["inbound"].sum():
        out["own_response_rate"] = comments["answered"].sum() / comments["inbound"].sum()
        out["own_median_response_hours"] = float(comments["median_response_hours"].median())
    return out


def _intent(store: Store, run_id: str) -> Summary:
    from socialscope.classify.account_kind import account_kinds
    from socialscope.classify.content import classify_content
    from socialscope.engagement.rates import post_engagement

    classify_content(store)
    kinds = account_kinds(store)
    write_result(store, "account_kinds", kinds, run_id)
    by_intent = post_engagement(store.ibis(), by=["intent"]).to_pandas().set_index("intent")
    out: Summary = {
        "classified_posts": store.count("content_intent"),
        "classified_interactions": store.count("interaction_intent"),
        "marketing_share_of_posts": store.scalar(
            "SELECT avg(CASE WHEN intent = 'marketing' THEN 1.0 ELSE 0.0 END) FROM content_intent"
        ),
        "inferred_account_kinds": int((kinds["source"] == "inferred").sum()),
    }
    for intent in ("networking", "marketing"):
        if intent in by_intent.index:
            row = by_intent.loc[intent]
            out[f"{intent}_engagement_rate_reach"] = row["engagement_rate_reach"]
            out[f"{intent}_conversation_rate"] = row["conversation_rate"]
            out[f"{intent}_reach_per_post"] = row["reach"] / row["posts"] if row["posts"] else None
    return out


def _sentiment(store: Store, run_id: str) -> Summary:
    from socialscope.engagement.sentiment import active_model, score_store, sentiment_summary

    model = active_model(store)
    score_store(store, model)
    about = sentiment_summary(store, by="account")
    own = {r[0] for r in store.con.execute("SELECT account_id FROM accounts WHERE is_own").fetchall()}
    mine = about[about["account"].isin(own)]
    positive, negative = int(mine["positive"].sum()), int(mine["negative"].sum())
    return {
        "sentiment_model": model.name,
        "texts_scored": store.count("post_sentiment") + store.count("interaction_sentiment"),
        "own_net_sentiment": (positive - negative) / (positive + negative) if positive + negative else None,
    }


def _audience(store: Store, run_id: str) -> Summary:
    from socialscope.engagement.audience import audience_growth

    write_result(store, "audience_growth", audience_growth(store.ibis()), run_id)
    row = store.con.execute(
        """WITH own AS (SELECT s.* FROM follower_snapshots s JOIN accounts a USING (account_id)
                        WHERE a.is_own),
                bounds AS (SELECT account_id, min(date) AS d0, max(date) AS d1 FROM own
                           GROUP BY account_id)
           SELECT sum(CASE WHEN o.date = b.d1 THEN followers END),
                  sum(CASE WHEN o.date = b.d0 THEN followers END)
           FROM own o JOIN bounds b USING (account_id)"""
    ).fetchall()[0]
    end, start = row
    if end is None:
        return {}
    return {
        "own_followers": end,
        "own_net_new_followers": end - start,
        "own_follower_growth": (end - start) / start if start else None,
    }


def _funnel(store: Store, run_id: str) -> Summary:
    from socialscope.marketing.channels import channel_summary
    from socialscope.marketing.funnel import funnel

    backend = store.ibis()
    write_result(store, "channel_summary", channel_summary(backend), run_id)
    by_type = funnel(backend, by="type").to_pandas().set_index("group")
    write_result(store, "funnel_by_type", by_type.reset_index(), run_id)
    write_result(store, "funnel_by_channel", funnel(backend, by="channel"), run_id)
    stages = store.df(
        "SELECT stage, count(DISTINCT visitor_id) AS visitors, sum(value) AS value FROM conversions GROUP BY stage"
    )
    stage = stages.set_index("stage")
    out: Summary = {
        f"{s}s": int(stage.loc[s, "visitors"]) for s in ("lead", "opportunity", "customer") if s in stage.index
    }
    out["revenue"] = float(stages["value"].fillna(0).sum())
    out["visitors"] = store.scalar("SELECT count(DISTINCT visitor_id) FROM touchpoints")
    for kind in ("push", "pull"):
        if kind in by_type.index:
            out[f"{kind}_lead_to_customer"] = by_type.loc[kind, "lead_to_customer"]
    return out


def available_graphs(store: Store) -> list[str]:
    """The graphs the store has data for."""
    from socialscope.network.edges import available_graphs as graphs_with_data

    return graphs_with_data(store.ibis())


def _network(store: Store, run_id: str) -> Summary:
    from socialscope.network.analysis import analyze_network, write_network

    out: Summary = {}
    handles = dict(store.con.execute("SELECT account_id, handle FROM accounts").fetchall())

    def name(account_id: str) -> str:
        handle = handles.get(account_id)
        return f"@{handle} ({account_id})" if handle else account_id

    for graph in available_graphs(store):
        result = analyze_network(store, graph)
        write_network(store, result, run_id)
        for key in ("nodes", "edges", "reciprocity", "communities"):
            out[f"{graph}_{key}"] = result.summary[key]
        out[f"{graph}_modularity"] = result.summary["modularity"]
        top = result.metrics.sort_values("influence", ascending=False, kind="stable")
        out[f"{graph}_top_influencer"] = name(top["account_id"].iloc[0]) if len(top) else None
        if graph == "collaboration" and len(result.risk):
            out["collaboration_top_key_person"] = name(result.risk["account_id"].iloc[0])
            out["collaboration_top_key_person_risk"] = float(result.risk["risk_score"].iloc[0])
    return out


# 90% bootstrap intervals in `analyze` up to this many journeys (100 resamples); larger
# stores get them from `socialscope attribution --bootstrap 100`
BOOTSTRAP_JOURNEYS = 100_000


def _attribution(store: Store, run_id: str) -> Summary:
    from socialscope.attribution import attribute, build_journeys
    from socialscope.attribution.bootstrap import bootstrap_intervals

    journeys = build_journeys(store)
    credit = attribute(journeys)
    if 0 < (journeys.paths["conversions"] + journeys.paths["nulls"]).sum() <= BOOTSTRAP_JOURNEYS:
        done = list(credit["model"].unique())
        intervals = bootstrap_intervals(journeys, done, resamples=100, seed=0).rename(columns={"key": "channel"})
        credit = credit.merge(intervals, on=["model", "channel"], how="left")
    write_result(store, "attribution_by_channel", credit, run_id)
    if credit.empty:
        return {}
    markov = credit[credit["model"] == "markov_1"].sort_values("conversions", ascending=False)
    last = credit[credit["model"] == "last_touch"].set_index("channel")["conversions"]
    top = markov.iloc[0]
    return {
        "attributed_conversions": journeys.total_conversions,
        "top_channel_markov": f"{top['channel']} ({top['conversions'] / journeys.total_conversions:.0%})",
        "top_channel_last_touch": f"{last.idxmax()} ({last.max() / journeys.total_conversions:.0%})",
    }


def _customers(store: Store, run_id: str) -> Summary:
    from socialscope.marketing.customers import customer_report, summary

    report = customer_report(store)
    write_result(store, "customer_retention", report.retention, run_id)
    write_result(store, "customer_retention_by_channel", report.retention_by_channel, run_id)
    write_result(store, "customer_channels", report.channels, run_id)
    return summary(report)


ANALYSES: tuple[Analysis, ...] = (
    Analysis(
        "audience", "networking", "follower counts and growth of tracked accounts", _audience, ("follower_snapshots",)
    ),
    Analysis("intent", "intent", "networking or marketing: posts, messages and account kinds", _intent, ("accounts",)),
    Analysis("sentiment", "networking", "sentiment of every post, comment and message", _sentiment, ()),
    Analysis("engagement", "networking", "engagement rates of posts by account and kind", _engagement, ("posts",)),
    Analysis(
        "network", "networking", "centrality, communities, brokers and key-person risk of every graph", _network, ()
    ),
    Analysis("campaigns", "marketing", "campaign KPIs (CTR, CPC, CPM, CPA, ROAS, ROI)", _campaigns, ("ad_stats",)),
    Analysis(
        "funnel", "marketing", "channels (push vs pull) and the lead-to-customer funnel", _funnel, ("conversions",)
    ),
    Analysis("customers", "marketing", "retention, repeat purchases and CLV", _customers, ("conversions",)),
    Analysis(
        "attribution",
        "marketing",
        "multi-touch attribution under every model",
        _attribution,
        ("touchpoints", "conversions"),
    ),
)


def record_run(
    store: Store,
    analysis: str,
    params: dict[str, Any] | None,
    summary: Summary,
    *,
    run_id: str | None = None,
    started: datetime | None = None,
) -> str:
    """Add a row to ``analysis_runs`` (in the caller's transaction) and return its run id."""
    run_id = run_id or uuid.uuid4().hex[:12]
    now = datetime.now(UTC).replace(tzinfo=None)
    store.con.execute(
        "INSERT INTO analysis_runs VALUES (?, ?, ?, ?, ?, ?)",
        [
            run_id,
            analysis,
            started or now,
            now,
            None if params is None else json.dumps(params, default=str),
            json.dumps(summary, default=_jsonable),
        ],
    )
    return run_id


@dataclass
class RunResult:
    name: str
    side: str
    run_id: str | None
    summary: Summary
    skipped: str | None = None


def run_analyses(
    store: Store, *, names: list[str] | None = None, on_start: Callable[[Analysis], None] | None = None
) -> list[RunResult]:
    """Run the registered analyses (all, or ``names``), each in its own transaction."""
    results = []
    for analysis in ANALYSES:
        if names and analysis.name not in names:
            continue
        empty = [t for t in analysis.needs if store.count(t) == 0]
        if empty:
            results.append(RunResult(analysis.name, analysis.side, None, {}, skipped=f"no rows in {', '.join(empty)}"))
            continue
        if on_start:
            on_start(analysis)
        run_id = uuid.uuid4().hex[:12]
        started = datetime.now(UTC).replace(tzinfo=None)
        with store.transaction():
            summary = {k: plain(v) for k, v in analysis.run(store, run_id).items()}
            record_run(store, analysis.name, None, summary, run_id=run_id, started=started)
        results.append(RunResult(analysis.name, analysis.side, run_id, summary))
    return results


def _jsonable(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)
