"""Engagement and campaign metrics at scale: socialscope (Ibis → DuckDB) vs a straightforward
pandas implementation of the same numbers, on synthetic tables generated with NumPy.

Sizes: interactions S = 100k, M = 1M, L = 10M; posts = interactions / 10; accounts = posts / 10;
ad stats = 365 days × (accounts / 100) campaigns.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import Case, interleave, peak_rss_bytes

INTERACTIONS = {"XS": 10_000, "S": 100_000, "M": 1_000_000, "L": 10_000_000}


def _tables(n_interactions: int, seed: int = 7) -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    n_posts = max(n_interactions // 10, 10)
    n_accounts = max(n_posts // 10, 10)
    start = np.datetime64("2025-01-01T00:00:00")
    accounts = pd.DataFrame({
        "account_id": np.char.add("a", np.arange(n_accounts).astype(str)).astype(object),
        "kind": np.where(rng.random(n_accounts) < 0.05, "brand", "person").astype(object),
        "is_own": np.arange(n_accounts) < 3, "followers_count": rng.integers(10, 10_000, n_accounts),
    })  # fmt: skip
    author = rng.integers(0, n_accounts, n_posts)
    created = start + rng.integers(0, 365 * 86400, n_posts).astype("timedelta64[s]")
    reach = rng.integers(10, 5000, n_posts)
    posts = pd.DataFrame({
        "post_id": np.char.add("p", np.arange(n_posts).astype(str)).astype(object),
        "account_id": accounts["account_id"].to_numpy()[author], "platform": "x", "created_at": created,
        "impressions": reach * 2, "reach": reach, "likes": rng.poisson(6, n_posts), "comments": rng.poisson(2, n_posts),
        "shares": rng.poisson(1, n_posts), "saves": rng.poisson(0.5, n_posts), "clicks": rng.poisson(1, n_posts),
        "is_paid": rng.random(n_posts) < 0.02, "repost_of_post_id": None,
    })  # fmt: skip
    on = rng.integers(0, n_posts, n_interactions)
    kinds = np.array(["like", "comment", "reply", "share"], dtype=object)[
        rng.choice(4, n_interactions, p=[0.6, 0.2, 0.1, 0.1])
    ]
    interactions = pd.DataFrame({
        "interaction_id": np.char.add("i", np.arange(n_interactions).astype(str)).astype(object),
        "actor_account_id": accounts["account_id"].to_numpy()[rng.integers(0, n_accounts, n_interactions)],
        "kind": kinds, "post_id": posts["post_id"].to_numpy()[on], "target_account_id": posts["account_id"].to_numpy()[on],
        "created_at": created[on] + rng.exponential(6 * 3600, n_interactions).astype("timedelta64[s]"),
    })  # fmt: skip
    n_campaigns = max(n_accounts // 100, 3)
    days = np.arange(365)
    stats = pd.DataFrame({
        "campaign_id": np.repeat(np.char.add("c", np.arange(n_campaigns).astype(str)).astype(object), len(days)),
        "date": np.tile(np.datetime64("2025-01-01") + days.astype("timedelta64[D]"), n_campaigns),
    })  # fmt: skip
    stats["impressions"] = rng.integers(100, 10_000, len(stats))
    stats["clicks"] = rng.binomial(stats["impressions"], 0.01)
    stats["spend"] = stats["clicks"] * rng.uniform(0.2, 2.0, len(stats))
    stats["conversions"] = rng.binomial(stats["clicks"], 0.05).astype(float)
    stats["conversion_value"] = stats["conversions"] * 40.0
    campaigns = pd.DataFrame({"campaign_id": stats["campaign_id"].unique(), "platform": "meta"})
    campaigns["name"] = campaigns["campaign_id"]
    return {"accounts": accounts, "posts": posts, "interactions": interactions, "ad_stats": stats,
            "campaigns": campaigns}  # fmt: skip


def _pandas_engagement(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    posts = t["posts"][t["posts"]["repost_of_post_id"].isna()]
    posts = posts.merge(t["accounts"][["account_id", "kind"]], on="account_id", how="left")
    posts = posts.assign(engagements=posts[["likes", "comments", "shares", "saves"]].sum(axis=1), posts=1)
    sums = posts.groupby("account_id")[
        ["posts", "impressions", "reach", "engagements", "likes", "comments", "shares"]
    ].sum()
    return sums.assign(engagement_rate_reach=sums["engagements"] / sums["reach"].replace(0, np.nan),
                       engagement_rate_impressions=sums["engagements"] / sums["impressions"].replace(0, np.nan),
                       conversation_rate=sums["comments"] / sums["posts"],
                       amplification_rate=sums["shares"] / sums["posts"],
                       applause_rate=sums["likes"] / sums["posts"])  # fmt: skip


def _pandas_campaigns(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    sums = (
        t["ad_stats"]
        .groupby("campaign_id")[["impressions", "clicks", "spend", "conversions", "conversion_value"]]
        .sum()
    )
    return sums.assign(ctr=sums["clicks"] / sums["impressions"], cpc=sums["spend"] / sums["clicks"],
                       cpm=1000 * sums["spend"] / sums["impressions"], cpa=sums["spend"] / sums["conversions"],
                       roas=sums["conversion_value"] / sums["spend"])  # fmt: skip


def run(size: str, repetitions: int = 3) -> dict[str, Any]:
    from socialscope.engagement.cadence import daily_engagement_rate
    from socialscope.engagement.rates import post_engagement
    from socialscope.engagement.response import response_report
    from socialscope.marketing.kpis import campaign_kpis
    from socialscope.store import Store

    tables = _tables(INTERACTIONS[size])
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eng.duckdb") as store:
        with store.transaction() as tx:
            for name, frame in tables.items():
                columns = ", ".join(f'"{c}"' for c in frame.columns)
                tx.register("_frame", frame)
                tx.execute(f'INSERT INTO "{name}" ({columns}) SELECT {columns} FROM _frame')
                tx.unregister("_frame")
        backend = store.ibis()
        cases = [
            Case("engagement rates by account (posts)", "socialscope",
                 lambda: post_engagement(backend, by=["account_id"]).to_pandas()),
            Case("engagement rates by account (posts)", "pandas", lambda: _pandas_engagement(tables)),
            Case("daily engagement (interactions)", "socialscope",
                 lambda: daily_engagement_rate(store, own_only=False)),
            Case("response rate and time (interactions)", "socialscope",
                 lambda: response_report(store, own_only=False)),
            Case("campaign KPIs (ad stats)", "socialscope", lambda: campaign_kpis(backend, by="campaign").to_pandas()),
            Case("campaign KPIs (ad stats)", "pandas", lambda: _pandas_campaigns(tables)),
        ]  # fmt: skip
        interleave(cases, repetitions)
        ours = post_engagement(backend, by=["account_id"]).to_pandas().set_index("account_id").sort_index()
        theirs = _pandas_engagement(tables).sort_index()
        np.testing.assert_allclose(ours["engagement_rate_reach"], theirs["engagement_rate_reach"], rtol=1e-9)
    return {
        "size": size,
        "interactions": len(tables["interactions"]),
        "posts": len(tables["posts"]),
        "ad_stats": len(tables["ad_stats"]),
        "peak_rss": peak_rss_bytes(),
        "cases": [
            {"task": c.task, "implementation": c.implementation, "median": c.median, "times": c.times} for c in cases
        ],  # fmt: skip
    }
