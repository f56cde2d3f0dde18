"""The exact ``TfidfVectorizer.transform`` of a fitted vectorizer, with the n-grams made in NumPy.

scikit-learn builds every n-gram of every text in a Python loop (``_char_wb_ngrams``,
``_word_ngrams``), about 4,000 tweets a second for word 1–2-grams plus character 2–5-grams.
:class:`FastTfidf` computes the same matrix on whole batches. Neither analyzer's n-grams cross
white space, so the texts are split into lower-cased words (:func:`split_words`, shared by the
vectorizers of one model) and the n-grams are made once per distinct word, then repeated for
each of its occurrences:

- *character n-grams within word boundaries* (``analyzer="char_wb"``): the words padded with
  one space (" w "), all of them one array of code points; the n-grams are the windows that
  stay inside one padded word, each hashed (a polynomial over the code points modulo 2^64) and
  looked up in an open-addressing table of the vocabulary's hashes;
- *word n-grams* (``analyzer="word"``, default token pattern): the tokens are the runs of two
  or more word characters (a code-point table of the regex class ``\\w``), hashed from prefix
  sums and looked up the same way; bigrams as pairs of consecutive tokens' unigram ids,
  looked up by hash;
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
from dataclasses import dataclass
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
    """Open-addressing table (linear probing, load ≤ 1/4) from 64-bit hashes to positions
    (int32: a vocabulary has fewer than 2^31 entries; the smaller table stays in cache better)."""

    def __init__(self, hashes: np.ndarray) -> None:
        if len(np.unique(hashes)) != len(hashes) or (hashes == 0).any():
            raise ValueError("two vocabulary entries share a 64-bit hash, or one hashes to 0")
        self.bits = max(4, int(np.ceil(np.log2(max(len(hashes), 1) * 4))))
        self.mask = np.uint64((1 << self.bits) - 1)
        self.keys = np.zeros(1 << self.bits, dtype=np.uint64)  # 0 marks an empty slot
        self.values = np.full(1 << self.bits, -1, dtype=np.int32)
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
        slot = self._home(hashes)
        found = self.keys[slot]
        out = self.values[slot]  # right wherever the home slot holds the hash (-1 where it is empty)
        miss = found != hashes
        out[miss] = -1
        pending = np.flatnonzero(miss & (found != 0))  # the home slot holds another hash: probe on
        slot = slot[pending]
        for _ in range(self.probes - 1):
            if not len(pending):
                break
            slot = (slot + np.uint64(1)) & self.mask
            found = self.keys[slot]
            hit = found == hashes[pending]
            out[pending[hit]] = self.values[slot[hit]]
            more = ~hit & (found != 0)
            pending, slot = pending[more], slot[more]
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
        split = split_words(texts)
        columns, docs, weights = self._weighted_entries(*self._entries(split, self._pieces(split), 0, len(texts)))
        # from (row, column) pairs: the entries come feature-major
        matrix = sparse.coo_matrix((weights, (docs, columns)), shape=(len(texts), self.n_features))
        return matrix.tocsr().astype(self.vectorizer.dtype)

    def dot(
        self, texts: list[str], coefficients: np.ndarray, *, batch: int = 2048, split: SplitWords | None = None
    ) -> np.ndarray:
        """``transform(texts) @ coefficients`` without building the matrix; ``coefficients`` is
        one vector or an (n_features, k) matrix (k outputs from one pass over the n-grams).
        ``split``: :func:`split_words` of ``texts``, when the caller already has it (several
        vectorizers scoring the same texts share it).

        The n-grams are made once per distinct word of all the texts; the counting and
        weighting go in batches of ``batch`` texts, whose arrays stay in the CPU's caches
        (measured: 2,048 tweets at a time score ~1.5× faster than 60,000 at once).
        """
        split = split if split is not None else split_words(texts)
        pieces = self._pieces(split)
        coefficients = np.asarray(coefficients)
        # one row per output (a 1-D vector: one), each contiguous for the gathers below
        matrix = np.ascontiguousarray(coefficients.reshape(len(coefficients), -1).T)
        out = np.zeros((len(texts), len(matrix)))
        for start in range(0, len(texts), batch):
            stop = min(start + batch, len(texts))
            columns, docs, weights = self._weighted_entries(*self._entries(split, pieces, start, stop))
            for k, row in enumerate(matrix):
                out[start:stop, k] = np.bincount(docs, weights=weights * row[columns], minlength=stop - start)
        return out.reshape((len(texts), *coefficients.shape[1:]))

    def _weighted_entries(
        self, docs: np.ndarray, columns: np.ndarray, n_texts: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(column, text, tf-idf) of every non-zero (each (text, column) pair once), from the
        (text, column) of every n-gram occurrence.

        The pairs are counted by sorting one integer key per occurrence, the column above the
        text's bits: equal pairs become adjacent, and the result comes feature-major, so the
        gathers by column that follow read the vocabulary's arrays in order (each text still
        sums its entries in ascending column order, as a CSR row would)."""
        shift = max(n_texts - 1, 0).bit_length()
        kind = np.int32 if self.n_features << shift < 2**31 else np.int64  # a 32-bit key sorts twice as fast
        key = columns.astype(kind)
        key <<= shift
        key |= docs
        key.sort()
        starts = np.empty(len(key), dtype=bool)  # where each run of equal pairs starts
        starts[:1] = True
        np.not_equal(key[1:], key[:-1], out=starts[1:])
        first = np.flatnonzero(starts)
        counts = np.diff(first, append=len(key))
        key = key[first]
        columns, docs = key >> shift, key & ((1 << shift) - 1)
        if self.vectorizer.sublinear_tf:  # 1 + log(count), looked up: counts are small integers
            tf = np.zeros(int(counts.max(initial=0)) + 1)
            tf[1:] = 1.0 + np.log(np.arange(1, len(tf)))
            weights = tf[counts]
        else:
            weights = counts.astype(np.float64)
        weights *= self.idf[columns]
        if self.vectorizer.norm == "l2":
            norms = np.sqrt(np.bincount(docs, weights=weights**2, minlength=n_texts))
            norms[norms == 0] = 1.0
            weights /= norms[docs]
        return columns, docs, weights

    # --- from distinct words to texts ------------------------------------------------------
    def _pieces(self, split: SplitWords) -> tuple[np.ndarray, np.ndarray]:
        """Per distinct word, its pieces as a CSR pair (starts, values): the columns of its
        character n-grams, or its word tokens' unigram positions (-1: not in the vocabulary)."""
        n = len(split.distinct)
        word, values = (
            self._char_ngrams(split.distinct) if self.vectorizer.analyzer == "char_wb" else self._tokens(split)
        )
        if self.vectorizer.analyzer == "char_wb":
            order = np.argsort(word, kind="stable")
            values = values[order]
        starts = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(word, minlength=n), out=starts[1:])
        return starts, values

    def _entries(
        self, split: SplitWords, pieces: tuple[np.ndarray, np.ndarray], start: int, stop: int
    ) -> tuple[np.ndarray, np.ndarray, int]:
        """(text, column) of every n-gram occurrence in texts ``start:stop`` (texts numbered
        from 0), the pieces of each word occurrence repeated in text order."""
        first, last = split.starts[start], split.starts[stop]
        occurrence = split.occurrence[first:last]
        doc_of_occurrence = np.repeat(np.arange(stop - start, dtype=np.int32), np.diff(split.starts[start : stop + 1]))
        piece_starts, values = pieces
        sizes = (piece_starts[1:] - piece_starts[:-1])[occurrence]
        offset = np.cumsum(sizes) - sizes  # where an occurrence's pieces start in the output
        position = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(
            piece_starts[:-1][occurrence] - offset, sizes
        )
        docs, values = np.repeat(doc_of_occurrence, sizes), values[position]
        if self.vectorizer.analyzer == "char_wb":
            return docs, values, stop - start
        known = values >= 0
        out_docs, columns = [docs[known]], [self.unigram_columns[values[known]]]
        if self.vectorizer.ngram_range[1] == 2 and len(values) > 1 and self.bigram_index is not None:
            a, b = values[:-1], values[1:]
            pair = np.flatnonzero((docs[:-1] == docs[1:]) & (a >= 0) & (b >= 0))
            bigram = self.bigram_index.lookup(self._pair_keys(a[pair], b[pair]))
            match = bigram >= 0
            out_docs.append(docs[pair[match]])
            columns.append(self.bigram_columns[bigram[match]])
        return np.concatenate(out_docs), np.concatenate(columns).astype(np.int64), stop - start

    # --- character n-grams inside word boundaries -----------------------------------------
    def _char_ngrams(self, words: Any) -> tuple[np.ndarray, np.ndarray]:
        """(word, column) of every known n-gram of each padded word " w ", in one pass over
        all words' code points (a window is kept when it stays inside one padded word)."""
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2
        codes = np.frombuffer((" " + "  ".join(words) + " " if len(words) else "").encode("utf-32-le"),
                              dtype=np.uint32).astype(np.uint64)  # fmt: skip
        word_of_char = np.repeat(np.arange(len(words), dtype=np.int32), lengths)
        low, high = self.vectorizer.ngram_range
        found_words, columns = [], []
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
            found_words.append(word_of_char[inside[known]])
            columns.append(column[known])
        if not found_words:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
        return np.concatenate(found_words), np.concatenate(columns)

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
            self.bigram_index = HashIndex(self._pair_keys(first, second))
            self.bigram_columns = bigram_columns
        else:
            self.bigram_index, self.bigram_columns = None, np.zeros(0, dtype=np.int64)

    def _pair_keys(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """A non-zero key of each pair of unigram positions (each below 2^31: a pair fits in 64 bits)."""
        n = np.uint64(len(self.unigram_columns))
        return first.astype(np.uint64) * n + second.astype(np.uint64) + np.uint64(1)

    def _tokens(self, split: SplitWords) -> tuple[np.ndarray, np.ndarray]:
        """(word, unigram position or -1) of every token of each distinct word, in order."""
        word_of_token, hashes = split.tokens
        return word_of_token, self.index.lookup(hashes)


@dataclass(frozen=True)
class SplitWords:
    """Texts as their lower-cased whitespace-separated words: the ``distinct`` words, the
    index in ``distinct`` of every word occurrence (texts in order), and where each text's
    occurrences start (``starts[i]:starts[i + 1]``)."""

    distinct: np.ndarray
    occurrence: np.ndarray
    starts: np.ndarray

    @functools.cached_property
    def tokens(self) -> tuple[np.ndarray, np.ndarray]:
        """(word, hash) of every token of each distinct word, in order, made once for all the
        word vectorizers scoring these texts. Tokens of the default pattern \\b\\w\\w+\\b are
        the maximal runs of two or more word characters."""
        words = self.distinct
        codes = np.frombuffer(" ".join(words).encode("utf-32-le"), dtype=np.uint32)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 1
        edges = np.diff(_word_characters()[codes].view(np.int8), prepend=0, append=0)
        begin, end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        keep = end - begin >= 2
        begin, end = begin[keep], end[keep]
        word_of_token = np.repeat(np.arange(len(words), dtype=np.int32), lengths)[begin]
        return word_of_token, _run_hashes(codes, begin, end)


def split_words(texts: list[str]) -> SplitWords:
    """:class:`SplitWords` of ``texts``. Neither analyzer's n-grams cross white space (a
    ``char_wb`` n-gram stays in one padded word, a token is a run of word characters), so a
    text's n-grams are its words' n-grams, and each distinct word needs making only once.

    All the texts are lower-cased and split in one pass: joined by spaces (a space ends a word,
    and ends the context of a final 'Σ' as the end of a text does), the words are the runs of
    code points other than ``str.split``'s white space, and equal words are found by hash,
    then checked character by character.
    """
    joined = " ".join(texts)
    lowered = joined.lower()
    if len(lowered) != len(joined):  # 'İ' lower-cases to two code points: the texts' lengths change
        texts = [text.lower() for text in texts]
        lowered = " ".join(texts)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)  # where each text starts in ``lowered``
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1, out=offsets[1:])
    codes = np.frombuffer(lowered.encode("utf-32-le"), dtype=np.uint32)
    in_word = ~_white_space()[np.minimum(codes, _LAST_WHITE_SPACE + 1)]
    edges = np.diff(in_word.view(np.int8), prepend=0, append=0)
    begin, end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    occurrence, _ = pd.factorize(_run_hashes(codes, begin, end))
    first = np.flatnonzero(np.diff(np.maximum.accumulate(occurrence), prepend=-1))  # each word's first occurrence
    if _same_words(codes, in_word, begin, end, first[occurrence]):
        distinct = _substrings(lowered, begin[first], end[first])
    else:  # two different words share a 64-bit hash: compare the words themselves
        occurrence, distinct = pd.factorize(_substrings(lowered, begin, end))
    return SplitWords(np.asarray(distinct, dtype=object), occurrence.astype(np.int64), np.searchsorted(begin, offsets))


def _substrings(text: str, begin: np.ndarray, end: np.ndarray) -> np.ndarray:
    return np.array([text[b:e] for b, e in zip(begin.tolist(), end.tolist(), strict=True)], dtype=object)


def _same_words(
    codes: np.ndarray, in_word: np.ndarray, begin: np.ndarray, end: np.ndarray, representative: np.ndarray
) -> bool:
    """Whether every word ``codes[begin:end]`` equals the word ``representative`` names."""
    length = end - begin
    if not np.array_equal(length[representative], length):
        return False
    chars = np.flatnonzero(in_word)  # the words' code points, word after word
    return np.array_equal(codes[chars + np.repeat(begin[representative] - begin, length)], codes[chars])


_LAST_WHITE_SPACE = 0x3000  # U+3000 IDEOGRAPHIC SPACE: no code point above it is white space


@functools.cache
def _white_space() -> np.ndarray:
    """For every code point up to U+3000, whether ``str.split()`` splits at it; one more entry
    (False) stands for every code point above."""
    table = np.zeros(_LAST_WHITE_SPACE + 2, dtype=bool)
    table[:-1] = np.fromiter(
        (chr(c).isspace() for c in range(_LAST_WHITE_SPACE + 1)), dtype=bool, count=_LAST_WHITE_SPACE + 1
    )
    return table


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
        np.cumprod(powers, out=powers)
        inverses = np.full(len(codes), _STEP_INVERSE, dtype=np.uint64)
        inverses[0] = 1
        np.cumprod(inverses, out=inverses)
        prefix = np.zeros(len(codes) + 1, dtype=np.uint64)
        np.cumsum(np.multiply(codes, powers, out=powers), out=prefix[1:])
        return (prefix[end] - prefix[begin]) * inverses[begin]


def word_hashes(words: Any) -> np.ndarray:
    """:func:`_run_hashes` of whole strings (the vocabulary side of the word lookup)."""
    words = list(words)
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    end = np.cumsum(lengths)
    codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return _run_hashes(codes, end - lengths, end)
