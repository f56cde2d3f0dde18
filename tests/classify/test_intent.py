"""The comment intent model against published labels: UCI YouTube Spam (held-out videos 04
and 05) and the SMS Spam Collection, compared with a plain scikit-learn baseline. The post
model and the real-posts evaluation set: ``test_intent_eval.py``."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from socialscope.classify import (
    IntentModel,
    evaluate_model,
    evaluate_predictions,
    leave_one_group_out,
    load_sms,
    load_youtube,
    shipped_model,
)
from socialscope.classify.labelled import YOUTUBE_EVALUATION, YOUTUBE_TRAIN
from tests.conftest import DATA


@pytest.fixture(scope="module")
def youtube() -> pd.DataFrame:
    return load_youtube(DATA / "youtube_spam")


@pytest.fixture(scope="module")
def held_out(youtube) -> pd.DataFrame:
    return youtube[youtube["source"].isin([f.removesuffix(".csv") for f in YOUTUBE_EVALUATION])]


def test_datasets_match_their_published_counts(youtube):
    assert len(youtube) == 1956
    assert (youtube["intent"] == "marketing").sum() == 1005
    sms = load_sms(DATA / "sms_spam" / "SMSSpamCollection")
    assert len(sms) == 5574
    assert (sms["intent"] == "marketing").sum() == 747


def test_shipped_model_on_held_out_videos_matches_the_plain_baseline(youtube, held_out):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    train = youtube[youtube["source"].isin([f.removesuffix(".csv") for f in YOUTUBE_TRAIN])]
    baseline = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        ),
        LogisticRegression(max_iter=3000),
    ).fit(train["text"], train["intent"])
    baseline_f1 = evaluate_predictions(held_out["intent"], baseline.predict(held_out["text"]))["macro_f1"]
    shipped = evaluate_model(shipped_model(kind="comment"), held_out)
    assert shipped["macro_f1"] >= baseline_f1
    # docs/classification.md: 0.9449 (the 0.95 target is not reached yet)
    assert shipped["macro_f1"] == pytest.approx(0.9449, abs=0.0005)
    assert shipped["confusion"].to_numpy().sum() == len(held_out) == 818
    marketing = shipped["per_class"].set_index("intent").loc["marketing"]
    assert marketing["precision"] > 0.99


def test_shipped_model_beats_every_plain_tfidf_baseline_variant(youtube, held_out):
    """The issue expects a plain word + character TF-IDF + logistic regression on 01-03 to
    reach about 0.95 on 04 + 05; five plain settings measure 0.927-0.941, all below the
    shipped model (docs/classification.md)."""
    from scripts.evaluate_intent_model import plain_variant_scores

    train = youtube[youtube["source"].isin([f.removesuffix(".csv") for f in YOUTUBE_TRAIN])]
    plain = plain_variant_scores(train, held_out)
    shipped = evaluate_model(shipped_model(kind="comment"), held_out)
    assert len(plain) == 5
    assert (plain["macro_f1"] < shipped["macro_f1"]).all()
    assert plain["macro_f1"].max() == pytest.approx(0.9413, abs=0.0005)


def test_training_script_reproduces_the_shipped_model(held_out):
    from scripts.train_intent_model import train

    retrained, shipped = train(), shipped_model(kind="comment")
    np.testing.assert_allclose(
        retrained.marketing_probability(held_out["text"]), shipped.marketing_probability(held_out["text"]), atol=1e-6
    )


def test_leave_one_video_out(youtube):
    scores = leave_one_group_out(youtube, lambda: IntentModel(c=30.0))
    assert list(scores["held_out"]) == sorted(youtube["source"].unique())
    assert scores["macro_f1"].min() > 0.88
    assert scores["macro_f1"].mean() > 0.92


def test_parameters_and_label_check():
    """(fit/predict/save/load/not-fitted: the shared check in tests/test_estimators.py)"""
    model = IntentModel(c=5.0)
    assert model.c == 5.0 and not hasattr(model, "classifier_")
    texts = ["see you at dinner tonight", "subscribe to my channel for free gifts"] * 10
    with pytest.raises(ValueError, match="networking or marketing"):
        IntentModel().fit(texts, ["networking", "spam"] * 10)


def test_rules_and_explanations():
    model = shipped_model(kind="comment")
    texts = pd.Series(
        [
            "Save 20% this week only with code SUMMIT20. Shop now https://acme.example/s?utm_source=x",
            "Great catching up with everyone at the hiking meetup tonight!",
        ]
    )
    out = model.explain(texts)
    assert list(out["intent"]) == ["marketing", "networking"]
    assert out["explanation"][0].startswith("rules: utm_link, discount_code, call_to_action; words: ")
    assert "rules" not in out["explanation"][1] and "words: '" in out["explanation"][1]
    assert ((out["probability"] >= 0.5) & (out["probability"] <= 1)).all()
    np.testing.assert_allclose(out["p_marketing"], model.predict_proba(texts)[:, 1])
    # a person's account pulls toward networking, a brand's toward marketing, by the rule weights
    neutral = pd.Series(["New photos from the weekend are up"] * 2)
    p = model.marketing_probability(neutral, brand_author=[True, False], person_author=[False, True])
    logit = np.log(p / (1 - p))
    assert logit[0] - logit[1] == pytest.approx(3.0, abs=1e-6)
