"""Marketing analytics: campaign KPIs, channels (push vs pull), funnels, customers and CLV."""

from socialscope.marketing.channels import ChannelRules, channel_summary
from socialscope.marketing.customers import customer_report
from socialscope.marketing.funnel import funnel
from socialscope.marketing.kpis import CAMPAIGN_METRICS, campaign_kpis

__all__ = ["CAMPAIGN_METRICS", "ChannelRules", "campaign_kpis", "channel_summary", "customer_report", "funnel"]
