"""Strong signals of marketing that a text model may miss, as named, measured rules.

Each rule adds a fixed log-odds ``weight`` toward *marketing* (negative: toward networking)
to the model's score:
``logit(p) = logit(p_model) + Σ weight_r · hit_r``. The weights were set by hand before any
evaluation (a rule firing should win over a weakly networking-looking text, not over a
strongly networking one) and every rule's coverage and precision on the held-out evaluation
set are reported in ``docs/classification.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    weight: float
    pattern: str | None = None  # case-insensitive regex on the text; None: a metadata rule
    needs: tuple[str, ...] = ()  # lower-case literals of which every match holds one (a fast pre-check)


RULES = (
    Rule("utm_link", "a link with UTM campaign parameters (utm_source=…)", 3.0, r"utm_[a-z]+=", ("utm_",)),
    Rule(
        "discount_code",
        "a discount or promo code, or 'N% off'",
        2.0,
        r"\b(?:promo|discount|coupon|voucher)?\s*code\s*:?\s*[A-Z0-9]{4,}\b|\b\d{1,2}\s?% off\b",
        ("code", "% off"),
    ),
    Rule(
        "call_to_action",
        "a call to action: shop/buy/order/sign up … now/today, subscribe to my…, check out my channel",
        1.5,
        r"\b(?:shop|buy|order|book|sign up|register|download|join) (?:now|today)\b"
        r"|\bsubscribe to (?:my|our)\b|\bcheck (?:out )?my (?:channel|video|page|site|profile)\b",
        (" now", " today", "subscribe to ", "check "),
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
    """One boolean column per rule (its regex, run where its literal pre-check passes)."""
    texts = pd.Series(texts, dtype=object).fillna("").astype(str).reset_index(drop=True)
    plain = texts.tolist()
    lowered = texts.str.lower().tolist()
    hits = {}
    for rule in RULES:
        if rule.pattern is not None:
            hits[rule.name] = _texts_matching(plain, lowered, rule)
    n = len(texts)
    hits["paid_post"] = _flag(is_paid, n)
    hits["brand_author"] = _flag(brand_author, n)
    hits["person_author"] = _flag(person_author, n)
    return pd.DataFrame(hits, columns=list(RULE_NAMES))


def rule_log_odds(hits: pd.DataFrame, *, weights: dict[str, float] | None = None) -> np.ndarray:
    """Σ weight_r · hit_r per row; ``weights`` overrides some rules' weights by name (a model
    that learned the author rules' log-odds from labelled posts passes its own)."""
    chosen = np.array([(weights or {}).get(r.name, r.weight) for r in RULES])
    return hits[list(RULE_NAMES)].to_numpy(dtype=float) @ chosen


def _texts_matching(texts: list[str], lowered: list[str], rule: Rule) -> np.ndarray:
    """Which texts ``rule.pattern`` finds a match in (case-insensitive ``re.search``).

    The regex runs only on texts holding one of the rule's ``needs`` (literals every match
    contains) and on non-ASCII texts (where case-insensitive matching has special cases such
    as 'ſ' for 's'): the same answer as searching every text, at a fraction of the time.
    """
    compiled = re.compile(rule.pattern or "", re.IGNORECASE)
    needs = rule.needs
    found = np.zeros(len(texts), dtype=bool)
    for i, low in enumerate(lowered):
        if (not needs or not low.isascii() or any(literal in low for literal in needs)) and compiled.search(texts[i]):
            found[i] = True
    return found


def _flag(values: pd.Series | None, n: int) -> np.ndarray:
    if values is None:
        return np.zeros(n, dtype=bool)
    return pd.Series(values).fillna(False).astype(bool).to_numpy()
