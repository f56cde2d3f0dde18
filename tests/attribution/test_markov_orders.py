"""Markov removal effects of order 1-3 against a brute-force chain built independently: states
are named tuples of the last k channels, the matrix is dense, removal redirects by name."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from socialscope.attribution.markov import removal_effects


def random_paths(seed: int, n: int = 60) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    channels = ["Email", "Direct", "Paid Social", "Organic Search"]
    paths = {tuple(rng.choice(channels, int(rng.integers(1, 6)))) for _ in range(n)}
    paths = sorted(paths)
    conversions = rng.integers(0, 5, len(paths)).astype(float)
    nulls = rng.integers(0, 9, len(paths)) + (conversions == 0)  # every observed path was walked
    return pd.DataFrame({"path": paths, "conversions": conversions, "nulls": nulls.astype(float)})


def brute_force_removal_effects(paths: pd.DataFrame, order: int) -> dict[str, float]:
    """The order-k chain of Anderl et al. (2016) written out state by state."""

    def states_of(path: tuple[str, ...]) -> list[tuple]:
        padded = (None,) * (order - 1) + path
        return [padded[i : i + order] for i in range(len(path))]

    counts: dict[tuple, dict[object, float]] = {}
    for path, conv, nulls in paths[["path", "conversions", "nulls"]].itertuples(index=False):
        walk = ["START", *states_of(path)]
        for a, b in itertools.pairwise(walk):
            counts.setdefault(a, {}).setdefault(b, 0.0)
            counts[a][b] += conv + nulls
        counts.setdefault(walk[-1], {})
        counts[walk[-1]]["CONV"] = counts[walk[-1]].get("CONV", 0.0) + conv
        counts[walk[-1]]["NULL"] = counts[walk[-1]].get("NULL", 0.0) + nulls

    def p_conversion(removed: str | None) -> float:
        transient = sorted(counts, key=repr)
        index = {s: i for i, s in enumerate(transient)}
        q = np.zeros((len(transient), len(transient)))
        r = np.zeros(len(transient))
        for a, outs in counts.items():
            total = sum(outs.values())
            for b, c in outs.items():
                if b == "CONV":
                    r[index[a]] += c / total
                elif b == "NULL" or (removed is not None and removed in b):
                    continue  # to NULL: absorbed without converting
                else:
                    q[index[a], index[b]] += c / total
        return float(np.linalg.solve(np.eye(len(transient)) - q, r)[index["START"]])

    base = p_conversion(None)
    keys = sorted({k for p in paths["path"] for k in p})
    return {k: 1 - p_conversion(k) / base for k in keys}


@pytest.mark.parametrize("order", [1, 2, 3])
@pytest.mark.parametrize("seed", [0, 1])
def test_removal_effects_equal_a_brute_force_chain(order, seed):
    paths = random_paths(seed)
    ours = removal_effects(paths, order=order)
    expected = brute_force_removal_effects(paths, order)
    assert ours.keys == sorted(expected)
    np.testing.assert_allclose(ours.removal_effects, [expected[k] for k in ours.keys], atol=1e-9)


def test_second_order_on_a_sequence_that_converts_only_one_way_round():
    """Email converts only after Paid Social: by hand, removing either channel loses every
    conversion (removal effect 1), and the brute-force chain agrees."""
    paths = pd.DataFrame(
        {
            "path": [("Paid Social", "Email"), ("Email", "Paid Social"), ("Email",), ("Paid Social",)],
            "conversions": [10.0, 0.0, 0.0, 0.0],
            "nulls": [0.0, 10.0, 10.0, 10.0],
        }
    )
    result = removal_effects(paths, order=2)
    second = dict(zip(result.keys, result.removal_effects, strict=True))
    assert second == pytest.approx(brute_force_removal_effects(paths, 2))
    assert second == pytest.approx({"Email": 1.0, "Paid Social": 1.0})
