"""Markov-chain attribution with removal effects, solved in closed form.

Journeys are walks START → s₁ → … → sₙ → CONVERSION | NULL; for order k a state is the
last k keys seen (Anderl et al. 2016; ChannelAttribution's ``markov_model``). Transition
probabilities are counts of observed transitions over each state's outgoing total. The
chain is absorbing, so the probability of conversion from START is exact linear algebra:
with Q the transient-to-transient matrix and r the transient-to-CONVERSION vector,
x = (I − Q)⁻¹ r and P(conv) = π₀ · x, π₀ the START distribution — no simulation, so the
result is deterministic. Removing key c sends every transition into a state containing c
to NULL; its removal effect is RE_c = 1 − P₋c(conv) / P(conv), and c is credited
conversions × RE_c / Σ RE (value likewise).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from socialscope.errors import UsageError


@dataclass(frozen=True)
class MarkovResult:
    keys: list[str]
    removal_effects: np.ndarray
    conversion_probability: float


@dataclass(frozen=True)
class MarkovChain:
    """The states and transitions of the paths' chain, without weights: built once, then
    solved for any weights of the same paths (the bootstrap reweights, it does not rebuild)."""

    keys: list[str]
    order: int
    rows: np.ndarray  # the paths (row positions) that have at least one touch
    n_states: int
    digits: np.ndarray  # (order × states): key code + 1 of each of a state's last keys, 0 = pad
    src: np.ndarray  # transitions between consecutive states of a path …
    dst: np.ndarray
    transition_path: np.ndarray  # … and the path (index into rows) each belongs to
    first_state: np.ndarray  # per path in rows
    last_state: np.ndarray


def markov_chain(paths: pd.DataFrame, *, order: int = 1) -> MarkovChain:
    """The order-``order`` chain of aggregated ``paths`` (a state = the last ``order`` keys)."""
    if order < 1:
        raise UsageError("order must be >= 1")
    sizes = paths["path"].map(len).to_numpy(np.int64)
    rows = np.flatnonzero(sizes > 0)
    keys = sorted({k for p in paths["path"] for k in p})
    if not len(rows):
        empty = np.zeros(0, dtype=np.int64)
        return MarkovChain(
            keys, order, rows, 0, np.zeros((order, 0), dtype=np.int64), empty, empty, empty, empty, empty
        )
    sizes = sizes[rows]
    # every touch as (path, key code), in path order; the key `lag` steps back is the touch
    # `lag` places earlier in the same path (none before the path's start)
    codes = pd.Index(keys).get_indexer(pd.Series([k for p in paths["path"] for k in p], dtype=object))
    path_of = np.repeat(np.arange(len(rows)), sizes)
    start = np.repeat(np.cumsum(sizes) - sizes, sizes)
    # state = the last `order` keys, encoded in base (len(keys) + 1); 0 pads the start
    base = len(keys) + 1
    state = np.zeros(len(codes), dtype=np.int64)
    for lag in range(order):
        back = np.arange(len(codes)) - lag
        state += np.where(back >= start, codes[np.maximum(back, 0)] + 1, 0) * base**lag
    states, state_idx = np.unique(state, return_inverse=True)
    last = np.r_[path_of[1:] != path_of[:-1], True]
    first = np.r_[True, path_of[1:] != path_of[:-1]]
    inner = ~last[:-1]
    return MarkovChain(
        keys,
        order,
        rows,
        len(states),
        np.stack([(states // base**lag) % base for lag in range(order)]),
        state_idx[:-1][inner],
        state_idx[1:][inner],
        path_of[:-1][inner],
        state_idx[first],
        state_idx[last],
    )


def solve_removal_effects(chain: MarkovChain, conversions: np.ndarray, nulls: np.ndarray) -> MarkovResult:
    """Removal effect of every key, ``conversions`` and ``nulls`` given per row of the paths
    the chain was built from."""
    conv = np.asarray(conversions, dtype=float)[chain.rows]
    null = np.asarray(nulls, dtype=float)[chain.rows]
    keys, n = chain.keys, chain.n_states
    if not keys or conv.sum() == 0:
        return MarkovResult(keys, np.zeros(len(keys)), 0.0)
    weight = conv + null
    counts = sp.coo_matrix((weight[chain.transition_path], (chain.src, chain.dst)), shape=(n, n)).tocsr()
    to_conv = np.bincount(chain.last_state, weights=conv, minlength=n)
    to_null = np.bincount(chain.last_state, weights=null, minlength=n)
    out_total = np.asarray(counts.sum(axis=1)).ravel() + to_conv + to_null
    inv = np.where(out_total > 0, 1.0 / np.where(out_total > 0, out_total, 1.0), 0.0)
    q = sp.diags(inv) @ counts
    r = to_conv * inv
    start = np.bincount(chain.first_state, weights=weight, minlength=n)
    start = start / start.sum()
    identity = sp.identity(n, format="csc")

    def conversion(keep: np.ndarray) -> float:
        mask = sp.diags(keep.astype(float))
        x = spla.spsolve((identity - q @ mask).tocsc(), r)
        return float(start @ (keep * x))

    base_p = conversion(np.ones(n, dtype=bool))
    effects = np.array([1.0 - conversion(~(chain.digits == i + 1).any(axis=0)) / base_p for i in range(len(keys))])
    return MarkovResult(keys, effects, base_p)


def removal_effects(paths: pd.DataFrame, *, order: int = 1) -> MarkovResult:
    """Removal effect of every key from aggregated ``paths`` (path, conversions, nulls)."""
    chain = markov_chain(paths, order=order)
    return solve_removal_effects(chain, paths["conversions"].to_numpy(float), paths["nulls"].to_numpy(float))


def markov_credit(
    paths: pd.DataFrame,
    total_conversions: float,
    total_value: float,
    *,
    order: int = 1,
    chain: MarkovChain | None = None,
) -> pd.DataFrame:
    """Credit ∝ removal effect; ``chain`` (built from these paths) saves rebuilding it."""
    chain = chain or markov_chain(paths, order=order)
    result = solve_removal_effects(chain, paths["conversions"].to_numpy(float), paths["nulls"].to_numpy(float))
    share = (
        result.removal_effects / result.removal_effects.sum()
        if result.removal_effects.sum()
        else result.removal_effects
    )
    return pd.DataFrame(
        {
            "key": result.keys,
            "conversions": total_conversions * share,
            "value": total_value * share,
            "removal_effect": result.removal_effects,
        }
    )
