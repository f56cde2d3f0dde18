"""Intent of the store's content: every post (``content_intent``) and every comment, reply,
mention and message with text (``interaction_intent``), each with its probability, the model
that decided and the explanation.

Incremental: only rows not yet classified by the same model are scored; a different model
(after ``classify train``) reclassifies everything. Identical texts are scored once.

The rows to classify (:data:`TEXT_SOURCES`, SQL that DuckDB and Spark SQL both run) and the
scoring of a batch of them (:func:`intent_scores`) are the one definition both engines use:
the embedded store here, Spark's pandas UDFs in :mod:`socialscope.engine.spark_text`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from socialscope.classify.intent import IntentModel, active_model
from socialscope.errors import NotFoundError

INTENT_COLUMNS = "intent VARCHAR, probability DOUBLE, p_marketing DOUBLE, model VARCHAR, explanation VARCHAR"
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
    """Classify new posts and interaction texts; returns rows newly classified per table.

    Runs in the caller's transaction (``store.transaction()``) when there is one.
    """
    models = {table: model or active_model(store, kind=MODEL_KIND[table]) for table in TEXT_SOURCES}
    counts = {}
    for table, (key, source) in TEXT_SOURCES.items():
        model = models[table]
        store.con.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({key} VARCHAR, {INTENT_COLUMNS})')
        if full or store.scalar(f'SELECT count(*) FROM "{table}" WHERE model <> ?', [model.name]):
            store.con.execute(f'DELETE FROM "{table}"')
        rows = store.df(f'SELECT s.* FROM ({source}) s ANTI JOIN "{table}" t ON t.{key} = s.id')
        counts[table] = len(rows)
        if rows.empty:
            continue
        scored = intent_scores(model, rows)
        scored.insert(0, key, rows["id"].to_numpy())
        scored["model"] = model.name
        store.con.register("_intent", scored)
        store.con.execute(
            f'INSERT INTO "{table}" SELECT {key}, intent, probability, p_marketing, model, explanation FROM _intent'
        )
        store.con.unregister("_intent")
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
