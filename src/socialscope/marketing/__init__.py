"""Marketing analytics: campaign KPIs, channels (push vs pull), funnels, customers and CLV."""

import lazy_loader

# The public API, imported on first use (lazy_loader): importing one submodule, or the
# CLI at start-up, does not load the whole package and its libraries.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "channels": ["ChannelRules", "channel_summary"],
        "customers": ["customer_report"],
        "funnel": ["funnel"],
        "kpis": ["CAMPAIGN_METRICS", "campaign_kpis"],
    },
)
