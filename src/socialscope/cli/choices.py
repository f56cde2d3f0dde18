"""The fixed sets of values CLI options accept, as ``str`` Enums: Typer checks them, lists them
in ``--help`` and refuses anything else with a usage error (exit 2) naming the allowed values.

Each Enum is built from the list the analysis code uses (or checks its registry against), so
there is one list: a model, graph, grouping or format added there is offered here at once. The
analysis functions still take plain strings (pass ``.value``) and raise ``UsageError`` on a bad
one, for callers of the Python API.

The names come from :mod:`socialscope.names`, which imports nothing: Typer builds every
command's options at start-up, and importing the registries themselves would load pandas,
Ibis, igraph and scikit-learn before ``--help`` could print.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from socialscope.names import (
    ACCOUNT_KINDS,
    ATTRIBUTION_MODELS,
    AVERAGES,
    CAMPAIGN_GROUPINGS,
    CUSTOMER_PERIODS,
    DIGEST_FORMATS,
    ENGAGEMENT_GROUPINGS,
    EVOLUTION_PERIODS,
    EXPORT_FORMATS,
    FILE_FORMATS,
    FUNNEL_GROUPINGS,
    FUNNEL_TOUCHES,
    GRAPH_FILE_FORMATS,
    GRAPHS,
    JOURNEY_KEYS,
    NET_SENTIMENT_VARIANTS,
    RANKABLE,
    ROLES,
    SENTIMENT_GROUPINGS,
    SENTIMENT_MODELS,
    SHARE_OF_VOICE_GROUPINGS,
    TEXT_KINDS,
    TOP_POST_METRICS,
    TOPIC_GROUPS,
)


def choice_enum(name: str, values: Iterable[str]) -> type[StrEnum]:
    """A ``str`` Enum whose members are ``values``, in order (member name = value)."""
    return StrEnum(name, [(v, v) for v in values])


ALL = "all"
# Attribution by the key of the journeys (channel, campaign), or by the accounts and
# communities whose posts referred the buyers (attribution.network).
NETWORK_CREDIT = ("account", "community")

GraphName = choice_enum("GraphName", GRAPHS)
RankMetric = choice_enum("RankMetric", ("risk", *RANKABLE))
EvolutionPeriod = choice_enum("EvolutionPeriod", EVOLUTION_PERIODS)
GraphFileFormat = choice_enum("GraphFileFormat", GRAPH_FILE_FORMATS)

CampaignGrouping = choice_enum("CampaignGrouping", CAMPAIGN_GROUPINGS)
FunnelGrouping = choice_enum("FunnelGrouping", FUNNEL_GROUPINGS)
FunnelTouch = choice_enum("FunnelTouch", FUNNEL_TOUCHES)
CustomerPeriod = choice_enum("CustomerPeriod", CUSTOMER_PERIODS)

AttributionModelName = choice_enum("AttributionModelName", (ALL, *ATTRIBUTION_MODELS))
AttributionGrouping = choice_enum("AttributionGrouping", (*JOURNEY_KEYS, *NETWORK_CREDIT))

EngagementGrouping = choice_enum("EngagementGrouping", ENGAGEMENT_GROUPINGS)
Average = choice_enum("Average", AVERAGES)
ShareOfVoiceGrouping = choice_enum("ShareOfVoiceGrouping", SHARE_OF_VOICE_GROUPINGS)
TopPostMetric = choice_enum("TopPostMetric", TOP_POST_METRICS)

SentimentModelName = choice_enum("SentimentModelName", SENTIMENT_MODELS)
SentimentGrouping = choice_enum("SentimentGrouping", SENTIMENT_GROUPINGS)
NetSentimentVariant = choice_enum("NetSentimentVariant", NET_SENTIMENT_VARIANTS)
TopicGrouping = choice_enum("TopicGrouping", TOPIC_GROUPS)

TextKind = choice_enum("TextKind", TEXT_KINDS)
AccountKind = choice_enum("AccountKind", ACCOUNT_KINDS)
DetailFormat = choice_enum("DetailFormat", ("table", "json"))  # one item's detail: no CSV form

TableFileFormat = choice_enum("TableFileFormat", ("auto", *FILE_FORMATS))
ExportFormatName = choice_enum("ExportFormatName", EXPORT_FORMATS)

DigestFormat = choice_enum("DigestFormat", DIGEST_FORMATS)
TokenRole = choice_enum("TokenRole", ROLES)
