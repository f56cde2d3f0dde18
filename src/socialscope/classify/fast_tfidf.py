"""The exact ``TfidfVectorizer.transform`` of a fitted vectorizer, with the n-grams made in NumPy.

scikit-learn builds every n-gram of every text in a Python loop (``_char_wb_ngrams``,
``_word_ngrams``), about 4,000 tweets a second for word 1–2-grams plus character 2–5-grams.
:class:`FastTfidf` computes the same matrix on whole batches:

- *character n-grams within word boundaries* (``analyzer="char_wb"``): each text becomes its
  words padded with one space (" w "), all texts one array of code points; the n-grams are the
  windows that stay inside one padded word, each hashed (a polynomial over the code points
  modulo 2^64) and looked up in an open-addressing table of the vocabulary's hashes;
- *word n-grams* (``analyzer="word"``, default token pattern): the tokens are the runs of two
  or more word characters (a code-point table of the regex class ``\\w``), hashed from prefix
  sums and looked up the same way; bigrams as pairs of unigram ids;
- counts, sublinear tf, idf and the l2 norm as scikit-learn applies them.

Only the vectorizer settings socialscope trains with are taken (lower-cased, no stop words,
no accents stripping, no custom preprocessor or tokenizer; words: n-grams up to 2 with every
training unigram kept); :func:`supports` says whether a vectorizer qualifies, and callers
fall back to scikit-learn otherwise. ``tests/classify/test_fast_tfidf.py`` checks equality with
``TfidfVectorizer.transform`` on real texts.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

_STEP = np.uint64(0x9E3779B97F4A7C15)
_STEP_INVERSE = np.uint64(pow(0x9E3779B97F4A7C15, -1, 1 << 64))
_SEED = np.uint64(0xC2B2AE3D27D4EB4F)  # the hash of the empty window
_SPREAD = np.uint64(0xFF51AFD7ED558CCD)  # odd: multiplying by it mixes every bit into the top ones
_DEFAULT_TOKEN_PATTERN = r"(?u)\b\w\w+\b"


def supports(vectorizer: Any) -> bool:
    """Whether :class:`FastTfidf` reproduces this fitted vectorizer exactly."""
    common = (
        getattr(vectorizer, "vocabulary_", None) is not None
        and vectorizer.lowercase
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and vectorizer.strip_accents is None
        and vectorizer.stop_words is None
        and not vectorizer.binary
        and vectorizer.use_idf
        and vectorizer.norm in ("l2", None)
        and vectorizer.input == "content"
    )
    if not common:
        return False
    low, high = vectorizer.ngram_range
    if vectorizer.analyzer == "char_wb":
        return low >= 2  # every padded word (" w ") is at least 3 long: no short-word special case
    if vectorizer.analyzer == "word":
        # bigrams are looked up as pairs of unigram ids: every unigram of the training texts must be kept
        return (
            vectorizer.token_pattern == _DEFAULT_TOKEN_PATTERN
            and low == 1
            and high <= 2
            and vectorizer.min_df in (1, 1.0)
            and vectorizer.max_df in (1, 1.0)
            and vectorizer.max_features is None
        )
    return False


def _extend(polynomial: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    """Polynomial hashes of the length-``n`` windows from those of length ``n - 1``."""
    length = len(codes) - n + 1
    with np.errstate(over="ignore"):
        out = polynomial[:length] * _STEP
        out += codes[n - 1 : n - 1 + length]
    return out


def string_hashes(strings: Any) -> np.ndarray:
    """Hash of each whole string, as the n-gram windows are hashed: Horner's rule from
    ``_SEED`` over the code points, h ← h·S + c mod 2^64 (vectorised per length)."""
    strings = np.asarray(strings, dtype=object)
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    out = np.empty(len(strings), dtype=np.uint64)
    for n in np.unique(lengths):
        chosen = np.flatnonzero(lengths == n)
        codes = np.frombuffer("".join(strings[chosen]).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        codes = codes.reshape(len(chosen), n)
        polynomial = np.full(len(chosen), _SEED, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                polynomial *= _STEP
                polynomial += codes[:, k]
        out[chosen] = polynomial
    return out


class HashIndex:
    """Open-addressing table (linear probing, load ≤ 1/8) from 64-bit hashes to positions."""

    def __init__(self, hashes: np.ndarray) -> None:
        if len(np.unique(hashes)) != len(hashes) or (hashes == 0).any():
            raise ValueError("two vocabulary entries share a 64-bit hash, or one hashes to 0")
        self.bits = max(4, int(np.ceil(np.log2(max(len(hashes), 1) * 8))))
        self.mask = np.uint64((1 << self.bits) - 1)
        self.keys = np.zeros(1 << self.bits, dtype=np.uint64)  # 0 marks an empty slot
        self.values = np.full(1 << self.bits, -1, dtype=np.int64)
        pending = np.arange(len(hashes))
        slot = self._home(hashes)
        self.probes = 0
        while len(pending):  # each round, the first claimant of every free slot takes it
            free = self.keys[slot] == 0
            _, first = np.unique(slot[free], return_index=True)
            taken = np.flatnonzero(free)[first]
            self.keys[slot[taken]] = hashes[pending[taken]]
            self.values[slot[taken]] = pending[taken]
            left = np.ones(len(pending), dtype=bool)
            left[taken] = False
            pending, slot = pending[left], (slot[left] + np.uint64(1)) & self.mask
            self.probes += 1

    def _home(self, hashes: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return (hashes * _SPREAD) >> np.uint64(64 - self.bits)

    def lookup(self, hashes: np.ndarray) -> np.ndarray:
        """Position of each hash, -1 when absent."""
        out = np.full(len(hashes), -1, dtype=np.int64)
        pending = np.arange(len(hashes))
        slot = self._home(hashes)
        wanted = hashes
        for _ in range(self.probes):
            found = self.keys[slot]
            hit = found == wanted
            out[pending[hit]] = self.values[slot[hit]]
            more = ~hit & (found != 0)
            if not more.any():
                break
            pending, wanted, slot = pending[more], wanted[more], (slot[more] + np.uint64(1)) & self.mask
        return out


class FastTfidf:
    """``vectorizer.transform(texts)``, computed on whole batches (see module docstring)."""

    def __init__(self, vectorizer: Any) -> None:
        if not supports(vectorizer):
            raise ValueError("this vectorizer's settings are not supported; use its own transform")
        self.vectorizer = vectorizer
        self.n_features = len(vectorizer.vocabulary_)
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        terms = np.empty(self.n_features, dtype=object)
        for term, column in vectorizer.vocabulary_.items():
            terms[column] = term
        if vectorizer.analyzer == "char_wb":
            self.index = HashIndex(string_hashes(terms))
        else:
            self._index_words(terms)

    # --- the matrix and its products -----------------------------------------------------
    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """The TF-IDF matrix, equal to the vectorizer's own ``transform``."""
        columns, docs, weights = self._weighted_entries(texts)
        matrix = sparse.csc_matrix(
            (weights, docs, np.concatenate([[0], np.cumsum(np.bincount(columns, minlength=self.n_features))])),
            shape=(len(texts), self.n_features),
        )
        return matrix.tocsr().astype(self.vectorizer.dtype)

    def dot(self, texts: list[str], coefficients: np.ndarray, *, batch: int = 2048) -> np.ndarray:
        """``transform(texts) @ coefficients`` without building the matrix; ``coefficients`` is
        one vector or an (n_features, k) matrix (k outputs from one pass over the n-grams).

        Texts go in batches of ``batch``: the arrays of one batch stay in the CPU's caches
        (measured: 2,048 tweets at a time score ~1.5× faster than 60,000 at once).
        """
        coefficients = np.asarray(coefficients)
        matrix = coefficients.reshape(len(coefficients), -1)  # one column per output (a 1-D vector: one)
        out = np.zeros((len(texts), matrix.shape[1]))
        for start in range(0, len(texts), batch):
            chunk = texts[start : start + batch]
            columns, docs, weights = self._weighted_entries(chunk)
            for k in range(matrix.shape[1]):
                out[start : start + len(chunk), k] = np.bincount(
                    docs, weights=weights * matrix[columns, k], minlength=len(chunk)
                )
        return out.reshape((len(texts), *coefficients.shape[1:]))

    def _weighted_entries(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(column, text, tf-idf) of every non-zero, ordered by column then text."""
        docs, columns = self._char_ngrams(texts) if self.vectorizer.analyzer == "char_wb" else self._word_ngrams(texts)
        # feature-major: within a feature the entries arrive in text order, so equal
        # (text, feature) pairs are adjacent and counting them needs no sort
        entries = sparse.coo_matrix(
            (np.ones(len(columns), dtype=np.float64), (columns, docs)), shape=(self.n_features, len(texts))
        )
        entries.has_canonical_format = True  # convert without the sort scipy would do
        by_feature = entries.tocsr()
        by_feature.has_sorted_indices = True
        by_feature.sum_duplicates()
        columns = np.repeat(np.arange(self.n_features), np.diff(by_feature.indptr))
        docs, weights = by_feature.indices, by_feature.data
        if self.vectorizer.sublinear_tf:  # 1 + log(count), looked up: counts are small integers
            weights = (1.0 + np.log(np.arange(1, int(weights.max(initial=1)) + 1)))[weights.astype(np.int64) - 1]
        weights *= self.idf[columns]
        if self.vectorizer.norm == "l2":
            norms = np.sqrt(np.bincount(docs, weights=weights**2, minlength=len(texts)))
            norms[norms == 0] = 1.0
            weights /= norms[docs]
        return columns, docs, weights

    # --- character n-grams inside word boundaries -----------------------------------------
    def _char_ngrams(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        padded = []
        for text in texts:
            words = text.lower().split()
            padded.append(" " + "  ".join(words) + " " if words else "")  # " w1 " + " w2 " + …
        lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
        codes32 = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32)
        doc_of_char = np.repeat(np.arange(len(texts), dtype=np.int32), lengths)
        space = codes32 == 32
        starts = space.copy()
        starts[1:] &= space[:-1]  # a padded word starts at a space after a space (or at 0)
        word_of_char = np.cumsum(starts)
        codes = codes32.astype(np.uint64)
        low, high = self.vectorizer.ngram_range
        docs, columns = [], []
        polynomial = np.full(len(codes) + 1, _SEED, dtype=np.uint64)
        for n in range(1, high + 1):
            length = len(codes) - n + 1
            if length <= 0:
                break
            polynomial = _extend(polynomial, codes, n)
            if n < low:
                continue
            inside = np.flatnonzero(word_of_char[:length] == word_of_char[n - 1 :])
            column = self.index.lookup(polynomial[inside])
            known = column >= 0
            docs.append(doc_of_char[inside[known]])
            columns.append(column[known])
        if not docs:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
        return np.concatenate(docs), np.concatenate(columns)

    # --- word 1–2-grams -------------------------------------------------------------------
    def _index_words(self, terms: np.ndarray) -> None:
        is_bigram = np.fromiter((" " in t for t in terms), dtype=bool, count=len(terms))
        self.unigram_columns = np.flatnonzero(~is_bigram)
        self.index = HashIndex(word_hashes(terms[~is_bigram]))
        bigram_columns = np.flatnonzero(is_bigram)
        parts = pd.Series(terms[is_bigram], dtype=object).str.split(" ", n=1, expand=True)
        if len(bigram_columns):
            first = self.index.lookup(word_hashes(parts[0]))
            second = self.index.lookup(word_hashes(parts[1]))
            keys = first.astype(np.int64) * len(self.unigram_columns) + second
            order = np.argsort(keys)
            self.bigram_keys, self.bigram_columns = keys[order], bigram_columns[order]
        else:
            self.bigram_keys = self.bigram_columns = np.zeros(0, dtype=np.int64)

    def _word_ngrams(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        # tokens of the default pattern \b\w\w+\b are the maximal runs of two or more word characters
        lowered = [text.lower() for text in texts]  # one by one: lower() may change a length
        codes32 = np.frombuffer(" ".join(lowered).encode("utf-32-le"), dtype=np.uint32)
        lengths = np.fromiter(map(len, lowered), dtype=np.int64, count=len(lowered)) + 1
        is_word = _word_characters()[codes32]
        edges = np.diff(np.concatenate([[False], is_word, [False]]).astype(np.int8))
        begin, end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        keep = end - begin >= 2
        begin, end = begin[keep], end[keep]
        doc_of_token = (np.searchsorted(np.cumsum(lengths), begin, side="right")).astype(np.int32)
        unigram = self.index.lookup(_run_hashes(codes32.astype(np.uint64), begin, end))
        known = unigram >= 0
        docs, columns = [doc_of_token[known]], [self.unigram_columns[unigram[known]]]
        if self.vectorizer.ngram_range[1] == 2 and len(unigram) > 1 and len(self.bigram_keys):
            a, b = unigram[:-1], unigram[1:]
            pair = (doc_of_token[:-1] == doc_of_token[1:]) & (a >= 0) & (b >= 0)
            keys = a[pair].astype(np.int64) * len(self.unigram_columns) + b[pair]
            where = np.minimum(np.searchsorted(self.bigram_keys, keys), len(self.bigram_keys) - 1)
            match = self.bigram_keys[where] == keys
            docs.append(doc_of_token[:-1][pair][match])
            columns.append(self.bigram_columns[where[match]])
        return np.concatenate(docs), np.concatenate(columns).astype(np.int64)


@functools.cache
def _word_characters() -> np.ndarray:
    """For every code point, whether the regex class ``\\w`` matches it (alphanumeric or '_')."""
    table = np.fromiter((chr(c).isalnum() for c in range(sys.maxunicode + 1)), dtype=bool, count=sys.maxunicode + 1)
    table[ord("_")] = True
    return table


def _run_hashes(codes: np.ndarray, begin: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Hash of each run ``codes[begin:end]``: Σ_k c_(begin+k)·S^k mod 2^64, then mixed.

    From prefix sums P[i] = Σ_{j<i} c_j·S^j: the run's sum is (P[end] − P[begin])·S^(−begin),
    S being odd and so invertible modulo 2^64. Linear in the text, however long a run is.
    """
    if not len(codes):
        return np.zeros(len(begin), dtype=np.uint64)
    with np.errstate(over="ignore"):
        powers = np.full(len(codes), _STEP, dtype=np.uint64)
        powers[0] = 1
        powers = np.cumprod(powers, dtype=np.uint64)
        inverses = np.full(len(codes), _STEP_INVERSE, dtype=np.uint64)
        inverses[0] = 1
        inverses = np.cumprod(inverses, dtype=np.uint64)
        prefix = np.concatenate([np.zeros(1, dtype=np.uint64), np.cumsum(codes * powers, dtype=np.uint64)])
        return (prefix[end] - prefix[begin]) * inverses[begin]


def word_hashes(words: Any) -> np.ndarray:
    """:func:`_run_hashes` of whole strings (the vocabulary side of the word lookup)."""
    words = list(words)
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    end = np.cumsum(lengths)
    codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return _run_hashes(codes, end - lengths, end)
