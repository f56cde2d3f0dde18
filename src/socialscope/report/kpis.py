"""Every KPI a user reads, for one period and platform, from its one home — and the same
KPIs for the previous period of the same length, with the change.

``analyze``'s summary, the dashboard (Overview, Campaigns), the report and the digest read
their KPIs here, so two screens can never show two numbers for one thing:

- own followers, net new, growth: :func:`socialscope.engagement.audience.own_audience`
- engagement rates: :func:`socialscope.engagement.rates.post_engagement`
- net sentiment about the brand: :func:`socialscope.engagement.sentiment.own_net_sentiment`
- active accounts, interactions, messages: :func:`socialscope.engagement.activity.activity`
- spend, CTR, CPC, CPM, CPA, ROAS, ROI: :func:`socialscope.marketing.kpis.campaign_kpis`
- graph measures: the ``network_graphs`` table written by ``network analyze`` (all time,
  all platforms: the period and platform do not apply, and the answer says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from socialscope.jsonable import plain
from socialscope.store.connection import Store

MARKETING_KEYS = ("spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversions", "cpa", "conversion_value",
                  "roas", "roi")  # fmt: skip
# KPIs where a fall is good news (costs), and where neither direction is (spend: a budget
# decision); for everything else a rise is good news
LOWER_IS_BETTER = frozenset({"cpc", "cpm", "cpa"})
NEUTRAL = frozenset({"spend"})
GRAPH_KEYS = ("nodes", "edges", "reciprocity", "communities", "modularity")
_GRAPH_KPIS = frozenset(f"{g}_{k}" for g in ("follows", "interactions", "collaboration") for k in GRAPH_KEYS)
NETWORKING_KEYS = ("own_followers", "own_net_new_followers", "own_follower_growth", "own_posts",
                   "own_engagement_rate_reach", "own_engagement_rate_impressions", "all_posts",
                   "all_engagement_rate_reach", "texts_about_own_brand", "own_net_sentiment",
                   "active_accounts", "interactions", "messages", "messaging_people")  # fmt: skip


@dataclass(frozen=True)
class Period:
    """Days [since, until], both inclusive; None = unbounded."""

    since: date | None = None
    until: date | None = None

    @property
    def end(self) -> date | None:
        """The exclusive end the timestamp filters use."""
        return self.until + timedelta(days=1) if self.until else None

    @property
    def days(self) -> int | None:
        return (self.until - self.since).days + 1 if self.since and self.until else None

    def previous(self) -> Period | None:
        """The period of the same length just before this one (None when unbounded)."""
        if not self.days:
            return None
        return Period(self.since - timedelta(days=self.days), self.since - timedelta(days=1))


def platforms(store: Store) -> dict[str, list[str]]:
    """Ad platforms (campaigns) and organic platforms (posts, own accounts), each sorted."""
    ads = [
        r[0]
        for r in store.con.execute(
            "SELECT DISTINCT platform FROM campaigns WHERE platform IS NOT NULL ORDER BY 1"
        ).fetchall()
    ]
    organic = [r[0] for r in store.con.execute(
        "SELECT DISTINCT platform FROM (SELECT platform FROM posts UNION SELECT platform FROM follower_snapshots "
        "JOIN accounts USING (account_id)) WHERE platform IS NOT NULL ORDER BY 1").fetchall()]  # fmt: skip
    return {"ads": ads, "organic": organic}


def kpis(store: Store, *, since: date | None = None, until: date | None = None, platform: str | None = None) -> dict:
    """Networking and marketing KPIs over the days [since, until] on ``platform`` (or all).

    Returns ``networking`` and ``marketing`` (key → value), ``not_applicable`` (key → why
    the filter cannot apply: an ad-only platform has no organic posts, graph measures are
    all-time) and ``currency`` (the ad data's currency, None when mixed or unknown)."""
    from socialscope.engagement.activity import activity
    from socialscope.engagement.audience import own_audience
    from socialscope.engagement.rates import post_engagement
    from socialscope.engagement.sentiment import own_net_sentiment
    from socialscope.marketing.kpis import campaign_kpis

    period = Period(since, until)
    backend = store.ibis()
    sides = platforms(store)
    not_applicable: dict[str, str] = {}
    networking: dict[str, Any] = {}
    if platform and platform not in sides["organic"]:
        for key in NETWORKING_KEYS:
            not_applicable[key] = f"{platform} has only ads in this data: no organic posts or followers"
    else:
        networking.update(own_audience(store, since=since, until=until, platform=platform))
        own = post_engagement(backend, by=["is_own"], since=since, until=period.end, platform=platform).to_pandas()
        own = own[own["is_own"].fillna(False).astype(bool)]
        if not own.empty:
            row = own.iloc[0]
            networking.update(
                own_posts=row["posts"],
                own_engagement_rate_reach=row["engagement_rate_reach"],
                own_engagement_rate_impressions=row["engagement_rate_impressions"],
            )
        everyone = post_engagement(backend, by=None, since=since, until=period.end, platform=platform).to_pandas()
        if not everyone.empty:
            networking["all_posts"] = everyone.iloc[0]["posts"]
            networking["all_engagement_rate_reach"] = everyone.iloc[0]["engagement_rate_reach"]
        networking.update(own_net_sentiment(store, since=since, until=period.end, platform=platform))
        networking.update(activity(store, since=since, until=period.end, platform=platform))
    graphs = _graph_measures(store)
    networking.update(graphs)
    if graphs and (since or until or platform):
        for key in graphs:
            not_applicable[key] = "the whole graph, all time and platforms"
    marketing: dict[str, Any] = {}
    if platform and platform not in sides["ads"]:
        for key in MARKETING_KEYS:
            not_applicable[key] = f"no ad campaigns on {platform} in this data"
    else:
        totals = campaign_kpis(backend, by="total", since=since, until=period.end, platform=platform).to_pandas()
        if not totals.empty:
            marketing = {k: totals.iloc[0].get(k) for k in MARKETING_KEYS}
    return {
        "networking": {k: plain(v) for k, v in networking.items()},
        "marketing": {k: plain(v) for k, v in marketing.items()},
        "not_applicable": not_applicable,
        "currency": currency(store, platform=platform),
    }


def kpis_with_change(
    store: Store, *, since: date | None = None, until: date | None = None, platform: str | None = None
) -> dict:
    """:func:`kpis` for the period and for the previous period of the same length, with
    ``change`` (key → {previous, change, direction, good}): the relative change (None when the
    previous value is 0 or missing), ``direction`` up/down/flat, ``good`` whether that
    direction is good news for this KPI (a falling CPA is)."""
    current = kpis(store, since=since, until=until, platform=platform)
    before = Period(since, until).previous()
    current["previous_period"] = {"since": before.since, "until": before.until} if before else None
    current["change"] = {}
    if before is None:
        return current
    previous = kpis(store, since=before.since, until=before.until, platform=platform)
    for side in ("networking", "marketing"):
        for key, value in current[side].items():
            if key in current["not_applicable"] or key in _GRAPH_KPIS:
                continue
            current["change"][key] = change(key, value, previous[side].get(key))
    return current


def change(key: str, value: Any, previous: Any) -> dict[str, Any]:
    """One KPI's change against its previous value."""
    if not isinstance(value, int | float) or not isinstance(previous, int | float):
        return {"previous": previous, "change": None, "direction": None, "good": None}
    relative = (value - previous) / abs(previous) if previous else None
    direction = "flat" if value == previous else ("up" if value > previous else "down")
    good = None if direction == "flat" or key in NEUTRAL else (direction == "down") == (key in LOWER_IS_BETTER)
    return {"previous": previous, "change": relative, "direction": direction, "good": good}


def currency(store: Store, *, platform: str | None = None) -> str | None:
    """The currency of the ad data (campaigns, else ad stats), when there is exactly one."""
    rows = store.con.execute(
        """SELECT DISTINCT currency FROM (SELECT currency, platform FROM campaigns
           UNION ALL SELECT s.currency, c.platform FROM ad_stats s LEFT JOIN campaigns c USING (campaign_id))
           WHERE currency IS NOT NULL AND (?::VARCHAR IS NULL OR platform = ?::VARCHAR)""",
        [platform, platform],
    ).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _graph_measures(store: Store) -> dict[str, Any]:
    if not store.has_table("network_graphs"):
        return {}
    rows = store.df(f"SELECT graph, {', '.join(GRAPH_KEYS)} FROM network_graphs")
    return {f"{row.graph}_{key}": getattr(row, key) for row in rows.itertuples() for key in GRAPH_KEYS}


def page_filters(store: Store, *, since: date | None, until: date | None, platform: str | None) -> dict[str, Any]:
    """What a page echoes of its filters: the period and platform asked for, the ad and organic
    platforms there are to choose from, and the data's first and last day."""
    sides = platforms(store)
    first, last = data_bounds(store)
    return {
        "since": since,
        "until": until,
        "platform": platform,
        "ad_platforms": sides["ads"],
        "organic_platforms": sides["organic"],
        "data_from": first,
        "data_to": last,
    }


def data_bounds(store: Store) -> tuple[date | None, date | None]:
    """The first and last day with posts or ad stats (a report's period total counts from its
    first to its last day)."""
    return tuple(store.con.execute(
        "SELECT min(d)::DATE, max(d)::DATE FROM (SELECT min(created_at) AS d FROM posts UNION ALL "
        "SELECT max(created_at) FROM posts UNION ALL SELECT min(coalesce(date, period_start)) FROM ad_stats "
        "UNION ALL SELECT max(coalesce(date, period_end)) FROM ad_stats)"
    ).fetchall()[0])  # fmt: skip
