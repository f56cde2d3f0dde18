"""Exact Shapley values of each journey's channels, vectorised over journeys.

A journey's *distinct* channels, in the order of their first touch, are its players. A value
function gives, for every subset u of those m players, the conversion probability of the
*sub-journey* that keeps only the touches of channels in u (in their original order). The
Shapley value of player i is

    φ_i = Σ_{u ∌ i} |u|! (m − |u| − 1)! / m! · (v(u ∪ {i}) − v(u)),

so φ = V · M with V the (journeys × 2^m) matrix of values and M the fixed (2^m × m)
coefficient matrix: M[u, i] = +w(|u| − 1) when i ∈ u and −w(|u|) when i ∉ u, w(s) =
s!(m − s − 1)!/m!. The values sum to v(all) − v(∅) (efficiency). Journeys are processed in
groups of equal m and in chunks, so memory stays bounded; 2^m work per journey is fine for
m ≤ :data:`MAX_DISTINCT` distinct channels (journeys rarely touch more than ten).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from math import factorial

import numpy as np
import pandas as pd

from socialscope.errors import UsageError

MAX_DISTINCT = 16
_CHUNK_CELLS = 1 << 22  # journeys × subsets evaluated at once


@cache
def subset_bits(m: int) -> np.ndarray:
    """(2^m × m) 0/1 matrix: row u holds the bits of local subset mask u."""
    u = np.arange(1 << m, dtype=np.int64)
    return ((u[:, None] >> np.arange(m)) & 1).astype(np.int8)


@cache
def pair_positions(m: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions (i, j), i < j, of every pair of players, in a fixed order."""
    i, j = np.triu_indices(m, k=1)
    return i, j


@cache
def pair_bits(m: int) -> np.ndarray:
    """(2^m × m(m−1)/2) 0/1 matrix: 1 when both players of the pair are in subset u."""
    bits = subset_bits(m)
    i, j = pair_positions(m)
    return (bits[:, i] & bits[:, j]).astype(np.int8)


@cache
def shapley_matrix(m: int) -> np.ndarray:
    """The (2^m × m) coefficient matrix M of the module doc: φ = V · M."""
    bits = subset_bits(m).astype(bool)
    size = bits.sum(axis=1)
    w = np.array([factorial(s) * factorial(m - s - 1) / factorial(m) for s in range(m)] + [0.0])
    return np.where(bits, w[np.maximum(size - 1, 0)][:, None], -w[size][:, None])


@dataclass(frozen=True)
class PathArrays:
    """Distinct paths as arrays: ``codes[r, :lengths[r]]`` are path r's distinct keys (indices
    into ``keys``) in first-touch order, ``-1`` pads; ``touches`` counts each one's touches;
    ``rows`` is each row's position in the frame it was made from."""

    keys: list[str]
    codes: np.ndarray
    lengths: np.ndarray
    touches: np.ndarray
    conversions: np.ndarray
    nulls: np.ndarray
    value: np.ndarray
    rows: np.ndarray | None = None

    @property
    def journeys(self) -> np.ndarray:
        return self.conversions + self.nulls

    def masks(self) -> np.ndarray:
        """Each path's channel set as a bitmask (bit k = key k)."""
        bits = np.where(self.codes >= 0, np.left_shift(np.int64(1), np.maximum(self.codes, 0)), 0)
        return bits.sum(axis=1)


def path_arrays(paths: pd.DataFrame, keys: list[str] | None = None) -> PathArrays:
    """:class:`PathArrays` of aggregated ``paths`` (path, conversions, value, nulls), sorted
    by path; empty paths are dropped."""
    nonempty = np.flatnonzero(paths["path"].map(len).to_numpy() > 0)
    paths = paths.iloc[nonempty]
    # a canonical row order, so that fitted models do not depend on how the input was sorted
    canonical = np.argsort(np.array(["\x1f".join(p) for p in paths["path"]], dtype=object), kind="stable")
    paths = paths.iloc[canonical]
    keys = keys if keys is not None else sorted({k for p in paths["path"] for k in p})
    if len(keys) > 62:
        raise UsageError(f"the data-driven models handle up to 62 channels; these journeys have {len(keys)}")
    # every touch as (path, key code); each path's distinct keys in first-touch order and their
    # touch counts come from one np.unique over (path, key) pairs, not a loop over paths
    sizes = paths["path"].map(len).to_numpy(np.int64)
    flat = pd.Index(keys).get_indexer(pd.Series([k for p in paths["path"] for k in p], dtype=object))
    if (flat < 0).any():
        raise UsageError("the paths hold keys that are not among the keys given")
    owner = np.repeat(np.arange(len(sizes)), sizes)
    pairs, first, counts = np.unique(owner * len(keys) + flat, return_index=True, return_counts=True)
    order = np.lexsort((first, pairs // max(len(keys), 1)))
    pair_owner = pairs[order] // max(len(keys), 1)
    lengths = np.bincount(pair_owner, minlength=len(sizes)).astype(np.int64)
    widest = int(lengths.max()) if len(lengths) else 0
    if widest > MAX_DISTINCT:
        raise UsageError(
            f"a journey touches {widest} distinct channels; exact Shapley handles up to {MAX_DISTINCT} "
            "(group channels more coarsely, or use markov_1 / shapley)"
        )
    slot = np.arange(len(order)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    codes = np.full((len(sizes), max(widest, 1)), -1, dtype=np.int64)
    touches = np.zeros_like(codes)
    codes[pair_owner, slot] = pairs[order] % max(len(keys), 1)
    touches[pair_owner, slot] = counts[order]
    return PathArrays(
        keys,
        codes,
        lengths,
        touches,
        paths["conversions"].to_numpy(float),
        paths["nulls"].to_numpy(float),
        paths["value"].to_numpy(float),
        nonempty[canonical],
    )


# value(rows, m) -> (len(rows) × 2^m) values of every sub-journey of those rows (all with m players)
ValueFunction = Callable[[np.ndarray, int], np.ndarray]


def journey_shapley(arrays: PathArrays, weights: np.ndarray, value: ValueFunction) -> np.ndarray:
    """Σ_rows weights[r] · φ_r, per key: each key's total Shapley value over the journeys."""
    total = np.zeros(len(arrays.keys))
    for m in np.unique(arrays.lengths):
        rows = np.flatnonzero((arrays.lengths == m) & (weights != 0))
        step = max(1, _CHUNK_CELLS >> int(m))
        for start in range(0, len(rows), step):
            chunk = rows[start : start + step]
            phi = value(chunk, int(m)) @ shapley_matrix(int(m))
            np.add.at(total, arrays.codes[chunk, :m].ravel(), (phi * weights[chunk, None]).ravel())
    return total


def sub_masks(arrays: PathArrays, rows: np.ndarray, m: int) -> np.ndarray:
    """(rows × 2^m) global channel-set bitmask of every sub-journey."""
    singles = np.left_shift(np.int64(1), arrays.codes[rows, :m])
    return singles @ subset_bits(m).T.astype(np.int64)


def sub_sequence_codes(arrays: PathArrays, rows: np.ndarray, m: int) -> np.ndarray:
    """(rows × 2^m) code of every sub-journey's ordered channel sequence.

    Horner's rule in base K + 1 over the kept channels in first-touch order, in uint64: an
    exact code while (K + 1)^m < 2^64, a polynomial hash modulo 2^64 beyond that.
    """
    base = np.uint64(len(arrays.keys) + 1)
    bits = subset_bits(m).astype(np.uint64)
    # exponent of position i in subset u = kept positions after i
    after = np.cumsum(bits[:, ::-1], axis=1)[:, ::-1] - bits
    with np.errstate(over="ignore"):
        weights = bits * np.power(base, after)  # (2^m × m)
        digits = (arrays.codes[rows, :m] + 1).astype(np.uint64)
        return digits @ weights.T


def sequence_codes(arrays: PathArrays) -> np.ndarray:
    """Code of every path's full ordered sequence of distinct channels (as in :func:`sub_sequence_codes`)."""
    out = np.zeros(len(arrays.lengths), dtype=np.uint64)
    for m in np.unique(arrays.lengths):
        rows = np.flatnonzero(arrays.lengths == m)
        out[rows] = sub_sequence_codes(arrays, rows, int(m))[:, -1]
    return out


def pairwise_logistic(
    intercept: float, position: Callable[[np.ndarray, int], np.ndarray], pair: Callable[[np.ndarray, int], np.ndarray]
) -> ValueFunction:
    """Value function of a logistic model with per-channel and per-ordered-pair terms:
    v(u) = σ(b₀ + Σ_{i∈u} a_i + Σ_{i<j, i,j∈u} P_ij), where ``position(rows, m)`` gives the
    (rows × m) terms a and ``pair(rows, m)`` the (rows × m(m−1)/2) terms P of each journey."""

    def value(rows: np.ndarray, m: int) -> np.ndarray:
        logit = intercept + position(rows, m) @ subset_bits(m).T
        if m > 1:
            logit = logit + pair(rows, m) @ pair_bits(m).T
        return 1.0 / (1.0 + np.exp(-logit))

    return value
