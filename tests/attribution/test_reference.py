"""Against the reference package ChannelAttribution (``channelattribution`` on PyPI)."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest

from socialscope.attribution import attribute, build_journeys

ca = pytest.importorskip("ChannelAttribution")


@pytest.fixture
def reference_input(generated_store):
    journeys = build_journeys(generated_store)
    data = journeys.paths.assign(path=journeys.paths["path"].map(" > ".join))
    return journeys, data


def quiet(function, *args, **kwargs):
    with contextlib.redirect_stdout(io.StringIO()):  # the package prints progress and adverts
        return function(*args, **kwargs)


def test_heuristics_equal_channelattribution(reference_input):
    journeys, data = reference_input
    ref = quiet(ca.heuristic_models, data, "path", "conversions", var_value="value", flg_pro=False)
    ref = ref.set_index("channel_name")
    ours = attribute(journeys, ["first_touch", "last_touch", "linear"])
    for model, column in (("first_touch", "first_touch"), ("last_touch", "last_touch"), ("linear", "linear_touch")):
        got = ours[ours["model"] == model].set_index("channel")
        np.testing.assert_allclose(got["conversions"], ref.loc[got.index, f"{column}_conversions"], rtol=1e-9)
        np.testing.assert_allclose(got["value"], ref.loc[got.index, f"{column}_value"], rtol=1e-9)


def test_markov_within_five_percent_of_simulation(reference_input):
    journeys, data = reference_input
    ref = quiet(
        ca.markov_model,
        data,
        "path",
        "conversions",
        var_value="value",
        var_null="nulls",
        order=1,
        seed=1,
        verbose=False,
        flg_pro=False,
    ).set_index("channel_name")
    ours = attribute(journeys, ["markov_1"]).set_index("channel")
    share_ours = ours["conversions"] / ours["conversions"].sum()
    share_ref = ref.loc[ours.index, "total_conversions"] / ref["total_conversions"].sum()
    assert np.abs(share_ours - share_ref).max() < 0.05
