"""Networking or marketing? The intent model for posts, comments and messages.

:class:`IntentModel` is word 1–2-gram plus character 2–5-gram TF-IDF (sublinear tf) into a
logistic regression (its log-loss fit gives probabilities directly; ``calibrate=True`` adds
Platt scaling with 5-fold ``CalibratedClassifierCV``, which measured worse on
leave-one-video-out, see ``docs/classification.md``). Strong signals from :mod:`socialscope.classify.rules` add their
log-odds on top. It follows the scikit-learn estimator contract: the constructor stores
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

from socialscope.classify.fast_tfidf import FastTfidf, supports
from socialscope.classify.labelled import INTENTS, clean_text
from socialscope.classify.rules import rule_hits, rule_log_odds
from socialscope.estimators import NotFittedError as NotFittedError  # re-exported: part of this API
from socialscope.estimators import check_fitted, load_model, save_model

SHIPPED_MODEL = Path(__file__).with_name("models") / "intent.joblib"
MODEL_META_KEY = "intent_model"
_EPS = 1e-9


class IntentModel:
    """TF-IDF + calibrated logistic regression (+ rules) for networking vs marketing."""

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
    def fit(self, texts: Any, intents: Any, *, sample_weight: Any = None) -> IntentModel:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        intents = pd.Series(intents, dtype=object).reset_index(drop=True)
        unknown = sorted(set(intents) - set(INTENTS))
        if unknown:
            raise ValueError(f"intents must be networking or marketing; found {', '.join(map(str, unknown))}")
        text = self._prepare(texts)
        self.words_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
        self.chars_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, dtype=np.float32
        )
        features = self._stack(self.words_.fit_transform(text), self.chars_.fit_transform(text))
        y = (intents == "marketing").to_numpy(dtype=int)
        regression = LogisticRegression(C=self.c, max_iter=5000)
        if self.calibrate:
            self.classifier_ = CalibratedClassifierCV(regression, method="sigmoid", cv=5, ensemble=False)
            self.classifier_.fit(features, y, sample_weight=sample_weight)
            self.coef_ = self.classifier_.calibrated_classifiers_[0].estimator.coef_.ravel()
        else:
            self.classifier_ = regression.fit(features, y, sample_weight=sample_weight)
            self.coef_ = regression.coef_.ravel()
        self.word_names_ = self.words_.get_feature_names_out()
        self.training_size_ = len(y)
        return self

    # --- prediction -----------------------------------------------------------------------
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
        return 1 / (1 + np.exp(-(np.log(p / (1 - p)) + rule_log_odds(hits))))

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
            features = self._stack(self.words_.transform(text), self.chars_.transform(text))
            return self.classifier_.predict_proba(features)[:, 1].astype(float)
        words, chars = fast
        texts = text.tolist()
        n_words = len(self.words_.vocabulary_)
        score = (
            self.classifier_.intercept_[0]
            + words.dot(texts, self.coef_[:n_words])
            + chars.dot(texts, self.coef_[n_words:])
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
    def _stack(words: Any, chars: Any) -> Any:
        from scipy.sparse import hstack

        return hstack([words, chars], format="csr")

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


def shipped_model() -> IntentModel:
    """The model trained by ``scripts/train_intent_model.py`` and shipped in the package."""
    return IntentModel.load(SHIPPED_MODEL)


def active_model(store: Any) -> IntentModel:
    """The model ``classify train`` saved for this store, else the shipped one."""
    path = store.get_meta(MODEL_META_KEY)
    if path and Path(path).exists():
        return IntentModel.load(path)
    return shipped_model()
