"""Sentiment of posts and interaction texts: the shipped model by default, VADER as a named
variant, or a model trained on your labels.

Labels are negative / neutral / positive; ``score`` is in [-1, 1]. Models follow the
scikit-learn estimator contract (constructor stores parameters, ``fit`` returns self, learned
state ends in ``_``, predicting before fitting raises). Registry :data:`SENTIMENT_MODELS`.

- :class:`TextSentimentModel` — word 1–2-gram and character 2–5-gram TF-IDF with a
  class-balanced multinomial logistic regression; mentions and links normalised. Score =
  P(positive) − P(negative). The shipped instance, ``socialscope-sentiment-1``, is trained on
  the SemEval 2013–2016 English tweets (``scripts/train_sentiment_model.py``) and measured on
  the TweetEval test split (SemEval-2017 Task 4A; Barbieri et al. 2020), which it never saw:
  ``scripts/evaluate_sentiment_model.py``, docs/engagement.md.
- :class:`VaderSentiment` — VADER (Hutto & Gilbert 2014), the lexicon and rules tuned for
  social media; compound ≥ 0.05 is positive, ≤ −0.05 negative (the authors' thresholds).
  Identical texts are scored once, and large batches are spread over all cores.

Both cover English only. Texts detected (:mod:`socialscope.engagement.language`) as another
language are stored as *unscored* and counted as such in every summary.
"""

from __future__ import annotations

import functools
import html
import os
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from socialscope.engagement.language import HAS_TEXT, UNDETERMINED
from socialscope.errors import NotFoundError, UsageError
from socialscope.estimators import ModelFile, check_fitted, load_model, save_model
from socialscope.estimators import NotFittedError as NotFittedError  # re-exported: part of this API
from socialscope.names import SENTIMENT_GROUPINGS as SUMMARY_GROUPS

LABELS = ("negative", "neutral", "positive")
PARALLEL_MIN = 20_000


_ANALYZER = None


def _vader_scores(texts: list[str]) -> list[float]:
    global _ANALYZER
    if _ANALYZER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _ANALYZER = SentimentIntensityAnalyzer()
    return [_ANALYZER.polarity_scores(t)["compound"] for t in texts]


def _label(scores: np.ndarray, threshold: float) -> np.ndarray:
    return np.where(scores >= threshold, "positive", np.where(scores <= -threshold, "negative", "neutral"))


class VaderSentiment:
    """VADER compound scores and the ±``threshold`` labels."""

    name = "vader"

    def __init__(self, *, threshold: float = 0.05, processes: int | None = None) -> None:
        self.threshold = threshold
        self.processes = processes

    def fit(self, texts: Any = None, labels: Any = None) -> VaderSentiment:
        """VADER needs no training; fitting only marks the model ready (estimator contract)."""
        self.fitted_ = True
        return self

    def score(self, texts: Any) -> np.ndarray:
        check_fitted(self)
        codes, unique = pd.factorize(pd.Series(texts, dtype=object).fillna(""), sort=False)
        values = list(unique)
        workers = self.processes or os.cpu_count() or 1
        if len(values) >= PARALLEL_MIN and workers > 1:
            chunks = [values[i::workers] for i in range(workers)]
            with ProcessPoolExecutor(workers) as pool:
                parts = list(pool.map(_vader_scores, chunks))
            scores = np.empty(len(values))
            for i, part in enumerate(parts):
                scores[i::workers] = part
        else:
            scores = np.asarray(_vader_scores(values), dtype=float)
        return scores[codes] if len(codes) else np.zeros(0)

    def predict(self, texts: Any) -> np.ndarray:
        return _label(self.score(texts), self.threshold)


_MENTION = re.compile(r"@\w+")
_LINK = re.compile(r"https?://\S+|www\.\S+")


def normalise_text(texts: Any) -> pd.Series:
    """HTML entities decoded; mentions become @user and links http, so a model learns
    words, not handles (the TweetEval convention)."""
    out = pd.Series(texts, dtype=object).fillna("").astype(str)
    values = out.tolist()
    joined = _SEPARATOR.join(values)
    if joined.count(_SEPARATOR) == len(values) - 1:  # no text holds the separator: all texts in one pass
        values = [text.strip() for text in _substitute(joined).split(_SEPARATOR)]
    else:
        values = [_substitute(text).strip() for text in values]
    return pd.Series(values, index=out.index, dtype=object)


# Between texts joined for one pass: white space to the patterns (a mention or link ends at it),
# in no entity's name (html.unescape may read it into a candidate name, then matches only the part
# before it, as at a text's end), and never made by html.unescape (it drops control characters).
_SEPARATOR = "\x1f"


def _substitute(text: str) -> str:
    # each step runs only where its pattern can match (they need '&', '@', 'http' or 'www.')
    if "&" in text:
        text = html.unescape(text)
    if "@" in text:
        text = _MENTION.sub("@user", text)
    if "http" in text or "www." in text:
        text = _LINK.sub("http", text)
    return text


class TextSentimentModel:
    """Word 1–2-gram and character 2–5-gram TF-IDF + class-balanced multinomial logistic regression.

    The shipped default (``socialscope-sentiment-1``, ``scripts/train_sentiment_model.py``) and
    the model ``sentiment train`` fits on your labels. Score = P(positive) − P(negative).
    Class weights n / (3 · n_class) make each class count equally, which is what macro-averaged
    recall (the SemEval-2017 / TweetEval measure) rewards. Scoring computes the TF-IDF n-grams
    with :class:`~socialscope.classify.fast_tfidf.FastTfidf` (the same matrix as scikit-learn's,
    several times faster). ``languages_`` are the languages (:func:`detect_language`) making up
    at least 2% of the training texts: texts in other languages are left unscored.
    """

    def __init__(
        self,
        *,
        c: float = 1.0,
        class_weight: str | None = "balanced",
        lexicon: bool = True,
        max_chars: int = 1000,
        name: str = "tfidf-logreg",
        seed: int = 0,
    ) -> None:
        self.c = c
        self.class_weight = class_weight
        self.lexicon = lexicon
        self.max_chars = max_chars
        self.name = name
        self.seed = seed

    def fit(self, texts: Any, labels: Any, *, sample_weight: Any = None) -> TextSentimentModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        from socialscope.engagement.language import detect_language

        labels = pd.Series(labels, dtype=object).str.lower().str.strip().reset_index(drop=True)
        unknown = sorted(set(labels) - set(LABELS))
        if unknown:
            raise UsageError(f"labels must be {', '.join(LABELS)}; found {', '.join(map(str, unknown))}")
        text = self._prepare(texts)
        self.words_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
        self.chars_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, dtype=np.float32
        )
        blocks = [self.words_.fit_transform(text), self.chars_.fit_transform(text)]
        if self.lexicon:
            words, valence = vader_lexicon()
            # idf fitted on the word list itself: every word once, so every idf is the same constant
            self.lexicon_words_ = TfidfVectorizer(vocabulary=words, norm=None).fit(words)
            scale = self.lexicon_words_.idf_[0]
            self.lexicon_matrix_ = np.column_stack([valence, valence > 0, valence < 0]).astype(np.float64) / scale
            blocks.append(_lexicon_features(self.lexicon_words_.transform(text) @ self.lexicon_matrix_))
        features = self._stack(*blocks)
        self.classifier_ = LogisticRegression(
            C=self.c, class_weight=self.class_weight, max_iter=5000, random_state=self.seed
        ).fit(features, labels, sample_weight=sample_weight)
        self.classes_ = list(self.classifier_.classes_)
        shares = detect_language(text)["language"].value_counts(normalize=True)
        self.languages_ = tuple(sorted(set(shares.index[shares >= 0.02]) - {UNDETERMINED}))
        self.training_size_ = len(labels)
        return self

    def predict_proba(self, texts: Any) -> np.ndarray:
        """Columns in ``classes_`` order. Identical texts are scored once (reposts and
        templates repeat a lot)."""
        check_fitted(self)
        codes, unique = pd.factorize(pd.Series(texts, dtype=object).fillna(""), sort=False)
        if not len(codes):
            return np.zeros((0, len(self.classes_)))
        logits = self._logits(self._prepare(pd.Series(unique, dtype=object)))
        logits -= logits.max(axis=1, keepdims=True)
        proba = np.exp(logits)
        return (proba / proba.sum(axis=1, keepdims=True))[codes]

    def labels_and_scores(self, texts: Any) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`predict` and :meth:`score` from one pass."""
        proba = self.predict_proba(texts)
        return np.asarray(self.classes_, dtype=object)[proba.argmax(axis=1)], _net_score(proba, self.classes_)

    def predict(self, texts: Any) -> np.ndarray:
        proba = self.predict_proba(texts)
        return np.asarray(self.classes_, dtype=object)[proba.argmax(axis=1)] if len(proba) else np.zeros(0, object)

    def score(self, texts: Any) -> np.ndarray:
        return _net_score(self.predict_proba(texts), self.classes_)

    def save(self, path: str | Path) -> Path:
        return save_model(self, path)

    @staticmethod
    def load(path: str | Path) -> TextSentimentModel:
        model = load_model(path, TextSentimentModel, "sentiment")
        if "words_" not in vars(model):  # saved by socialscope before the FastTfidf rewrite
            raise UsageError(f"{path} was saved by an older socialscope: run 'socialscope sentiment train' again")
        return model

    def _logits(self, text: pd.Series) -> np.ndarray:
        """Class logits relative to the first class (softmax is unchanged by the shift):
        intercept + words·W + chars·W, the TF-IDF n-grams made by FastTfidf when it covers them."""
        from socialscope.classify.fast_tfidf import split_words

        words, chars, lexicon, coef, intercept = self._fast()
        n_words, n_chars = len(self.words_.vocabulary_), len(self.chars_.vocabulary_)
        n_text = n_words + n_chars
        batch = text.tolist()
        if words is None or chars is None:
            features = self._stack(self.words_.transform(text), self.chars_.transform(text))
            relative = np.asarray(features @ coef[:n_text])
        else:
            split = split_words(batch)  # the three vectorizers share one split of the texts into words
            relative = words.dot(batch, coef[:n_words], split=split) + chars.dot(
                batch, coef[n_words:n_text], split=split
            )
        if self.lexicon:
            sums = (
                lexicon.dot(batch, self.lexicon_matrix_, split=split if words is not None else None)
                if lexicon is not None
                else (self.lexicon_words_.transform(text) @ self.lexicon_matrix_)
            )
            relative = relative + _lexicon_features(np.asarray(sums)) @ coef[n_text:]
        return np.column_stack([np.zeros(len(text)), relative + intercept])

    def _fast(self) -> tuple[Any, Any, Any, np.ndarray, np.ndarray]:
        from socialscope.classify.fast_tfidf import FastTfidf, supports

        def fast(vectorizer: Any) -> Any:
            return FastTfidf(vectorizer) if vectorizer is not None and supports(vectorizer) else None

        cached = self.__dict__.get("_fast_cache")
        if cached is None or cached[-1] is not self.classifier_:
            coef, intercept = self.classifier_.coef_, self.classifier_.intercept_
            cached = self.__dict__["_fast_cache"] = (
                fast(self.words_),
                fast(self.chars_),
                fast(getattr(self, "lexicon_words_", None)),
                (coef[1:] - coef[0]).T.astype(np.float64),
                intercept[1:] - intercept[0],
                self.classifier_,
            )
        return cached[:5]

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_fast_cache", None)  # rebuilt on first use: not worth storing in the model file
        return state

    def _prepare(self, texts: Any) -> pd.Series:
        normalised = normalise_text(pd.Series(texts, dtype=object).reset_index(drop=True)).tolist()
        return pd.Series([text[: self.max_chars] for text in normalised], dtype=object)

    @staticmethod
    def _stack(*blocks: Any) -> Any:
        from scipy.sparse import csr_matrix, hstack

        return hstack([b if hasattr(b, "tocsr") else csr_matrix(b) for b in blocks], format="csr")


def vader_lexicon() -> tuple[list[str], np.ndarray]:
    """VADER's lexicon (Hutto & Gilbert 2014): the lower-case words of two or more word
    characters (emoticons are left to the character n-grams) and their mean valence in [-4, 4]."""
    from importlib import resources

    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    pairs = [line.split("\t")[:2] for line in text.splitlines() if line.strip()]
    chosen = sorted({w: float(v) for w, v in pairs if re.fullmatch(r"\w\w+", w) and w == w.lower()}.items())
    return [w for w, _ in chosen], np.asarray([v for _, v in chosen])


def _lexicon_features(sums: np.ndarray) -> np.ndarray:
    """From each text's (Σ valence, positive words, negative words): VADER's normalisation
    s / √(s² + 15) of the valence sum, and log(1 + count) of each polarity."""
    total = sums[:, 0]
    return np.column_stack([total / np.sqrt(total * total + 15.0), np.log1p(sums[:, 1]), np.log1p(sums[:, 2])])


def _net_score(proba: np.ndarray, classes: list[str]) -> np.ndarray:
    column = {c: i for i, c in enumerate(classes)}
    positive = proba[:, column["positive"]] if "positive" in column else 0.0
    negative = proba[:, column["negative"]] if "negative" in column else 0.0
    return np.asarray(positive - negative, dtype=float).reshape(len(proba))


@dataclass(frozen=True)
class NetSentimentVariant:
    """One published definition of net sentiment from counts of positive, negative and all
    scored texts (arrays, one value per group); NaN where the denominator is 0."""

    name: str
    formula: str
    reference: str
    compute: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]

    def __call__(self, positive: np.ndarray, negative: np.ndarray, total: np.ndarray) -> np.ndarray:
        return self.compute(positive, negative, total)


def _per_polar(pos: np.ndarray, neg: np.ndarray, total: np.ndarray) -> np.ndarray:
    return (pos - neg) / np.where(pos + neg > 0, pos + neg, np.nan)


def _per_mention(pos: np.ndarray, neg: np.ndarray, total: np.ndarray) -> np.ndarray:
    return (pos - neg) / np.where(total > 0, total, np.nan)


NET_SENTIMENT: dict[str, NetSentimentVariant] = {
    v.name: v
    for v in (
        NetSentimentVariant("talkwalker", "(pos − neg) / (pos + neg)", "Talkwalker: net sentiment", _per_polar),
        NetSentimentVariant(
            "symanto", "(pos − neg) / all mentions", "Symanto; equals Black Box's %pos − %neg", _per_mention
        ),
    )
}
DEFAULT_NET_SENTIMENT = "talkwalker"


def net_sentiment_variant(name: str) -> NetSentimentVariant:
    """The registered variant ``name``; a ``UsageError`` listing the others."""
    if name not in NET_SENTIMENT:
        raise UsageError(f"net sentiment variant must be one of: {', '.join(NET_SENTIMENT)} (got {name!r})")
    return NET_SENTIMENT[name]


MODEL_META_KEY = "sentiment_model"
SHIPPED_MODEL = Path(__file__).with_name("models") / "sentiment.joblib"
UNSCORED = "unscored"
# A detection less sure than this is not trusted to override the model: short English
# posts ("lol ok") are sometimes given another language with a low confidence
MIN_LANGUAGE_CONFIDENCE = 0.5


@dataclass(frozen=True)
class SentimentVariant:
    """A named sentiment model: what it is, where it comes from, which languages it scores."""

    name: str
    description: str
    reference: str
    languages: tuple[str, ...]
    load: Callable[[], VaderSentiment | TextSentimentModel]


@functools.cache
def shipped_model() -> TextSentimentModel:
    """The default model, trained by ``scripts/train_sentiment_model.py`` and shipped in the
    package; loaded once per process (scoring does not change it)."""
    return TextSentimentModel.load(SHIPPED_MODEL)


SENTIMENT_MODELS: dict[str, SentimentVariant] = {
    v.name: v
    for v in (
        SentimentVariant(
            "socialscope",
            "word + character TF-IDF and VADER-lexicon features, class-balanced logistic regression, "
            "trained on SemEval 2013–2016 and airline tweets",
            "Rosenthal, Farra & Nakov (2017), SemEval-2017 Task 4; benchmark: Barbieri et al. (2020), TweetEval",
            ("en",),
            shipped_model,
        ),
        SentimentVariant(
            "vader",
            "VADER lexicon and rules; compound >= 0.05 positive, <= -0.05 negative",
            "Hutto & Gilbert (2014), ICWSM",
            ("en",),
            lambda: VaderSentiment().fit(),
        ),
    )
}


def model_languages(model: VaderSentiment | TextSentimentModel) -> tuple[str, ...]:
    """The languages a model scores: learned (``languages_``) or declared in the registry."""
    learned = getattr(model, "languages_", None)
    if learned:
        return tuple(learned)
    return SENTIMENT_MODELS["vader"].languages if isinstance(model, VaderSentiment) else ("en",)


def active_model(store: Any) -> VaderSentiment | TextSentimentModel:
    """The model ``sentiment train`` saved for this store, else the shipped default."""
    return active_model_file(store).get()


def active_model_file(store: Any) -> ModelFile[TextSentimentModel]:
    """:func:`active_model`, not loaded yet (its version is known from the file)."""
    path = store.get_meta(MODEL_META_KEY)
    if path and Path(path).exists():
        return ModelFile(path, lambda: TextSentimentModel.load(path))
    return ModelFile(SHIPPED_MODEL, shipped_model)


def active_version(store: Any) -> str:
    """The version of the model :func:`active_model` loads and of the language detector, from
    the model file's digest, without loading it: what ``analyze`` records to tell whether
    sentiment must be redone."""
    from socialscope.engagement.language import detector_version
    from socialscope.estimators import file_digest

    path = store.get_meta(MODEL_META_KEY)
    model = Path(path) if path and Path(path).exists() else SHIPPED_MODEL
    return f"{model.name}@{file_digest(model)}, {detector_version()}"


def scorable(language: Any, confidence: Any, languages: tuple[str, ...]) -> np.ndarray:
    """Whether a model covering ``languages`` should score each text: its detected language is
    covered, undetermined (no words: emoji, links), or detected with confidence below
    ``MIN_LANGUAGE_CONFIDENCE`` (too unsure to override the model)."""
    language = pd.Series(language, dtype=object)
    confidence = pd.Series(confidence, dtype=float).fillna(0.0)
    return (
        language.isin(languages) | (language == UNDETERMINED) | (confidence.to_numpy() < MIN_LANGUAGE_CONFIDENCE)
    ).to_numpy()


def sentiment_scores(
    model: VaderSentiment | TextSentimentModel, texts: Any, language: Any, confidence: Any
) -> pd.DataFrame:
    """``label``, ``score`` and ``scored`` of each text, given its detected language and
    confidence: texts the model does not cover (:func:`scorable`) are *unscored* (label
    ``unscored``, score NaN). A row's result depends on that row alone, so any batching gives
    the same numbers: the one definition :func:`score_store` and the Spark engine's pandas
    UDFs (:mod:`socialscope.engine.spark_text`) both call."""
    texts = pd.Series(texts, dtype=object).reset_index(drop=True)
    ok = scorable(language, confidence, model_languages(model))
    scores = np.full(len(texts), np.nan)
    labels = np.full(len(texts), UNSCORED, dtype=object)
    if ok.any() and isinstance(model, VaderSentiment):
        scores[ok] = model.score(texts[ok])
        labels[ok] = _label(scores[ok], model.threshold)
    elif ok.any():
        labels[ok], scores[ok] = model.labels_and_scores(texts[ok])
    return pd.DataFrame({"label": labels, "score": scores, "scored": ok})


def score_store(
    store: Any, model: VaderSentiment | TextSentimentModel | None = None, *, full: bool = False
) -> dict[str, int]:
    """Score every post and interaction text not scored yet by this model version; keeps
    ``post_sentiment`` and ``interaction_sentiment`` (id, label, score, model, scored,
    text_hash) in step with the texts and returns the texts scored per table. Scores are
    cached by a hash of the text and the model and detector versions
    (:func:`socialscope.store.text_scores.refresh_scores`): a re-run scores only new or edited
    texts, a new model rescores everything, as does ``full``. Runs in the caller's transaction.

    Languages are detected first (:func:`~socialscope.engagement.language.detect_store`, tables
    ``post_language`` and ``interaction_language``). A text in a language the model does not
    cover (:func:`scorable`) is *unscored*: label ``unscored``, score NULL, scored false.
    """
    from socialscope.engagement.language import detect_store, detector_version
    from socialscope.estimators import model_version
    from socialscope.store.text_scores import refresh_scores

    source = model if model is not None else active_model_file(store)
    if isinstance(source, ModelFile):
        version = source.version  # the file decides the languages too
    elif vars(source).get("_file_digest"):
        version = model_version(source)
    else:
        version = f"{model_version(source)}|{','.join(model_languages(source))}"
    detect_store(store, full=full)

    def score(rows: pd.DataFrame) -> pd.DataFrame:
        loaded = source.get() if isinstance(source, ModelFile) else source  # loaded only when there is text to score
        return sentiment_scores(loaded, rows["text"], rows["language"], rows["confidence"]).assign(model=loaded.name)[
            ["label", "score", "model", "scored"]
        ]

    version = f"{version}|{detector_version()}"
    counts = {}
    for table, key, target in (
        ("posts", "post_id", "post_sentiment"),
        ("interactions", "interaction_id", "interaction_sentiment"),
    ):
        language_table = "post_language" if table == "posts" else "interaction_language"
        counts[target] = refresh_scores(
            store,
            target,
            key,
            f"""SELECT t.{key} AS id, t.text, l.language, l.confidence FROM {table} t
                LEFT JOIN {language_table} l USING ({key})
                WHERE {HAS_TEXT}""",
            facts=("text",),
            version=version,
            score=score,
            full=full,
        )
    return counts


def sentiment_summary(
    store: Any,
    *,
    by: str = "account",
    variant: str = DEFAULT_NET_SENTIMENT,
    graph: str = "follows",
    drop_alert: float = 0.1,
) -> pd.DataFrame:
    """Net sentiment per group, in the named variant, with the label counts behind it.

    Columns: the group, ``negative``, ``neutral``, ``positive``, ``unscored`` (texts in a
    language the model does not cover, see :func:`score_store`), ``texts`` (all of them),
    ``scored``, ``net_sentiment`` (over the scored texts only), ``variant``.

    Texts are posts and interaction texts (comments, replies, mentions, messages). A text is
    *about* the post's author, or the interaction's target (or the author of the post it is on).
    - account: texts about the account; community: texts written by the community's members
      (Leiden communities of ``graph``, with their ``members`` count); campaign: campaign posts and the texts on them;
      week: everything, per week, with ``alert`` = net sentiment fell by more than
      ``drop_alert`` from the previous week; intent: each text's own intent (networking /
      marketing, from ``classify run``).
    """
    if by not in SUMMARY_GROUPS:
        raise UsageError(f"by must be one of: {', '.join(SUMMARY_GROUPS)}")
    formula = net_sentiment_variant(variant)
    if not store.has_table("post_sentiment"):
        raise NotFoundError("no sentiment scores yet: run 'socialscope sentiment score'")
    if by == "intent" and not store.has_table("content_intent"):
        raise NotFoundError("no intents yet: run 'socialscope classify run'")
    post_intent, interaction_intent = (
        ("ci.intent", "ii.intent") if store.has_table("content_intent") else ("NULL", "NULL")
    )
    intent_joins = (
        ("LEFT JOIN content_intent ci USING (post_id)", "LEFT JOIN interaction_intent ii USING (interaction_id)")
        if store.has_table("content_intent")
        else ("", "")
    )
    texts = store.df(
        f"""SELECT s.label, p.account_id AS about, p.account_id AS author, p.campaign_id, p.created_at,
                  {post_intent} AS intent
           FROM post_sentiment s JOIN posts p USING (post_id) {intent_joins[0]}
           UNION ALL
           SELECT s.label, coalesce(i.target_account_id, p.account_id), i.actor_account_id, p.campaign_id,
                  i.created_at, {interaction_intent}
           FROM interaction_sentiment s JOIN interactions i USING (interaction_id) {intent_joins[1]}
           LEFT JOIN posts p ON p.post_id = i.post_id"""
    )
    if by == "account":
        texts["group"] = texts["about"]
    elif by == "campaign":
        texts["group"] = texts["campaign_id"]
    elif by == "intent":
        texts["group"] = texts["intent"].fillna("unclassified")
    elif by == "week":
        texts["group"] = pd.to_datetime(texts["created_at"]).dt.to_period("W").dt.start_time
    else:
        if not store.has_table("network_metrics"):
            raise NotFoundError(f"no communities yet: run 'socialscope network analyze --graph {graph}'")
        members = store.df("SELECT account_id, community FROM network_metrics WHERE graph = ?", [graph])
        texts = texts.merge(members, left_on="author", right_on="account_id", how="inner")
        texts["group"] = texts["community"]
        community_sizes = members.groupby("community").size()
    texts = texts.dropna(subset=["group"])
    counts = pd.crosstab(texts["group"], texts["label"]).reindex(columns=[*LABELS, UNSCORED], fill_value=0)
    pos, neg = counts["positive"].to_numpy(float), counts["negative"].to_numpy(float)
    total = counts[list(LABELS)].sum(axis=1).to_numpy(float)  # scored texts: the variants' "all mentions"
    out = counts.reset_index().rename(columns={"group": by})
    out["texts"] = (total + counts[UNSCORED].to_numpy()).astype(int)
    out["scored"] = total.astype(int)
    out["net_sentiment"] = formula(pos, neg, total)
    out["variant"] = variant
    if by == "community":
        out["members"] = out["community"].map(community_sizes).astype("int64")
    if by == "week":
        change = out["net_sentiment"].diff()
        out["change"] = change
        out["alert"] = change < -drop_alert
    else:
        out = out.sort_values("texts", ascending=False, kind="stable")
    return out.reset_index(drop=True)


def own_net_sentiment(
    store: Any,
    *,
    since: Any = None,
    until: Any = None,
    platform: str | None = None,
    variant: str = DEFAULT_NET_SENTIMENT,
) -> dict[str, Any]:
    """Net sentiment (``variant``, Talkwalker's (pos − neg) / (pos + neg) by default) of the
    texts about the own accounts written in [since, until) — posts by them, and comments,
    replies and messages to them or on their posts (the "about" rule of
    :func:`sentiment_summary`) — with the number of such texts. The one home of this KPI
    (``analyze``, the dashboard, the report and the digest call it)."""
    if not store.has_table("post_sentiment"):
        return {}
    positive, negative, total = store.con.execute(
        """WITH texts AS (
             SELECT s.label, p.account_id AS about, p.created_at AS at
             FROM post_sentiment s JOIN posts p USING (post_id)
             UNION ALL
             SELECT s.label, coalesce(i.target_account_id, p.account_id), i.created_at
             FROM interaction_sentiment s JOIN interactions i USING (interaction_id)
             LEFT JOIN posts p ON p.post_id = i.post_id)
           SELECT count(*) FILTER (WHERE label = 'positive'), count(*) FILTER (WHERE label = 'negative'), count(*)
           FROM texts t JOIN accounts a ON a.account_id = t.about
           WHERE a.is_own AND (?::TIMESTAMP IS NULL OR t.at >= ?::TIMESTAMP)
             AND (?::TIMESTAMP IS NULL OR t.at < ?::TIMESTAMP)
             AND (?::VARCHAR IS NULL OR a.platform = ?::VARCHAR)""",
        [since, since, until, until, platform, platform],
    ).fetchall()[0]
    value = net_sentiment_variant(variant)(
        np.array([positive], float), np.array([negative], float), np.array([total], float)
    )
    return {"texts_about_own_brand": int(total), "own_net_sentiment": None if np.isnan(value[0]) else float(value[0])}
