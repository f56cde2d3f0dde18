"""Intent of the store's content: every post (``content_intent``) and every comment, reply,
mention and message with text (``interaction_intent``), each with its probability, the model
that decided and the explanation.

Incremental: only new or edited texts (or texts whose author's kind changed) are scored; a
different model version (after ``classify train``) reclassifies everything. Scores are cached
by a hash of the text, its facts and the model version (column ``text_hash``); identical texts
are scored once.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from socialscope.classify.intent import IntentModel, active_model

INTENT_COLUMNS = {
    "intent": "VARCHAR",
    "probability": "DOUBLE",
    "p_marketing": "DOUBLE",
    "model": "VARCHAR",
    "explanation": "VARCHAR",
}
_SOURCES = {
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


_KIND = {"content_intent": "post", "interaction_intent": "comment"}
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

    models = {table: model or active_model(store, kind=_KIND[table]) for table in _SOURCES}
    counts = {}
    for table, (key, source) in _SOURCES.items():
        chosen = models[table]

        def score(rows: pd.DataFrame, chosen: IntentModel = chosen) -> pd.DataFrame:
            return _classify_unique(chosen, rows).assign(model=chosen.name)

        counts[table] = refresh_scores(
            store,
            table,
            key,
            source,
            facts=("text", "is_paid", "brand_author", "person_author"),
            version=model_version(chosen),
            columns=INTENT_COLUMNS,
            score=score,
            full=full,
        )
    return counts


def _classify_unique(model: IntentModel, rows: pd.DataFrame) -> pd.DataFrame:
    """Score each distinct (text, author facts) once and spread back to the rows."""
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
    for table, (_key, source) in _SOURCES.items():
        rows = store.df(f"SELECT * FROM ({source}) s WHERE s.id = ?", [item_id])
        if rows.empty:
            continue
        model = model or active_model(store, kind=_KIND[table])
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
    raise LookupError(f"no post or interaction with text has id {item_id!r}")
