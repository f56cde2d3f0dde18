"""What changed: the most notable moves of the period across networking and marketing.

Method (stated on the Overview and in the digest): each daily series is compared with its
own trailing 28 days before the period. The period's daily mean m̄ is scored by the robust
z-score against the trailing days' median and median absolute deviation,

    z = (m̄ − median) / (1.4826 · MAD / √k)          (k = days in the period)

(Iglewicz & Hoaglin 1993; the 1.4826 makes MAD estimate a normal σ; when MAD is 0, as for
sparse counts, 1.2533 · mean absolute deviation stands in). The five series with the largest
|z| ≥ 2 become sentences, each with its relative change against the trailing median and a
link to the page that shows it. Medians and MADs ignore a one-off spike in the trailing
days that would swamp a mean and standard deviation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from socialscope.store.connection import Store

TRAILING_DAYS = 28
MIN_Z = 2.0
TOP = 5
METHOD = (
    "Each daily series in the period is compared with its own trailing 28 days: robust z-score of the "
    "period's daily mean against the trailing median and median absolute deviation (|z| ≥ 2 shown, "
    "largest first); the percentage is the change against the trailing median."
)


@dataclass
class Change:
    """One notable move: a sentence and the numbers behind it."""

    series: str
    side: str
    sentence: str
    link: str
    z: float
    change: float | None
    period_mean: float
    trailing_median: float


def what_changed(
    store: Store, *, since: date | None = None, until: date | None = None, platform: str | None = None, top: int = TOP
) -> dict[str, Any]:
    """The ``top`` most notable changes of [since, until] (default: the last 7 days with data)
    against the trailing 28 days, networking and marketing together."""
    from socialscope.report.kpis import data_bounds

    first, last = data_bounds(store)
    if last is None:
        return {"headline": None, "since": None, "until": None, "method": METHOD, "changes": []}
    until = until or last
    since = since or until - timedelta(days=6)
    start = since - timedelta(days=TRAILING_DAYS)
    days = pd.date_range(start, until, freq="D")
    changes = []
    for name, side, link, unit, series in _series(store, start, until, platform):
        daily = series.reindex(days).astype(float)
        if unit != "pct" and not name.startswith("cost"):  # ratios: days without spend stay missing
            daily = daily.fillna(0.0)
        scored = robust_change(daily, since)
        if scored is None:
            continue
        z, relative, mean, median = scored
        if link.startswith("/campaigns"):
            link += f"?since={since}&until={until}" + (f"&platform={platform}" if platform else "")
        changes.append(Change(name, side, _sentence(name, relative, mean, median, unit), link, z, relative, mean,
                              median))  # fmt: skip
    changes = [c for c in changes if abs(c.z) >= MIN_Z]
    changes.sort(key=lambda c: -abs(c.z))
    return {
        "headline": headline(changes),
        "since": since,
        "until": until,
        "trailing_since": start,
        "method": METHOD,
        "changes": [asdict(c) for c in changes[:top]],
    }


def headline(changes: list[Change]) -> str | None:
    """The largest networking move beside the largest marketing move, in one sentence:
    "Engagement from the running community fell 38% while cost per acquisition rose 22%"."""
    sides = {side: next((c for c in changes if c.side == side), None) for side in ("networking", "marketing")}
    if not all(sides.values()):
        return None
    parts = []
    for change in sides.values():
        verb = "rose" if change.period_mean > change.trailing_median else "fell"
        amount = f" {abs(100 * change.change):.0f}%" if change.change is not None else ""
        parts.append(f"{change.series} {verb}{amount}")
    return f"{parts[0][0].upper()}{parts[0][1:]} while {parts[1]}."


def robust_change(daily: pd.Series, since: date) -> tuple[float, float | None, float, float] | None:
    """(z, relative change, period mean, trailing median) of ``daily`` (indexed by day) for the
    days from ``since`` against the days before; None when there is nothing to compare."""
    cut = pd.Timestamp(since)
    period, trailing = daily[daily.index >= cut].dropna(), daily[daily.index < cut].dropna()
    if len(period) == 0 or len(trailing) < 7:
        return None
    median = float(trailing.median())
    spread = 1.4826 * float((trailing - median).abs().median())
    if spread == 0:
        spread = 1.2533 * float((trailing - trailing.mean()).abs().mean())
    mean = float(period.mean())
    if spread == 0:
        if mean == median:
            return None
        spread = max(abs(median), 1.0)  # a flat series that moved: scored against its own level
    z = (mean - median) / (spread / np.sqrt(len(period)))
    relative = (mean - median) / abs(median) if median else None
    return float(z), relative, mean, median


def _sentence(name: str, relative: float | None, mean: float, median: float, unit: str) -> str:
    verb = "rose" if mean > median else "fell"
    if relative is not None:
        amount = f"{abs(100 * relative):.0f}%"
        return f"{name[0].upper()}{name[1:]} {verb} {amount} ({_fmt(mean, unit)} a day against {_fmt(median, unit)})."
    return f"{name[0].upper()}{name[1:]} {verb} to {_fmt(mean, unit)} a day (from {_fmt(median, unit)})."


def _fmt(value: float, unit: str) -> str:
    if unit == "pct":
        return f"{100 * value:.2f}%"
    if unit == "money":
        return f"{value:,.2f}"
    return f"{value:,.1f}" if value < 10 else f"{value:,.0f}"


def _series(store: Store, start: date, until: date, platform: str | None) -> list[tuple[str, str, str, str, pd.Series]]:
    """(name, side, link, unit, daily values) for every series watched."""
    from socialscope.marketing.kpis import campaign_kpis
    from socialscope.network.names import community_names

    end = until + timedelta(days=1)
    out: list[tuple[str, str, str, str, pd.Series]] = []
    own = store.df(
        """SELECT p.created_at::DATE AS day, count(*) AS posts,
                  sum(coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0))
                      AS engagements
           FROM posts p JOIN accounts a USING (account_id)
           WHERE a.is_own AND p.repost_of_post_id IS NULL AND p.created_at >= ? AND p.created_at < ?
             AND (?::VARCHAR IS NULL OR p.platform = ?::VARCHAR) GROUP BY 1""",
        [start, end, platform, platform],
    ).set_index("day")
    own.index = pd.to_datetime(own.index)
    out.append(("engagement on the brand's own posts", "networking", "/content", "count", own["engagements"]))
    out.append(("the brand's posting", "networking", "/content", "count", own["posts"]))
    if store.has_table("network_metrics"):
        graph = "interactions" if store.scalar(
            "SELECT count(*) FROM network_metrics WHERE graph = 'interactions'") else "follows"  # fmt: skip
        names = community_names(store, graph)
        largest = store.df("SELECT community FROM communities WHERE graph = ? ORDER BY size DESC LIMIT 6", [graph])[
            "community"
        ].tolist()
        by_community = store.df(
            """SELECT i.created_at::DATE AS day, m.community, count(*) AS actions
               FROM interactions i JOIN network_metrics m ON m.graph = ? AND m.account_id = i.actor_account_id
               LEFT JOIN posts p ON p.post_id = i.post_id
               WHERE i.created_at >= ? AND i.created_at < ? AND i.kind NOT IN ('message', 'email')
                 AND (?::VARCHAR IS NULL OR p.platform = ?::VARCHAR) GROUP BY 1, 2""",
            [graph, start, end, platform, platform],
        )
        by_community["day"] = pd.to_datetime(by_community["day"])
        for community in largest:
            rows = by_community[by_community["community"] == community].set_index("day")["actions"]
            name = names.get(int(community), f"community {community}")
            out.append((f"engagement from the {name} community", "networking",
                        f"/network?graph={graph}&community={community}", "count", rows))  # fmt: skip
    if store.has_table("post_sentiment"):
        negative = store.df(
            """SELECT p.created_at::DATE AS day, count(*) AS texts FROM post_sentiment s JOIN posts p USING (post_id)
               JOIN accounts a USING (account_id) WHERE s.label = 'negative' AND a.is_own
                 AND p.created_at >= ? AND p.created_at < ? GROUP BY 1""",
            [start, end],
        ).set_index("day")["texts"]
        negative.index = pd.to_datetime(negative.index)
        out.append(("negative posts about the brand", "networking", "/content?sentiment=negative", "count", negative))
    daily = campaign_kpis(store.ibis(), by="day", since=start, until=end, platform=platform).to_pandas()
    if not daily.empty:
        daily = daily.set_index(pd.to_datetime(daily["period"]))
        link = "/campaigns"
        out.append(("ad spend", "marketing", link, "money", daily["spend"]))
        out.append(("ad clicks", "marketing", link, "count", daily["clicks"]))
        out.append(("ad conversions", "marketing", link, "count", daily["conversions"]))
        out.append(("cost per acquisition (paid CPA)", "marketing", link, "money", daily["cpa"]))
        out.append(("click-through rate of ads", "marketing", link, "pct", daily["ctr"]))
    return out
