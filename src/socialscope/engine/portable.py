"""The analyses every engine runs from one definition each, and the runner that picks them by
capability.

Each :class:`PortableResult` builds its table from the shared Ibis definitions (campaign KPIs,
engagement, channels, funnels, journeys + rule-based attribution) or from the engine's graph
algorithms over :func:`socialscope.network.edges.graph_edges`. An engine without a result's
capability skips it and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

GRAPH_METRICS = ("graph.degree", "graph.pagerank", "graph.components", "graph.kcore")
RULE_MODELS = ("first_touch", "last_touch", "last_non_direct", "linear", "time_decay", "position_based")


@dataclass(frozen=True)
class PortableResult:
    table: str
    description: str
    requires: frozenset[str]  # engine capabilities
    needs: tuple[str, ...]  # canonical tables that must have rows
    build: Callable[[Any], Any]  # engine -> the engine's native frame


def _campaign_kpis(engine: Any) -> Any:
    from socialscope.marketing.kpis import campaign_kpis

    return engine.frame(campaign_kpis(engine.backend(), by="campaign"))


def _engagement(engine: Any) -> Any:
    from socialscope.engagement.rates import post_engagement

    return engine.frame(post_engagement(engine.backend(), by=["account_id", "handle", "kind", "platform"]))


def _channels(engine: Any) -> Any:
    from socialscope.marketing.channels import channel_summary

    return engine.frame(channel_summary(engine.backend()))


def _funnel(by: str) -> Callable[[Any], Any]:
    def build(engine: Any) -> Any:
        from socialscope.marketing.funnel import funnel

        return engine.frame(funnel(engine.backend(), by=by))

    return build


def _rule_attribution(engine: Any) -> Any:
    """Rule-based credit per channel under every rule model, long form like the embedded
    ``attribution_by_channel`` table (which adds the Markov and Shapley models)."""
    import ibis

    from socialscope.attribution.heuristic import WEIGHTS, credit_expr, time_decay_weight
    from socialscope.attribution.journeys import journey_touches

    touches = engine.cached(journey_touches(engine.backend()), "_journey_touches")
    weights = {**WEIGHTS, "time_decay": time_decay_weight(7.0)}
    parts = [credit_expr(touches, weights[m]).mutate(model=ibis.literal(m)).rename(channel="key") for m in RULE_MODELS]
    union = parts[0]
    for part in parts[1:]:
        union = union.union(part)
    return engine.frame(union.select("model", "channel", "conversions", "value").order_by(["model", "channel"]))


def _network_metrics(engine: Any) -> Any:
    from socialscope.network.edges import DIRECTED, graph_edges

    frames = []
    for graph in engine.available_graphs():
        edges = graph_edges(engine.backend(), graph)
        frames.append(engine.graph_metrics(graph, edges, directed=DIRECTED[graph]))
    return engine.concat(frames)


PORTABLE: tuple[PortableResult, ...] = (
    PortableResult("campaign_kpis", "campaign KPIs", frozenset({"table_metrics"}), ("ad_stats",), _campaign_kpis),
    PortableResult(
        "engagement_by_account", "engagement by account", frozenset({"table_metrics"}), ("posts",), _engagement
    ),
    PortableResult(
        "channel_summary", "channel grouping (push vs pull)", frozenset({"table_metrics"}), ("touchpoints",), _channels
    ),
    PortableResult(
        "funnel_by_type", "funnel by push/pull", frozenset({"table_metrics"}), ("conversions",), _funnel("type")
    ),
    PortableResult(
        "funnel_by_channel", "funnel by channel", frozenset({"table_metrics"}), ("conversions",), _funnel("channel")
    ),
    PortableResult(
        "attribution_by_channel",
        "journeys and rule-based attribution",
        frozenset({"journeys"}),
        ("touchpoints", "conversions"),
        _rule_attribution,
    ),
    PortableResult(
        "network_metrics",
        "degree, PageRank, components, k-core and communities of every graph",
        frozenset(GRAPH_METRICS),
        (),
        _network_metrics,
    ),
)


@dataclass
class PortableRun:
    frames: dict[str, Any]
    skipped: dict[str, str]


def run_portable(
    engine: Any, *, only: list[str] | None = None, on_start: Callable[[PortableResult], None] | None = None
) -> PortableRun:
    """Every portable result the engine is capable of (or those named in ``only``)."""
    frames: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    for result in PORTABLE:
        if only and result.table not in only:
            continue
        missing = sorted(result.requires - engine.capabilities)
        if missing:
            skipped[result.table] = f"engine {engine.name} lacks {', '.join(missing)}"
            continue
        empty = [t for t in result.needs if engine.count(t) == 0]
        if empty:
            skipped[result.table] = f"no rows in {', '.join(empty)}"
            continue
        if on_start:
            on_start(result)
        frames[result.table] = result.build(engine)
    return PortableRun(frames, skipped)
