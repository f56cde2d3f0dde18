"""Engagement rates on a hand-computed fixture, and audience growth."""

from __future__ import annotations

import pytest

from socialscope.engagement import post_engagement
from socialscope.engagement.audience import audience_growth
from socialscope.ingest import import_files


def test_engagement_rates_by_hand(store, tmp_path):
    accounts = tmp_path / "a.csv"
    accounts.write_text("account_id,kind,is_own\nb,brand,true\np,person,false\n")
    posts = tmp_path / "p.csv"
    posts.write_text(
        "post_id,account_id,impressions,reach,likes,comments,shares,saves,repost_of_post_id\n"
        "1,b,1000,500,10,2,3,5,\n"
        "2,b,100,50,10,0,0,0,\n"
        "3,p,10,8,4,3,1,0,\n"
        "4,p,99,99,50,0,0,0,3\n"  # a repost: left out by default
    )
    import_files(store, "accounts", [accounts])
    import_files(store, "posts", [posts])
    got = post_engagement(store.ibis(), by=["kind"]).to_pandas().set_index("kind")
    assert got.loc["brand", "engagement_rate_impressions"] == pytest.approx(30 / 1100)
    assert got.loc["brand", "engagement_rate_reach"] == pytest.approx(30 / 550)
    assert got.loc["brand", "conversation_rate"] == pytest.approx(1.0)
    assert got.loc["brand", "amplification_rate"] == pytest.approx(1.5)
    assert got.loc["brand", "applause_rate"] == pytest.approx(10.0)
    assert got.loc["person", "engagement_rate_impressions"] == pytest.approx(8 / 10)
    assert got.loc["person", "posts"] == 1


def test_audience_growth_period_over_period(store, tmp_path):
    snaps = tmp_path / "s.csv"
    snaps.write_text(
        "account_id,date,followers\na,2024-01-15,100\na,2024-01-31,110\na,2024-02-29,121\na,2024-03-31,121\n"
    )
    import_files(store, "follower_snapshots", [snaps])
    got = audience_growth(store.ibis()).to_pandas()
    assert list(got["followers_end"]) == [110, 121, 121]
    assert list(got["net_new"][1:]) == [11, 0]
    assert got["growth_rate"][1] == pytest.approx(0.1)


def test_engagement_report_by_period_and_window(store, tmp_path):
    from socialscope.engagement.rates import engagement_report

    posts = tmp_path / "p.csv"
    posts.write_text(
        "post_id,account_id,created_at,impressions,likes\n"
        "1,a,2025-01-05,100,10\n2,a,2025-01-20,300,10\n3,a,2025-02-03,100,30\n4,a,2024-12-31,100,99\n"
    )
    import_files(store, "posts", [posts])
    got = engagement_report(store.ibis(), by="month", since="2025-01-01").to_pandas()
    assert [str(p)[:7] for p in got["period"]] == ["2025-01", "2025-02"]
    assert list(got["engagement_rate_impressions"]) == pytest.approx([20 / 400, 30 / 100])
    assert list(got["posts"]) == [2, 1]


def test_followers_at_publish_time_and_mean_of_ratios_by_hand(store, tmp_path):
    from socialscope.engagement.rates import ENGAGEMENT_METRICS, engagement_report

    accounts = tmp_path / "a.csv"
    accounts.write_text("account_id,kind,followers_count\nb,brand,1000\nq,person,50\n")
    snaps = tmp_path / "s.csv"
    snaps.write_text("account_id,date,followers\nb,2025-01-01,100\nb,2025-01-10,200\n")
    posts = tmp_path / "p.csv"
    posts.write_text(
        "post_id,account_id,created_at,reach,likes,comments,shares\n"
        "1,b,2025-01-05T10:00:00,100,10,2,0\n"  # followers then: 100 (snapshot of Jan 1)
        "2,b,2025-01-12T10:00:00,400,20,0,4\n"  # 200 (Jan 10)
        "3,q,2025-01-12T10:00:00,10,5,0,0\n"  # no snapshot: followers_count 50
    )
    import_files(store, "accounts", [accounts])
    import_files(store, "follower_snapshots", [snaps])
    import_files(store, "posts", [posts])
    backend = store.ibis()
    sums = engagement_report(backend, by="kind").to_pandas().set_index("kind")
    brand = sums.loc["brand"]
    assert brand["followers"] == 300 and brand["average"] == "ratio_of_sums"
    assert brand["engagement_rate_followers"] == pytest.approx(36 / 300)
    assert brand["engagement_rate_reach"] == pytest.approx(36 / 500)
    assert brand["conversation_per_1k_followers"] == pytest.approx(1000 * 2 / 300)
    assert brand["amplification_per_1k_followers"] == pytest.approx(1000 * 4 / 300)
    assert brand["applause_per_1k_followers"] == pytest.approx(1000 * 30 / 300)
    assert sums.loc["person", "engagement_rate_followers"] == pytest.approx(5 / 50)
    means = engagement_report(backend, by="kind", average="mean_of_ratios").to_pandas().set_index("kind")
    assert means.loc["brand", "engagement_rate_followers"] == pytest.approx((12 / 100 + 24 / 200) / 2)
    assert means.loc["brand", "engagement_rate_reach"] == pytest.approx((12 / 100 + 24 / 400) / 2)
    assert means.loc["brand", "average"] == "mean_of_ratios" and means.loc["brand", "posts"] == 2
    hours = engagement_report(backend, by="hour").to_pandas()
    assert list(hours["hour"]) == [10] and hours["posts"][0] == 3
    weekdays = engagement_report(backend, by="weekday").to_pandas().set_index("weekday")
    assert list(weekdays.index) == [6]  # 5 and 12 January 2025 are Sundays
    assert weekdays.loc[6, "engagement_rate_reach"] == pytest.approx(41 / 510)
    # every registered variant exists in both averages
    for metric in ENGAGEMENT_METRICS:
        assert metric.name in sums.columns and metric.name in means.columns
    with pytest.raises(ValueError, match="average"):
        engagement_report(backend, by="kind", average="median")


def test_own_audience_with_accounts_snapshotted_on_different_days(store, tmp_path):
    """Two own accounts on different days (the case where analyze said +54.5% and the dashboard
    0%): each account's own first and last snapshot count, and analyze reads the same function."""
    from datetime import date

    from socialscope.engagement.audience import own_audience
    from socialscope.pipeline import run_analyses

    (tmp_path / "a.csv").write_text("account_id,platform,is_own\nx,x,true\nm,mastodon,true\nother,x,false\n")
    (tmp_path / "s.csv").write_text(
        "account_id,date,followers\n"
        "x,2024-01-01,100\nx,2024-01-10,150\nm,2024-01-02,10\nm,2024-01-09,20\nm,2024-01-20,30\nother,2024-01-01,5\n"
    )
    import_files(store, "accounts", [tmp_path / "a.csv"])
    import_files(store, "follower_snapshots", [tmp_path / "s.csv"])
    got = own_audience(store)
    assert got == {"own_followers": 180, "own_net_new_followers": 70, "own_follower_growth": pytest.approx(70 / 110)}
    january_first_half = own_audience(store, since=date(2024, 1, 1), until=date(2024, 1, 15))
    assert january_first_half["own_followers"] == 170 and january_first_half["own_net_new_followers"] == 60
    assert own_audience(store, platform="mastodon")["own_follower_growth"] == pytest.approx(2.0)
    assert own_audience(store, since=date(2025, 1, 1)) == {}
    (summary,) = [r.summary for r in run_analyses(store, names=["audience"])]
    assert summary == got
