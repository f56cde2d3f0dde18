"""The names users type: every fixed set of values the CLI offers, in one module that imports
nothing, so ``socialscope`` starts in half a second instead of loading pandas, Ibis, igraph and
scikit-learn to print ``--help``.

Where the set is a plain list, the analysis module imports it from here (one list). Where it
is a registry of implementations (attribution models, sentiment models, net-sentiment variants,
export formats, groupings mapped to columns), the registry keeps its entries and
``tests/test_names.py`` asserts that its names equal these, in order.
"""

from __future__ import annotations

# network
GRAPHS = ("follows", "interactions", "collaboration")
RANKABLE = (
    "influence", "pagerank", "betweenness", "eigenvector", "hub", "authority", "harmonic",
    "in_degree", "out_degree", "degree", "core_number", "effective_size", "constraint",
)  # fmt: skip
EVOLUTION_PERIODS = ("month", "quarter", "week")  # network.evolution.PERIODS
GRAPH_FILE_FORMATS = ("graphml", "gexf", "csv")

# marketing
CAMPAIGN_GROUPINGS = ("campaign", "platform", "ad", "day", "week", "month", "total")
FUNNEL_GROUPINGS = ("channel", "type", "campaign")  # marketing.funnel.GROUPINGS
FUNNEL_TOUCHES = ("last_non_direct", "first")  # which touch before the lead is credited
CUSTOMER_PERIODS = ("month", "quarter", "week")  # marketing.customers.PERIODS

# attribution
JOURNEY_KEYS = ("channel", "campaign")
ATTRIBUTION_MODELS = (
    "first_touch", "last_touch", "last_non_direct", "linear", "time_decay", "position_based",
    "markov_1", "markov_2", "markov_3", "shapley", "shapley_conversion", "shapley_ordered", "model_based",
    "data_driven",
)  # fmt: skip  # attribution.registry.MODELS

# engagement, sentiment, topics
ENGAGEMENT_GROUPINGS = (
    "account", "platform", "day", "week", "month", "kind", "paid", "intent", "hour", "weekday",
)  # fmt: skip  # engagement.rates.REPORT_GROUPINGS
AVERAGES = ("ratio_of_sums", "mean_of_ratios")
SHARE_OF_VOICE_GROUPINGS = ("month", "platform")  # engagement.share_of_voice.GROUPINGS
TOP_POST_METRICS = ("engagements", "engagement_rate_reach", "reach", "shares", "comments")
SENTIMENT_MODELS = ("socialscope", "vader")  # engagement.sentiment.SENTIMENT_MODELS
NET_SENTIMENT_VARIANTS = ("talkwalker", "symanto")  # engagement.sentiment.NET_SENTIMENT
SENTIMENT_GROUPINGS = ("account", "community", "campaign", "week", "intent")
TOPIC_GROUPS = ("community", "campaign")

# classification
TEXT_KINDS = ("post", "comment")
ACCOUNT_KINDS = ("person", "brand", "organization")

# files, reports, access
FILE_FORMATS = ("csv", "jsonl", "parquet", "edgelist")
EXPORT_FORMATS = (
    "x-archive", "mastodon-archive", "slack-export", "mbox", "linkedin-export", "facebook-posts",
    "google-ads", "meta-ads", "linkedin-ads", "bluesky", "bluesky-car", "reddit", "ga4", "graph",
)  # fmt: skip  # ingest.formats.FORMATS
DIGEST_FORMATS = ("md", "html")  # Markdown, or an HTML fragment for e-mail
ROLES = ("viewer", "analyst", "admin")
