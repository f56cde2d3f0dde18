"""Texts per second: sentiment (socialscope's VADER wrapper vs plain VADER) and the intent
classifier, on real tweets (distinct texts) and on a demo-like stream (texts repeat)."""

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


def run(repetitions: int = 3, *, copies: int = 4) -> dict[str, Any]:
    from socialscope.classify import shipped_model
    from socialscope.engagement.sentiment import VaderSentiment

    tweets = pd.read_csv(next(TWEETS.glob("*.csv")))["text"].astype(str)
    # distinct: every tweet made unique, so nothing can be scored once and reused
    distinct = (
        pd.concat([tweets] * copies, ignore_index=True) + " #" + pd.Series(range(len(tweets) * copies)).astype(str)
    ).tolist()
    repeated = pd.concat([tweets] * copies, ignore_index=True).tolist()
    vader = VaderSentiment().fit()
    intent = shipped_model()
    cases = [
        Case("sentiment, distinct texts", "plain VADER (one process)", lambda: _plain_vader(distinct)),
        Case("sentiment, distinct texts", "socialscope", lambda: vader.score(distinct)),
        Case("sentiment, repeated texts", "plain VADER (one process)", lambda: _plain_vader(repeated)),
        Case("sentiment, repeated texts", "socialscope", lambda: vader.score(repeated)),
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
