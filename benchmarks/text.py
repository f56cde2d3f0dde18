"""Texts per second: the default sentiment model and the intent classifier (FastTfidf vs the same
model through scikit-learn), the VADER variant (socialscope's wrapper vs plain VADER) and language
detection, on real tweets (distinct texts) and on a demo-like stream (texts repeat)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import Case, interleave

TWEETS = Path(__file__).resolve().parent.parent / "tests" / "data" / "twitter_airline_sentiment"


def _plain_vader(texts: list[str]) -> list[float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return [analyzer.polarity_scores(t)["compound"] for t in texts]


def _plain_scikit_learn_intent(model: Any, texts: list[str]) -> Any:
    """The same model scored the ordinary way: vectorizers' transform, then predict_proba."""
    from scipy.sparse import hstack

    from socialscope.classify.rules import rule_hits, rule_log_odds

    prepared = model._prepare(texts)
    blocks = [model.words_.transform(prepared), model.chars_.transform(prepared)]
    if getattr(model, "author_weights_", None):  # the post model's two learned author columns (0: unknown)
        blocks.append(np.zeros((len(prepared), 2)))
    p = model.classifier_.predict_proba(hstack(blocks, format="csr"))[:, 1]
    return 1 / (1 + np.exp(-(np.log(p / (1 - p)) + rule_log_odds(rule_hits(prepared)))))


def _plain_scikit_learn_sentiment(model: Any, texts: list[str]) -> Any:
    """The default sentiment model scored the ordinary way: transform, then predict_proba."""
    from socialscope.engagement.sentiment import _lexicon_features

    prepared = model._prepare(texts)
    lexicon = _lexicon_features(model.lexicon_words_.transform(prepared) @ model.lexicon_matrix_)
    features = model._stack(model.words_.transform(prepared), model.chars_.transform(prepared), lexicon)
    return model.classifier_.predict_proba(features)


def run(repetitions: int = 3, *, copies: int = 4) -> dict[str, Any]:
    from socialscope.classify import shipped_model
    from socialscope.engagement.language import detect_language
    from socialscope.engagement.sentiment import VaderSentiment
    from socialscope.engagement.sentiment import shipped_model as sentiment_model

    tweets = pd.read_csv(next(TWEETS.glob("*.csv")))["text"].astype(str)
    # distinct: every tweet made unique, so nothing can be scored once and reused
    distinct = (
        pd.concat([tweets] * copies, ignore_index=True) + " #" + pd.Series(range(len(tweets) * copies)).astype(str)
    ).tolist()
    repeated = pd.concat([tweets] * copies, ignore_index=True).tolist()
    vader = VaderSentiment().fit()
    intent = shipped_model()
    sentiment = sentiment_model()
    detect_language(["load the model before timing"])
    cases = [
        Case(
            "sentiment (default model), distinct texts",
            "plain scikit-learn transform + predict_proba (same model, one process)",
            lambda: _plain_scikit_learn_sentiment(sentiment, distinct),
        ),
        Case(
            "sentiment (default model), distinct texts", "socialscope (one process)", lambda: sentiment.score(distinct)
        ),
        Case("sentiment (VADER variant), distinct texts", "plain VADER (one process)", lambda: _plain_vader(distinct)),
        Case("sentiment (VADER variant), distinct texts", "socialscope", lambda: vader.score(distinct)),
        Case("sentiment (VADER variant), repeated texts", "plain VADER (one process)", lambda: _plain_vader(repeated)),
        Case("sentiment (VADER variant), repeated texts", "socialscope", lambda: vader.score(repeated)),
        Case("language detection, distinct texts", "socialscope (one process)", lambda: detect_language(distinct)),
        Case(
            "intent, distinct texts",
            "plain scikit-learn transform + predict_proba (same model, one process)",
            lambda: _plain_scikit_learn_intent(intent, distinct),
        ),
        Case("intent, distinct texts", "socialscope (one process)", lambda: intent.marketing_probability(distinct)),
    ]
    interleave(cases, repetitions)
    return {
        "texts": len(distinct),
        "cases": [
            {
                "task": c.task,
                "implementation": c.implementation,
                "median": c.median,
                "per_second": len(distinct) / c.median,
            }
            for c in cases
        ],  # fmt: skip
    }
