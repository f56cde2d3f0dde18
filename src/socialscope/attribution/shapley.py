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

import pandas as pd


def shapley_credit(paths: pd.DataFrame) -> pd.DataFrame:
    sets = paths.assign(keys=paths["path"].map(lambda p: tuple(sorted(set(p)))))
    sets = sets[sets["keys"].map(len) > 0]
    sets = sets.groupby("keys", as_index=False)[["conversions", "value"]].sum()
    size = sets["keys"].map(len)
    sets["conversions"] /= size
    sets["value"] /= size
    flat = sets.explode("keys")
    credit = flat.groupby("keys", as_index=False)[["conversions", "value"]].sum()
    return credit.rename(columns={"keys": "key"}).sort_values("key").reset_index(drop=True)
