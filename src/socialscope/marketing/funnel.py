"""Lead → opportunity → customer funnels by channel, push/pull type or campaign.

Each lead is credited to the channel of its *last non-direct touch* at or before the lead
(GA4's "last non-direct click" convention; Direct only when there is nothing else), or to
its first touch with ``touch="first"``. For every group: leads, opportunities, customers
(distinct visitors reaching each stage after their lead), stage-to-stage conversion rates
(ratios of counts), median days between stages, revenue (customer and purchase values),
cost (touchpoint costs of the group's own touches; ad spend for campaigns that have
``ad_stats``), CAC = cost / customers and ROI = (revenue − cost) / cost.

The seed's claim — pushed social leads convert worse than pulled ones — is answered by
``socialscope marketing funnel --by type``.
"""

from __future__ import annotations

from typing import Any

from socialscope.errors import UsageError
from socialscope.marketing.channels import ChannelRules, grouped_touchpoints
from socialscope.metrics import seconds_between
from socialscope.names import FUNNEL_TOUCHES as TOUCHES

GROUPINGS = {"channel": "channel", "type": "channel_type", "campaign": "campaign"}


def lead_journeys(backend: Any, rules: ChannelRules | None = None, *, touch: str = "last_non_direct") -> Any:
    """One row per lead: the crediting touch's channel, type and campaign, and the times of
    the lead, the first opportunity and the first customer event after it, and revenue."""
    import ibis

    tp = grouped_touchpoints(backend, rules)
    conv = backend.table("conversions")
    leads = conv.filter(conv.stage == "lead").group_by("visitor_id").aggregate(lead_at=conv.occurred_at.min())
    before = tp.join(leads, "visitor_id").filter(tp.occurred_at <= leads.lead_at)
    if touch == "first":
        order = [before.occurred_at.asc()]
    elif touch == "last_non_direct":
        order = [(before.channel == "Direct").cast("int8").asc(), before.occurred_at.desc()]
    else:
        raise UsageError(f"touch must be one of: {', '.join(TOUCHES)}")
    ranked = before.mutate(rank=ibis.row_number().over(ibis.window(group_by="visitor_id", order_by=order)))
    credit = ranked.filter(ranked.rank == 0).select("visitor_id", "lead_at", "channel", "channel_type", "campaign")

    later = conv.join(leads, "visitor_id").filter(conv.occurred_at >= leads.lead_at)
    stages = later.group_by("visitor_id").aggregate(
        opportunity_at=later.occurred_at.min(where=later.stage == "opportunity"),
        customer_at=later.occurred_at.min(where=later.stage.isin(["customer", "purchase"])),
        revenue=later.value.sum(where=later.stage.isin(["customer", "purchase"])),
    )
    return credit.left_join(stages, "visitor_id").select(
        credit.visitor_id, credit.lead_at, credit.channel, credit.channel_type, credit.campaign,
        stages.opportunity_at, stages.customer_at, stages.revenue,
    )  # fmt: skip


def funnel(
    backend: Any, *, by: str = "channel", rules: ChannelRules | None = None, touch: str = "last_non_direct"
) -> Any:
    """The funnel grouped ``by`` channel, type (push/pull/mixed) or campaign."""
    if by not in GROUPINGS:
        raise UsageError(f"by must be one of: {', '.join(GROUPINGS)}")
    key = GROUPINGS[by]
    j = lead_journeys(backend, rules, touch=touch)
    days = 86400.0
    to_opp = seconds_between(j.lead_at, j.opportunity_at) / days
    to_cust = seconds_between(j.opportunity_at, j.customer_at) / days
    counts = j.group_by(key).aggregate(
        leads=j.count(),
        opportunities=j.opportunity_at.notnull().sum(),
        customers=j.customer_at.notnull().sum(),
        median_days_lead_to_opportunity=to_opp.median(),
        median_days_opportunity_to_customer=to_cust.median(),
        revenue=j.revenue.sum().fill_null(0),
    )
    cost = _cost(backend, key, rules)
    out = counts.left_join(cost, key).drop(f"{key}_right")
    out = out.mutate(
        lead_to_opportunity=out.opportunities / out.leads.nullif(0),
        opportunity_to_customer=out.customers / out.opportunities.nullif(0),
        lead_to_customer=out.customers / out.leads.nullif(0),
        cac=out.cost / out.customers.nullif(0),
        roi=(out.revenue - out.cost) / out.cost.nullif(0),
    )
    return out.rename(group=key).order_by(out.leads.desc())


def _cost(backend: Any, key: str, rules: ChannelRules | None) -> Any:
    """Cost per group: touchpoint costs, replaced by ad spend for campaigns with ad stats."""
    tp = grouped_touchpoints(backend, rules)
    touch_cost = tp.group_by(key).aggregate(touch_cost=tp.cost.sum())
    if key != "campaign":
        return touch_cost.rename(cost="touch_cost")
    stats = backend.table("ad_stats")
    spend = stats.group_by(stats.campaign_id).aggregate(spend=stats.spend.sum())
    joined = touch_cost.left_join(spend, touch_cost.campaign == spend.campaign_id)
    return joined.select(joined.campaign, cost=joined.spend.fill_null(joined.touch_cost))


def stage_counts(store: Any) -> dict[str, int]:
    """Distinct visitors who reached each stage (lead, opportunity, customer), all time."""
    leads, opportunities, customers = store.con.execute(
        """SELECT count(DISTINCT visitor_id) FILTER (WHERE stage = 'lead'),
                  count(DISTINCT visitor_id) FILTER (WHERE stage = 'opportunity'),
                  count(DISTINCT visitor_id) FILTER (WHERE stage = 'customer')
           FROM conversions"""
    ).fetchall()[0]
    return {"leads": leads, "opportunities": opportunities, "customers": customers}
