"""Bootstrap intervals for every model's credit, by resampling journeys.

Each resample draws N journeys with replacement from the N journeys (converting and not;
Efron's nonparametric bootstrap) and recomputes every model's credit per key; the interval
is the (1 − level)/2 and (1 + level)/2 percentiles of the resampled credits (90% by default).
Rule-based models credit each journey on its own, so a resample's credit is the journey
credits weighted by how often each journey was drawn (exact, and cheap); path-based models
(Markov, Shapley, model-based) are refitted on the resampled paths. Seeded, so the same
seed gives the same interval.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from socialscope.attribution.games import PathArrays, path_arrays
from socialscope.attribution.heuristic import journey_credit_expr, rule_weight
from socialscope.attribution.journeys import TOUCH_TABLE, Journeys
from socialscope.attribution.registry import MODELS

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
        raise ValueError("resamples must be at least 2")
    if not 0 < level < 1:
        raise ValueError("level must be between 0 and 1")
    names = models or list(MODELS)
    table = _journey_table(journeys)
    if table.empty:
        return pd.DataFrame(columns=INTERVAL_COLUMNS)
    keys = sorted({k for p in table["path"] for k in p})
    code = {k: i for i, k in enumerate(keys)}
    path_code, unique_paths = pd.factorize(table["path"])
    converted = table["converted"].to_numpy(float)
    value = table["value"].to_numpy(float) * converted
    rng = np.random.default_rng(seed)
    n = len(table)
    draws = np.stack([np.bincount(rng.integers(0, n, n), minlength=n) for _ in range(resamples)]).astype(float)

    out = []
    rules = {name: rule_weight(name, half_life_days=half_life_days) for name in names}
    for name in [m for m in names if rules[m] is not None]:
        conv_matrix, value_matrix = _journey_credit(journeys, rules[name], table, code)
        out.append(_interval(name, keys, draws @ conv_matrix, draws @ value_matrix, level))
    path_models = [m for m in names if rules[m] is None]
    if path_models:
        every_path = pd.DataFrame({"path": unique_paths, "conversions": 0.0, "value": 0.0, "nulls": 0.0})
        arrays = path_arrays(every_path)  # once; each resample only changes the weights
        conv_b = {m: np.zeros((resamples, len(keys))) for m in path_models}
        value_b = {m: np.zeros((resamples, len(keys))) for m in path_models}
        for b in range(resamples):
            resampled = _resampled(journeys, arrays, unique_paths, path_code, draws[b], converted, value)
            done: dict[int, pd.DataFrame] = {}
            for name in path_models:
                model = MODELS[name]
                compute = id(model.compute)  # data_driven shares its original's computation
                if compute not in done:
                    done[compute] = model.credit(resampled).set_index("key")
                credit = done[compute].reindex(keys, fill_value=0.0)
                conv_b[name][b] = credit["conversions"].to_numpy()
                value_b[name][b] = credit["value"].to_numpy()
        out += [_interval(m, keys, conv_b[m], value_b[m], level) for m in path_models]
    frame = pd.concat(out, ignore_index=True)
    order = {m: i for i, m in enumerate(names)}
    return frame.sort_values(["model", "key"], key=lambda s: s.map(order) if s.name == "model" else s, kind="stable")


def _journey_table(journeys: Journeys) -> pd.DataFrame:
    """One row per journey: its path, whether it converted and its value, in journey order."""
    frame = journeys.store.con.execute(
        f"""SELECT journey_id, list(key ORDER BY position) AS path, any_value(converted)::DOUBLE AS converted,
                   any_value(value)::DOUBLE AS value
            FROM {TOUCH_TABLE} GROUP BY journey_id ORDER BY journey_id"""
    ).df()
    frame["path"] = frame["path"].map(tuple)
    return frame


def _journey_credit(journeys: Journeys, weight, table: pd.DataFrame, code: dict[str, int]):
    """(journeys × keys) sparse matrices of each journey's credited conversions and value."""
    import scipy.sparse as sp

    expr = journey_credit_expr(journeys.store.ibis().table(TOUCH_TABLE), weight)
    credit = expr.to_pandas()
    row = pd.Index(table["journey_id"]).get_indexer(credit["journey_id"])
    col = credit["key"].map(code).to_numpy()
    shape = (len(table), len(code))
    return (
        sp.csr_matrix((credit["conversions"].to_numpy(float), (row, col)), shape=shape),
        sp.csr_matrix((credit["value"].to_numpy(float), (row, col)), shape=shape),
    )


def _resampled(
    journeys: Journeys,
    arrays: PathArrays,
    paths: pd.Index,
    path_code: np.ndarray,
    counts: np.ndarray,
    converted: np.ndarray,
    value: np.ndarray,
) -> Journeys:
    size = len(paths)
    conversions = np.bincount(path_code, weights=counts * converted, minlength=size)
    nulls = np.bincount(path_code, weights=counts * (1 - converted), minlength=size)
    values = np.bincount(path_code, weights=counts * value, minlength=size)
    kept = conversions + nulls > 0
    frame = pd.DataFrame(
        {"path": paths[kept], "conversions": conversions[kept], "value": values[kept], "nulls": nulls[kept]}
    )
    weights = replace(arrays, conversions=conversions[arrays.rows], nulls=nulls[arrays.rows], value=values[arrays.rows])
    return replace(
        journeys,
        paths=frame,
        total_conversions=float(conversions.sum()),
        total_value=float(values.sum()),
        arrays=weights,
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
