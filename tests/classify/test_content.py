"""Intents of the demo world's posts and messages, account kinds, and the intent splits."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from socialscope.classify import account_kinds, classify_content, explain_content, shipped_model
from socialscope.classify.intent import IntentModel
from socialscope.engagement.rates import engagement_report
from socialscope.estimators import save_model
from socialscope.store import Store


@pytest.fixture
def demo_store(demo_db, tmp_path):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    with Store(path) as store:
        yield store


def test_demo_intents_agree_with_who_wrote_what(demo_store):
    # analyze already classified everything (the intent analysis)
    rows = demo_store.df(
        """SELECT a.kind, ci.intent FROM content_intent ci JOIN posts p USING (post_id)
           JOIN accounts a USING (account_id) WHERE p.repost_of_post_id IS NULL"""
    )
    brands = rows[rows["kind"].isin(["brand", "organization"])]
    people = rows[rows["kind"] == "person"]
    assert (brands["intent"] == "marketing").mean() > 0.98
    assert (people["intent"] == "networking").mean() > 0.95
    messages = demo_store.df(
        """SELECT ii.intent FROM interaction_intent ii JOIN interactions i USING (interaction_id)
           WHERE i.kind IN ('message', 'email')"""
    )
    assert (messages["intent"] == "networking").mean() > 0.98
    assert demo_store.count("content_intent") == demo_store.scalar("SELECT count(*) FROM posts WHERE trim(text) <> ''")


def test_classification_is_incremental_and_follows_the_model(demo_store, tmp_path):
    with demo_store.transaction():
        assert classify_content(demo_store) == {"content_intent": 0, "interaction_intent": 0}
    demo_store.con.execute(
        "INSERT INTO posts (post_id, account_id, text) VALUES ('new1', NULL, 'Shop now, 30% off with code FALL30')"
    )
    with demo_store.transaction():
        assert classify_content(demo_store)["content_intent"] == 1
    assert demo_store.scalar("SELECT intent FROM content_intent WHERE post_id = 'new1'") == "marketing"
    renamed = shipped_model()
    renamed.name = "other-model"
    with demo_store.transaction():  # the same weights loaded from the same file: nothing to redo
        assert classify_content(demo_store, renamed)["content_intent"] == 0
    retrained = IntentModel.load(save_model(renamed, tmp_path / "retrained.joblib"))  # another file: a new version
    with demo_store.transaction():
        counts = classify_content(demo_store, retrained)
    assert counts["content_intent"] == demo_store.count("content_intent")
    assert demo_store.scalar("SELECT DISTINCT model FROM content_intent") == "other-model"


def test_explain_a_post_and_an_unknown_id(demo_store):
    post_id = demo_store.scalar(
        "SELECT post_id FROM posts p JOIN accounts a USING (account_id) WHERE a.kind = 'brand' LIMIT 1"
    )
    result = explain_content(demo_store, post_id)
    assert result["intent"] == "marketing" and "brand_author" in result["explanation"]
    with pytest.raises(LookupError, match="nope"):
        explain_content(demo_store, "nope")


def test_account_kinds_are_inferred_when_hidden(demo_store):
    truth = demo_store.df("SELECT account_id, kind FROM accounts").set_index("account_id")["kind"]
    demo_store.con.execute("UPDATE accounts SET kind = 'unknown'")
    kinds = account_kinds(demo_store).set_index("account_id")
    assert (kinds["source"] == "inferred").all()
    agreement = (kinds["kind"] == truth.reindex(kinds.index)).mean()
    assert agreement > 0.98
    for kind in ("brand", "organization"):
        assert (kinds.loc[truth[truth == kind].index, "kind"] == kind).all()
    assert kinds["probability"].between(1 / 3, 1).all()


def test_account_mix_counts_posts_by_intent(demo_store):
    kinds = account_kinds(demo_store).set_index("account_id")
    expected = demo_store.df(
        """SELECT p.account_id, count(*) FILTER (WHERE ci.intent = 'marketing') AS m, count(*) AS n
           FROM posts p JOIN content_intent ci USING (post_id) WHERE p.repost_of_post_id IS NULL
           GROUP BY 1"""
    ).set_index("account_id")
    joined = kinds.join(expected, how="inner")
    assert (joined["marketing_posts"] == joined["m"]).all()
    assert (joined["posts"] == joined["n"]).all()
    pd.testing.assert_series_equal(joined["marketing_share"], joined["m"] / joined["n"], check_names=False)


def test_engagement_split_by_intent_adds_up(demo_store):
    backend = demo_store.ibis()
    split = engagement_report(backend, by="kind", split_intent=True).to_pandas()
    whole = engagement_report(backend, by="kind").to_pandas()
    assert set(split["intent"]) <= {"networking", "marketing"}
    sums = split.groupby("kind")[["posts", "engagements", "reach"]].sum()
    pd.testing.assert_frame_equal(sums, whole.set_index("kind")[["posts", "engagements", "reach"]], check_dtype=False)
    by_intent = engagement_report(backend, by="intent").to_pandas().set_index("intent")
    row = by_intent.loc["marketing"]
    assert row["engagement_rate_reach"] == pytest.approx(row["engagements"] / row["reach"])
