"""The Attribution page: one colour per model, readable names with their explanation,
revenue beside conversions, 90% intervals and the model the evaluation trusts — in the
HTML, its JSON twin and real Chromium."""

from __future__ import annotations

import re

from socialscope.attribution import MODELS
from socialscope.attribution.registry import MIN_DATA_DRIVEN_CONVERSIONS
from socialscope.web.routes.attribution import MODEL_COLOURS


def test_every_model_has_its_own_colour():
    assert len(MODEL_COLOURS) >= len(MODELS)
    assert len(set(MODEL_COLOURS)) == len(MODEL_COLOURS)


def test_json_twin_has_intervals_models_and_the_trusted_model(client):
    data = client.get("/api/attribution").json()
    assert data["intervals"] is True  # `analyze` bootstraps stores this small
    for row in data["credit"]:
        assert row["conversions_low"] <= row["conversions_high"] and row["value_low"] <= row["value_high"]
    info = {m["name"]: m for m in data["model_info"]}
    # the demo store has fewer conversions than the data-driven models need: they are left out
    # and data_driven gives linear credit (attribution.registry.MIN_DATA_DRIVEN_CONVERSIONS)
    signed = {name for name, m in MODELS.items() if m.signed and name != "data_driven"}
    assert set(info) == set(data["models"]) == set(MODELS) - signed
    assert len({m["colour"] for m in info.values()}) == len(info)
    trusted = data["trusted"]
    assert trusted["model"] == "linear" and trusted["evaluated"] is False
    assert 0 < trusted["small"]["conversions"] < trusted["small"]["minimum"] == MIN_DATA_DRIVEN_CONVERSIONS


def test_page_shows_names_revenue_intervals_and_the_trusted_model(client):
    html = client.get("/attribution").text
    assert "Closest to the truth here: Linear" in html and "the data-driven models are left out" in html
    shown = [m for m in MODELS.values() if not m.signed or m.name == "data_driven"]
    for model in shown:
        assert model.label in html and model.description in html
    assert "Revenue" in html and "90% interval" in html
    colours = set(re.findall(r"background:(#[0-9a-f]{6})", html))
    assert len(colours) == len(shown)


def test_page_in_chromium(browser, live_server):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server + "/attribution", wait_until="networkidle")
    assert errors == []
    trusted = page.locator("#attribution-trusted").inner_text()
    assert "Closest to the truth here: Linear — with 1 conversion, fewer than the 200" in trusted
    shown = [m for m in MODELS.values() if not m.signed or m.name == "data_driven"]
    header = page.locator("#attribution-table thead").inner_text()
    assert "Revenue" in header and "90% interval" in header
    assert page.locator("#attribution-models tbody tr").count() == len(shown)
    # the chart draws one trace per model, each in its own colour
    fills = page.eval_on_selector_all(
        "#attribution-chart .trace.bars .point path", "paths => paths.map(p => p.style.fill)"
    )
    assert len(set(fills)) == len(shown)
    page.close()
