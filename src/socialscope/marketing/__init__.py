"""Marketing analytics: campaign KPIs (more in later modules)."""

from socialscope.marketing.kpis import CAMPAIGN_METRICS, campaign_kpis

__all__ = ["CAMPAIGN_METRICS", "campaign_kpis"]
