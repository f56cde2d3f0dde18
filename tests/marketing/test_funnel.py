"""Funnels on a hand-made fixture, and the demo's push-vs-pull effect."""

from __future__ import annotations

import pytest

from socialscope.ingest import import_files
from socialscope.marketing.funnel import funnel


@pytest.fixture
def journeys(store, tmp_path):
    touches = tmp_path / "t.csv"
    touches.write_text(
        "visitor_id,occurred_at,source,medium,campaign,cost\n"
        "v1,2025-01-01,facebook,paid_social,c1,2.0\n"  # v1: paid social, then direct -> last non-direct = Paid Social
        "v1,2025-01-03,(direct),(none),,\n"
        "v2,2025-01-01,google,organic,,\n"  # v2: organic search
        "v3,2025-01-01,google,organic,,\n"  # v3: search first, then paid social
        "v3,2025-01-02,facebook,paid_social,c1,3.0\n"
        "v4,2025-01-01,facebook,paid_social,c1,1.0\n"  # v4: never a lead
    )
    conversions = tmp_path / "c.csv"
    conversions.write_text(
        "visitor_id,occurred_at,stage,value\n"
        "v1,2025-01-04,lead,\nv1,2025-01-08,opportunity,\n"
        "v2,2025-01-02,lead,\nv2,2025-01-05,opportunity,\nv2,2025-01-10,customer,500\nv2,2025-02-10,purchase,50\n"
        "v3,2025-01-03,lead,\n"
    )
    import_files(store, "touchpoints", [touches])
    import_files(store, "conversions", [conversions])
    return store


def test_funnel_by_channel_by_hand(journeys):
    got = funnel(journeys.ibis(), by="channel").to_pandas().set_index("group")
    social, search = got.loc["Paid Social"], got.loc["Organic Search"]
    assert (social["leads"], social["opportunities"], social["customers"]) == (2, 1, 0)
    assert (search["leads"], search["opportunities"], search["customers"]) == (1, 1, 1)
    assert social["lead_to_opportunity"] == pytest.approx(0.5)
    assert search["revenue"] == pytest.approx(550)
    assert search["median_days_lead_to_opportunity"] == pytest.approx(3.0)
    assert social["cost"] == pytest.approx(6.0)  # every paid-social touch's cost, converted or not
    assert social["cac"] != social["cac"]  # no customers: CAC undefined (NaN), not infinite
    assert search["roi"] != search["roi"]  # no cost recorded: ROI undefined


def test_first_touch_credits_differently(journeys):
    got = funnel(journeys.ibis(), by="channel", touch="first").to_pandas().set_index("group")
    assert got.loc["Organic Search", "leads"] == 2  # v3's first touch was search
    assert got.loc["Paid Social", "leads"] == 1


def test_by_type_on_the_demo(demo_db):
    from socialscope.store import Store

    with Store(demo_db, read_only=True) as store:
        by_type = funnel(store.ibis(), by="type").to_pandas().set_index("group")
    # the generator makes pushed leads convert worse; the report must show it
    assert by_type.loc["push", "lead_to_opportunity"] < by_type.loc["pull", "lead_to_opportunity"]
