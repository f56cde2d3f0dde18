"""The fixed sets of values CLI options accept, as ``str`` Enums: Typer checks them, lists them
in ``--help`` and refuses anything else with a usage error (exit 2) naming the allowed values.

Each Enum is built from the registry or constant of the analysis code that defines the set, so
there is one list: a model, graph, grouping or format added there is offered here at once. The
analysis functions still take plain strings (pass ``.value``) and raise ``UsageError`` on a bad
one, for callers of the Python API.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from socialscope.attribution.journeys import KEYS as JOURNEY_KEYS
from socialscope.attribution.registry import MODELS as ATTRIBUTION_MODELS
from socialscope.classify.account_kind import KINDS as ACCOUNT_KINDS
from socialscope.classify.intent import TEXT_KINDS
from socialscope.engagement.cadence import TOP_POST_METRICS
from socialscope.engagement.rates import REPORT_GROUPINGS
from socialscope.engagement.sentiment import NET_SENTIMENT, SENTIMENT_MODELS, SUMMARY_GROUPS
from socialscope.engagement.share_of_voice import GROUPINGS as SHARE_OF_VOICE_GROUPINGS
from socialscope.engagement.topics import TOPIC_GROUPS
from socialscope.ingest.files import FORMATS as FILE_FORMATS
from socialscope.ingest.formats import FORMATS as EXPORT_FORMATS
from socialscope.marketing.customers import PERIODS as CUSTOMER_PERIODS
from socialscope.marketing.funnel import GROUPINGS as FUNNEL_GROUPINGS
from socialscope.marketing.funnel import TOUCHES
from socialscope.marketing.kpis import GROUPINGS as CAMPAIGN_GROUPINGS
from socialscope.metrics import AVERAGES
from socialscope.network.analysis import RANKABLE
from socialscope.network.edges import GRAPHS
from socialscope.network.evolution import PERIODS as EVOLUTION_PERIODS
from socialscope.network.export import FORMATS as GRAPH_FILE_FORMATS
from socialscope.report.digest import FORMATS as DIGEST_FORMATS
from socialscope.store.tokens import ROLES


def choices(name: str, values: Iterable[str]) -> type[StrEnum]:
    """A ``str`` Enum whose members are ``values``, in order (member name = value)."""
    return StrEnum(name, [(v, v) for v in values])


ALL = "all"
# Attribution by the key of the journeys (channel, campaign), or by the accounts and
# communities whose posts referred the buyers (attribution.network).
NETWORK_CREDIT = ("account", "community")

GraphName = choices("GraphName", GRAPHS)
RankMetric = choices("RankMetric", ("risk", *RANKABLE))
EvolutionPeriod = choices("EvolutionPeriod", EVOLUTION_PERIODS)
GraphFileFormat = choices("GraphFileFormat", GRAPH_FILE_FORMATS)

CampaignGrouping = choices("CampaignGrouping", CAMPAIGN_GROUPINGS)
FunnelGrouping = choices("FunnelGrouping", FUNNEL_GROUPINGS)
FunnelTouch = choices("FunnelTouch", TOUCHES)
CustomerPeriod = choices("CustomerPeriod", CUSTOMER_PERIODS)

AttributionModelName = choices("AttributionModelName", (ALL, *ATTRIBUTION_MODELS))
AttributionGrouping = choices("AttributionGrouping", (*JOURNEY_KEYS, *NETWORK_CREDIT))

EngagementGrouping = choices("EngagementGrouping", REPORT_GROUPINGS)
Average = choices("Average", AVERAGES)
ShareOfVoiceGrouping = choices("ShareOfVoiceGrouping", SHARE_OF_VOICE_GROUPINGS)
TopPostMetric = choices("TopPostMetric", TOP_POST_METRICS)

SentimentModelName = choices("SentimentModelName", SENTIMENT_MODELS)
SentimentGrouping = choices("SentimentGrouping", SUMMARY_GROUPS)
NetSentimentVariant = choices("NetSentimentVariant", NET_SENTIMENT)
TopicGrouping = choices("TopicGrouping", TOPIC_GROUPS)

TextKind = choices("TextKind", TEXT_KINDS)
AccountKind = choices("AccountKind", ACCOUNT_KINDS)
DetailFormat = choices("DetailFormat", ("table", "json"))  # one item's detail: no CSV form

TableFileFormat = choices("TableFileFormat", ("auto", *FILE_FORMATS))
ExportFormatName = choices("ExportFormatName", EXPORT_FORMATS)

DigestFormat = choices("DigestFormat", DIGEST_FORMATS)
TokenRole = choices("TokenRole", ROLES)
