"""Data-driven attribution from conversion probabilities, using converting and non-converting
journeys alike.

All three models share one shape. An estimated conversion probability v̂ is defined for
every journey and every sub-journey (the journey with some channels' touches removed, order
kept, as in :mod:`socialscope.attribution.games`); each journey's channels are credited the
exact Shapley value of v̂ over its distinct channels, which sums to v̂(J) − v̂(∅), the
conversions the channels are estimated to cause; summed over all journeys, the credits are
normalised to shares of the attributed conversions (and value). This is the definition of
each channel's true contribution in :mod:`socialscope.attribution.simulate`, with v̂ in place
of the true p. They differ only in v̂:

* ``shapley_conversion`` — v̂(S) = the conversion rate of journeys whose channel set is S
  (Shao & Li 2011; Dalessandro et al. 2012), smoothed for rare sets: with n_S journeys and
  c_S conversions, v̂(S) = (c_S + α·p₀(S)) / (n_S + α), α = :data:`SMOOTHING` pseudo-journeys
  and p₀ a main-effects logistic regression on channel presence fitted on all journeys
  (beta-binomial shrinkage towards it; an unseen set gets p₀(S), and v̂(∅) = p₀(∅)).
* ``shapley_ordered`` — v̂ of the ordered sequence of distinct channels (first touches), so
  A-then-B and B-then-A are different coalitions (the ordered game of Zhao et al. 2018,
  "Shapley value methods for attribution modeling in online advertising"):
  v̂(s) = (c_s + α·v̂_set(set(s))) / (n_s + α), shrunk towards the set-based rate (which
  it equals for fewer than two channels, where there is no order).
* ``model_based`` — v̂ = a logistic regression of conversion on channel presence,
  log(touches per channel), presence of each pair, and each pair's order (+1 when the
  lower-numbered channel came first, −1 otherwise), fitted on all journeys with
  L2 penalty ½‖β‖² on the journey-weighted log-loss (scikit-learn's C = 1 objective).

When the journeys hold no non-converting journey (or no conversion) a probability cannot be
estimated, and when the channels are estimated to cause no conversions there are no shares
to take: the models then warn and fall back to the converting-path ``shapley``.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import TypeVar

import numpy as np
import pandas as pd

from socialscope.attribution.games import (
    PathArrays,
    journey_shapley,
    pair_positions,
    pairwise_logistic,
    path_arrays,
    sequence_codes,
    sub_masks,
    sub_sequence_codes,
    subset_bits,
)

SMOOTHING = 10.0
F = TypeVar("F", bound=Callable[..., pd.DataFrame])


@functools.cache
def _blas_controller():  # finding the loaded BLAS libraries takes ~10 ms: once
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread(function: F) -> F:
    """Run with one BLAS thread: the matrices are small, and on a busy machine a threaded
    BLAS spends far longer waiting for cores than computing (10x slower here)."""

    @functools.wraps(function)
    def wrapper(*args: object, **kwargs: object) -> pd.DataFrame:
        with _blas_controller().limit(limits=1, user_api="blas"):
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class AttributionWarning(UserWarning):
    """A data-driven model could not be estimated as asked and fell back (see the message)."""


@_one_blas_thread
def shapley_conversion_credit(
    paths: pd.DataFrame | PathArrays, total_conversions: float, total_value: float, *, smoothing: float = SMOOTHING
) -> pd.DataFrame:
    """Shapley credit of the smoothed conversion rate per channel set (see the module doc)."""
    arrays = paths if isinstance(paths, PathArrays) else path_arrays(paths)
    if not _estimable(arrays):
        return _fallback(arrays)
    sets = _by_key(arrays, arrays.masks())
    value = _set_value(arrays, sets, smoothing)
    return _credit(arrays, journey_shapley(sets, sets.journeys, value(sets)), total_conversions, total_value)


@_one_blas_thread
def shapley_ordered_credit(
    paths: pd.DataFrame | PathArrays, total_conversions: float, total_value: float, *, smoothing: float = SMOOTHING
) -> pd.DataFrame:
    """Shapley credit of the smoothed conversion rate per ordered channel sequence."""
    arrays = paths if isinstance(paths, PathArrays) else path_arrays(paths)
    if not _estimable(arrays):
        return _fallback(arrays)
    sets = _by_key(arrays, arrays.masks())
    set_value = _set_value(arrays, sets, smoothing)
    sequences = _by_key(arrays, sequence_codes(arrays))
    seen, conv, count = _observed(sequence_codes(sequences), sequences)

    of_sets = set_value(sequences)

    def value(rows: np.ndarray, m: int) -> np.ndarray:
        c, n = _lookup(seen, conv, count, sub_sequence_codes(sequences, rows, m))
        by_set = of_sets(rows, m)
        ordered = (c + smoothing * by_set) / (n + smoothing)
        return np.where(subset_bits(m).sum(axis=1) > 1, ordered, by_set)  # one channel: no order

    credit = journey_shapley(sequences, sequences.journeys, value)
    return _credit(arrays, credit, total_conversions, total_value)


@_one_blas_thread
def model_based_credit(paths: pd.DataFrame | PathArrays, total_conversions: float, total_value: float) -> pd.DataFrame:
    """Shapley credit of a fitted logistic conversion model (presence, counts, pairs, order)."""
    arrays = paths if isinstance(paths, PathArrays) else path_arrays(paths)
    if not _estimable(arrays):
        return _fallback(arrays)
    k = len(arrays.keys)
    n_pairs = k * (k - 1) // 2
    pair_id = np.zeros((k, k), dtype=np.int64)
    lo, hi = np.triu_indices(k, 1)
    pair_id[lo, hi] = pair_id[hi, lo] = np.arange(n_pairs)
    features = _model_features(arrays, pair_id, n_pairs)
    intercept, coef = _fit_logistic(features, arrays.conversions, arrays.nulls)
    main, per_touch, pair, order = np.split(coef, [k, 2 * k, 2 * k + n_pairs])
    codes, log_touches = arrays.codes, np.log(np.maximum(arrays.touches, 1))

    def position(rows: np.ndarray, m: int) -> np.ndarray:
        c = codes[rows, :m]
        return main[c] + per_touch[c] * log_touches[rows, :m]

    def pairs(rows: np.ndarray, m: int) -> np.ndarray:
        i, j = pair_positions(m)
        a, b = codes[rows][:, i], codes[rows][:, j]
        return pair[pair_id[a, b]] + order[pair_id[a, b]] * np.where(a < b, 1.0, -1.0)

    value = pairwise_logistic(intercept, position, pairs)
    return _credit(arrays, journey_shapley(arrays, arrays.journeys, value), total_conversions, total_value)


def _estimable(arrays: PathArrays) -> bool:
    if arrays.conversions.sum() == 0:
        return False
    if arrays.nulls.sum() == 0:
        warnings.warn(
            "no non-converting journeys: conversion probabilities cannot be estimated; "
            "using the converting-path Shapley value instead",
            AttributionWarning,
            stacklevel=3,
        )
        return False
    return True


def _fallback(arrays: PathArrays) -> pd.DataFrame:
    from socialscope.attribution.shapley import shapley_credit

    sets = [tuple(arrays.keys[c] for c in row[:m]) for row, m in zip(arrays.codes, arrays.lengths, strict=True)]
    paths = pd.DataFrame({"path": sets, "conversions": arrays.conversions, "value": arrays.value})
    return shapley_credit(paths)


def _credit(arrays: PathArrays, credit: np.ndarray, total_conversions: float, total_value: float) -> pd.DataFrame:
    """Credit normalised to shares of the attributed conversions and value; when the
    channels are estimated to cause no conversions at all (Σ ≤ 0, e.g. one conversion in
    the whole store) there are no shares to take, so warn and fall back."""
    total = credit.sum()
    if total <= 0:
        warnings.warn(
            "the channels are estimated to cause no conversions; using the converting-path Shapley value instead",
            AttributionWarning,
            stacklevel=3,
        )
        return _fallback(arrays)
    share = credit / total
    return pd.DataFrame(
        {"key": arrays.keys, "conversions": total_conversions * share, "value": total_value * share, "caused": credit}
    )


def _by_key(arrays: PathArrays, key: np.ndarray) -> PathArrays:
    """Rows aggregated by ``key`` (channel set or ordered sequence), first row as representative."""
    unique, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    summed = [np.bincount(inverse, weights=w, minlength=len(unique)) for w in (arrays.conversions, arrays.nulls)]
    return PathArrays(
        arrays.keys,
        arrays.codes[first],
        arrays.lengths[first],
        arrays.touches[first],
        summed[0],
        summed[1],
        np.bincount(inverse, weights=arrays.value, minlength=len(unique)),
    )


def _observed(keys: np.ndarray, rows: PathArrays) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.argsort(keys, kind="stable")
    return keys[order], rows.conversions[order], rows.journeys[order]


def _lookup(seen: np.ndarray, conv: np.ndarray, count: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Conversions and journeys observed for each of ``keys`` (0 when unseen)."""
    at = np.minimum(np.searchsorted(seen, keys), len(seen) - 1)
    found = seen[at] == keys
    return np.where(found, conv[at], 0.0), np.where(found, count[at], 0.0)


def _set_value(
    arrays: PathArrays, sets: PathArrays, smoothing: float
) -> Callable[[PathArrays], Callable[[np.ndarray, int], np.ndarray]]:
    """v̂(S) = (c_S + α p₀(S)) / (n_S + α), p₀ the main-effects logistic model; returns a
    factory of value functions over the rows of any :class:`PathArrays` with the same keys."""
    k = len(arrays.keys)
    masks = sets.masks()
    presence = ((masks[:, None] >> np.arange(k)) & 1).astype(float)
    intercept, main = _fit_logistic(presence, sets.conversions, sets.nulls)
    seen, conv, count = _observed(masks, sets)

    def factory(rows_of: PathArrays) -> Callable[[np.ndarray, int], np.ndarray]:
        def value(rows: np.ndarray, m: int) -> np.ndarray:
            prior = 1.0 / (1.0 + np.exp(-(intercept + main[rows_of.codes[rows, :m]] @ subset_bits(m).T)))
            c, n = _lookup(seen, conv, count, sub_masks(rows_of, rows, m))
            return (c + smoothing * prior) / (n + smoothing)

        return value

    return factory


def _model_features(arrays: PathArrays, pair_id: np.ndarray, n_pairs: int):
    """Sparse design matrix: presence, log(touches), pair presence, pair order sign."""
    import scipy.sparse as sp

    k = len(arrays.keys)
    rows, cols, vals = [], [], []
    for m in np.unique(arrays.lengths):
        m = int(m)
        r = np.flatnonzero(arrays.lengths == m)
        c = arrays.codes[r, :m]
        rows += [np.repeat(r, m)] * 2
        cols += [c.ravel(), k + c.ravel()]
        vals += [np.ones(r.size * m), np.log(arrays.touches[r, :m]).ravel()]
        if m > 1:
            i, j = pair_positions(m)
            a, b = c[:, i], c[:, j]
            p = pair_id[a, b].ravel()
            rows += [np.repeat(r, len(i))] * 2
            cols += [2 * k + p, 2 * k + n_pairs + p]
            vals += [np.ones(p.size), np.where(a < b, 1.0, -1.0).ravel()]
    shape = (len(arrays.lengths), 2 * k + 2 * n_pairs)
    return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=shape)


def _fit_logistic(features, conversions: np.ndarray, nulls: np.ndarray) -> tuple[float, np.ndarray]:
    """L2-penalised logistic regression on aggregated rows (row r: ``conversions[r]``
    converting and ``nulls[r]`` non-converting journeys with the same features), minimising
    Σ_r [n_r log(1 + e^{z_r}) − c_r z_r] + ½‖β‖², z = b₀ + xβ, the intercept unpenalised —
    scikit-learn's ``LogisticRegression(C=1)`` objective with journeys as sample weights.
    Newton's method with step halving (deterministic, converged to machine precision) while
    the Hessian is cheap to form; scikit-learn's lbfgs on very large designs."""
    import scipy.sparse as sp

    n = conversions + nulls
    keep = n > 0
    x = sp.csr_matrix(features)[keep]
    c, n = conversions[keep], n[keep]
    rows, width = x.shape
    if (np.diff(x.indptr).astype(float) ** 2).sum() > 3e8:  # the Hessian's cost: Σ_r nnz_r²
        return _fit_logistic_lbfgs(x, c, n - c)
    x = sp.hstack([np.ones((rows, 1)), x], format="csr")
    if rows * (width + 1) <= 4_000_000:  # small: dense products are faster than sparse ones
        x = x.toarray()
    penalty = np.r_[0.0, np.ones(width)]
    beta = np.zeros(width + 1)

    def objective(b: np.ndarray) -> float:
        z = x @ b
        return float((n * np.logaddexp(0.0, z) - c * z).sum() + 0.5 * (penalty * b * b).sum())

    current = objective(beta)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (n * p - c) + penalty * beta
        # sparse products: single-threaded, where dense BLAS on a shared machine oversubscribes
        curvature = (n * p * (1 - p))[:, None]
        weighted = x.multiply(curvature) if sp.issparse(x) else x * curvature
        hessian = np.asarray((x.T @ weighted).todense() if sp.issparse(x) else x.T @ weighted)
        hessian += np.diag(penalty + 1e-12)
        step = np.linalg.solve(hessian, gradient)
        scale = 1.0
        while scale > 1e-10 and objective(beta - scale * step) > current:
            scale /= 2
        beta = beta - scale * step
        current = objective(beta)
        if np.abs(scale * step).max() < 1e-11:
            break
    return float(beta[0]), beta[1:]


def _fit_logistic_lbfgs(features, conversions: np.ndarray, nulls: np.ndarray) -> tuple[float, np.ndarray]:
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    x = sp.vstack([features, features])
    y = np.r_[np.ones(len(conversions)), np.zeros(len(nulls))]
    w = np.r_[conversions, nulls]
    keep = w > 0
    fitted = LogisticRegression(C=1.0, max_iter=2000, tol=1e-10).fit(x[keep], y[keep], sample_weight=w[keep])
    return float(fitted.intercept_[0]), fitted.coef_[0].astype(float)
