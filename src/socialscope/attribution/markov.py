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


def removal_effects(paths: pd.DataFrame, *, order: int = 1) -> MarkovResult:
    """Removal effect of every key from aggregated ``paths`` (path, conversions, nulls)."""
    if order < 1:
        raise UsageError("order must be >= 1")
    paths = paths[paths["path"].map(len) > 0].reset_index(drop=True)
    keys = sorted({k for p in paths["path"] for k in p})
    if not keys or paths["conversions"].sum() == 0:
        return MarkovResult(keys, np.zeros(len(keys)), 0.0)
    code = {k: i for i, k in enumerate(keys)}
    flat = paths[["path"]].explode("path").reset_index()
    flat["c"] = flat["path"].map(code).astype(np.int64)
    flat["pos"] = flat.groupby("index").cumcount()
    # state = the last `order` keys, encoded in base (len(keys) + 1); 0 pads the start
    base = len(keys) + 1
    state = np.zeros(len(flat), dtype=np.int64)
    grouped = flat.groupby("index")["c"]
    for lag in range(order):
        shifted = grouped.shift(lag).fillna(-1).to_numpy(np.int64) + 1
        state += shifted * base**lag
    states, state_idx = np.unique(state, return_inverse=True)
    weight = (paths["conversions"] + paths["nulls"]).to_numpy(float)
    path_of = flat["index"].to_numpy()
    last = np.r_[path_of[1:] != path_of[:-1], True]
    first = np.r_[True, path_of[1:] != path_of[:-1]]
    n = len(states)
    # transitions between consecutive states of a path
    src, dst = state_idx[:-1][~last[:-1]], state_idx[1:][~last[:-1]]
    w = weight[path_of[:-1][~last[:-1]]]
    counts = sp.coo_matrix((w, (src, dst)), shape=(n, n)).tocsr()
    to_conv = np.bincount(state_idx[last], weights=paths["conversions"].to_numpy(float)[path_of[last]], minlength=n)
    to_null = np.bincount(state_idx[last], weights=paths["nulls"].to_numpy(float)[path_of[last]], minlength=n)
    out_total = np.asarray(counts.sum(axis=1)).ravel() + to_conv + to_null
    inv = np.where(out_total > 0, 1.0 / out_total, 0.0)
    q = sp.diags(inv) @ counts
    r = to_conv * inv
    start = np.bincount(state_idx[first], weights=weight, minlength=n)
    start = start / start.sum()
    identity = sp.identity(n, format="csc")

    def conversion(keep: np.ndarray) -> float:
        mask = sp.diags(keep.astype(float))
        x = spla.spsolve((identity - q @ mask).tocsc(), r)
        return float(start @ (keep * x))

    base_p = conversion(np.ones(n, dtype=bool))
    digits = np.stack([(states // base**lag) % base for lag in range(order)])  # key code + 1, 0 = pad
    effects = np.array([1.0 - conversion(~(digits == i + 1).any(axis=0)) / base_p for i in range(len(keys))])
    return MarkovResult(keys, effects, base_p)


def markov_credit(paths: pd.DataFrame, total_conversions: float, total_value: float, *, order: int = 1) -> pd.DataFrame:
    result = removal_effects(paths, order=order)
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
