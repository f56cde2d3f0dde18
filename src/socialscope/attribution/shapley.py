"""Shapley-value attribution over observed channel sets (Shao & Li 2011).

The coalition value v(S) is the conversions (or value) of journeys whose set of keys is a
subset of S. That game is a sum of unanimity games, one per observed key set T weighted by
its conversions w_T, and a unanimity game's Shapley value gives w_T / |T| to each member of T.
So the exact Shapley value is φ_c = Σ_{T ∋ c} w_T / |T| — computed for any number of
channels in one pass over the observed sets, identical to enumerating all 2ⁿ coalitions
(the test checks it against that brute force). Order and repeats within a journey do not
matter to this game.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def shapley_credit(paths: pd.DataFrame) -> pd.DataFrame:
    sets = [sorted(set(p)) for p in paths["path"]]
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    codes, keys = pd.factorize(pd.Series([k for s in sets for k in s], dtype=object), sort=True)
    owner = np.repeat(np.arange(len(sets)), sizes)
    share = 1.0 / np.maximum(sizes, 1)
    credit = {
        column: np.bincount(codes, weights=(paths[column].to_numpy(float) * share)[owner], minlength=len(keys))
        for column in ("conversions", "value")
    }
    return pd.DataFrame({"key": list(keys), **credit})
