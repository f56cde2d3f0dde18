"""Engagement analytics: rates (more in later modules)."""

from socialscope.engagement.rates import ENGAGEMENT_METRICS, post_engagement

__all__ = ["ENGAGEMENT_METRICS", "post_engagement"]
