"""GA4 default channel rules: one case per rule, and the precedence between them."""

from __future__ import annotations

import json

import ibis
import pandas as pd
import pytest

from socialscope.marketing.channels import CHANNELS, ChannelRules, channel_expr, type_expr

RULES = ChannelRules.load()

CASES = [
    # (source, medium, campaign, expected channel)
    ("(direct)", "(none)", None, "Direct"),
    ("(direct)", "(not set)", None, "Direct"),
    ("google", "cpc", "brand cross-network pmax", "Cross-network"),
    ("amazon", "cpc", None, "Paid Shopping"),
    ("google", "cpc", "summer-shopping", "Paid Shopping"),  # shopping campaign name beats search
    ("google", "cpc", None, "Paid Search"),
    ("bing", "ppc", None, "Paid Search"),
    ("facebook", "paid_social", None, "Paid Social"),
    ("l.facebook.com", "cpc", None, "Paid Social"),  # link-shim prefix is stripped
    ("linkedin", "paid", None, "Paid Social"),
    ("youtube", "cpv", None, "Paid Video"),  # .*cp.* is a paid medium
    ("adnetwork", "display", None, "Display"),
    ("adnetwork", "cpm", None, "Display"),  # Display is tried before Paid Other
    ("newsletter-partner", "retargeting", None, "Paid Other"),
    ("etsy", "referral", None, "Organic Shopping"),
    ("t.co", "referral", None, "Organic Social"),  # social source beats referral medium
    ("newsblog", "social", None, "Organic Social"),
    ("vimeo", "referral", None, "Organic Video"),
    ("partner", "video", None, "Organic Video"),
    ("duckduckgo", "referral", None, "Organic Search"),
    ("someengine", "organic", None, "Organic Search"),
    ("techblog.example", "referral", None, "Referral"),
    ("app-store", "app", None, "Referral"),
    ("newsletter", "email", None, "Email"),
    ("e-mail", "whatever", None, "Email"),
    ("partner", "affiliate", None, "Affiliates"),
    ("podcast", "audio", None, "Audio"),
    ("sms", "text", None, "SMS"),
    ("app", "web-push", None, "Mobile Push Notifications"),
    ("firebase", "notif", None, "Mobile Push Notifications"),
    ("mystery", "carrier-pigeon", None, "Unassigned"),
    ("WWW.Google.com", "CPC", None, "Paid Search"),  # case-insensitive, www. stripped
]


def classify(rows, rules=RULES):
    frame = pd.DataFrame(rows, columns=["source", "medium", "campaign"]).astype(object)
    t = ibis.memtable(frame, schema={"source": "string", "medium": "string", "campaign": "string"})
    expr = t.mutate(channel=channel_expr(t.source, t.medium, t.campaign, rules))
    expr = expr.mutate(kind=type_expr(expr.channel, rules))
    return ibis.duckdb.connect().execute(expr)


def test_every_rule_and_precedence():
    got = classify([c[:3] for c in CASES])
    for (source, medium, campaign, expected), channel in zip(CASES, got["channel"], strict=True):
        assert channel == expected, (source, medium, campaign)
    assert set(got["channel"]) == set(CHANNELS)  # every channel is exercised


def test_push_pull_defaults_from_the_issue():
    got = classify([c[:3] for c in CASES]).drop_duplicates("channel").set_index("channel")["kind"]
    for channel in ("Paid Social", "Display", "Email", "SMS", "Mobile Push Notifications"):
        assert got[channel] == "push"
    for channel in ("Organic Search", "Referral", "Organic Shopping"):
        assert got[channel] == "pull"
    assert got["Organic Social"] == "mixed"


def test_rules_are_editable_data(tmp_path):
    sources = tmp_path / "sources.json"
    sources.write_text(json.dumps({"social": ["mastodon.example"], "search": [], "shopping": [], "video": []}))
    types = tmp_path / "types.json"
    types.write_text(json.dumps({"Organic Social": "pull"}))
    rules = ChannelRules.load(sources, types)
    got = classify([("mastodon.example", "referral", None), ("t.co", "referral", None)], rules)
    assert list(got["channel"]) == ["Organic Social", "Referral"]
    assert got["kind"][0] == "pull"
    types.write_text(json.dumps({"Email": "sideways"}))
    with pytest.raises(ValueError, match="push, pull or mixed"):
        ChannelRules.load(None, types)
