"""Engagement analytics: rates, audience growth, sentiment."""

from socialscope.engagement.audience import audience_growth
from socialscope.engagement.rates import ENGAGEMENT_METRICS, post_engagement
from socialscope.engagement.sentiment import NET_SENTIMENT, TextSentimentModel, VaderSentiment

__all__ = [
    "ENGAGEMENT_METRICS",
    "NET_SENTIMENT",
    "TextSentimentModel",
    "VaderSentiment",
    "audience_growth",
    "post_engagement",
]
