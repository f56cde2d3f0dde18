"""Choose the weights of the self-promotion rules (``job_ad``, ``sign_up``, ``own_shop``) by
grouped cross-validation on the TRAINING posts only (``tests/data/intent_train``); the
evaluation set is never read here.

Folds: five, each holding out whole groups — every personal account, every language of the
anonymous xlm-t tweets, and the promoted tweets in five contiguous blocks (the collector wrote
them archive by archive) — so no account is on both sides. Each fold fits the post model's
recipe (``scripts/train_intent_model.train_posts`` on the other folds); the rules do not
change the fit, so every weight is scored on the same out-of-fold text scores. Reported per
setting: macro-F1 over all posts, and on personal accounts' posts (all, and those with a
link) how many are called marketing and how many of those rightly.

Usage: python scripts/cross_validate_intent_rules.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.classify.evaluation import evaluate_predictions
from socialscope.classify.intent import IntentModel
from socialscope.classify.labelled import load_labelled_posts
from socialscope.classify.rules import rule_hits, rule_log_odds

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
NEW_RULES = ("job_ad", "sign_up", "own_shop")
WEIGHTS = (0.0, 1.5, 3.0, 4.5, 6.0, 8.0)
FOLDS = 5


def folds(posts: pd.DataFrame) -> np.ndarray:
    """Fold of each post: groups (accounts, xlm-t languages, promoted-tweet blocks) dealt round-robin."""
    group = posts["source"].copy()
    ads = np.flatnonzero(posts["source"] == "twitter_promoted_tweets")
    group.iloc[ads] = [f"promoted_{i * FOLDS // len(ads)}" for i in range(len(ads))]
    names = sorted(group.unique())
    return group.map({name: i % FOLDS for i, name in enumerate(names)}).to_numpy()


def fit(train: pd.DataFrame) -> IntentModel:
    """The recipe of ``train_posts``: each post with its author's kind (0.8) and unknown (0.2)."""
    unknown = np.zeros(len(train), dtype=bool)
    return IntentModel(c=30.0).fit(
        pd.concat([train["text"]] * 2, ignore_index=True),
        pd.concat([train["intent"]] * 2, ignore_index=True),
        sample_weight=np.r_[np.full(len(train), 0.8), np.full(len(train), 0.2)],
        brand_author=np.r_[train["brand_author"].to_numpy(), unknown],
        person_author=np.r_[train["person_author"].to_numpy(), unknown],
    )


def main() -> None:
    posts = load_labelled_posts(DATA / "intent_train")
    fold = folds(posts)
    hits = rule_hits(posts["text"], brand_author=posts["brand_author"], person_author=posts["person_author"])
    new_hits = hits[list(NEW_RULES)].to_numpy(dtype=float).sum(axis=1)
    base = np.zeros(len(posts))  # out-of-fold score without the new rules: text, old rules, fold's author log-odds
    for k in range(FOLDS):
        held_out = fold == k
        model = fit(posts[~held_out])
        p = np.clip(model._model_probability(model._prepare(posts.loc[held_out, "text"])), 1e-9, 1 - 1e-9)
        without_new = {**model.author_weights_, **dict.fromkeys(NEW_RULES, 0.0)}
        base[held_out] = np.log(p / (1 - p)) + rule_log_odds(hits[held_out], weights=without_new)
        print(f"fold {k}: {held_out.sum()} posts held out ({', '.join(sorted(set(posts.loc[held_out, 'source'])))}); "
              f"author log-odds {model.author_weights_}", flush=True)  # fmt: skip
    person = (posts["account_type"] == "person").to_numpy()
    links = person & posts["has_link"].to_numpy()
    marketing = (posts["intent"] == "marketing").to_numpy()
    print("\nthe new rules fire on", {r: int(hits[r].sum()) for r in NEW_RULES}, "training posts\n")
    print(
        "| new rules' weight | macro-F1 | personal posts called marketing (rightly) | personal link posts (rightly) |"
    )
    print("|---|---|---|---|")
    for weight in WEIGHTS:
        called = base + weight * new_hits >= 0
        predicted = np.where(called, "marketing", "networking")
        macro = evaluate_predictions(posts["intent"], predicted)["macro_f1"]
        print(f"| {weight:g} | {macro:.4f} | {int((called & person).sum())} ({int((called & person & marketing).sum())}) "
              f"| {int((called & links).sum())} ({int((called & links & marketing).sum())}) |")  # fmt: skip


if __name__ == "__main__":
    main()
