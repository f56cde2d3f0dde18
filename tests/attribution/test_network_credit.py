"""Conversions credited to the people (and communities) whose posts referred the buyers."""

from __future__ import annotations

import pytest

from socialscope.attribution import build_journeys
from socialscope.attribution.network import account_credit, community_credit
from socialscope.ingest import import_files
from socialscope.network.analysis import analyze_network, write_network


@pytest.fixture
def referred(store, tmp_path):
    (tmp_path / "posts.csv").write_text(
        "post_id,account_id,url,repost_of_post_id\n"
        "p1,brand,https://x.com/brand/status/p1,\n"
        "p2,fan,https://x.com/fan/status/p2,p1\n"  # fan reshared the brand's post
        "p3,critic,https://x.com/critic/status/p3,\n"
    )
    (tmp_path / "touches.csv").write_text(
        "visitor_id,occurred_at,source,medium,referrer,landing_page\n"
        "v1,2025-03-01,t.co,social,https://x.com/fan/status/p2?s=20,/\n"  # query string ignored
        "v1,2025-03-02,google,organic,https://www.google.com/,/\n"
        "v2,2025-03-01,newsletter,email,,/shop?utm_content=p3\n"  # post id in utm_content
        "v3,2025-03-01,t.co,social,https://x.com/critic/status/p3,/\n"  # never buys
    )
    (tmp_path / "conversions.csv").write_text(
        "visitor_id,occurred_at,stage,value\nv1,2025-03-03,purchase,100\nv2,2025-03-02,purchase,60\n"
    )
    (tmp_path / "follows.csv").write_text(
        "src_account_id,dst_account_id\nfan,brand\nbrand,fan\ncritic,x\nx,critic\nfan,y\ny,fan\n"
    )
    for table, name in (
        ("posts", "posts"),
        ("touchpoints", "touches"),
        ("conversions", "conversions"),
        ("follows", "follows"),
    ):
        import_files(store, table, [tmp_path / f"{name}.csv"])
    write_network(store, analyze_network(store, "follows"), "test-run")
    return build_journeys(store)


def test_account_credit_by_hand(referred):
    credit = account_credit(referred, model="linear").set_index("account_id")
    assert credit.loc["fan", "conversions"] == pytest.approx(0.5)  # half of v1's journey (2 touches)
    assert credit.loc["fan", "value"] == pytest.approx(50.0)
    assert credit.loc["critic", "conversions"] == pytest.approx(1.0)  # v2's only touch
    assert credit.loc["brand", "conversions"] == 0  # the brand's own post referred nobody directly…
    assert credit.loc["brand", "as_cascade_root"] == pytest.approx(0.5)  # …but started the fan's cascade
    assert credit.loc["fan", "as_cascade_root"] == 0.0
    first = account_credit(referred, model="first_touch").set_index("account_id")
    assert first.loc["fan", "conversions"] == pytest.approx(1.0)


def test_community_credit(referred):
    communities = community_credit(referred, model="linear")
    assert communities["conversions"].sum() == pytest.approx(1.5)
    assert set(communities["top_account"]) <= {"fan", "critic"}
