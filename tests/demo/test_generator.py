"""The demo world is deterministic, internally consistent and shaped like real networks."""

from __future__ import annotations

import json
import random

import igraph as ig
import numpy as np
import pandas as pd
import scipy.stats

from socialscope.demo import DemoConfig, generate


def test_same_seed_same_world(demo_tables):
    again = generate(DemoConfig(scale=0.1, seed=3))
    for name, frame in demo_tables.items():
        pd.testing.assert_frame_equal(frame, again[name], check_dtype=False)


def test_scale_multiplies_populations():
    small = generate(DemoConfig(scale=0.1, seed=1))
    big = generate(DemoConfig(scale=0.4, seed=1))
    persons = lambda t: (t["accounts"]["kind"] == "person").sum()  # noqa: E731
    assert 3.0 < persons(big) / persons(small) < 5.0
    assert 3.0 < len(big["interactions"]) / len(small["interactions"]) < 5.5


def test_post_counters_equal_interaction_counts(demo_tables):
    posts = demo_tables["posts"].set_index("post_id")
    inter = demo_tables["interactions"]
    likes = inter[inter.kind == "like"].groupby("post_id").size().reindex(posts.index, fill_value=0)
    shares = inter[inter.kind == "share"].groupby("post_id").size().reindex(posts.index, fill_value=0)
    comments = inter[inter.kind.isin(["comment", "reply"])].groupby("post_id").size().reindex(posts.index, fill_value=0)
    assert (posts["likes"] == likes).all()
    assert (posts["shares"] == shares).all()
    assert (posts["comments"] == comments).all()
    assert (posts["impressions"] >= posts["reach"]).all()
    assert (posts["reach"] >= posts["likes"] + posts["comments"]).all()
    # every repost points at an existing post, and one share per repost
    reposts = posts["repost_of_post_id"].dropna()
    assert reposts.isin(posts.index).all()
    assert len(reposts) == (inter.kind == "share").sum()


def test_follower_snapshots_match_follow_edges(demo_tables):
    follows = demo_tables["follows"]
    snaps = demo_tables["follower_snapshots"]
    last = snaps[snaps.date == snaps.date.max()].set_index("account_id")["followers"]
    counted = follows.groupby("dst_account_id").size()
    for account in [a for a in last.index if a.startswith("x:")]:
        assert last[account] == counted.get(account, 0)


def test_graph_is_heavy_tailed_with_communities(demo_tables):
    follows = demo_tables["follows"]
    persons = set(demo_tables["accounts"].query("kind == 'person' and platform == 'x'")["account_id"])
    edges = follows[follows.src_account_id.isin(persons) & follows.dst_account_id.isin(persons)]
    graph = ig.Graph.TupleList(edges[["src_account_id", "dst_account_id"]].itertuples(index=False), directed=True)
    indegree = np.array(graph.indegree())
    # heavy tail: strongly right-skewed, the biggest hubs far above the typical account
    # (a Poisson graph of this size has skew ~0.3 and max/mean ~2)
    assert scipy.stats.skew(indegree) > 2.0
    assert indegree.max() > 5 * indegree.mean()
    undirected = graph.as_undirected()
    random.seed(1)  # igraph draws from Python's random module
    partition = undirected.community_leiden(objective_function="modularity", n_iterations=-1)
    assert partition.modularity > 0.4


def test_marketing_is_consistent(demo_tables):
    stats, touches = demo_tables["ad_stats"], demo_tables["touchpoints"]
    paid = touches[touches.channel == "Paid Social"].groupby("campaign").size()
    clicks = stats.groupby("campaign_id")["clicks"].sum()
    assert (clicks.reindex(paid.index) >= paid).all()  # not every ad click is tracked on site
    campaigns = demo_tables["campaigns"].set_index("campaign_id")
    spend = stats.groupby("campaign_id")["spend"].sum()
    assert (spend <= campaigns["budget"].reindex(spend.index) + 5).all()
    conv = demo_tables["conversions"]
    assert conv.visitor_id.isin(touches.visitor_id).all()
    leads = set(conv.loc[conv.stage == "lead", "visitor_id"])
    assert set(conv.loc[conv.stage == "opportunity", "visitor_id"]) <= leads
    assert sorted(campaigns.platform.unique()) == ["linkedin", "meta", "x"]


def test_own_brand_and_competitors(demo_tables):
    accounts = demo_tables["accounts"]
    own = accounts[accounts.is_own]
    assert set(own.handle) == {"acme"} and len(own) == 3
    assert accounts.query("kind == 'brand'").handle.nunique() == 4
    employees = accounts[accounts.platform == "slack"]
    departments = employees.attributes.map(lambda a: json.loads(a)["department"])
    assert departments.nunique() == 8


def test_only_people_carry_an_interest(demo_tables):
    accounts = demo_tables["accounts"]
    people = accounts[(accounts.kind == "person") & (accounts.platform == "x")]
    assert people.attributes.map(lambda a: json.loads(a)["interest"]).notna().all()
    others = accounts[accounts.kind.isin(["brand", "organization"])]
    assert others.attributes.isna().all()
