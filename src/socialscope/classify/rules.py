"""Strong signals of marketing that a text model may miss, as named, measured rules.

Each rule adds a fixed log-odds ``weight`` toward *marketing* (negative: toward networking)
to the model's score:
``logit(p) = logit(p_model) + Σ weight_r · hit_r``. The weights were set by hand before any
evaluation (a rule firing should win over a weakly networking-looking text, not over a
strongly networking one) and every rule's coverage and precision on the held-out evaluation
set are reported in ``docs/classification.md``.
"""

from __future__ import annotations

import functools
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
    first_hand: bool = False  # not on retweets ("RT @user: …"): quoting someone's call is sharing it


_ROLES = (
    r"(?:developer|engineer|designer|manager|intern|analyst|specialist|assistant|consultant|scientist|recruiter"
    r"|coordinator|director|writer|editor|representative|associate|administrator|architect|tester|marketer)"
)
_ROLES_CYRILLIC = (
    r"(?:разработчик|дизайнер|менеджер|специалист|инженер|аналитик|тестировщик|рекрутер|стажер|стажёр"
    r"|розробник|спеціаліст|інженер|тестувальник)"
)
# The self-promotion rules (issue #24: personal accounts' job ads, sign-up calls, own shops).
# A person's account carries a learned log-odds of about -3.8 toward networking; each weight
# is set so that a match outweighs it and a mildly networking-looking text, as the guidelines
# make such a post marketing whoever writes it (docs/classification.md). Grouped
# cross-validation on the training posts (scripts/cross_validate_intent_rules.py) could not
# choose it: they fire on no personal training post, and no prediction moves from 0 to 8.
JOB_AD_WEIGHT = 6.0
SIGN_UP_WEIGHT = 6.0
OWN_SHOP_WEIGHT = 6.0


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
    Rule(
        "job_ad",
        "a job ad or hiring call in the employer's voice: we're hiring, #hiring, join our team, "
        "apply now, we're looking for a <role>, open positions (en, es, fr, de, pt, ru, uk, ja, ko)",
        JOB_AD_WEIGHT,
        r"\bwe(?:'re|’re| are) (?:now |still )?hiring\b|\bnow hiring\b|\bi(?:'m|’m| am) hiring\b"
        r"|\b(?:my|our) (?:team|company|startup|lab|group) is (?:now )?hiring\b|#(?:we(?:are|re))?hiring\b|#nowhiring\b"
        r"|#job ?opening\b|#joinourteam\b|\bjoin (?:our|my) (?:growing |amazing |awesome |great |fantastic )?team\b"
        r"|\bopen (?:positions|roles|vacancies)\b|\bapply (?:now|today|online)\b"
        r"|\blooking for (?:a|an) (?:[\w+#./-]+ ){0,3}" + _ROLES + r"s?\b(?! (?:job|position|role|gig|work)\b)"
        r"|\bestamos contratando\b|\bún[ae]te a nuestro equipo\b|\boferta de (?:empleo|trabajo)\b"
        r"|\bnous recrutons\b|\bon recrute\b|\brejoignez(?:-nous| notre équipe)\b|\boffre d'emploi\b|\bposte à pourvoir\b"
        r"|\bwir stellen ein\b|\bstellenangebot\b|\bjetzt bewerben\b|\bvagas? (?:aberta|de emprego)|\bjunte-se à nossa equipe\b"
        r"|#ваканси[яі]|\bоткрыта ваканси[яи]\b|\bищем в (?:нашу )?команду\b|\bприсоединяйтесь к (?:нашей )?команде\b"
        r"|\b(?:ищем|в поиске|шукаємо|в пошуку) (?:[\w-]+ ){0,3}" + _ROLES_CYRILLIC + r"|採用中|求人|채용",
        (
            "hiring",
            "join our",
            "join my",
            "joinourteam",
            "open",
            "apply ",
            "looking for",
            "contratando",
            "equipo",
            "empleo",
            "trabajo",
            "recrut",
            "rejoignez",
            "emploi",
            "pourvoir",
            "stellen",
            "bewerben",
            "vaga",
            "equipe",
            "ваканси",
            "ищем",
            "в поиске",
            "присоединяйтесь",
            "шукаємо",
            "в пошуку",
            "採用中",
            "求人",
            "채용",
        ),  # fmt: skip
        first_hand=True,
    ),
    Rule(
        "sign_up",
        "a call to sign up or register: sign up here / for our…, register here, registration is open, "
        "limited spots (en, es, fr, de, ru)",
        SIGN_UP_WEIGHT,
        r"\bsign up (?:here|at|via|using|for (?:our|my|free|a free))\b|\bregister (?:here|now|today|for (?:our|free|a free))\b"
        r"|\bregistration (?:is )?(?:now )?open\b|\blimited (?:seats|spots|places)\b"
        r"|\binscr[ií]bete\b|\binscrivez-vous\b|\bjetzt anmelden\b|\bрегистрируйтесь\b|\bзаписывайтесь\b",
        ("sign up", "register", "registration", "limited", "inscr", "anmelden", "регистрируйтесь", "записывайтесь"),
        first_hand=True,
    ),
    Rule(
        "own_shop",
        "a link to one's own shop: in/visit my (Etsy) shop or store, link in bio, available in our shop, "
        "order yours, pre-order now",
        OWN_SHOP_WEIGHT,
        r"\b(?:in|at|from|visit|check out|on) my (?:etsy |online |little )?(?:shop|store)\b|\bmy etsy\b|\blink in (?:my )?bio\b"
        r"|\bavailable (?:now )?(?:at|in|on|from) (?:my|our) (?:shop|store|web ?site|site)\b|\border yours\b"
        r"|\bpre-?order (?:now|yours|here|today)\b",
        ("shop", "store", "etsy", "bio", "order", "available"),
        first_hand=True,
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
    folded = [_fold(text, low) for text, low in zip(plain, texts.str.lower().tolist(), strict=True)]
    hits = {}
    for rule in RULES:
        if rule.pattern is not None:
            hits[rule.name] = _texts_matching(plain, folded, rule)
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


def _texts_matching(texts: list[str], folded: list[str], rule: Rule) -> np.ndarray:
    """Which texts ``rule.pattern`` finds a match in (case-insensitive ``re.search``).

    The regex runs only on texts holding one of the rule's ``needs`` (literals every match
    contains), looked for in the folded text (:func:`_fold`: lower-cased, and in non-ASCII text
    every character mapped to one representative of the characters the regex engine matches
    case-insensitively alike, 'ſ' for 's', 'ς' for 'σ', …): the same answer as searching
    every text, at a fraction of the time.
    """
    compiled = re.compile(rule.pattern or "", re.IGNORECASE)
    classes = _case_classes()
    # without the engine's case classes (a Python lacking re._casefix) every text goes to the regex
    needs = tuple(literal.translate(classes) for literal in rule.needs) if classes is not None else ()
    found = np.zeros(len(texts), dtype=bool)
    for i, low in enumerate(folded):
        if rule.first_hand and low.startswith("rt @"):
            continue
        if (not needs or any(literal in low for literal in needs)) and compiled.search(texts[i]):
            found[i] = True
    return found


def _fold(text: str, lowered: str) -> str:
    """``lowered`` as the regex engine compares text under IGNORECASE: each character mapped
    to one representative of its case class (ASCII text is its own fold)."""
    classes = _case_classes()
    if lowered.isascii() or classes is None:
        return lowered
    return text.replace("\u0130", "i").lower().translate(classes)


@functools.cache
def _case_classes() -> dict[int, int] | None:
    """Each lower-case character the regex engine also matches to others under IGNORECASE
    (``re._casefix``: 's' and 'ſ', 'σ' and 'ς', 'в' and 'ᲀ', …) → the smallest of its class.

    With it, ``literal in text.lower()`` answers as a case-insensitive regex would: the engine
    compares per-character simple lower-case forms and these classes. ``str.lower`` differs
    from the per-character form only for 'İ' (→ 'i' plus a combining dot; the engine: 'i'),
    replaced before lowering, and for a final 'Σ' (→ 'ς' or 'σ', one class).
    """
    try:  # private to the re module (Python 3.11+): None when a version lacks it
        from re._casefix import _EXTRA_CASES
    except ImportError:
        return None
    table = {}
    for key, others in _EXTRA_CASES.items():
        members = (key, *others)
        for member in members:
            table[member] = min(members)
    return table


def _flag(values: pd.Series | None, n: int) -> np.ndarray:
    if values is None:
        return np.zeros(n, dtype=bool)
    return pd.Series(values).fillna(False).astype(bool).to_numpy()
