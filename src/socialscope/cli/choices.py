"""The fixed sets of values CLI options accept, as ``str`` Enums: Typer checks them, lists them
in ``--help`` and refuses anything else with a usage error (exit 2) naming the allowed values.

Each Enum is built from the registry or constant of the analysis code that defines the set, so
there is one list: a model, graph, grouping or format added there is offered here at once. The
analysis functions still take plain strings (pass ``.value``) and raise ``UsageError`` on a bad
one, for callers of the Python API.

The price of one list: Typer builds every command's options at start-up, so these imports
(pandas, Ibis, igraph with the analysis modules) are paid by every command, ``--help`` too.
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
FunnelTouch = choice_enum("FunnelTouch", TOUCHES)
CustomerPeriod = choice_enum("CustomerPeriod", CUSTOMER_PERIODS)

AttributionModelName = choice_enum("AttributionModelName", (ALL, *ATTRIBUTION_MODELS))
AttributionGrouping = choice_enum("AttributionGrouping", (*JOURNEY_KEYS, *NETWORK_CREDIT))

EngagementGrouping = choice_enum("EngagementGrouping", REPORT_GROUPINGS)
Average = choice_enum("Average", AVERAGES)
ShareOfVoiceGrouping = choice_enum("ShareOfVoiceGrouping", SHARE_OF_VOICE_GROUPINGS)
TopPostMetric = choice_enum("TopPostMetric", TOP_POST_METRICS)

SentimentModelName = choice_enum("SentimentModelName", SENTIMENT_MODELS)
SentimentGrouping = choice_enum("SentimentGrouping", SUMMARY_GROUPS)
NetSentimentVariant = choice_enum("NetSentimentVariant", NET_SENTIMENT)
TopicGrouping = choice_enum("TopicGrouping", TOPIC_GROUPS)

TextKind = choice_enum("TextKind", TEXT_KINDS)
AccountKind = choice_enum("AccountKind", ACCOUNT_KINDS)
DetailFormat = choice_enum("DetailFormat", ("table", "json"))  # one item's detail: no CSV form

TableFileFormat = choice_enum("TableFileFormat", ("auto", *FILE_FORMATS))
ExportFormatName = choice_enum("ExportFormatName", EXPORT_FORMATS)

DigestFormat = choice_enum("DigestFormat", DIGEST_FORMATS)
TokenRole = choice_enum("TokenRole", ROLES)
