"""Reproduce the sentiment benchmark in docs/engagement.md: the shipped model, a plain TF-IDF +
logistic regression baseline trained on the same tweets, and VADER, on the TweetEval
sentiment *test* split (SemEval-2017 Task 4A), which no model here was trained on.

Writes ``tests/data/tweeteval_sentiment/predictions.csv`` (each model's label per test tweet,
0 negative, 1 neutral, 2 positive, in the test file's order — our outputs, not the tweets) and
``summary.json``, which ``tests/engagement/test_sentiment_benchmark.py`` checks against the gold
labels committed beside them.

Usage: python scripts/evaluate_sentiment_model.py --semeval DIR --tweeteval DIR
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_sentiment_model import clean, load_tweeteval, training_data  # noqa: E402

from socialscope.engagement.sentiment import SHIPPED_MODEL, VaderSentiment, shipped_model  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "tweeteval_sentiment"
LABELS = ["negative", "neutral", "positive"]
# Barbieri et al. (2020), TweetEval, Table 2 and the repository's leaderboard: macro-averaged
# recall on the sentiment test split
PUBLISHED = {"SVM": 62.9, "FastText": 62.9, "BLSTM": 58.3, "RoBERTa-base": 71.3, "RoBERTa-retrained": 72.8}


def plain_baseline(texts: pd.Series, labels: pd.Series) -> object:
    """The reference point of the issue: the same word + character TF-IDF, LogisticRegression()
    with scikit-learn's defaults (C = 1, no class weights)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
    )
    return make_pipeline(features, LogisticRegression(max_iter=3000)).fit(texts, labels)


def metrics(gold: pd.Series, predicted: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score, recall_score

    return {
        "macro_recall": round(float(recall_score(gold, predicted, average="macro")), 4),
        "macro_f1": round(float(f1_score(gold, predicted, average="macro")), 4),
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semeval", type=Path, required=True, help="folder with twitter-20*-A.txt")
    parser.add_argument("--tweeteval", type=Path, required=True, help="TweetEval datasets/sentiment folder")
    args = parser.parse_args()
    test = load_tweeteval(args.tweeteval, "test")
    test_text = clean(test["text"])
    train = training_data(args.semeval, args.tweeteval)
    baseline = plain_baseline(train["text"], train["label"])
    models = {
        "socialscope": shipped_model().predict,
        "plain_tfidf_logreg": lambda t: baseline.predict(clean(pd.Series(t))),
        "vader": VaderSentiment(processes=1).fit().predict,
    }
    predictions, summary = {}, {"training_texts": len(train), "published_macro_recall": PUBLISHED}
    for name, predict in models.items():
        predicted = np.asarray(predict(test_text), dtype=object)
        predictions[name] = pd.Series(predicted).map(LABELS.index).astype(int)
        summary[name] = {"tweeteval_test": metrics(test["label"], predicted)}
        print(name, summary[name])
    summary["model_sha256"] = hashlib.sha256(SHIPPED_MODEL.read_bytes()).hexdigest()
    OUT.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(predictions).to_csv(OUT / "predictions.csv", index=False)
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    (OUT / "test_labels.txt").write_text((args.tweeteval / "test_labels.txt").read_text())


if __name__ == "__main__":
    main()
