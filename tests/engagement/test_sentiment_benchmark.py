"""The default sentiment model against the plain TF-IDF + logistic regression baseline and
VADER on the TweetEval sentiment test split (SemEval-2017 Task 4A, 12,284 tweets no model
here was trained on).

The tweets may not be redistributed (Twitter's terms), so the committed evaluation is each
model's predicted label per test tweet (``scripts/evaluate_sentiment_model.py`` wrote them)
and the gold labels; the metrics are recomputed here with scikit-learn. With the TweetEval
folder at ``$SOCIALSCOPE_TWEETEVAL`` the shipped model is also re-run on the tweets and must
reproduce its committed predictions.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from sklearn.metrics import f1_score, recall_score

from socialscope.engagement.sentiment import SHIPPED_MODEL, shipped_model
from tests.conftest import DATA

BENCH = DATA / "tweeteval_sentiment"


@pytest.fixture(scope="module")
def committed():
    gold = pd.Series((BENCH / "test_labels.txt").read_text().split(), dtype=int)
    predictions = pd.read_csv(BENCH / "predictions.csv")
    summary = json.loads((BENCH / "summary.json").read_text())
    assert len(gold) == len(predictions) == 12284
    return gold, predictions, summary


def _scores(gold: pd.Series, predicted: pd.Series) -> tuple[float, float]:
    return recall_score(gold, predicted, average="macro"), f1_score(gold, predicted, average="macro")


def test_default_beats_the_plain_baseline_in_macro_recall_and_f1(committed):
    gold, predictions, summary = committed
    ours = _scores(gold, predictions["socialscope"])
    plain = _scores(gold, predictions["plain_tfidf_logreg"])
    vader = _scores(gold, predictions["vader"])
    print(f"macro-recall / macro-F1: socialscope {ours}, plain baseline {plain}, VADER {vader}")
    assert ours[0] > plain[0] and ours[1] > plain[1]
    assert ours[0] > vader[0] and ours[1] > vader[1]
    # the published SVM and FastText baselines (Barbieri et al. 2020): macro-recall 62.9
    for name in ("socialscope", "plain_tfidf_logreg", "vader"):
        recall, f1 = _scores(gold, predictions[name])
        assert summary[name]["tweeteval_test"]["macro_recall"] == pytest.approx(recall, abs=5e-5)
        assert summary[name]["tweeteval_test"]["macro_f1"] == pytest.approx(f1, abs=5e-5)


def test_committed_predictions_are_the_shipped_models(committed):
    _, _, summary = committed
    assert summary["model_sha256"] == hashlib.sha256(SHIPPED_MODEL.read_bytes()).hexdigest()
    assert SHIPPED_MODEL.stat().st_size < 50e6


@pytest.mark.skipif(not os.environ.get("SOCIALSCOPE_TWEETEVAL"), reason="set SOCIALSCOPE_TWEETEVAL to the tweets")
def test_shipped_model_reproduces_its_predictions(committed):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from train_sentiment_model import clean, load_tweeteval

    _, predictions, _ = committed
    test = load_tweeteval(Path(os.environ["SOCIALSCOPE_TWEETEVAL"]), "test")
    labels = pd.Series(shipped_model().predict(clean(test["text"]))).map(["negative", "neutral", "positive"].index)
    assert (labels.to_numpy() == predictions["socialscope"].to_numpy()).all()
