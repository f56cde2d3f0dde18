"""Engagement analytics: rates, audience growth, sentiment, language, topics."""

from socialscope.engagement.audience import audience_growth
from socialscope.engagement.language import detect_language
from socialscope.engagement.rates import ENGAGEMENT_METRICS, post_engagement
from socialscope.engagement.sentiment import (
    NET_SENTIMENT,
    SENTIMENT_MODELS,
    TextSentimentModel,
    VaderSentiment,
    sentiment_scores,
)
from socialscope.engagement.topics import campaign_topics, class_tfidf, community_topics

__all__ = [
    "ENGAGEMENT_METRICS",
    "NET_SENTIMENT",
    "SENTIMENT_MODELS",
    "TextSentimentModel",
    "VaderSentiment",
    "audience_growth",
    "campaign_topics",
    "class_tfidf",
    "community_topics",
    "detect_language",
    "post_engagement",
    "sentiment_scores",
]
