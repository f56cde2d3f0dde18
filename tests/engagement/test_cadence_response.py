"""Posting cadence, top posts, daily engagement rate, cost per engagement and brand response,
by hand on small fixtures and against an independent pandas computation on the demo world."""

from __future__ import annotations

import pandas as pd
import pytest

from socialscope.engagement.cadence import cost_per_engagement, daily_engagement_rate, posting_cadence, top_posts
from socialscope.engagement.response import response_report
from socialscope.ingest import import_files
from socialscope.store import Store


def _load(store, tmp_path, **tables: str) -> None:
    for table, text in tables.items():
        path = tmp_path / f"{table}.csv"
        path.write_text(text)
        import_files(store, table, [path])


def test_response_rate_and_time_by_hand(store, tmp_path):
    _load(
        store,
        tmp_path,
        accounts="account_id,is_own\nbrand,true\nu1,false\nu2,false\n",
        posts="post_id,account_id,created_at\np1,brand,2025-01-01T00:00:00\nm1,u2,2025-01-01T05:00:00\n"
        "r1,brand,2025-01-01T09:00:00\n",
        interactions="interaction_id,actor_account_id,kind,post_id,target_account_id,created_at\n"
        "c1,u1,comment,p1,brand,2025-01-01T01:00:00\n"
        "a1,brand,reply,p1,u1,2025-01-01T03:00:00\n"  # answers c1 after 2 h
        "c2,u2,comment,p1,brand,2025-01-01T02:00:00\n"  # never answered
        "c3,u1,comment,p1,brand,2025-01-01T04:00:00\n"  # the 3 h-old reply came before: not an answer
        "x1,u2,mention,m1,brand,2025-01-01T05:00:00\n",  # answered by post r1, 4 h later (below)
    )
    store.con.execute("UPDATE posts SET reply_to_post_id = 'm1' WHERE post_id = 'r1'")
    got = response_report(store).set_index("item")
    assert got.loc["comment", "inbound"] == 3 and got.loc["comment", "answered"] == 1
    assert got.loc["comment", "median_response_hours"] == pytest.approx(2.0)
    assert got.loc["mention", "answered"] == 1
    assert got.loc["mention", "median_response_hours"] == pytest.approx(4.0)
    assert got.loc["all", "response_rate"] == pytest.approx(2 / 4)
    assert response_report(store, window_hours=1).loc[lambda f: f["item"] == "all", "answered"].item() == 0


def test_response_on_demo_matches_an_independent_computation(demo_db):
    with Store(demo_db, read_only=True) as store:
        got = response_report(store).set_index(["account_id", "item"])
        inter = store.df("SELECT * FROM interactions")
        posts = store.df("SELECT post_id, account_id AS author FROM posts")
        own = set(store.df("SELECT account_id FROM accounts WHERE is_own")["account_id"])
    inter = inter.merge(posts, on="post_id", how="left")
    comments = inter[inter["kind"].isin(["comment", "reply"]) & inter["author"].isin(own)]
    comments = comments[comments["actor_account_id"] != comments["author"]]
    replies = inter[inter["kind"].isin(["reply", "comment"])]
    pairs = comments.merge(
        replies,
        left_on=["author", "actor_account_id", "post_id"],
        right_on=["actor_account_id", "target_account_id", "post_id"],
        suffixes=("", "_r"),
    )
    pairs = pairs[(pairs["created_at_r"] > pairs["created_at"])
                  & (pairs["created_at_r"] <= pairs["created_at"] + pd.Timedelta(hours=168))]  # fmt: skip
    first = pairs.groupby("interaction_id")["created_at_r"].min()
    for account in own:
        mine = comments[comments["author"] == account]
        answered = mine["interaction_id"].isin(first.index)
        if not len(mine):
            continue
        row = got.loc[(account, "comment")]
        assert row["inbound"] == len(mine) and row["answered"] == answered.sum()
        hours = first[mine["interaction_id"][answered]].to_numpy() - mine["created_at"][answered].to_numpy()
        expected = pd.Series(hours).dt.total_seconds().median() / 3600
        assert row["median_response_hours"] == pytest.approx(expected)
    # the demo's own brand answers about 60% of comments (few comments at this small scale)
    all_comments = got.xs("comment", level="item")
    assert 0.3 < all_comments["answered"].sum() / all_comments["inbound"].sum() < 0.85


def test_cadence_top_posts_daily_rate_and_cost_per_engagement(store, tmp_path):
    _load(
        store,
        tmp_path,
        accounts="account_id,is_own,followers_count\nb,true,10\nu,false,5\n",
        campaigns="campaign_id,name\nc1,Launch\n",
        ad_stats="campaign_id,date,spend\nc1,2025-01-01,30\nc1,2025-01-02,10\n",
        posts="post_id,account_id,created_at,reach,likes,comments,shares,is_paid,campaign_id\n"
        "p1,b,2025-01-01T00:00:00,10,2,0,0,true,c1\n"
        "p2,b,2025-01-01T12:00:00,100,5,1,2,true,c1\n"
        "p3,b,2025-01-03T00:00:00,10,0,0,0,false,\n",
        interactions="interaction_id,actor_account_id,kind,post_id,created_at\n"
        "l1,u,like,p1,2025-01-01T01:00:00\nl2,u,like,p2,2025-01-01T13:00:00\nl3,u,share,p2,2025-01-03T10:00:00\n",
    )
    cadence = posting_cadence(store).set_index("account_id").loc["b"]
    assert cadence["posts"] == 3 and cadence["active_days"] == 2
    assert cadence["median_hours_between_posts"] == pytest.approx(24.0)  # gaps 12 h and 36 h
    assert list(top_posts(store, n=2)["post_id"]) == ["p2", "p1"]
    assert top_posts(store, n=1, by="engagement_rate_reach")["post_id"].item() == "p1"
    daily = daily_engagement_rate(store).set_index("day", drop=False)
    days = daily[daily["day"].notna()]
    assert list(days["engagements"]) == [2, 0, 1]  # Jan 1, 2 (quiet), 3
    assert days["daily_engagement_rate"].tolist() == pytest.approx([0.2, 0.0, 0.1])
    assert daily[daily["day"].isna()]["daily_engagement_rate"].item() == pytest.approx(0.1)
    cpe = cost_per_engagement(store).iloc[0]
    assert cpe["paid_posts"] == 2 and cpe["cost_per_engagement"] == pytest.approx(40 / 10)
