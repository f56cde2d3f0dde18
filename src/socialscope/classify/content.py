"""Intent of the store's content: every post (``content_intent``) and every comment, reply,
mention and message with text (``interaction_intent``), each with its probability, the model
that decided and the explanation.

Incremental: only new or edited texts (or texts whose author's kind changed) are scored; a
different model version (after ``classify train``) reclassifies everything. Scores are cached
by a hash of the text, its facts and the model version (column ``text_hash``); identical texts
are scored once.

The rows to classify (:data:`TEXT_SOURCES`, SQL that DuckDB and Spark SQL both run) and the
scoring of a batch of them (:func:`intent_scores`) are the one definition both engines use:
the embedded store here, Spark's pandas UDFs in :mod:`socialscope.engine.spark_text`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from socialscope.classify.intent import IntentModel, active_model, active_model_file
from socialscope.errors import NotFoundError
from socialscope.estimators import ModelFile

TEXT_SOURCES = {
    "content_intent": (
        "post_id",
        """SELECT p.post_id AS id, p.text, coalesce(p.is_paid, false) AS is_paid,
                  coalesce(a.kind IN ('brand', 'organization'), false) AS brand_author,
                  coalesce(a.kind = 'person', false) AS person_author
           FROM posts p LEFT JOIN accounts a USING (account_id)
           WHERE p.text IS NOT NULL AND trim(p.text) <> ''""",
    ),
    "interaction_intent": (
        "interaction_id",
        """SELECT i.interaction_id AS id, i.text, false AS is_paid,
                  coalesce(a.kind IN ('brand', 'organization'), false) AS brand_author,
                  coalesce(a.kind = 'person', false) AS person_author
           FROM interactions i LEFT JOIN accounts a ON a.account_id = i.actor_account_id
           WHERE i.text IS NOT NULL AND trim(i.text) <> ''""",
    ),
}


MODEL_KIND = {"content_intent": "post", "interaction_intent": "comment"}
"""Posts are scored by the post model, comments, replies, mentions and messages by the comment
model (``socialscope.classify.intent.shipped_model``), unless the store has its own."""


def classify_content(store: Any, model: IntentModel | None = None, *, full: bool = False) -> dict[str, int]:
    """Classify new and edited posts and interaction texts; returns rows newly classified per
    table. A row is kept while its text, its author's kind, its paid flag and the model version
    are unchanged (:func:`socialscope.store.text_scores.refresh_scores`); ``full`` reclassifies
    everything. Runs in the caller's transaction (``store.transaction()``) when there is one.
    """
    from socialscope.estimators import model_version
    from socialscope.store.text_scores import refresh_scores

    counts = {}
    for table, (key, source) in TEXT_SOURCES.items():
        chosen = model if model is not None else active_model_file(store, kind=MODEL_KIND[table])
        version = chosen.version if isinstance(chosen, ModelFile) else model_version(chosen)

        def score(rows: pd.DataFrame, chosen: IntentModel | ModelFile[IntentModel] = chosen) -> pd.DataFrame:
            # a model file is loaded only now, when there is text to score
            loaded = chosen.get() if isinstance(chosen, ModelFile) else chosen
            return intent_scores(loaded, rows).assign(model=loaded.name)

        counts[table] = refresh_scores(
            store,
            table,
            key,
            source,
            facts=("text", "is_paid", "brand_author", "person_author"),
            version=version,
            score=score,
            full=full,
        )
    return counts


def intent_scores(model: IntentModel, rows: pd.DataFrame) -> pd.DataFrame:
    """Intent, probability, p_marketing and explanation of each row of ``rows`` (columns
    ``text``, ``is_paid``, ``brand_author``, ``person_author``, as :data:`TEXT_SOURCES` selects
    them), in row order. Each distinct (text, author facts) is scored once and spread back:
    a row's scores depend on that row alone, so any batching gives the same numbers."""
    keys = ["text", "is_paid", "brand_author", "person_author"]
    codes = rows.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    unique = rows[keys].drop_duplicates().reset_index(drop=True)
    explained = model.explain(
        unique["text"],
        is_paid=unique["is_paid"],
        brand_author=unique["brand_author"],
        person_author=unique["person_author"],
    )
    return explained.iloc[codes].reset_index(drop=True)


def explain_content(store: Any, item_id: str, model: IntentModel | None = None) -> dict[str, Any]:
    """The intent of one post or interaction, freshly explained: text, intent, probability,
    explanation, and the stored row if it was classified before. Raises LookupError."""
    for table, (_key, source) in TEXT_SOURCES.items():
        rows = store.df(f"SELECT * FROM ({source}) s WHERE s.id = ?", [item_id])
        if rows.empty:
            continue
        model = model or active_model(store, kind=MODEL_KIND[table])
        explained = model.explain(
            rows["text"],
            is_paid=rows["is_paid"],
            brand_author=rows["brand_author"],
            person_author=rows["person_author"],
        ).iloc[0]
        return {
            "id": item_id,
            "table": table,
            "text": rows["text"].iloc[0],
            "intent": explained["intent"],
            "probability": float(explained["probability"]),
            "p_marketing": float(explained["p_marketing"]),
            "model": model.name,
            "explanation": explained["explanation"],
        }
    raise NotFoundError(f"no post or interaction with text has id {item_id!r}")
