"""Strong signals of marketing that a text model may miss, as named, measured rules.

Each rule adds a fixed log-odds ``weight`` toward *marketing* (negative: toward networking)
to the model's score:
``logit(p) = logit(p_model) + Σ weight_r · hit_r``. The weights were set by hand before any
evaluation (a rule firing should win over a weakly networking-looking text, not over a
strongly networking one) and every rule's coverage and precision on the held-out evaluation
set are reported in ``docs/classification.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    weight: float
    pattern: str | None = None  # case-insensitive regex on the text; None: a metadata rule


RULES = (
    Rule("utm_link", "a link with UTM campaign parameters (utm_source=…)", 3.0, r"utm_[a-z]+="),
    Rule(
        "discount_code",
        "a discount or promo code, or 'N% off'",
        2.0,
        r"\b(?:promo|discount|coupon|voucher)?\s*code\s*:?\s*[A-Z0-9]{4,}\b|\b\d{1,2}\s?% off\b",
    ),
    Rule(
        "call_to_action",
        "a call to action: shop/buy/order/sign up … now/today, subscribe to my…, check out my channel",
        1.5,
        r"\b(?:shop|buy|order|book|sign up|register|download|join) (?:now|today)\b"
        r"|\bsubscribe to (?:my|our)\b|\bcheck (?:out )?my (?:channel|video|page|site|profile)\b",
    ),
    Rule("paid_post", "the post is paid (is_paid)", 3.0),
    Rule("brand_author", "the author is a brand or organisation account", 1.5),
    Rule("person_author", "the author is a person's account", -1.5),
)
RULE_NAMES = tuple(r.name for r in RULES)


def rule_hits(
    texts: pd.Series,
    *,
    is_paid: pd.Series | None = None,
    brand_author: pd.Series | None = None,
    person_author: pd.Series | None = None,
) -> pd.DataFrame:
    """One boolean column per rule (vectorised regex over the whole column)."""
    texts = pd.Series(texts, dtype=object).fillna("").astype(str).reset_index(drop=True)
    hits = {}
    for rule in RULES:
        if rule.pattern is not None:
            hits[rule.name] = texts.str.contains(rule.pattern, case=False, regex=True).to_numpy()
    n = len(texts)
    hits["paid_post"] = _flag(is_paid, n)
    hits["brand_author"] = _flag(brand_author, n)
    hits["person_author"] = _flag(person_author, n)
    return pd.DataFrame(hits, columns=list(RULE_NAMES))


def rule_log_odds(hits: pd.DataFrame) -> np.ndarray:
    """Σ weight_r · hit_r per row."""
    weights = np.array([r.weight for r in RULES])
    return hits[list(RULE_NAMES)].to_numpy(dtype=float) @ weights


def _flag(values: pd.Series | None, n: int) -> np.ndarray:
    if values is None:
        return np.zeros(n, dtype=bool)
    return pd.Series(values).fillna(False).astype(bool).to_numpy()
