"""Texts per second: the default sentiment model and the intent classifier (FastTfidf vs the same
model through scikit-learn), the VADER variant (socialscope's wrapper vs plain VADER) and language
detection, on real posts that do not repeat (distinct texts) and on a stream where they do."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import Case, interleave

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TWEETS = DATA / "twitter_airline_sentiment"


def distinct_texts() -> list[str]:
    """Real posts, each once: the airline tweets and the posts of both intent sets (20,116 after
    dropping exact duplicates; English tweets and posts in about thirty languages), shuffled. Copies of one
    set made unique by a suffix would repeat every word, which the scorers exploit (each distinct
    word's n-grams are made once per call) and would flatter them."""
    tweets = pd.read_csv(next(TWEETS.glob("*.csv")))["text"].astype(str)
    posts = [pd.read_csv(DATA / name / "posts.csv")["text"].astype(str) for name in ("intent_eval", "intent_train")]
    return pd.concat([tweets, *posts], ignore_index=True).drop_duplicates().sample(frac=1, random_state=0).tolist()


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


def run(repetitions: int = 3, *, limit: int | None = None) -> dict[str, Any]:
    """Each scorer beside the plain library on :func:`distinct_texts` (the first ``limit`` of
    them when given: the smoke test)."""
    from socialscope.classify import shipped_model
    from socialscope.engagement.language import detect_language
    from socialscope.engagement.sentiment import VaderSentiment
    from socialscope.engagement.sentiment import shipped_model as sentiment_model

    distinct = distinct_texts()[:limit]
    repeated = distinct[: len(distinct) // 4] * 4  # each text four times, as reposts and templates repeat
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
    load = [os.getloadavg()]
    interleave(cases, repetitions)
    load.append(os.getloadavg())
    return {
        "texts": len(distinct),
        "load": load,
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


_PINNED_RUN = """
import json, sys, time
import numpy as np
from benchmarks.text import distinct_texts
from socialscope.engagement.sentiment import shipped_model
texts = distinct_texts()
model = shipped_model()
model.predict_proba(texts[:50])
wall, cpu = time.perf_counter(), time.process_time()
proba = model.predict_proba(texts)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
np.save(sys.argv[1], proba)
print(json.dumps({"texts": len(texts), "wall": wall, "cpu": cpu}))
"""


def sentiment_before_after(old: str, reps: int = 4, *, core: int = 1) -> dict[str, Any]:
    """The default sentiment model on :func:`distinct_texts`, pinned to one core (``taskset``),
    the code of commit ``old`` and the current code alternating, each run in a fresh process;
    wall and CPU time of ``predict_proba`` and the largest difference between their
    probabilities (the scorers must agree to 1e-9)."""
    import subprocess
    import sys
    import tempfile

    from benchmarks.staged import ROOT, old_source

    sources = {"before": old_source(old), "after": ROOT / "src"}
    runs: list[dict[str, Any]] = []
    load = [os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(reps):
            for variant, source in sources.items():
                out = Path(tmp) / f"{variant}.npy"
                env = {**os.environ, "PYTHONPATH": f"{source}{os.pathsep}{ROOT}"}
                done = subprocess.run(
                    ["taskset", "-c", str(core), sys.executable, "-c", _PINNED_RUN, str(out)],
                    env=env, cwd=ROOT, check=True, capture_output=True, text=True,
                )  # fmt: skip
                runs.append({"variant": variant, "rep": rep, **json.loads(done.stdout.strip().splitlines()[-1])})
        difference = float(np.abs(np.load(Path(tmp) / "before.npy") - np.load(Path(tmp) / "after.npy")).max())
    load.append(os.getloadavg())
    return {"old": old, "core": core, "runs": runs, "max_probability_difference": difference, "load": load}
