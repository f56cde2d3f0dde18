"""The simulator: its truth against brute-force expectation, its calibration, its files."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from socialscope.attribution import build_journeys
from socialscope.attribution.simulate import SimulationSettings, simulate, write_simulation
from socialscope.ingest import import_files


def brute_force_truth(simulation) -> tuple[dict[str, float], float]:
    """Each channel's expected caused conversions by enumerating, for every journey, every
    order in which its channels can join (pure Python, from the true model's coefficients)."""
    model = simulation.model
    code = {name: i for i, name in enumerate(model.channels)}

    def p(sequence: list[int]) -> float:
        logit = model.intercept + sum(model.main[c] for c in sequence)
        for x, y in itertools.combinations(range(len(sequence)), 2):
            a, b = sequence[x], sequence[y]
            logit += model.pair[a, b] + model.order[a, b]
        return 1 / (1 + math.exp(-logit))

    caused = dict.fromkeys(model.channels, 0.0)
    expected = 0.0
    for _, touches in simulation.touchpoints.groupby("visitor_id", observed=True, sort=False):
        sequence = list(dict.fromkeys(code[c] for c in touches["channel"].astype(str)))
        expected += p(sequence)
        orders = list(itertools.permutations(sequence))
        for order in orders:
            joined: set[int] = set()
            for c in order:
                before = p([x for x in sequence if x in joined])
                joined.add(c)
                caused[model.channels[c]] += (p([x for x in sequence if x in joined]) - before) / len(orders)
    return caused, expected


@pytest.mark.parametrize("synergy, order_effects", [(0.0, 0.0), (0.8, 0.0), (0.5, 1.5)])
def test_truth_equals_brute_force(synergy, order_effects):
    settings = SimulationSettings(
        channels=4, journeys=300, seed=7, synergy=synergy, order_effects=order_effects, max_touches=5
    )
    simulation = simulate(settings)
    caused, expected = brute_force_truth(simulation)
    truth = simulation.truth.set_index("channel")
    for channel, value in caused.items():
        assert truth.loc[channel, "true_conversions"] == pytest.approx(value, abs=1e-9)
    baseline = 1 / (1 + math.exp(-simulation.model.intercept))
    assert truth["true_conversions"].sum() == pytest.approx(expected - settings.journeys * baseline, abs=1e-9)
    assert truth["true_share"].sum() == pytest.approx(1.0)
    # the intercept is calibrated so that expected conversions / journeys is the target rate
    assert expected / settings.journeys == pytest.approx(settings.conversion_rate, abs=1e-9)


def test_order_effects_make_order_matter():
    simulation = simulate(SimulationSettings(channels=3, journeys=10, seed=3, order_effects=1.0))
    order = simulation.model.order
    assert not np.allclose(order, order.T)
    plain = simulate(SimulationSettings(channels=3, journeys=10, seed=3))
    assert not plain.model.order.any() and not plain.model.pair.any()


def test_simulation_shape_and_determinism():
    settings = SimulationSettings(channels=6, journeys=2000, seed=42, synergy=0.5, order_effects=0.6)
    one, two = simulate(settings), simulate(settings)
    pd.testing.assert_frame_equal(one.truth, two.truth)
    pd.testing.assert_frame_equal(one.touchpoints, two.touchpoints)
    per_journey = one.touchpoints.groupby("visitor_id", observed=True).size()
    assert per_journey.min() >= 2 and per_journey.max() <= 8 and len(per_journey) == 2000
    shares = one.touchpoints["channel"].value_counts(normalize=True)
    assert len(shares) == 6 and shares.max() - shares.min() < 0.05  # roughly equal frequencies
    # conversions drawn from the calibrated probabilities: within 4 standard errors of 5%
    assert abs(len(one.conversions) / 2000 - 0.05) < 4 * math.sqrt(0.05 * 0.95 / 2000)


def test_written_files_import_and_form_the_journeys(tmp_path, store):
    simulation = simulate(SimulationSettings(channels=5, journeys=500, seed=2))
    files = write_simulation(simulation, tmp_path / "sim")
    assert pd.read_csv(files["truth"])["true_share"].sum() == pytest.approx(1.0)
    import_files(store, "touchpoints", [files["touchpoints"]])
    import_files(store, "conversions", [files["conversions"]])
    journeys = build_journeys(store)
    counts = journeys.paths["conversions"] + journeys.paths["nulls"]
    assert counts.sum() == 500  # every visitor is one journey, within the 30-day lookback
    assert journeys.total_conversions == len(simulation.conversions)
    assert journeys.unattributed_conversions == 0
    assert journeys.total_value == pytest.approx(simulation.conversions["value"].sum())
    assert set(journeys.paths["path"].explode()) == set(simulation.truth["channel"])
