"""Engagement analytics: rates, audience growth, sentiment, language, topics."""

import lazy_loader

# The public API, imported on first use (lazy_loader): importing one submodule, or the
# CLI at start-up, does not load the whole package and its libraries.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "audience": ["audience_growth"],
        "language": ["detect_language"],
        "rates": ["ENGAGEMENT_METRICS", "post_engagement"],
        "sentiment": ["NET_SENTIMENT", "SENTIMENT_MODELS", "TextSentimentModel", "VaderSentiment", "sentiment_scores"],
        "topics": [
            "campaign_topics",
            "class_tfidf",
            "community_topics",
            "stored_campaign_topics",
            "stored_community_topics",
        ],
    },
)
