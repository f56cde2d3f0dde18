"""Retention by hand; BG/NBD and Gamma-Gamma reproduce the published CDNOW estimates."""

from __future__ import annotations

import pandas as pd
import pytest

from socialscope.marketing.customers import fit_bg_nbd, fit_gamma_gamma, retention


def test_new_vs_returning_by_hand():
    tx = pd.DataFrame(
        {
            "visitor_id": ["a", "a", "b", "c", "b"],
            "occurred_at": pd.to_datetime(["2025-01-05", "2025-02-10", "2025-01-20", "2025-02-01", "2025-02-15"]),
            "value": [100.0, 40.0, 80.0, 60.0, 20.0],
        }
    )
    got = retention(tx).set_index("period")
    jan, feb = got.loc[pd.Timestamp("2025-01-01")], got.loc[pd.Timestamp("2025-02-01")]
    by_channel = retention(tx.assign(channel=["x", "x", "y", "x", "y"]), by="channel").set_index(["period", "channel"])
    assert by_channel.loc[(pd.Timestamp("2025-02-01"), "y"), "returning_customers"] == 1
    assert (jan["new_customers"], jan["returning_customers"], jan["new_revenue"]) == (2, 0, 180.0)
    assert (feb["new_customers"], feb["returning_customers"]) == (1, 2)
    assert feb["returning_revenue"] == 60.0 and feb["returning_revenue_share"] == pytest.approx(0.5)


def test_bg_nbd_and_gamma_gamma_match_published_cdnow_estimates():
    from lifetimes.datasets import load_cdnow_summary_data_with_monetary_value

    data = load_cdnow_summary_data_with_monetary_value()
    bgf = fit_bg_nbd(data)
    # Fader, Hardie & Lee (2005), "Counting your customers the easy way", table 1
    for name, published in (("r", 0.243), ("alpha", 4.414), ("a", 0.793), ("b", 2.426)):
        assert bgf.params_[name] == pytest.approx(published, rel=0.01)
    repeaters = data[data["frequency"] > 0]
    ggf = fit_gamma_gamma(repeaters)
    # Fader, Hardie & Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, γ = 15.44
    for name, published in (("p", 6.25), ("q", 3.74), ("v", 15.44)):
        assert ggf.params_[name] == pytest.approx(published, rel=0.01)


def test_customer_report_on_the_demo(demo_db):
    from socialscope.marketing.customers import customer_report, summary
    from socialscope.store import Store

    with Store(demo_db, read_only=True) as store:
        report = customer_report(store)
    headline = summary(report)
    assert headline["customers_total"] == report.channels["customers"].sum()
    assert 0 < headline["repeat_purchase_rate"] < 1
    assert report.retention["new_customers"].sum() == headline["customers_total"]
    split = report.retention_by_channel
    assert split["new_customers"].sum() == headline["customers_total"]
    assert (
        split.groupby("period")["returning_customers"].sum().values
        == report.retention.set_index("period")["returning_customers"].values
    ).all()
