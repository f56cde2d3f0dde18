"""Every analysis socialscope runs, in one registry: what ``socialscope analyze`` runs on the
embedded store, what ``analyze --engine spark`` runs on Spark, and what the dashboard and the
report read.

An :class:`Analysis` has a name, a side (networking, marketing or intent: where its headline
numbers go), the canonical tables it needs, the :class:`ResultTable` s that one definition builds
on every engine with the capabilities they require, and the embedded ``run`` that writes the
rest (the measures that need DuckDB, igraph/NetworKit or the text models) and returns the
headline numbers. Engines are asked for capabilities, never for their names; where an engine
lacks a capability the table's portable definition is used and the rest is listed as
embedded-only with the reason. Every row is written through :mod:`socialscope.store.results`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from socialscope.store.connection import Store
from socialscope.store.results import replace_rows, write_result

if TYPE_CHECKING:
    import pyarrow as pa

Summary = dict[str, Any]

STORE_SQL = frozenset({"store.sql"})

GRAPH_METRICS = frozenset(
    {"graph.degree", "graph.pagerank", "graph.components", "graph.kcore", "graph.paths", "graph.brokerage",
     "graph.spectral", "graph.clustering", "graph.reciprocity", "graph.bridges", "graph.influence"}
)  # fmt: skip


@dataclass(frozen=True)
class ResultTable:
    """A result table built from one definition on every engine that has ``requires``.

    ``build(engine)`` returns the engine's frame (an Ibis expression on the embedded engine,
    a Spark DataFrame on Spark). When the engine also has ``superset_on``, the analysis's
    embedded ``run`` writes this table itself, with more columns or rows (bootstrap intervals;
    every network measure) or incrementally (text scores), and the parity suite compares the
    shared part.
    """

    name: str
    description: str
    requires: frozenset[str]
    build: Callable[[Any], Any]
    needs: tuple[str, ...] = ()
    superset_on: str | None = None


@dataclass(frozen=True)
class Analysis:
    """One analysis. ``needs``, the tables' ``needs`` and ``reads`` together are every table it
    reads — canonical tables and other analyses' results — and ``writes`` every table it
    writes: ``analyze`` runs it again only when one of those inputs, its ``version`` or its
    ``model`` changed, or an output was rewritten since (:mod:`socialscope.incremental`).
    An analysis with ``partial`` reuses that much of its previous results when it does run
    (its ``run`` then takes ``full=``)."""

    name: str
    side: str  # "networking", "marketing" or "intent": where its headline numbers go in the summary
    description: str
    run: Callable[..., Summary]  # the embedded part (store, run_id, **options): writes the rest, returns headlines
    needs: tuple[str, ...]  # canonical tables that must have rows
    tables: tuple[ResultTable, ...] = ()
    embedded_only: str = ""  # what ``run`` adds beyond ``tables``, for the engines that cannot run it
    requires: frozenset[str] = STORE_SQL  # capabilities ``run`` needs
    reads: tuple[str, ...] = ()  # the other tables it reads (canonical, or other analyses' results)
    writes: tuple[str, ...] = ()  # the tables ``run`` writes besides ``tables``
    version: int = 1  # bump when a change of code changes what it writes
    model: Callable[[Store], str] | None = None  # the version of the model its results depend on
    partial: str = ""  # what ``run`` reuses from the previous run unless ``full=True``
    given_fingerprints: bool = False  # ``run`` takes ``tables=``: its input tables' fingerprints now

    @property
    def inputs(self) -> tuple[str, ...]:
        """Every table the analysis reads."""
        return tuple(dict.fromkeys((*self.needs, *(t for table in self.tables for t in table.needs), *self.reads)))

    @property
    def outputs(self) -> tuple[str, ...]:
        """Every table the analysis writes."""
        return tuple(dict.fromkeys((*(t.name for t in self.tables), *self.writes)))


# -- portable tables: one definition per table, built on every engine --------------------------
def _campaign_kpis(engine: Any) -> Any:
    from socialscope.marketing.kpis import campaign_kpis

    return engine.frame(campaign_kpis(engine.backend(), by="campaign"))


def _engagement_by_account(engine: Any) -> Any:
    from socialscope.engagement.rates import post_engagement

    return engine.frame(post_engagement(engine.backend(), by=["account_id", "handle", "kind", "platform"]))


def _channel_summary(engine: Any) -> Any:
    from socialscope.marketing.channels import channel_summary

    return engine.frame(channel_summary(engine.backend()))


def _funnel(by: str) -> Callable[[Any], Any]:
    def build(engine: Any) -> Any:
        from socialscope.marketing.funnel import funnel

        return engine.frame(funnel(engine.backend(), by=by))

    return build


def _attribution_by_channel(engine: Any) -> Any:
    """Rule-based credit per channel under every rule model, long form like the embedded
    ``attribution_by_channel`` table (which adds bootstrap intervals); on an engine with
    ``journey_paths`` also every path-based model, solved on the driver by the embedded
    engine's functions from the engine's path counts."""
    import ibis

    from socialscope.attribution.heuristic import RULE_MODELS, credit_expr, rule_weight
    from socialscope.attribution.journeys import journey_touches

    touches = engine.cached(journey_touches(engine.backend()), "_journey_touches")
    from socialscope.attribution.journeys import Journeys
    from socialscope.attribution.registry import path_credit, resolve_models

    paths, resolved = None, {m: m for m in RULE_MODELS}
    if "journey_paths" in engine.capabilities:
        paths = engine.path_counts(touches)
        if not paths.empty:  # the small-data rule may hand data_driven to a rule model
            resolved = resolve_models(Journeys.of_paths(paths))
    parts = [
        credit_expr(touches, rule_weight(source)).mutate(model=ibis.literal(name)).rename(channel="key")
        for name, source in resolved.items()
        if source in RULE_MODELS
    ]
    union = parts[0]
    for part in parts[1:]:
        union = union.union(part)
    rules = engine.frame(union.select("model", "channel", "conversions", "value").order_by(["model", "channel"]))
    if paths is None or paths.empty:
        return rules
    return engine.concat([rules, engine.from_pandas(path_credit(Journeys.of_paths(paths)))])


def _text(table: str) -> Callable[[Any], Any]:
    def build(engine: Any) -> Any:
        return engine.text_table(table)

    return build


def _graph_metrics(engine: Any) -> Any:
    """Degree, PageRank, component, core number, betweenness, harmonic closeness, Burt's
    measures and community of every graph, by the engine's own graph algorithms over
    :func:`socialscope.network.edges.graph_edges`."""
    return _every_graph(engine, engine.graph_metrics)


def _graph_summary(engine: Any) -> Any:
    """The graph-level row of every graph, by the engine."""
    return _every_graph(engine, engine.graph_summary)


def _key_person_risk(engine: Any) -> Any:
    """Key-person risk of every graph, by the engine (on Spark on the driver, where the graph fits)."""
    return _every_graph(engine, engine.key_person_risk)


def _community_modularity(engine: Any) -> Any:
    """Modularity of each community method the engine runs, per graph (beside Leiden's)."""
    return _every_graph(engine, engine.community_modularity)


def _every_graph(engine: Any, measure: Any) -> Any:
    """``measure(graph, edges, directed=…)`` of every graph the store has, concatenated."""
    from socialscope.network.edges import DIRECTED, available_graphs, graph_edges

    frames = []
    for graph in available_graphs(engine.backend()):
        edges = graph_edges(engine.backend(), graph)
        frames.append(measure(graph, edges, directed=DIRECTED[graph]))
    return engine.concat(frames)


TABLE_METRICS = frozenset({"table_metrics"})
TEXT = frozenset({"text"})


# -- the embedded parts -----------------------------------------------------------------------
def _first_row(expr: Any) -> dict[str, Any]:
    frame = expr.to_pandas()
    return {} if frame.empty else frame.iloc[0].to_dict()


def _campaigns(store: Store, run_id: str) -> Summary:
    from socialscope.marketing.kpis import campaign_kpis

    totals = _first_row(campaign_kpis(store.ibis(), by="total"))
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
    from socialscope.engagement.cadence import cost_per_engagement, daily_engagement_rate, posting_cadence
    from socialscope.engagement.rates import post_engagement
    from socialscope.engagement.response import response_report

    backend = store.ibis()
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
    own = _first_row(post_engagement(backend, by=["is_own"]).filter(lambda t: t.is_own))
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


def _intent(store: Store, run_id: str, *, full: bool = False) -> Summary:
    from socialscope.classify.account_kind import account_kinds
    from socialscope.classify.content import classify_content
    from socialscope.engagement.rates import post_engagement

    classify_content(store, full=full)
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


def _sentiment(store: Store, run_id: str, *, full: bool = False) -> Summary:
    from socialscope.engagement.sentiment import own_net_sentiment, score_store

    score_store(store, full=full)
    unscored = store.scalar(
        "SELECT (SELECT count(*) FROM post_sentiment WHERE NOT scored)"
        " + (SELECT count(*) FROM interaction_sentiment WHERE NOT scored)"
    )
    return {
        "sentiment_model": store.scalar(  # the model that scored most texts
            "SELECT mode(model) FROM (SELECT model FROM post_sentiment UNION ALL SELECT model FROM interaction_sentiment)"
        ),
        "texts_scored": store.count("post_sentiment") + store.count("interaction_sentiment") - unscored,
        "texts_unscored": unscored,
        "own_net_sentiment": own_net_sentiment(store).get("own_net_sentiment"),
    }


def _audience(store: Store, run_id: str) -> Summary:
    from socialscope.engagement.audience import audience_growth, own_audience

    write_result(store, "audience_growth", audience_growth(store.ibis()), run_id)
    return own_audience(store)


def _funnel_summary(store: Store, run_id: str) -> Summary:
    by_type = store.df("SELECT * EXCLUDE (run_id) FROM funnel_by_type").set_index("group")
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


NETWORK_VERSION = 2  # 2: staged large graphs


def _network(
    store: Store, run_id: str, *, full: bool = False, stage: str = "auto", tables: dict[str, str | None] | None = None
) -> Summary:
    """Every graph with ties; ``stage`` as :func:`socialscope.network.analysis.analyze_network`
    (by default graphs above the large-graph threshold get their fast stage only). A graph whose
    edges are unchanged since ``analyze`` last analysed it, to at least the stage asked for, is
    kept (only its influence columns are refreshed).

    Whether the edges changed: when the tables a graph is built from (:data:`GRAPH_TABLES`)
    have the fingerprints they had then (``tables``, the fingerprints of this run's inputs),
    they did not, and the edge query is not run; otherwise the edges are queried once, into
    Arrow, fingerprinted, and the graph (when they changed) built from that same table."""
    import pandas as pd

    from socialscope.incremental import code_version
    from socialscope.network.analysis import analyze_and_write, refresh_influence
    from socialscope.network.build import edge_table, graph_from_edge_table
    from socialscope.network.edges import available_graphs, edge_params

    out: Summary = {}
    handles = dict(store.con.execute("SELECT account_id, handle FROM accounts").fetchall())

    def name(account_id: str) -> str:
        handle = handles.get(account_id)
        return f"@{handle} ({account_id})" if handle else account_id

    reused = []
    quality = []  # each graph's communities and modularity, as community_modularity
    code = code_version("network", NETWORK_VERSION)
    for graph in available_graphs(store.ibis()):
        read = _read_fingerprint(graph, tables)
        previous = None if full or _needs_sampled_stage(store, graph, stage) else _graph_inputs(store, graph)
        edges: pa.Table | None = None
        if previous is not None and read is not None and previous["tables_fingerprint"] == f"{code}:{read}":
            fingerprint = previous["edges_fingerprint"]
        else:
            edges = edge_table(store, graph)
            fingerprint = f"{code}:{_arrow_fingerprint(store, edges)}"
        inputs = pd.DataFrame(
            {"edges_fingerprint": [fingerprint], "tables_fingerprint": [f"{code}:{read}" if read else None]}
        ).assign(graph=graph)
        if previous is not None and previous["edges_fingerprint"] == fingerprint:
            # same edges, same code: only the influence columns (accounts' reach, posts'
            # engagement) can have changed
            edges = None
            metrics = refresh_influence(store, graph, run_id)
            replace_rows(store, "graph_inputs", inputs, previous["run_id"], key="graph", value=graph)
            summary = store.df("SELECT * FROM network_graphs WHERE graph = ?", [graph]).iloc[0].to_dict()
            risk = (
                store.df("SELECT account_id, risk_score FROM key_person_risk WHERE graph = ? ORDER BY rank", [graph])
                if store.has_table("key_person_risk")
                else None
            )
            reused.append(graph)
            out[f"{graph}_stage"] = summary.get("stage") or "all"
        else:
            assert edges is not None
            g = graph_from_edge_table(store, graph, edges, edge_params(graph))
            edges = None  # the graph's arrays replace it: not kept through the analysis
            result, _ = analyze_and_write(store, g, run_id=run_id, stage=stage)
            out[f"{graph}_stage"] = result.stage
            replace_rows(store, "graph_inputs", inputs, run_id, key="graph", value=graph)
            metrics, summary, risk = result.metrics, result.summary, result.risk
        quality.append((graph, "leiden", summary["communities"], summary["modularity"]))
        for key in ("nodes", "edges", "reciprocity", "communities"):
            out[f"{graph}_{key}"] = summary[key]
        out[f"{graph}_modularity"] = summary["modularity"]
        top = metrics.sort_values("influence", ascending=False, kind="stable")
        out[f"{graph}_top_influencer"] = name(top["account_id"].iloc[0]) if len(top) else None
        if graph == "collaboration" and risk is not None and len(risk):
            out["collaboration_top_key_person"] = name(risk["account_id"].iloc[0])
            out["collaboration_top_key_person_risk"] = float(risk["risk_score"].iloc[0])
    if reused:
        out["graphs_reused"] = ", ".join(reused)
    columns = ["graph", "method", "communities", "modularity"]
    write_result(store, "community_modularity", pd.DataFrame(quality, columns=columns), run_id)
    return out


GRAPH_TABLES = {"follows": ("follows",), "interactions": ("interactions", "posts"), "collaboration": ("interactions",)}
"""The canonical tables each graph's edges are built from (:func:`socialscope.network.edges.graph_edges`)."""


def _read_fingerprint(graph: str, tables: dict[str, str | None] | None) -> str | None:
    """The fingerprints of the tables ``graph`` is built from, in one string (None when not known)."""
    if tables is None or any(tables.get(t) is None for t in GRAPH_TABLES[graph]):
        return None
    return ";".join(f"{t}={tables[t]}" for t in GRAPH_TABLES[graph])


def _arrow_fingerprint(store: Store, edges: pa.Table) -> str:
    """:func:`~socialscope.store.fingerprint.query_fingerprint` of an edge table (the same
    value as of the edge query itself)."""
    from socialscope.store.fingerprint import query_fingerprint

    store.con.register("_network_edges", edges)
    try:
        return query_fingerprint(store, "SELECT * FROM _network_edges")
    finally:
        store.con.unregister("_network_edges")


def _needs_sampled_stage(store: Store, graph: str, stage: str) -> bool:
    """Whether ``stage`` asks for the sampled measures ``graph`` does not have yet."""
    return stage == "all" and store.scalar("SELECT stage FROM network_graphs WHERE graph = ?", [graph]) == "fast"


def _graph_inputs(store: Store, graph: str) -> dict[str, Any] | None:
    """What ``graph``'s stored results were computed from by ``analyze`` (``graph_inputs``:
    the fingerprints of its edges and of the tables they came from), when they were not
    replaced since (e.g. by ``network analyze`` with other options: its ``network_graphs`` row
    then has another run id); None otherwise."""
    if not (store.has_table("graph_inputs") and store.has_table("network_graphs")):
        return None
    rows = store.df(
        """SELECT g.* FROM graph_inputs g JOIN network_graphs n ON n.graph = g.graph AND n.run_id = g.run_id
           WHERE g.graph = ?""",
        [graph],
    )
    if rows.empty:
        return None
    row = rows.iloc[0].to_dict()
    if not isinstance(row.get("tables_fingerprint"), str):  # null, or written before socialscope kept it
        row["tables_fingerprint"] = None
    return row


def _topics(store: Store, run_id: str) -> Summary:
    import pandas as pd

    from socialscope.engagement.topics import campaign_topics, community_topics

    out: Summary = {}
    graphs = (
        [r[0] for r in store.con.execute("SELECT DISTINCT graph FROM network_metrics ORDER BY graph").fetchall()]
        if store.has_table("network_metrics")
        else []
    )
    frames = []
    for graph in graphs:
        try:
            frames.append(community_topics(store, graph=graph))
        except LookupError:  # a graph without communities
            continue
    if frames:
        write_result(store, "community_topics", pd.concat(frames, ignore_index=True), run_id)
        out["communities_with_topics"] = int(sum(f["community"].nunique() for f in frames))
    campaigns = campaign_topics(store)
    write_result(store, "campaign_topics", campaigns, run_id)
    out["campaigns_with_topics"] = int(campaigns["campaign_id"].nunique())
    return out


def _intent_model(store: Store) -> str:
    from socialscope.classify.intent import active_version

    return active_version(store)


def _sentiment_model(store: Store) -> str:
    from socialscope.engagement.sentiment import active_version

    return active_version(store)


# 90% bootstrap intervals in `analyze` up to this many journeys (100 resamples); larger
# stores get them from `socialscope attribution --bootstrap 100`
BOOTSTRAP_JOURNEYS = 100_000


def _attribution(store: Store, run_id: str) -> Summary:
    from socialscope.attribution import attribute, build_journeys
    from socialscope.attribution.bootstrap import bootstrap_intervals

    journeys = build_journeys(store)
    credit = attribute(journeys)
    if 0 < (journeys.paths["conversions"] + journeys.paths["nulls"]).sum() <= BOOTSTRAP_JOURNEYS:
        intervals = bootstrap_intervals(journeys, resamples=100, seed=0).rename(columns={"key": "channel"})
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
        "audience", "networking", "follower counts and growth of tracked accounts", _audience, ("follower_snapshots",),
        embedded_only="audience growth per period (DuckDB window functions)",
        reads=("accounts",), writes=("audience_growth",),
    ),
    Analysis(
        "intent", "intent", "networking or marketing: posts, messages and account kinds", _intent, ("accounts",),
        tables=(
            ResultTable("content_intent", "intent of every post", TEXT, _text("content_intent"), needs=("posts",),
                        superset_on="store.sql"),
            ResultTable("interaction_intent", "intent of every comment and message", TEXT,
                        _text("interaction_intent"), needs=("interactions",), superset_on="store.sql"),
        ),
        embedded_only="account kinds (SQL over the store) and an intent model trained on the store's labels",
        requires=STORE_SQL | {"text"},
        reads=("posts", "interactions", "follows", "follower_snapshots"),
        writes=("content_intent", "interaction_intent", "account_kinds"),
        model=_intent_model, partial="the intents of texts classified before by the same model",
    ),
    Analysis(
        "sentiment", "networking", "sentiment of every post, comment and message", _sentiment, (),
        tables=tuple(
            ResultTable(name, what, TEXT, _text(name), needs=(source,), superset_on="store.sql")
            for name, what, source in (
                ("post_language", "language of every post", "posts"),
                ("interaction_language", "language of every comment and message", "interactions"),
                ("post_sentiment", "sentiment of every post", "posts"),
                ("interaction_sentiment", "sentiment of every comment and message", "interactions"),
            )
        ),
        embedded_only="own net sentiment (SQL over the store) and a sentiment model trained on the store's labels",
        requires=STORE_SQL | {"text"},
        reads=("posts", "interactions", "accounts"),
        writes=("post_language", "interaction_language", "post_sentiment", "interaction_sentiment"),
        model=_sentiment_model, partial="the languages and sentiment of texts scored before by the same model",
    ),
    Analysis(
        "engagement", "networking", "engagement rates of posts by account and kind", _engagement, ("posts",),
        tables=(ResultTable("engagement_by_account", "engagement by account", TABLE_METRICS, _engagement_by_account),),
        embedded_only="posting cadence, daily engagement, cost per engagement, response times and cascades",
        reads=("accounts", "follower_snapshots", "interactions", "follows", "ad_stats", "campaigns"),
        writes=("posting_cadence", "daily_engagement", "cost_per_engagement", "response_times", "cascades"),
    ),
    Analysis(
        "network", "networking", "centrality, communities, brokers and key-person risk of every graph", _network, (),
        tables=(
            ResultTable(
                "network_metrics",
                "degree, PageRank, components, k-core, betweenness, harmonic closeness, Burt's measures, eigenvector, "
                "HITS, clustering, reciprocity, bridge ties and communities of every graph", GRAPH_METRICS,
                _graph_metrics, superset_on="graph.single_machine",
            ),
            ResultTable(
                "network_graphs", "size, density, reciprocity, transitivity, assortativity, components, diameter "
                "and modularity of every graph", frozenset({"graph.summary"}), _graph_summary,
                superset_on="graph.single_machine",
            ),
            ResultTable(
                "community_modularity", "modularity of label propagation's and Leiden's communities",
                frozenset({"graph.communities.label_propagation", "graph.communities.leiden"}),
                _community_modularity, superset_on="graph.single_machine",
            ),
            ResultTable(
                "key_person_risk", "what each graph loses if each candidate leaves", frozenset({"graph.key_person_risk"}),
                _key_person_risk, superset_on="graph.single_machine",
            ),
        ),
        embedded_only="Leiden's community profiles, the community meta-graph and the layouts (communities, "
        "community_links, network_layout, community_layout: drawn and profiled for the dashboard on one machine); "
        "on Spark beyond the driver rule (2M edges, $SOCIALSCOPE_SPARK_DRIVER_EDGES) key-person risk (30 "
        "whole-graph re-analyses; not above 20,000 accounts on either engine by default)",
        requires=STORE_SQL | {"graph.single_machine"},
        reads=("follows", "interactions", "posts", "accounts"),
        writes=("communities", "community_links", "key_person_risk", "network_layout",
                "community_layout", "graph_inputs", "community_modularity"),
        version=NETWORK_VERSION, partial="the graphs whose edges did not change (their influence is refreshed)",
        given_fingerprints=True,
    ),
    Analysis(
        "topics", "networking", "distinctive terms of each community and campaign", _topics, ("posts",),
        embedded_only="class-based TF-IDF over each community's and campaign's texts, by language",
        reads=("interactions", "campaigns", "post_language", "interaction_language", "network_metrics"),
        writes=("community_topics", "campaign_topics"),
    ),
    Analysis(
        "campaigns", "marketing", "campaign KPIs (CTR, CPC, CPM, CPA, ROAS, ROI)", _campaigns, ("ad_stats",),
        tables=(ResultTable("campaign_kpis", "campaign KPIs", TABLE_METRICS, _campaign_kpis),),
        reads=("campaigns",),
    ),
    Analysis(
        "funnel", "marketing", "channels (push vs pull) and the lead-to-customer funnel", _funnel_summary,
        ("conversions",),
        tables=(
            ResultTable("channel_summary", "channel grouping (push vs pull)", TABLE_METRICS, _channel_summary,
                        needs=("touchpoints",)),
            ResultTable("funnel_by_type", "funnel by push/pull", TABLE_METRICS, _funnel("type")),
            ResultTable("funnel_by_channel", "funnel by channel", TABLE_METRICS, _funnel("channel")),
        ),
        reads=("ad_stats",),
    ),
    Analysis(
        "customers", "marketing", "retention, repeat purchases and CLV", _customers, ("conversions",),
        embedded_only="retention and CLV (lifetimes' BG/NBD and Gamma-Gamma)",
        reads=("touchpoints", "ad_stats"),
        writes=("customer_retention", "customer_retention_by_channel", "customer_channels"),
    ),
    Analysis(
        "attribution", "marketing", "multi-touch attribution under every model", _attribution,
        ("touchpoints", "conversions"),
        tables=(
            ResultTable(
                "attribution_by_channel", "journeys and attribution", frozenset({"journeys"}),
                _attribution_by_channel, superset_on="journey_paths",
            ),
        ),
        embedded_only="bootstrap intervals of every model's credit (resampling the journeys in the store)",
        requires=STORE_SQL | {"journey_paths"},
    ),
)  # fmt: skip


def result_tables() -> list[ResultTable]:
    """Every table the registry can build on more than one engine, in registry order."""
    return [t for a in ANALYSES for t in a.tables]


@dataclass
class EngineRun:
    frames: dict[str, Any]
    skipped: dict[str, str]  # table or analysis -> why it did not run on this engine


def run_on_engine(
    engine: Any, *, only: list[str] | None = None, on_start: Callable[[ResultTable], None] | None = None
) -> EngineRun:
    """Build every registered table ``engine`` is capable of (or those named in ``only``) and
    say why the rest was skipped — the path ``analyze --engine spark`` takes."""
    frames: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    for item in ANALYSES:
        for table in item.tables:
            if only and table.name not in only:
                continue
            missing = sorted(table.requires - engine.capabilities)
            if missing:
                skipped[table.name] = f"engine {engine.name} lacks {', '.join(missing)}"
                continue
            empty = [t for t in (*item.needs, *table.needs) if engine.count(t) == 0]
            if empty:
                skipped[table.name] = f"no rows in {', '.join(empty)}"
                continue
            if on_start:
                on_start(table)
            frames[table.name] = table.build(engine)
        lacking = sorted(item.requires - engine.capabilities)
        if lacking:
            what = item.embedded_only or item.description
            skipped[item.name] = f"{what}: engine {engine.name} lacks {', '.join(lacking)}"
    return EngineRun(frames, skipped)
