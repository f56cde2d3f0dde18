"""Bootstrap intervals for every model's credit, by resampling journeys.

Each resample draws N journeys with replacement from the N journeys (converting and not;
Efron's nonparametric bootstrap) and recomputes every model's credit per key; the interval
is the (1 − level)/2 and (1 + level)/2 percentiles of the resampled credits (90% by default).
Rule-based models credit each journey on its own, so a resample's credit is the journey
credits weighted by how often each journey was drawn (exact, and cheap); path-based models
(Markov, Shapley, model-based) are refitted on the resampled paths. Seeded, so the same
seed gives the same interval.

Drawing N journeys with replacement gives each journey a Multinomial(N; 1/N, …, 1/N) count;
a path-based model sees only the sum of those counts over the journeys of each distinct
(path, converted) group, so it is refitted on reweighted path counts (every distinct path
kept, unsampled ones at weight 0): the path arrays and Markov chains are built once, and a
resample costs the models' fits, not a pass over the journeys.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from socialscope.attribution.games import PathArrays, path_arrays
from socialscope.attribution.heuristic import RULE_MODELS, journey_credit_expr, rule_weight
from socialscope.attribution.journeys import TOUCH_TABLE, Journeys, journey_paths
from socialscope.attribution.markov import MarkovChain
from socialscope.attribution.registry import MODELS, resolve_models
from socialscope.errors import UsageError

INTERVAL_COLUMNS = ["model", "key", "conversions_low", "conversions_high", "value_low", "value_high"]


def bootstrap_intervals(
    journeys: Journeys,
    models: list[str] | None = None,
    *,
    resamples: int = 100,
    level: float = 0.9,
    seed: int = 0,
    half_life_days: float = 7.0,
) -> pd.DataFrame:
    """``level`` intervals of each model's conversions and value per key (see the module doc)."""
    if resamples < 2:
        raise UsageError("resamples must be at least 2")
    if not 0 < level < 1:
        raise UsageError("level must be between 0 and 1")
    resolved = resolve_models(journeys, models)  # the point estimate's models, small-data rule included
    names = list(resolved)
    if journeys.store is None:
        raise UsageError("the bootstrap resamples journeys; these journeys are path counts only")
    table = journey_paths(journeys.store.con)
    if not len(table.path):
        return pd.DataFrame(columns=INTERVAL_COLUMNS)
    keys = sorted({k for p in table.paths for k in p})
    code = {k: i for i, k in enumerate(keys)}
    path_code, unique_paths = table.path, pd.Series(table.paths, dtype=object)
    converted = table.converted
    value = table.value * converted
    rng = np.random.default_rng(seed)
    n = len(path_code)
    ids = pd.Index(
        [
            j
            for (j,) in journeys.store.con.execute(
                f"SELECT DISTINCT journey_id FROM {TOUCH_TABLE} ORDER BY journey_id"
            ).fetchall()
        ]
    )
    rules = {
        name: rule_weight(source, half_life_days=half_life_days) if source in RULE_MODELS else None
        for name, source in resolved.items()
    }
    # rule-based credit is per journey: a resample's credit = draw counts · journey credits
    matrices = {m: _journey_credit(journeys, w, ids, code) for m, w in rules.items() if w is not None}
    path_models = [m for m in names if rules[m] is None]
    # every resample keeps every distinct path (unsampled ones with weight 0), so the path
    # arrays and Markov chains are built once and each resample only changes weights
    every_path = pd.DataFrame({"path": unique_paths, "conversions": 0.0, "value": 0.0, "nulls": 0.0})
    arrays = path_arrays(every_path) if path_models else None
    chains: dict[int, MarkovChain] = {}
    conv_b = {m: np.zeros((resamples, len(keys))) for m in names}
    value_b = {m: np.zeros((resamples, len(keys))) for m in names}
    for b in range(resamples):
        counts = np.bincount(rng.integers(0, n, n), minlength=n).astype(float)
        for name, (conv_matrix, value_matrix) in matrices.items():
            conv_b[name][b] = conv_matrix.T @ counts
            value_b[name][b] = value_matrix.T @ counts
        if not path_models:
            continue
        resampled = _resampled(journeys, arrays, chains, unique_paths, path_code, counts, converted, value)
        done: dict[int, pd.DataFrame] = {}
        for name in path_models:
            model = MODELS[resolved[name]]
            compute = id(model.compute)  # data_driven shares its original's computation
            if compute not in done:
                done[compute] = model.credit(resampled).set_index("key").reindex(keys, fill_value=0.0)
            conv_b[name][b] = done[compute]["conversions"].to_numpy()
            value_b[name][b] = done[compute]["value"].to_numpy()
    return pd.concat([_interval(m, keys, conv_b[m], value_b[m], level) for m in names], ignore_index=True)


def _journey_credit(journeys: Journeys, weight, ids: pd.Index, code: dict[str, int]):
    """(journeys × keys) sparse matrices of each journey's credited conversions and value,
    rows in the order of ``ids`` (the journey ids)."""
    import scipy.sparse as sp

    expr = journey_credit_expr(journeys.store.ibis().table(TOUCH_TABLE), weight)
    credit = expr.to_pandas()
    row = ids.get_indexer(credit["journey_id"])
    col = credit["key"].map(code).to_numpy()
    shape = (len(ids), len(code))
    return (
        sp.csr_matrix((credit["conversions"].to_numpy(float), (row, col)), shape=shape),
        sp.csr_matrix((credit["value"].to_numpy(float), (row, col)), shape=shape),
    )


def _resampled(
    journeys: Journeys,
    arrays: PathArrays,
    chains: dict[int, MarkovChain],
    paths: pd.Series,
    path_code: np.ndarray,
    counts: np.ndarray,
    converted: np.ndarray,
    value: np.ndarray,
) -> Journeys:
    size = len(paths)
    conversions = np.bincount(path_code, weights=counts * converted, minlength=size)
    nulls = np.bincount(path_code, weights=counts * (1 - converted), minlength=size)
    values = np.bincount(path_code, weights=counts * value, minlength=size)
    frame = pd.DataFrame({"path": paths, "conversions": conversions, "value": values, "nulls": nulls})
    weights = replace(arrays, conversions=conversions[arrays.rows], nulls=nulls[arrays.rows], value=values[arrays.rows])
    return replace(
        journeys,
        paths=frame,
        total_conversions=float(conversions.sum()),
        total_value=float(values.sum()),
        arrays=weights,
        chains=chains,
    )


def _interval(name: str, keys: list[str], conversions: np.ndarray, value: np.ndarray, level: float) -> pd.DataFrame:
    q = [100 * (1 - level) / 2, 100 * (1 + level) / 2]
    c, v = np.percentile(conversions, q, axis=0), np.percentile(value, q, axis=0)
    return pd.DataFrame(
        {
            "model": name,
            "key": keys,
            "conversions_low": c[0],
            "conversions_high": c[1],
            "value_low": v[0],
            "value_high": v[1],
        }
    )
