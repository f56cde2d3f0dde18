"""How well an intent model separates networking from marketing, on labelled texts.

Scores are scikit-learn's: per-class precision, recall and F1, macro-F1 (the unweighted mean
of the two classes' F1), accuracy and the confusion matrix (rows = true, columns = predicted).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from socialscope.classify.labelled import INTENTS
from socialscope.classify.rules import RULES, rule_hits


def evaluate_predictions(truth: Any, predicted: Any) -> dict[str, Any]:
    """Macro-F1, accuracy, per-class precision/recall/F1/support and the confusion matrix."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    truth, predicted = np.asarray(truth, dtype=object), np.asarray(predicted, dtype=object)
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=list(INTENTS), zero_division=0
    )
    return {
        "texts": len(truth),
        "macro_f1": float(f1_score(truth, predicted, labels=list(INTENTS), average="macro", zero_division=0)),
        "accuracy": float(accuracy_score(truth, predicted)),
        "per_class": pd.DataFrame(
            {"intent": INTENTS, "precision": precision, "recall": recall, "f1": f1, "support": support}
        ),
        "confusion": pd.DataFrame(
            confusion_matrix(truth, predicted, labels=list(INTENTS)),
            index=pd.Index(INTENTS, name="true"),
            columns=pd.Index(INTENTS, name="predicted"),
        ),
    }


def evaluate_model(model: Any, labelled: pd.DataFrame) -> dict[str, Any]:
    """:func:`evaluate_predictions` of ``model.predict`` on a labelled frame (text, intent)."""
    return evaluate_predictions(labelled["intent"], model.predict(labelled["text"]))


def leave_one_group_out(
    labelled: pd.DataFrame, make_model: Callable[[], Any], *, group: str = "source"
) -> pd.DataFrame:
    """Train on every group but one, test on that one; one row per held-out group."""
    rows = []
    for held_out in sorted(labelled[group].unique()):
        test = labelled[labelled[group] == held_out]
        train = labelled[labelled[group] != held_out]
        model = make_model().fit(train["text"], train["intent"])
        scores = evaluate_model(model, test)
        rows.append({"held_out": held_out, "texts": len(test), "macro_f1": scores["macro_f1"],
                     "accuracy": scores["accuracy"]})  # fmt: skip
    return pd.DataFrame(rows)


def rule_report(labelled: pd.DataFrame) -> pd.DataFrame:
    """Each text rule's coverage (share of texts it fires on) and precision (share of its hits
    that are truly marketing) on a labelled frame."""
    hits = rule_hits(labelled["text"])
    marketing = (labelled["intent"] == "marketing").to_numpy()
    rows = []
    for rule in RULES:
        fired = hits[rule.name].to_numpy()
        rows.append(
            {
                "rule": rule.name,
                "weight": rule.weight,
                "hits": int(fired.sum()),
                "coverage": float(fired.mean()) if len(fired) else 0.0,
                "precision": float(marketing[fired].mean()) if fired.any() else None,
            }
        )
    return pd.DataFrame(rows)
