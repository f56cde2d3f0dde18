"""The language of each post and message: py3langid's model, run on whole batches in NumPy.

py3langid (a maintained fork of langid.py, Lui & Baldwin 2012, "langid.py: An Off-the-shelf
Language Identification Tool", ACL System Demonstrations) ships its model inside the wheel: a
multinomial naive Bayes over byte n-grams for 140 language labels, no download at run time.
Its own ``classify`` walks a finite automaton over each text's UTF-8 bytes in a Python loop
(about 1,000 tweets a second here). :func:`detect_language` walks the same automaton for a
whole batch at once — one NumPy step per byte position, over every text still that long —
then takes the same naive-Bayes scores as one sparse product:

    score(l) = log P(l) + Σ_f log(1 + count_f) · log P(f | l)

and py3langid's normalisation: the scores divided by √(bytes), a softmax, and label aliases
merged. ``tests/engagement/test_language.py`` checks the languages equal the reference's and
the confidences agree to 1e-4. Texts longer than ``LONG_BYTES`` go through the reference one
by one (they are few, and would make the batch walk long). Mentions and links are removed
first (:func:`language_text`); texts with no letters or digits left (emoji only, a bare
link) get ``und`` (undetermined) without being scored.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from socialscope.errors import NotFoundError

UNDETERMINED = "und"
HAS_TEXT = "t.text IS NOT NULL AND trim(t.text) <> ''"
"""The texts that get a language and a sentiment (SQL over a text table aliased ``t``, the same
on DuckDB and Spark)."""
LONG_BYTES = 4096


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@functools.cache
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[str], list[tuple[int, int]]]:
    model = _identifier()
    # kept narrow (uint16 states): the walk is random access into a 10M-entry table
    nextmove = np.frombuffer(model.tk_nextmove, dtype=model.tk_nextmove.typecode)
    rowbase = np.frombuffer(model.tk_row, dtype=model.tk_row.typecode).astype(np.int64) << 8
    output = np.asarray(model.tk_output, dtype=np.int32)
    ptc = np.asarray(model.nb_ptc, dtype=np.float32)
    pc = np.asarray(model.nb_pc, dtype=np.float32)
    return nextmove, rowbase, output, ptc, pc, list(model.nb_classes), list(model._alias_pairs)


def supported_languages() -> list[str]:
    """The ISO 639 codes the detector can return (plus ``und``)."""
    return list(dict.fromkeys(_identifier().nb_classes))


def language_text(texts: Any) -> pd.Series:
    """The part of each text that carries its language: mentions and links removed (a handle
    or a URL says nothing about the language it is written in)."""
    return (
        pd.Series(texts, dtype=object)
        .fillna("")
        .astype(str)
        .str.replace(r"@\w+|https?://\S+|www\.\S+", " ", regex=True)
        .str.strip()
    )


def _encode(text: str) -> bytes:
    """py3langid's preparation: all-capitals text lower-cased, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def detect_language(texts: Any, *, batch: int = 20_000) -> pd.DataFrame:
    """Per text: ``language`` (ISO 639 code, ``und`` when undetermined) and ``confidence``
    (py3langid's normalised probability of that language).

    >>> detect_language(["Das Wetter ist heute wirklich schön", "What a lovely day"])["language"].tolist()
    ['de', 'en']
    """
    values = language_text(texts)
    codes, unique = pd.factorize(values, sort=False)  # repeated texts are detected once
    unique = list(unique)
    language = np.full(len(unique), UNDETERMINED, dtype=object)
    confidence = np.full(len(unique), np.nan)
    wordy = np.fromiter((any(ch.isalnum() for ch in t) for t in unique), dtype=bool, count=len(unique))
    encoded = {i: _encode(unique[i]) for i in np.flatnonzero(wordy)}
    long = [i for i, b in encoded.items() if len(b) > LONG_BYTES]
    for i in long:
        language[i], confidence[i] = _identifier().classify(unique[i])
    short = np.array([i for i, b in encoded.items() if len(b) <= LONG_BYTES], dtype=np.int64)
    for start in range(0, len(short), batch):
        chosen = short[start : start + batch]
        language[chosen], confidence[chosen] = _detect_batch([encoded[i] for i in chosen])
    if not len(codes):
        return pd.DataFrame({"language": pd.Series(dtype=object), "confidence": pd.Series(dtype=float)})
    return pd.DataFrame({"language": language[codes], "confidence": confidence[codes]})


def _detect_batch(encoded: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    nextmove, rowbase, output, ptc, pc, classes, aliases = _tables()
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    order = np.argsort(-lengths, kind="stable")  # longest first: the texts still walking are a prefix
    lengths_sorted = lengths[order]
    flat = np.frombuffer(b"".join(encoded[i] for i in order), dtype=np.uint8)
    offsets = np.concatenate([[0], np.cumsum(lengths_sorted)[:-1]])
    state = np.zeros(len(encoded), dtype=nextmove.dtype)
    docs, features = [], []
    # texts still walking at step t: those longer than t (a prefix, as lengths are sorted)
    active_counts = np.searchsorted(-lengths_sorted, -np.arange(int(lengths_sorted.max(initial=0))), side="left")
    for t, active in enumerate(active_counts):
        current = state[:active]
        current = nextmove[rowbase[current] + flat[offsets[:active] + t]]
        state[:active] = current
        feature = output[current]
        hit = np.flatnonzero(feature >= 0)
        docs.append(hit)
        features.append(feature[hit])
    docs_all = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
    features_all = np.concatenate(features) if features else np.zeros(0, dtype=np.int64)
    counts = sparse.csr_matrix(
        (np.ones(len(docs_all), dtype=np.float32), (docs_all, features_all)), shape=(len(encoded), len(ptc))
    )
    counts.sum_duplicates()
    counts.data = np.log1p(counts.data)
    scores = np.asarray(counts @ ptc, dtype=np.float32) + pc
    scores[np.diff(counts.indptr) == 0] = 0.0  # no features: uniform, as the reference
    scores *= (1.0 / np.sqrt(np.maximum(lengths_sorted, 1))).astype(np.float32)[:, None]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    for first, duplicate in aliases:
        scores[:, first] += scores[:, duplicate]
        scores[:, duplicate] = 0.0
    best = scores.argmax(axis=1)
    language = np.empty(len(encoded), dtype=object)
    confidence = np.empty(len(encoded))
    language[order] = np.asarray(classes, dtype=object)[best]
    confidence[order] = scores[np.arange(len(encoded)), best]
    return language, confidence


def detector_version() -> str:
    """The language detector's version (py3langid's): the cache of detected languages and the
    sentiment scores that depend on them are keyed by it."""
    from importlib.metadata import version

    return f"py3langid-{version('py3langid')}"


def detect_store(store: Any, *, full: bool = False) -> dict[str, int]:
    """Detect the language of every post and interaction text not yet detected (new or edited
    texts: cached by a hash of the text and :func:`detector_version`); keeps ``post_language``
    and ``interaction_language`` (id, language, confidence, text_hash) in step with the texts.
    Runs in the caller's transaction. Returns the texts detected per table."""
    from socialscope.store.text_scores import refresh_scores

    def score(rows: pd.DataFrame) -> pd.DataFrame:
        return detect_language(rows["text"])

    counts = {}
    for table, key, target in (
        ("posts", "post_id", "post_language"),
        ("interactions", "interaction_id", "interaction_language"),
    ):
        counts[target] = refresh_scores(
            store,
            target,
            key,
            f"SELECT t.{key} AS id, t.text FROM {table} t WHERE {HAS_TEXT}",
            facts=("text",),
            version=detector_version(),
            score=score,
            full=full,
            primary_key=True,
        )
    return counts


def language_summary(store: Any) -> pd.DataFrame:
    """Texts (posts and interaction texts) per detected language, with their share and, once
    sentiment ran, how many were scored and how many left unscored."""
    if not store.has_table("post_language"):
        raise NotFoundError("no languages yet: run 'socialscope sentiment score' or 'socialscope analyze'")
    has_sentiment = store.has_table("post_sentiment") and store.has_table("interaction_sentiment")
    scored = "s.scored" if has_sentiment else "NULL::BOOLEAN"
    joins = (
        ("LEFT JOIN post_sentiment s USING (post_id)", "LEFT JOIN interaction_sentiment s USING (interaction_id)")
        if has_sentiment
        else ("", "")
    )
    frame = store.df(
        f"""WITH texts AS (
              SELECT l.language, {scored} AS scored FROM post_language l {joins[0]}
              UNION ALL
              SELECT l.language, {scored} FROM interaction_language l {joins[1]})
            SELECT language, count(*) AS texts,
                   count(*) FILTER (WHERE scored) AS scored,
                   count(*) FILTER (WHERE NOT scored) AS unscored
            FROM texts GROUP BY language ORDER BY texts DESC, language"""
    )
    frame["share"] = frame["texts"] / frame["texts"].sum() if len(frame) else []
    return frame[["language", "texts", "share", "scored", "unscored"]]
