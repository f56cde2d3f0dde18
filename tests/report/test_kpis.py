"""One home for every KPI: ``analyze``'s summary and the dashboard's Overview read the same
numbers for the same period and filters, and the previous-period change is checked against
sums taken straight from the raw tables."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from socialscope.engagement.audience import own_audience
from socialscope.pipeline import run_analyses
from socialscope.report.kpis import Period, data_bounds, kpis, kpis_with_change
from socialscope.store import Store
from socialscope.web import create_app


@pytest.fixture(scope="module")
def analysed(demo_db, tmp_path_factory):
    """A copy of the demo store with the KPI analyses re-run: (path, summary of each)."""
    path = tmp_path_factory.mktemp("kpis") / "kpis.duckdb"
    shutil.copy(demo_db, path)
    with Store(path) as store:
        results = run_analyses(store, names=["campaigns", "audience", "sentiment", "engagement"])
    return path, {key: value for r in results for key, value in r.summary.items()}


def test_overview_kpis_equal_analyze_for_the_same_period(analysed):
    path, summary = analysed
    with Store(path, read_only=True) as store:
        first, last = data_bounds(store)
    client = TestClient(create_app(path), base_url="http://localhost")
    for query in ("", f"?since={first}&until={last}"):
        data = client.get("/api/overview" + query).json()
        for key in ("own_followers", "own_net_new_followers", "own_follower_growth", "own_net_sentiment"):
            assert data["networking"][key] == pytest.approx(summary[key]), key
        for key in ("spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversions", "cpa", "roas", "roi"):
            assert data["marketing"][key] == pytest.approx(summary[key]), key
        assert data["networking"]["own_engagement_rate_impressions"] == pytest.approx(
            summary["own_engagement_rate_impressions"]
        )
    campaigns = client.get(f"/api/campaigns?since={first}&until={last}").json()
    assert campaigns["totals"]["spend"] == pytest.approx(summary["spend"])


def test_previous_period_change_matches_the_raw_sums(analysed):
    path, _ = analysed
    with Store(path, read_only=True) as store:
        first, last = data_bounds(store)
        stats = store.df("SELECT date, spend, clicks FROM ad_stats")
        until = pd.Timestamp(stats["date"].max()).date()
        since = until - timedelta(days=27)
        result = kpis_with_change(store, since=since, until=until)
    dates = pd.to_datetime(stats["date"]).dt.date
    now = stats[(dates >= since) & (dates <= until)]["spend"].sum()
    before = stats[(dates >= since - timedelta(days=28)) & (dates < since)]["spend"].sum()
    assert result["marketing"]["spend"] == pytest.approx(now)
    assert result["change"]["spend"]["previous"] == pytest.approx(before)
    assert result["change"]["spend"]["change"] == pytest.approx((now - before) / before)
    assert result["previous_period"] == {"since": since - timedelta(days=28), "until": since - timedelta(days=1)}
    assert Period(date(2025, 1, 8), date(2025, 1, 14)).previous() == Period(date(2025, 1, 1), date(2025, 1, 7))


def test_own_audience_of_a_period_against_the_snapshots(analysed):
    path, _ = analysed
    with Store(path, read_only=True) as store:
        snaps = store.df(
            "SELECT s.account_id, s.date, s.followers FROM follower_snapshots s JOIN accounts a USING (account_id) "
            "WHERE a.is_own"
        )
        since, until = date(2025, 6, 1), date(2025, 6, 30)
        got = own_audience(store, since=since, until=until)
    snaps["date"] = pd.to_datetime(snaps["date"]).dt.date
    end = start = 0
    for _, rows in snaps.groupby("account_id"):
        rows = rows.sort_values("date")
        inside = rows[(rows["date"] >= since) & (rows["date"] <= until)]
        end += inside["followers"].iloc[-1]
        start += inside["followers"].iloc[0]
    assert got == {
        "own_followers": end,
        "own_net_new_followers": end - start,
        "own_follower_growth": (end - start) / start,
    }


def test_a_filter_that_cannot_apply_says_so(analysed):
    path, _ = analysed
    with Store(path, read_only=True) as store:
        ads_only = store.scalar(
            "SELECT platform FROM campaigns WHERE platform NOT IN (SELECT DISTINCT platform FROM posts) LIMIT 1"
        )
        result = kpis(store, platform=ads_only)
    assert "own_followers" not in result["networking"]
    assert "only ads" in result["not_applicable"]["own_followers"]
    assert result["marketing"]["spend"] > 0
    assert result["currency"] == "USD"


def test_people_activity_and_its_change(analysed):
    path, _ = analysed
    with Store(path, read_only=True) as store:
        _, last = data_bounds(store)
        since = last - timedelta(days=27)
        result = kpis_with_change(store, since=since, until=last)
        rows = store.df("SELECT actor_account_id, kind, created_at FROM interactions")
    rows["day"] = pd.to_datetime(rows["created_at"]).dt.date
    public = rows[~rows["kind"].isin(["message", "email"])]
    now = public[(public["day"] >= since) & (public["day"] <= last)]
    before = public[(public["day"] >= since - timedelta(days=28)) & (public["day"] < since)]
    assert result["networking"]["active_accounts"] == now["actor_account_id"].nunique()
    assert result["networking"]["interactions"] == len(now)
    assert result["change"]["interactions"]["change"] == pytest.approx((len(now) - len(before)) / len(before))
    assert "follows_nodes" not in result["change"]  # all-time graph measures have no previous period
