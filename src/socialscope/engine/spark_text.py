"""Text on Spark: the intent, language and sentiment of every post and interaction text,
scored in pandas UDFs (``mapInPandas``: Arrow batches of rows into pandas) by the same
functions the embedded engine calls — :func:`socialscope.classify.content.intent_scores`,
:func:`socialscope.engagement.language.detect_language` and
:func:`socialscope.engagement.sentiment.sentiment_scores` — over the rows the same SQL selects
(:data:`socialscope.classify.content.TEXT_SOURCES`,
:data:`socialscope.engagement.language.HAS_TEXT`). Each function scores a row from that row
alone, so Spark's batching gives the embedded engine's labels and probabilities.

The models are the shipped ones (a model trained with ``classify train`` or ``sentiment
train`` lives beside a store, not in the Spark input). The bytes of each model file are
broadcast, so every executor receives them once; a Python worker loads the model at its first
batch and keeps it for the next ones (Spark reuses Python workers between tasks), and names
it in the ``model`` column (the driver never unpickles it).
py3langid's language model ships inside its wheel, so workers load it from there. Executors
need socialscope and its text dependencies installed (``pip install socialscope``).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

INTENT_SCHEMA = "id string, intent string, probability double, p_marketing double, model string, explanation string"
TEXT_SCHEMA = "id string, language string, confidence double, label string, score double, model string, scored boolean"
# result table -> (canonical table, its key, the other result table the same pass writes)
LANGUAGE_SENTIMENT = {
    "post_language": ("posts", "post_id", "post_sentiment"),
    "interaction_language": ("interactions", "interaction_id", "interaction_sentiment"),
}
INTENT_TABLES = ("content_intent", "interaction_intent")
TEXT_TABLES = (*INTENT_TABLES, *LANGUAGE_SENTIMENT, *(v[2] for v in LANGUAGE_SENTIMENT.values()))

_LOADED: dict[str, Any] = {}  # on a Python worker: digest -> the model, loaded once


@dataclass(frozen=True)
class BroadcastModel:
    """A model file's bytes broadcast to the executors, named by their SHA-256."""

    digest: str
    data: Any  # pyspark Broadcast[bytes]

    def get(self) -> Any:
        """The model, on a worker: deserialised at the first call, then kept."""
        model = _LOADED.get(self.digest)
        if model is None:
            import joblib

            model = _LOADED[self.digest] = joblib.load(io.BytesIO(self.data.value))
        return model


def broadcast_model(session: Any, path: str | Path) -> BroadcastModel:
    """Broadcast the bytes of the joblib model file at ``path`` (read once, never unpickled on
    the driver: the workers load it)."""
    data = Path(path).read_bytes()
    return BroadcastModel(hashlib.sha256(data).hexdigest(), session.sparkContext.broadcast(data))


def text_tables(session: Any, table: str) -> dict[str, Any]:
    """The Spark DataFrame of result ``table`` (one of :data:`TEXT_TABLES`), with the other
    table scored in the same pass (language and sentiment come from one pass over the texts),
    columns as the embedded engine's tables."""
    from socialscope.classify.content import MODEL_KIND
    from socialscope.classify.intent import SHIPPED_COMMENT_MODEL, SHIPPED_MODEL
    from socialscope.engagement.sentiment import SHIPPED_MODEL as SENTIMENT_MODEL

    if table in INTENT_TABLES:
        model = SHIPPED_MODEL if MODEL_KIND[table] == "post" else SHIPPED_COMMENT_MODEL
        return {table: intent_frame(session, table, model)}
    for language_table, (source, key, sentiment_table) in LANGUAGE_SENTIMENT.items():
        if table in (language_table, sentiment_table):
            return language_and_sentiment(session, source, key, SENTIMENT_MODEL, language_table, sentiment_table)
    raise KeyError(f"no text table {table!r}; choose from {', '.join(TEXT_TABLES)}")


def intent_frame(session: Any, table: str, model: str | Path) -> Any:
    """``content_intent`` or ``interaction_intent``: id, intent, probability, p_marketing,
    model, explanation of every row :data:`~socialscope.classify.content.TEXT_SOURCES` selects,
    by the intent model in file ``model``."""
    from socialscope.classify.content import TEXT_SOURCES

    key, source = TEXT_SOURCES[table]
    shared = broadcast_model(session, model)

    def score(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from socialscope.classify.content import intent_scores

        for rows in batches:
            if len(rows):
                scorer = shared.get()
                scored = intent_scores(scorer, rows.reset_index(drop=True))
                yield scored.assign(id=rows["id"].to_numpy(), model=scorer.name)

    scored = session.sql(source).mapInPandas(score, INTENT_SCHEMA)
    return scored.withColumnRenamed("id", key)


def language_and_sentiment(
    session: Any, source: str, key: str, model: str | Path, language_table: str, sentiment_table: str
) -> dict[str, Any]:
    """The language (id, language, confidence) and sentiment (id, label, score, model, scored)
    of every text of ``source``, from one checkpointed pass, by the sentiment model in file
    ``model``."""
    from pyspark.sql import functions as F

    from socialscope.engagement.language import HAS_TEXT
    from socialscope.engine.spark_graph import checkpoint

    shared = broadcast_model(session, model)

    def score(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from socialscope.engagement.language import detect_language
        from socialscope.engagement.sentiment import sentiment_scores

        for rows in batches:
            if len(rows):
                scorer = shared.get()
                found = detect_language(rows["text"])
                scored = sentiment_scores(scorer, rows["text"], found["language"], found["confidence"])
                yield pd.concat([found, scored], axis=1).assign(id=rows["id"].to_numpy(), model=scorer.name)

    texts = session.sql(f"SELECT t.{key} AS id, t.text FROM {source} t WHERE {HAS_TEXT}")
    both = checkpoint(texts.mapInPandas(score, TEXT_SCHEMA))
    return {
        language_table: both.select(F.col("id").alias(key), "language", "confidence"),
        sentiment_table: both.select(
            F.col("id").alias(key),
            "label",
            F.when(F.col("scored"), F.col("score")).alias("score"),  # NULL when unscored, as in the store
            "model",
            "scored",
        ),
    }
