"""Networking or marketing? The intent model for posts, comments and messages.

:class:`IntentModel` is word 1–2-gram plus character 2–5-gram TF-IDF (sublinear tf) into a
logistic regression (its log-loss fit gives probabilities directly; ``calibrate=True`` adds
Platt scaling with 5-fold ``CalibratedClassifierCV``, which measured worse on
leave-one-video-out, see ``docs/classification.md``). Strong signals from :mod:`socialscope.classify.rules` add their
log-odds on top; the author's kind (brand/organisation, person) either adds the hand-set
log-odds of its rules or, for a model fitted with the authors' kinds, log-odds learned with
the text (logistic regression on the TF-IDF block plus two 0/1 columns). Two such models
ship: one for posts, one for comments and messages (:func:`shipped_model`). It follows the
scikit-learn estimator contract: the constructor stores
parameters, ``fit`` returns self, learned state ends in ``_``, predicting before fitting
raises :class:`NotFittedError`.

Explanations are the words that pushed the text toward its intent (TF-IDF value × the
logistic regression's coefficient, the exact additive contribution to the model's score)
and the rules that fired.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from socialscope.classify.fast_tfidf import FastTfidf, split_words, supports
from socialscope.classify.labelled import INTENTS, clean_text
from socialscope.classify.rules import rule_hits, rule_log_odds
from socialscope.errors import UsageError
from socialscope.estimators import ModelFile, check_fitted, load_model, save_model
from socialscope.estimators import NotFittedError as NotFittedError  # re-exported: part of this API
from socialscope.names import TEXT_KINDS

SHIPPED_MODEL = Path(__file__).with_name("models") / "intent.joblib"
"""Posts: trained on real posts of people, businesses and advertisers, author kind learned."""
SHIPPED_COMMENT_MODEL = Path(__file__).with_name("models") / "intent_comments.joblib"
"""Comments, replies and messages: trained on YouTube comments and SMS (``socialscope-intent-1``)."""
MODEL_META_KEY = "intent_model"
_EPS = 1e-9


class IntentModel:
    """TF-IDF + logistic regression (+ rules) for networking vs marketing; optionally the
    author's kind (brand/organisation, person) is learned with the text (``fit(…, brand_author=…,
    person_author=…)``)."""

    def __init__(
        self,
        *,
        c: float = 30.0,
        calibrate: bool = False,
        use_rules: bool = True,
        max_chars: int = 1000,
        name: str = "tfidf-logreg",
    ) -> None:
        self.c = c
        self.calibrate = calibrate
        self.use_rules = use_rules
        self.max_chars = max_chars
        self.name = name

    # --- learning -------------------------------------------------------------------------
    def fit(
        self,
        texts: Any,
        intents: Any,
        *,
        sample_weight: Any = None,
        brand_author: Any = None,
        person_author: Any = None,
    ) -> IntentModel:
        """Fit on labelled texts; with ``brand_author`` / ``person_author`` (booleans, one per
        text; unknown authors are False in both) the log-odds of the author's kind are learned
        with the text features instead of taken from the hand-set author rules."""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        intents = pd.Series(intents, dtype=object).reset_index(drop=True)
        unknown = sorted(set(intents) - set(INTENTS))
        if unknown:
            raise UsageError(f"intents must be networking or marketing; found {', '.join(map(str, unknown))}")
        text = self._prepare(texts)
        self.words_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
        self.chars_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, dtype=np.float32
        )
        learn_authors = brand_author is not None or person_author is not None
        blocks = [self.words_.fit_transform(text), self.chars_.fit_transform(text)]
        if learn_authors:
            blocks.append(_author_columns(len(text), brand_author, person_author))
        features = self._stack(*blocks)
        y = (intents == "marketing").to_numpy(dtype=int)
        regression = LogisticRegression(C=self.c, max_iter=5000)
        if self.calibrate:
            self.classifier_ = CalibratedClassifierCV(regression, method="sigmoid", cv=5, ensemble=False)
            self.classifier_.fit(features, y, sample_weight=sample_weight)
            coef = self.classifier_.calibrated_classifiers_[0].estimator.coef_.ravel()
        else:
            self.classifier_ = regression.fit(features, y, sample_weight=sample_weight)
            coef = regression.coef_.ravel()
        # The text block's coefficients (what FastTfidf scores) and, apart, the learned author
        # log-odds, which replace the fixed weights of the brand_author / person_author rules.
        self.coef_ = coef[: coef.size - 2] if learn_authors else coef
        self.author_weights_ = (
            {"brand_author": float(coef[-2]), "person_author": float(coef[-1])} if learn_authors else {}
        )
        self.word_names_ = self.words_.get_feature_names_out()
        self.training_size_ = len(y)
        return self

    # --- prediction -----------------------------------------------------------------------
    @property
    def classes_(self) -> list[str]:
        """The labels of ``predict_proba``'s columns, in order (scikit-learn's contract)."""
        check_fitted(self)
        return ["networking", "marketing"]

    def predict_proba(
        self, texts: Any, *, is_paid: Any = None, brand_author: Any = None, person_author: Any = None
    ) -> np.ndarray:
        """Columns: P(networking), P(marketing)."""
        marketing = self.marketing_probability(
            texts, is_paid=is_paid, brand_author=brand_author, person_author=person_author
        )
        return np.column_stack([1 - marketing, marketing])

    def predict(
        self, texts: Any, *, is_paid: Any = None, brand_author: Any = None, person_author: Any = None
    ) -> np.ndarray:
        marketing = self.marketing_probability(
            texts, is_paid=is_paid, brand_author=brand_author, person_author=person_author
        )
        return np.where(marketing >= 0.5, "marketing", "networking").astype(object)

    def marketing_probability(
        self, texts: Any, *, is_paid: Any = None, brand_author: Any = None, person_author: Any = None
    ) -> np.ndarray:
        check_fitted(self)
        text = self._prepare(texts)
        if not len(text):
            return np.zeros(0)
        p = np.clip(self._model_probability(text), _EPS, 1 - _EPS)
        if not self.use_rules:
            return p
        hits = rule_hits(text, is_paid=is_paid, brand_author=brand_author, person_author=person_author)
        weights = self.__dict__.get("author_weights_") or None
        return 1 / (1 + np.exp(-(np.log(p / (1 - p)) + rule_log_odds(hits, weights=weights))))

    def explain(
        self, texts: Any, *, is_paid: Any = None, brand_author: Any = None, person_author: Any = None, top: int = 4
    ) -> pd.DataFrame:
        """Per text: intent, probability (of that intent), p_marketing and the explanation."""
        check_fitted(self)
        text = self._prepare(texts)
        marketing = self.marketing_probability(
            text, is_paid=is_paid, brand_author=brand_author, person_author=person_author
        )
        intent = np.where(marketing >= 0.5, "marketing", "networking").astype(object)
        words = self._top_words(text, marketing >= 0.5, top)
        if self.use_rules:
            hits = rule_hits(text, is_paid=is_paid, brand_author=brand_author, person_author=person_author)
            fired = pd.Series([""] * len(text), dtype=object)
            for name in hits.columns:
                fired = fired.where(~hits[name].to_numpy(), fired + "," + name)
            fired = fired.str.lstrip(",")
        else:
            fired = pd.Series([""] * len(text), dtype=object)
        explanation = np.where(fired != "", "rules: " + fired.str.replace(",", ", ") + "; ", "") + words
        return pd.DataFrame(
            {
                "intent": intent,
                "probability": np.where(marketing >= 0.5, marketing, 1 - marketing),
                "p_marketing": marketing,
                "explanation": explanation,
            }
        )

    def save(self, path: str | Path) -> Path:
        return save_model(self, path)

    @staticmethod
    def load(path: str | Path) -> IntentModel:
        return load_model(path, IntentModel, "intent")

    # --- helpers --------------------------------------------------------------------------
    def _model_probability(self, text: pd.Series) -> np.ndarray:
        """P(marketing) from the text model alone.

        The logistic regression's score is linear in the two TF-IDF blocks, so it is computed
        as intercept + words·w + chars·w by :class:`FastTfidf` (the same numbers as
        scikit-learn's pipeline, ~6× faster) unless a setting it does not cover is in use.
        """
        fast = self._fast_features()
        if fast is None:
            blocks = [self.words_.transform(text), self.chars_.transform(text)]
            if self.__dict__.get("author_weights_"):
                blocks.append(_author_columns(len(text), None, None))  # authors are added as rules
            return self.classifier_.predict_proba(self._stack(*blocks))[:, 1].astype(float)
        words, chars = fast
        texts = text.tolist()
        split = split_words(texts)  # both vectorizers share one split of the texts into words
        n_words = len(self.words_.vocabulary_)
        score = (
            self.classifier_.intercept_[0]
            + words.dot(texts, self.coef_[:n_words], split=split)
            + chars.dot(texts, self.coef_[n_words:], split=split)
        )
        return 1.0 / (1.0 + np.exp(-score))

    def _fast_features(self) -> tuple[FastTfidf, FastTfidf] | None:
        if self.calibrate or not (supports(self.words_) and supports(self.chars_)):
            return None
        cached = self.__dict__.get("_fast")
        if cached is None or cached[0].vectorizer is not self.words_ or cached[1].vectorizer is not self.chars_:
            cached = self.__dict__["_fast"] = (FastTfidf(self.words_), FastTfidf(self.chars_))
        return cached

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_fast", None)  # rebuilt on first use: not worth storing in the model file
        return state

    def _prepare(self, texts: Any) -> pd.Series:
        return clean_text(pd.Series(texts, dtype=object).reset_index(drop=True)).str.slice(0, self.max_chars)

    @staticmethod
    def _stack(*blocks: Any) -> Any:
        from scipy.sparse import hstack

        return hstack(list(blocks), format="csr")

    def _top_words(self, text: pd.Series, is_marketing: np.ndarray, top: int) -> np.ndarray:
        """'words: 'a' +1.20, 'b' +0.80' — the word features adding most toward the intent."""
        fast = self._fast_features()
        matrix = (fast[0].transform(text.tolist()) if fast else self.words_.transform(text)).tocoo()
        sign = np.where(is_marketing, 1.0, -1.0)
        contribution = matrix.data * self.coef_[: len(self.word_names_)][matrix.col] * sign[matrix.row]
        keep = contribution > 0
        rows, cols, values = matrix.row[keep], matrix.col[keep], contribution[keep]
        order = np.lexsort((-values, rows))
        rows, cols, values = rows[order], cols[order], values[order]
        first = np.r_[True, rows[1:] != rows[:-1]] if len(rows) else np.zeros(0, dtype=bool)
        rank = np.arange(len(rows)) - np.maximum.accumulate(np.where(first, np.arange(len(rows)), 0))
        chosen = rank < top
        parts = pd.DataFrame(
            {
                "row": rows[chosen],
                "part": np.char.add(
                    np.char.add("'", self.word_names_[cols[chosen]].astype(str)),
                    np.char.add("' +", np.round(values[chosen], 2).astype(str)),
                ),
            }
        )
        joined = parts.groupby("row", sort=True)["part"].agg(", ".join)
        out = pd.Series("", index=range(len(text)), dtype=object)
        out.loc[joined.index] = "words: " + joined
        out = out.where(out != "", "words: none stood out")
        return out.to_numpy(dtype=object)


def _author_columns(n: int, brand_author: Any, person_author: Any) -> Any:
    """Two 0/1 columns, the author is a brand or organisation / a person (unknown: both 0)."""
    from scipy.sparse import csr_matrix

    columns = [
        pd.Series(v if v is not None else [False] * n).fillna(False).astype(bool).to_numpy(dtype=np.float32)
        for v in (brand_author, person_author)
    ]
    return csr_matrix(np.column_stack(columns))


def shipped_model(*, kind: str = "post") -> IntentModel:
    """The model shipped in the package for posts (``kind="post"``) or for comments, replies
    and messages (``kind="comment"``), both trained by ``scripts/train_intent_model.py``.

    Two models because one could not do both (``docs/classification.md``): the post model,
    fitted on real posts with the author's kind, scores YouTube spam comments at macro-F1 0.455;
    fitting the comment data into it as well cost the held-out YouTube videos 0.01–0.02 and
    the real posts their precision on personal accounts' links.
    """
    if kind not in TEXT_KINDS:
        raise UsageError(f"kind must be one of {', '.join(TEXT_KINDS)}; got {kind!r}")
    return IntentModel.load(SHIPPED_MODEL if kind == "post" else SHIPPED_COMMENT_MODEL)


def active_version(store: Any) -> str:
    """The version of the models :func:`active_model` loads, from their files' digests,
    without loading them: what ``analyze`` records to tell whether intents must be redone."""
    from socialscope.estimators import file_digest

    path = store.get_meta(MODEL_META_KEY)
    files = [Path(path)] if path and Path(path).exists() else [SHIPPED_MODEL, SHIPPED_COMMENT_MODEL]
    return ", ".join(f"{f.name}@{file_digest(f)}" for f in files)


def active_model(store: Any, *, kind: str = "post") -> IntentModel:
    """The model ``classify train`` saved for this store (used for every kind of text), else
    the shipped one for ``kind``."""
    return active_model_file(store, kind=kind).get()


def active_model_file(store: Any, *, kind: str = "post") -> ModelFile[IntentModel]:
    """:func:`active_model`, not loaded yet (its version is known from the file)."""
    path = store.get_meta(MODEL_META_KEY)
    if path and Path(path).exists():
        return ModelFile(path, lambda: IntentModel.load(path))
    if kind not in TEXT_KINDS:
        raise UsageError(f"kind must be one of {', '.join(TEXT_KINDS)}; got {kind!r}")
    return ModelFile(SHIPPED_MODEL if kind == "post" else SHIPPED_COMMENT_MODEL, lambda: shipped_model(kind=kind))
