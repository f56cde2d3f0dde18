"""The analysis summary: networking KPIs beside marketing KPIs, labelled and formatted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# key -> (label, format). Formats: int, pct, money, ratio, float, text.
LABELS: dict[str, tuple[str, str]] = {
    "own_followers": ("Own brand followers", "int"),
    "own_net_new_followers": ("Net new followers", "int"),
    "own_follower_growth": ("Follower growth", "pct"),
    "posts": ("Original posts", "int"),
    "cascades": ("Repost cascades (word of mouth)", "int"),
    "own_engagement_rate_impressions": ("Own brand engagement rate (by impressions)", "pct"),
    "own_response_rate": ("Own brand: comments answered", "pct"),
    "own_median_response_hours": ("Own brand: median response time (hours)", "float"),
    "person_engagement_rate_impressions": ("People's posts engagement rate (by impressions)", "pct"),
    "brand_engagement_rate_impressions": ("Brand posts engagement rate (by impressions)", "pct"),
    "person_conversation_rate": ("People's posts: comments per post", "float"),
    "brand_conversation_rate": ("Brand posts: comments per post", "float"),
    "sentiment_model": ("Sentiment model", "text"),
    "texts_scored": ("Texts scored for sentiment", "int"),
    "texts_unscored": ("Texts unscored (language not covered)", "int"),
    "communities_with_topics": ("Communities with distinctive terms (`topics`)", "int"),
    "campaigns_with_topics": ("Campaigns with distinctive terms", "int"),
    "own_net_sentiment": ("Net sentiment about own brand (Talkwalker)", "pct"),
    "follows_nodes": ("Follow graph: accounts", "int"),
    "follows_edges": ("Follow graph: follows", "int"),
    "follows_reciprocity": ("Follow graph: reciprocity", "pct"),
    "collaboration_nodes": ("Collaboration: people", "int"),
    "collaboration_edges": ("Collaboration: ties (2+ messages in 28 days)", "int"),
    "follows_communities": ("Follow graph: communities", "int"),
    "follows_modularity": ("Follow graph: modularity", "float"),
    "follows_top_influencer": ("Most influential account", "text"),
    "interactions_nodes": ("Interaction graph: accounts", "int"),
    "interactions_edges": ("Interaction graph: directed ties", "int"),
    "interactions_reciprocity": ("Interaction graph: reciprocity", "pct"),
    "interactions_communities": ("Interaction graph: communities", "int"),
    "interactions_top_influencer": ("Most engaged-with account", "text"),
    "collaboration_communities": ("Collaboration: communities", "int"),
    "collaboration_modularity": ("Collaboration: modularity", "float"),
    "collaboration_top_influencer": ("Most central colleague", "text"),
    "collaboration_top_key_person": ("Top key-person risk", "text"),
    "graphs_reused": ("Graphs kept (edges unchanged)", "text"),
    "collaboration_top_key_person_risk": ("…fragmentation if they leave", "float"),
    "classified_posts": ("Posts classified", "int"),
    "classified_interactions": ("Comments and messages classified", "int"),
    "marketing_share_of_posts": ("Posts that are marketing", "pct"),
    "inferred_account_kinds": ("Account kinds inferred", "int"),
    "networking_engagement_rate_reach": ("Networking posts: engagement by reach", "pct"),
    "marketing_engagement_rate_reach": ("Marketing posts: engagement by reach", "pct"),
    "networking_conversation_rate": ("Networking posts: comments per post", "float"),
    "marketing_conversation_rate": ("Marketing posts: comments per post", "float"),
    "networking_reach_per_post": ("Networking posts: reach per post", "float"),
    "marketing_reach_per_post": ("Marketing posts: reach per post", "float"),
    "spend": ("Ad spend", "money"),
    "impressions": ("Impressions", "int"),
    "clicks": ("Clicks", "int"),
    "ctr": ("CTR", "pct"),
    "cpc": ("CPC", "money"),
    "cpm": ("CPM", "money"),
    "conversions": ("Conversions (platform-reported)", "float"),
    "cpa": ("CPA", "money"),
    "conversion_value": ("Conversion value", "money"),
    "roas": ("ROAS", "ratio"),
    "roi": ("ROI", "pct"),
    "visitors": ("Website visitors", "int"),
    "leads": ("Leads", "int"),
    "opportunitys": ("Opportunities", "int"),
    "customers": ("Customers", "int"),
    "revenue": ("Revenue (site conversions)", "money"),
    "customers_total": ("Customers (ever bought)", "int"),
    "repeat_purchase_rate": ("Repeat-purchase rate", "pct"),
    "historical_clv": ("Historical CLV per customer", "money"),
    "predicted_clv_12m": ("Predicted CLV, next 12 months", "money"),
    "attributed_conversions": ("Conversions with a journey", "int"),
    "top_channel_markov": ("Top channel (Markov)", "text"),
    "top_channel_last_touch": ("Top channel (last touch)", "text"),
    "push_lead_to_customer": ("Pushed leads → customers", "pct"),
    "pull_lead_to_customer": ("Pulled leads → customers", "pct"),
}


def format_value(value: Any, kind: str) -> str:
    """A number as people read it; '—' for undefined (null) values."""
    if value is None:
        return "—"
    if kind == "text":
        return str(value)
    if kind == "int":
        return f"{int(round(value)):,}"
    if kind == "pct":
        return f"{100 * value:.2f}%"
    if kind == "money":
        return f"{value:,.2f}"
    if kind == "ratio":
        return f"{value:.2f}×"
    return f"{value:,.2f}"


def summary_rows(results: Sequence[Any], side: str) -> list[tuple[str, str]]:
    """(label, formatted value) pairs of one side ("networking", "marketing" or "intent")."""
    rows = []
    for result in results:
        if result.side != side:
            continue
        for key, value in result.summary.items():
            if key not in LABELS and key.endswith(("_modularity", "_reciprocity")):
                continue
            label, kind = LABELS.get(key, (key.replace("_", " "), "text" if isinstance(value, str) else "float"))
            rows.append((label, format_value(value, kind)))
    return rows
