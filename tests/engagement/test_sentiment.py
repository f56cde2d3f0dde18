"""Sentiment on real labelled tweets, the estimator contract, and net-sentiment variants."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from socialscope.engagement.sentiment import (
    NET_SENTIMENT,
    TextSentimentModel,
    VaderSentiment,
    _lexicon_features,
    normalise_text,
    score_store,
    sentiment_summary,
    shipped_model,
)
from socialscope.ingest import import_files
from tests.conftest import DATA

TWEETS = DATA / "twitter_airline_sentiment" / "Tweets.csv"


@pytest.fixture(scope="module")
def tweets():
    return pd.read_csv(TWEETS)


def test_vader_on_airline_tweets(tweets):
    labels = VaderSentiment().fit().predict(tweets["text"])
    macro = f1_score(tweets["airline_sentiment"], labels, average="macro")
    print(f"VADER macro-F1 on 14,640 airline tweets: {macro:.3f}")
    assert 0.42 <= macro <= 0.52  # a reference implementation scores about 0.46


@pytest.mark.slow  # six fits of the full recipe on ~12k tweets each: the `sentiment train` path on real labels
def test_trained_model_leave_one_airline_out(tweets):
    scores = {}
    for airline in sorted(tweets["airline"].unique()):
        train, test = tweets[tweets["airline"] != airline], tweets[tweets["airline"] == airline]
        model = TextSentimentModel().fit(train["text"], train["airline_sentiment"])
        scores[airline] = f1_score(test["airline_sentiment"], model.predict(test["text"]), average="macro")
    print("leave-one-airline-out macro-F1:", {k: round(v, 3) for k, v in scores.items()})
    assert np.mean(list(scores.values())) >= 0.75
    assert min(scores.values()) >= 0.65


def test_shipped_model_fast_scoring_equals_scikit_learn(tweets):
    model = shipped_model()
    texts = tweets["text"].iloc[:3000]
    prepared = model._prepare(texts)
    features = model._stack(
        model.words_.transform(prepared),
        model.chars_.transform(prepared),
        _lexicon_features(model.lexicon_words_.transform(prepared) @ model.lexicon_matrix_),
    )
    np.testing.assert_allclose(model.predict_proba(texts), model.classifier_.predict_proba(features), atol=1e-6)
    assert model.name == "socialscope-sentiment-1" and model.languages_ == ("en",)
    labels, scores = model.labels_and_scores(texts)
    assert (labels == model.predict(texts)).all() and np.allclose(scores, model.score(texts))


def test_normalising_texts_together_equals_one_at_a_time(tweets):
    """Texts are normalised joined by a separator: an entity, mention or link at the end of one
    text must not reach into the next, and a text holding the separator falls back to one by one."""
    edges = ["tail &amp", ";x", "&#12", "3;", "&notin", "; b", "&", "lt; no", "@", "user_1 hi", "see http://t.co/a",
             "/b c", "www.", "example.com", "  padded  ", "", "&amp;" * 50]  # fmt: skip
    texts = [*tweets["text"].iloc[:500], *edges]
    alone = [normalise_text([text]).iloc[0] for text in texts]
    assert normalise_text(texts).tolist() == alone
    assert alone[500:502] == ["tail &", ";x"] and alone[510:512] == ["see http", "/b c"]
    with_separator = [*edges, "unit\x1fseparator &amp; @someone"]
    assert normalise_text(with_separator).tolist() == [*alone[500:], "unit\x1fseparator & @user"]


def test_classes_and_label_check():
    """(fit/predict/save/load/not-fitted: the shared check in tests/test_estimators.py)"""
    texts = ["love it", "love it so much", "hate it", "terrible service", "it is a plane", "a plane it is"] * 3
    labels = ["positive", "positive", "negative", "negative", "neutral", "neutral"] * 3
    model = TextSentimentModel()
    assert model.fit(texts, labels).classes_ == ["negative", "neutral", "positive"]
    with pytest.raises(ValueError, match="labels must be"):
        TextSentimentModel().fit(texts, ["good"] * len(texts))


def test_duplicates_scored_once_give_identical_results():
    model = VaderSentiment().fit()
    texts = ["Great flight!", "Awful delay", "Great flight!", None, ""]
    scores = model.score(texts)
    assert scores[0] == scores[2] and scores[3] == scores[4] == 0.0
    assert list(model.predict(texts)) == ["positive", "negative", "positive", "neutral", "neutral"]


def test_net_sentiment_variants_by_hand():
    pos, neg, total = np.array([6.0]), np.array([2.0]), np.array([10.0])
    assert NET_SENTIMENT["talkwalker"](pos, neg, total)[0] == pytest.approx(4 / 8)
    assert NET_SENTIMENT["symanto"](pos, neg, total)[0] == pytest.approx(4 / 10)
    assert np.isnan(NET_SENTIMENT["talkwalker"](np.array([0.0]), np.array([0.0]), np.array([3.0]))[0])


def test_summary_from_the_store(store, tmp_path):
    (tmp_path / "posts.csv").write_text(
        "post_id,account_id,created_at,text\np1,brand,2025-03-03,We are thrilled to launch!\n"
    )
    (tmp_path / "inter.csv").write_text(
        "actor_account_id,kind,post_id,created_at,text\n"
        "a,comment,p1,2025-03-03,Love it\nb,comment,p1,2025-03-04,Awful and broken\nc,comment,p1,2025-03-11,The flight is on a Tuesday\n"
    )
    import_files(store, "posts", [tmp_path / "posts.csv"])
    import_files(store, "interactions", [tmp_path / "inter.csv"])
    score_store(store)
    about = sentiment_summary(store, by="account").set_index("account")
    assert about.loc["brand", "texts"] == 4
    assert about.loc["brand", "positive"] == 2 and about.loc["brand", "negative"] == 1
    assert about.loc["brand", "net_sentiment"] == pytest.approx((2 - 1) / 3)
    weeks = sentiment_summary(store, by="week", variant="symanto")
    assert list(weeks["texts"]) == [3, 1] and bool(weeks["alert"].iloc[1])  # fell from 1/3 to 0
