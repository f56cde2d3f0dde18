"""Sentiment of posts and interaction texts: VADER by default, or a model trained on your labels.

Labels are negative / neutral / positive; ``score`` is in [-1, 1]. Both models follow the
scikit-learn estimator contract (constructor stores parameters, ``fit`` returns self, learned
state ends in ``_``, predicting before fitting raises).

- :class:`VaderSentiment` — VADER (Hutto & Gilbert 2014), the lexicon and rules tuned for
  social media; compound ≥ 0.05 is positive, ≤ −0.05 negative (the authors' thresholds).
  Identical texts are scored once (reposts and templates repeat a lot), and large batches
  are spread over all cores.
- :class:`TextSentimentModel` — word 1–2-gram and character 2–5-gram TF-IDF with a
  class-balanced logistic regression; mentions and links are normalised. Score =
  P(positive) − P(negative).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from socialscope.estimators import NotFittedError as NotFittedError  # re-exported: part of this API
from socialscope.estimators import check_fitted, load_model, save_model

LABELS = ("negative", "neutral", "positive")
PARALLEL_MIN = 20_000


_ANALYZER = None


def _vader_scores(texts: list[str]) -> list[float]:
    global _ANALYZER
    if _ANALYZER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _ANALYZER = SentimentIntensityAnalyzer()
    return [_ANALYZER.polarity_scores(t)["compound"] for t in texts]


def _label(scores: np.ndarray, threshold: float) -> np.ndarray:
    return np.where(scores >= threshold, "positive", np.where(scores <= -threshold, "negative", "neutral"))


class VaderSentiment:
    """VADER compound scores and the ±``threshold`` labels."""

    name = "vader"

    def __init__(self, *, threshold: float = 0.05, processes: int | None = None) -> None:
        self.threshold = threshold
        self.processes = processes

    def fit(self, texts: Any = None, labels: Any = None) -> VaderSentiment:
        """VADER needs no training; fitting only marks the model ready (estimator contract)."""
        self.fitted_ = True
        return self

    def score(self, texts: Any) -> np.ndarray:
        check_fitted(self)
        codes, unique = pd.factorize(pd.Series(texts, dtype=object).fillna(""), sort=False)
        values = list(unique)
        workers = self.processes or os.cpu_count() or 1
        if len(values) >= PARALLEL_MIN and workers > 1:
            chunks = [values[i::workers] for i in range(workers)]
            with ProcessPoolExecutor(workers) as pool:
                parts = list(pool.map(_vader_scores, chunks))
            scores = np.empty(len(values))
            for i, part in enumerate(parts):
                scores[i::workers] = part
        else:
            scores = np.asarray(_vader_scores(values), dtype=float)
        return scores[codes] if len(codes) else np.zeros(0)

    def predict(self, texts: Any) -> np.ndarray:
        return _label(self.score(texts), self.threshold)


def normalise_text(texts: pd.Series) -> pd.Series:
    """Mentions become @user and links http, so the model learns words, not handles."""
    return (
        pd.Series(texts, dtype=object)
        .fillna("")
        .astype(str)
        .str.replace(r"@\w+", " @user ", regex=True)
        .str.replace(r"http\S+", " http ", regex=True)
    )


class TextSentimentModel:
    """TF-IDF (words and characters) + balanced logistic regression."""

    name = "tfidf-logreg"

    def __init__(self, *, c: float = 2.0, seed: int = 0) -> None:
        self.c = c
        self.seed = seed

    def fit(self, texts: Any, labels: Any) -> TextSentimentModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        labels = pd.Series(labels, dtype=object).str.lower().str.strip()
        unknown = sorted(set(labels) - set(LABELS))
        if unknown:
            raise ValueError(f"labels must be {', '.join(LABELS)}; found {', '.join(map(str, unknown))}")
        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        )
        model = LogisticRegression(C=self.c, max_iter=2000, class_weight="balanced", random_state=self.seed)
        self.pipeline_ = make_pipeline(features, model).fit(normalise_text(texts), labels)
        self.classes_ = list(self.pipeline_.classes_)
        return self

    def predict(self, texts: Any) -> np.ndarray:
        check_fitted(self)
        return np.asarray(self.pipeline_.predict(normalise_text(texts)))

    def score(self, texts: Any) -> np.ndarray:
        check_fitted(self)
        proba = self.pipeline_.predict_proba(normalise_text(texts))
        column = {c: i for i, c in enumerate(self.classes_)}
        positive = proba[:, column["positive"]] if "positive" in column else 0.0
        negative = proba[:, column["negative"]] if "negative" in column else 0.0
        return np.asarray(positive - negative, dtype=float)

    def save(self, path: str | Path) -> Path:
        return save_model(self, path)

    @staticmethod
    def load(path: str | Path) -> TextSentimentModel:
        return load_model(path, TextSentimentModel, "sentiment")


# Net sentiment variants (registry): name -> (formula, source, function of counts)
NET_SENTIMENT = {
    "talkwalker": ("(pos − neg) / (pos + neg)", "Talkwalker: net sentiment",
                   lambda pos, neg, total: (pos - neg) / np.where(pos + neg > 0, pos + neg, np.nan)),
    "symanto": ("(pos − neg) / all mentions", "Symanto; equals Black Box's %pos − %neg",
                lambda pos, neg, total: (pos - neg) / np.where(total > 0, total, np.nan)),
}  # fmt: skip


MODEL_META_KEY = "sentiment_model"


def active_model(store: Any) -> VaderSentiment | TextSentimentModel:
    """The model ``sentiment train`` saved for this store, else VADER."""
    path = store.get_meta(MODEL_META_KEY)
    if path and Path(path).exists():
        return TextSentimentModel.load(path)
    return VaderSentiment().fit()


def score_store(store: Any, model: VaderSentiment | TextSentimentModel | None = None) -> dict[str, int]:
    """Score every post and interaction text; (re)writes ``post_sentiment`` and
    ``interaction_sentiment`` (id, label, score, model). Runs in the caller's transaction."""
    model = model or active_model(store)
    counts = {}
    for table, key, target in (
        ("posts", "post_id", "post_sentiment"),
        ("interactions", "interaction_id", "interaction_sentiment"),
    ):
        rows = store.df(f"SELECT {key}, text FROM {table} WHERE text IS NOT NULL AND trim(text) <> ''")
        scores = model.score(rows["text"]) if len(rows) else np.zeros(0)
        labels = (
            _label(scores, model.threshold)
            if isinstance(model, VaderSentiment)
            else (model.predict(rows["text"]) if len(rows) else np.zeros(0, dtype=object))
        )
        frame = pd.DataFrame({key: rows[key], "label": labels, "score": scores, "model": model.name})
        store.con.register("_sentiment", frame)
        store.con.execute(f'CREATE OR REPLACE TABLE "{target}" AS SELECT * FROM _sentiment')
        store.con.unregister("_sentiment")
        counts[target] = len(frame)
    return counts


SUMMARY_GROUPS = ("account", "community", "campaign", "week", "intent")


def sentiment_summary(
    store: Any, *, by: str = "account", variant: str = "talkwalker", graph: str = "follows", drop_alert: float = 0.1
) -> pd.DataFrame:
    """Net sentiment per group, in the named variant, with the label counts behind it.

    Texts are posts and interaction texts (comments, replies, mentions, messages). A text is
    *about* the post's author, or the interaction's target (or the author of the post it is on).
    - account: texts about the account; community: texts written by the community's members
      (Leiden communities of ``graph``, with their ``members`` count); campaign: campaign posts and the texts on them;
      week: everything, per week, with ``alert`` = net sentiment fell by more than
      ``drop_alert`` from the previous week; intent: each text's own intent (networking /
      marketing, from ``classify run``).
    """
    if by not in SUMMARY_GROUPS:
        raise ValueError(f"by must be one of: {', '.join(SUMMARY_GROUPS)}")
    if variant not in NET_SENTIMENT:
        raise ValueError(f"variant must be one of: {', '.join(NET_SENTIMENT)}")
    if not store.has_table("post_sentiment"):
        raise LookupError("no sentiment scores yet: run 'socialscope sentiment score'")
    if by == "intent" and not store.has_table("content_intent"):
        raise LookupError("no intents yet: run 'socialscope classify run'")
    post_intent, interaction_intent = (
        ("ci.intent", "ii.intent") if store.has_table("content_intent") else ("NULL", "NULL")
    )
    intent_joins = (
        ("LEFT JOIN content_intent ci USING (post_id)", "LEFT JOIN interaction_intent ii USING (interaction_id)")
        if store.has_table("content_intent")
        else ("", "")
    )
    texts = store.df(
        f"""SELECT s.label, p.account_id AS about, p.account_id AS author, p.campaign_id, p.created_at,
                  {post_intent} AS intent
           FROM post_sentiment s JOIN posts p USING (post_id) {intent_joins[0]}
           UNION ALL
           SELECT s.label, coalesce(i.target_account_id, p.account_id), i.actor_account_id, p.campaign_id,
                  i.created_at, {interaction_intent}
           FROM interaction_sentiment s JOIN interactions i USING (interaction_id) {intent_joins[1]}
           LEFT JOIN posts p ON p.post_id = i.post_id"""
    )
    if by == "account":
        texts["group"] = texts["about"]
    elif by == "campaign":
        texts["group"] = texts["campaign_id"]
    elif by == "intent":
        texts["group"] = texts["intent"].fillna("unclassified")
    elif by == "week":
        texts["group"] = pd.to_datetime(texts["created_at"]).dt.to_period("W").dt.start_time
    else:
        if not store.has_table("network_metrics"):
            raise LookupError(f"no communities yet: run 'socialscope network analyze --graph {graph}'")
        members = store.df("SELECT account_id, community FROM network_metrics WHERE graph = ?", [graph])
        texts = texts.merge(members, left_on="author", right_on="account_id", how="inner")
        texts["group"] = texts["community"]
        community_sizes = members.groupby("community").size()
    texts = texts.dropna(subset=["group"])
    counts = pd.crosstab(texts["group"], texts["label"]).reindex(columns=list(LABELS), fill_value=0)
    pos, neg = counts["positive"].to_numpy(float), counts["negative"].to_numpy(float)
    total = counts.sum(axis=1).to_numpy(float)
    out = counts.reset_index().rename(columns={"group": by})
    out["texts"] = total.astype(int)
    out["net_sentiment"] = NET_SENTIMENT[variant][2](pos, neg, total)
    out["variant"] = variant
    if by == "community":
        out["members"] = out["community"].map(community_sizes).astype("int64")
    if by == "week":
        change = out["net_sentiment"].diff()
        out["change"] = change
        out["alert"] = change < -drop_alert
    else:
        out = out.sort_values("texts", ascending=False, kind="stable")
    return out.reset_index(drop=True)


def own_net_sentiment(
    store: Any, *, since: Any = None, until: Any = None, platform: str | None = None, variant: str = "talkwalker"
) -> dict[str, Any]:
    """Net sentiment (``variant``, Talkwalker's (pos − neg) / (pos + neg) by default) of the
    texts about the own accounts written in [since, until) — posts by them, and comments,
    replies and messages to them or on their posts (the "about" rule of
    :func:`sentiment_summary`) — with the number of such texts. The one home of this KPI
    (``analyze``, the dashboard, the report and the digest call it)."""
    if not store.has_table("post_sentiment"):
        return {}
    positive, negative, total = store.con.execute(
        """WITH texts AS (
             SELECT s.label, p.account_id AS about, p.created_at AS at
             FROM post_sentiment s JOIN posts p USING (post_id)
             UNION ALL
             SELECT s.label, coalesce(i.target_account_id, p.account_id), i.created_at
             FROM interaction_sentiment s JOIN interactions i USING (interaction_id)
             LEFT JOIN posts p ON p.post_id = i.post_id)
           SELECT count(*) FILTER (WHERE label = 'positive'), count(*) FILTER (WHERE label = 'negative'), count(*)
           FROM texts t JOIN accounts a ON a.account_id = t.about
           WHERE a.is_own AND (?::TIMESTAMP IS NULL OR t.at >= ?::TIMESTAMP)
             AND (?::TIMESTAMP IS NULL OR t.at < ?::TIMESTAMP)
             AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)""",
        [since, since, until, until, platform, platform],
    ).fetchall()[0]
    value = NET_SENTIMENT[variant][2](
        np.array([positive], float), np.array([negative], float), np.array([total], float)
    )
    return {"texts_about_own_brand": int(total), "own_net_sentiment": None if np.isnan(value[0]) else float(value[0])}
