"""The declared columns and types of every result table.

A result table is created from its declaration here, never from whatever frame an analysis
happened to return: an empty result still has its types, a new analysis column is a visible
change to this file, and both engines write the same shape (``SQL_TYPES`` for DuckDB,
``SPARK_TYPES`` for Spark). Types are the canonical model's logical types
(:data:`socialscope.store.schema.SQL_TYPES`). Every table written through
:func:`socialscope.store.results.write_result` or ``replace_rows`` starts with ``run_id``;
the text-score tables are keyed by the scored row instead and carry the model's name.

A column ending in ``?`` is optional: analyses may leave it out (it is then NULL), e.g. the
bootstrap intervals that ``analyze`` adds only up to 100,000 journeys.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialscope.store.schema import SQL_TYPES


@dataclass(frozen=True)
class ResultColumn:
    name: str
    type: str  # a logical type: text, integer, number, boolean, timestamp, date, json
    optional: bool = False

    @property
    def sql_type(self) -> str:
        return SQL_TYPES[self.type]


@dataclass(frozen=True)
class ResultSchema:
    """One result table's columns, in order; ``run_id`` first unless ``keyed_by`` is set."""

    name: str
    doc: str
    columns: tuple[ResultColumn, ...]
    keyed_by: str | None = None  # the text-score tables: one row per scored post/interaction

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def has_run_id(self) -> bool:
        return self.keyed_by is None

    def create_sql(self, name: str | None = None) -> str:
        cols = [] if self.keyed_by else ['"run_id" VARCHAR']
        cols += [f'"{c.name}" {c.sql_type}' for c in self.columns]
        return f'CREATE OR REPLACE TABLE "{name or self.name}" ({", ".join(cols)})'


def parse_columns(spec: str) -> tuple[ResultColumn, ...]:
    """Columns from lines of ``name name?: type`` (``?`` marks an optional column)."""
    columns = []
    for line in spec.strip().splitlines():
        names, _, kind = line.rpartition(":")
        kind = kind.strip()
        if kind not in SQL_TYPES:
            raise ValueError(f"unknown type {kind!r} in result schema line {line.strip()!r}")
        for name in names.split():
            columns.append(ResultColumn(name.rstrip("?"), kind, optional=name.endswith("?")))
    return tuple(columns)


RESULT_SCHEMAS: dict[str, ResultSchema] = {}


def _declare(name: str, doc: str, spec: str, *, keyed_by: str | None = None) -> ResultSchema:
    schema = ResultSchema(name, doc, parse_columns(spec), keyed_by)
    RESULT_SCHEMAS[name] = schema
    return schema


# -- marketing ------------------------------------------------------------------------------
_KPI_COLUMNS = """
    impressions reach clicks: integer
    spend conversions conversion_value ctr cpc cpm cvr cpa roas roi frequency: number
"""
_declare("campaign_kpis", "KPIs per campaign", "campaign_id name platform: text" + _KPI_COLUMNS)
_declare("campaign_kpis_by_platform", "KPIs per platform", "platform: text" + _KPI_COLUMNS)
_declare("campaign_kpis_by_ad", "KPIs per ad", "campaign_id ad_id: text" + _KPI_COLUMNS)
for _period in ("day", "week", "month"):
    _declare(f"campaign_kpis_by_{_period}", f"KPIs per {_period}", "period: timestamp" + _KPI_COLUMNS)
_declare("campaign_kpis_by_total", "KPIs over every campaign", _KPI_COLUMNS)

_declare(
    "channel_summary",
    "touchpoints, visitors and cost per channel, with its push/pull type",
    """
    channel channel_type: text
    touchpoints visitors: integer
    cost: number
    derived: integer
    """,
)
_FUNNEL_COLUMNS = """
    group: text
    leads opportunities customers: integer
    median_days_lead_to_opportunity median_days_opportunity_to_customer revenue cost: number
    lead_to_opportunity opportunity_to_customer lead_to_customer cac roi: number
"""
for _by in ("type", "channel", "campaign"):
    _declare(f"funnel_by_{_by}", f"lead -> opportunity -> customer funnel per {_by}", _FUNNEL_COLUMNS)

_RETENTION_COLUMNS = """
    new_customers returning_customers: integer
    new_revenue returning_revenue returning_revenue_share: number
"""
_declare("customer_retention", "new and returning customers per period", "period: timestamp" + _RETENTION_COLUMNS)
_declare(
    "customer_retention_by_channel",
    "new and returning customers per period and first channel",
    "period: timestamp\nchannel: text" + _RETENTION_COLUMNS,
)
_declare(
    "customer_channels",
    "repeat rate, CLV and CAC per acquisition channel",
    """
    channel channel_type: text
    customers: integer
    repeat_rate historical_clv predicted_clv cac clv_to_cac: number
    """,
)

# -- attribution ----------------------------------------------------------------------------
_CREDIT_COLUMNS = """
    conversions value: number
    conversions_low? conversions_high? value_low? value_high?: number
"""
for _by in ("channel", "campaign"):
    _declare(f"attribution_by_{_by}", f"conversions and value credited to each {_by}, per model",
             f"model {_by}: text" + _CREDIT_COLUMNS)  # fmt: skip
_declare(
    "attribution_by_account",
    "conversions credited to the accounts whose posts referred the touches",
    """
    account_id handle kind: text
    community: integer
    influence: number
    referred_touches: integer
    conversions value as_cascade_root: number
    model: text
    """,
)
_declare(
    "attribution_by_community",
    "conversions credited to each community of referring accounts",
    """
    community accounts: integer
    conversions value: number
    top_account model: text
    """,
)
_declare(
    "attribution_evaluation",
    "each model's credit against a known truth: error, rank correlation, top-3 overlap",
    """
    model: text
    nmae spearman top3_overlap: number
    label source: text
    """,
)

# -- engagement and audience ----------------------------------------------------------------
_declare(
    "engagement_by_account",
    "engagement rates of each account's posts",
    """
    account_id handle kind platform: text
    posts impressions reach followers engagements likes comments shares clicks: integer
    engagement_rate_impressions engagement_rate_reach engagement_rate_followers: number
    conversation_rate amplification_rate applause_rate: number
    conversation_per_1k_followers amplification_per_1k_followers applause_per_1k_followers: number
    average: text
    """,
)
_declare(
    "posting_cadence",
    "posts per week and the gaps between posts, per account",
    """
    account_id handle: text
    posts active_days: integer
    posts_per_week median_hours_between_posts mean_hours_between_posts: number
    first_post last_post: timestamp
    """,
)
_declare(
    "daily_engagement",
    "engagements per day over the day's followers, per own account",
    """
    account_id: text
    day: timestamp
    engagements followers daily_engagement_rate: number
    """,
)
_declare(
    "cost_per_engagement",
    "spend per engagement of each campaign's paid posts",
    """
    campaign_id name platform: text
    paid_posts: integer
    spend engagements cost_per_engagement: number
    """,
)
_declare(
    "response_times",
    "share of inbound comments and messages answered, and how fast",
    """
    account_id handle item: text
    inbound answered: integer
    response_rate median_response_hours p90_response_hours: number
    """,
)
_declare(
    "cascades",
    "reshare cascades: size, depth, breadth, structural virality, reach",
    """
    root_post_id account_id: text
    created_at: timestamp
    size depth breadth: integer
    structural_virality total_reach non_follower_reach_share: number
    text: text
    """,
)
_declare(
    "audience_growth",
    "followers at the start and end of each period, per tracked account",
    """
    account_id: text
    period: timestamp
    followers_end followers_start net_new: integer
    growth_rate: number
    """,
)
_declare(
    "account_kinds",
    "person, brand or organisation per account: declared, or inferred from its posts",
    """
    account_id handle inferred_kind: text
    inferred_probability: number
    kind: text
    probability: number
    source evidence: text
    posts networking_posts marketing_posts: integer
    marketing_share networking_engagement marketing_engagement: number
    """,
)
_TOPIC_COLUMNS = """
    rank: integer
    term: text
    weight: number
    count: integer
"""
_declare("community_topics", "distinctive terms of each community's posts (class-based TF-IDF)",
         "graph: text\ncommunity members posts: integer" + _TOPIC_COLUMNS)  # fmt: skip
_declare("campaign_topics", "distinctive terms of each campaign's posts (class-based TF-IDF)",
         "campaign_id name: text\nposts: integer" + _TOPIC_COLUMNS)  # fmt: skip

# -- network (one set of rows per graph) ----------------------------------------------------
_declare(
    "network_metrics",
    "every account's centrality, brokerage, community and influence, per graph",
    """
    graph account_id: text
    in_degree out_degree degree: integer
    weighted_in_degree weighted_out_degree weighted_degree pagerank betweenness: number
    betweenness_estimated: boolean
    eigenvector hub authority harmonic: number
    core_number: integer
    clustering reciprocity: number
    bridge_ties: integer
    constraint effective_size hierarchy: number
    community reach: integer
    engagement_received pagerank_part reach_part engagement_received_part influence: number
    component? community_method?: text
    """,
)
_declare(
    "network_graphs",
    "one row per graph: size, density, reciprocity, components, diameter, modularity, and which "
    "stage of a large graph's analysis it has (fast, or all) with when each ran",
    """
    graph: text
    directed: boolean
    nodes edges: integer
    density reciprocity transitivity assortativity: number
    components: integer
    largest_component_share: number
    diameter: integer
    diameter_estimated: boolean
    communities: integer
    modularity resolution: number
    params notes: text
    stage: text
    fast_at: timestamp
    fast_seconds: number
    sampled_at: timestamp
    sampled_seconds: number
    sampled_run_id: text
    """,
)
_declare(
    "communities",
    "each community's size, density, modularity share, top members and brokers (JSON lists)",
    """
    graph: text
    community size internal_ties: integer
    internal_density modularity_contribution: number
    top_members brokers: text
    """,
)
_declare(
    "community_links",
    "ties between pairs of communities",
    """
    graph: text
    community_a community_b ties: integer
    weight: number
    """,
)
_declare(
    "key_person_risk",
    "what the network loses if each candidate leaves",
    """
    graph account_id: text
    lcc_share_drop: number
    orphaned_communities: integer
    path_length_increase: number
    nonredundant_ties: integer
    risk_score: number
    degree: integer
    betweenness: number
    rank: integer
    """,
)
_declare(
    "community_modularity",
    "each graph's communities and their modularity, per method (Leiden; on Spark label propagation beside it)",
    """
    graph method: text
    communities: integer
    modularity: number
    """,
)
_declare("network_layout", "x, y of every account in the network view", "graph account_id: text\nx y: number")
_declare(
    "community_layout", "x, y of every community in the grouped view", "graph: text\ncommunity: integer\nx y: number"
)
_declare(
    "community_evolution",
    "communities per period matched to the previous period's: born, grew, split, merged, died",
    """
    graph: text
    period: date
    community lineage size: integer
    event predecessors: text
    best_jaccard: number
    joined left brand_reach: integer
    brand_reach_share brand_reach_change: number
    """,
)

_declare(
    "graph_inputs",
    "the fingerprints of each graph's edges and of the tables they were built from when it was last "
    "analysed (incremental analyze)",
    """
    graph edges_fingerprint: text
    tables_fingerprint?: text
    """,
)

# -- text scores (one row per scored post or interaction, not per run; ``text_hash`` keys the
# cache of store.text_scores: the text, its facts and the model version) ---------------------
for _key, _what in (("post_id", "post"), ("interaction_id", "interaction")):
    _declare(f"{_what}_sentiment", f"sentiment of every {_what}'s text",
             f"{_key} label: text\nscore: number\nmodel: text\nscored: boolean\ntext_hash?: text", keyed_by=_key)  # fmt: skip
    _declare(f"{_what}_language", f"language of every {_what}'s text",
             f"{_key} language: text\nconfidence: number\ntext_hash?: text", keyed_by=_key)  # fmt: skip
_declare("content_intent", "networking or marketing: every post",
         "post_id intent: text\nprobability p_marketing: number\nmodel explanation text_hash?: text", keyed_by="post_id")  # fmt: skip
_declare("interaction_intent", "networking or marketing: every comment and message",
         "interaction_id intent: text\nprobability p_marketing: number\nmodel explanation text_hash?: text",
         keyed_by="interaction_id")  # fmt: skip


def result_schema(table: str) -> ResultSchema:
    """The declaration of result ``table``; a ``KeyError`` naming the file to add it to."""
    try:
        return RESULT_SCHEMAS[table]
    except KeyError:
        raise KeyError(f"result table {table!r} has no declared schema in socialscope/store/result_schema.py") from None
