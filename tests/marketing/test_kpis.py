"""Campaign KPIs on the real Facebook ads file, checked against pandas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from socialscope.ingest import import_files
from socialscope.marketing import CAMPAIGN_METRICS, campaign_kpis
from tests.conftest import DATA

KAG = DATA / "facebook_ads_kag" / "KAG_conversion_data.csv"


def test_kpis_per_campaign_equal_pandas(store):
    import_files(
        store,
        "ad_stats",
        [KAG],
        mapping=[
            "xyz_campaign_id=campaign_id",
            "Impressions=impressions",
            "Clicks=clicks",
            "Spent=spend",
            "Total_Conversion=conversions",
        ],
    )
    got = campaign_kpis(store.ibis(), by="campaign").to_pandas().set_index("campaign_id")

    src = pd.read_csv(KAG)
    g = src.groupby(src.xyz_campaign_id.astype(str)).sum(numeric_only=True)
    expected = pd.DataFrame(
        {
            "ctr": g.Clicks / g.Impressions,
            "cpc": g.Spent / g.Clicks,
            "cpm": 1000 * g.Spent / g.Impressions,
            "cvr": g.Total_Conversion / g.Clicks,
            "cpa": g.Spent / g.Total_Conversion,
        }
    )
    for column in expected:
        np.testing.assert_allclose(got.loc[expected.index, column], expected[column], rtol=1e-12)
    assert got["roas"].isna().all()  # no conversion value in this export: undefined, not 0
    assert got["roi"].isna().all()  # value unknown, so ROI is unknown too (not -100%)
    assert got["frequency"].isna().all()  # no reach column in this export
    sums = g[["Impressions", "Clicks", "Spent", "Total_Conversion"]]
    np.testing.assert_allclose(
        got.loc[sums.index, ["impressions", "clicks", "spend", "conversions"]].to_numpy(float),
        sums.to_numpy(float),
        rtol=1e-12,
    )


def test_zero_denominators_give_null(store, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "campaign_id,impressions,clicks,spend,conversions,conversion_value\nc1,0,0,0,2,0\nc2,100,10,5,0,0\n"
    )
    import_files(store, "ad_stats", [path])
    got = campaign_kpis(store.ibis()).to_pandas().set_index("campaign_id")
    assert got.loc["c1", ["ctr", "cpc", "cpm", "cvr", "roas", "roi"]].isna().all()
    assert got.loc["c2", "cpa"] is None or np.isnan(got.loc["c2", "cpa"])
    assert got.loc["c2", "ctr"] == pytest.approx(0.1)
    assert got.loc["c2", "roi"] == pytest.approx(-1.0)


def test_group_figures_are_ratios_of_sums(store, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("campaign_id,date,impressions,clicks\nc1,2024-01-01,100,1\nc1,2024-01-02,900,99\n")
    import_files(store, "ad_stats", [path])
    total = campaign_kpis(store.ibis(), by="total").to_pandas()
    assert total["ctr"][0] == pytest.approx(100 / 1000)  # mean of ratios would be 0.06
    daily = campaign_kpis(store.ibis(), by="day").to_pandas()
    assert list(daily["ctr"]) == pytest.approx([0.01, 0.11])


def test_registry_documents_every_metric():
    for metric in CAMPAIGN_METRICS:
        assert metric.formula and metric.reference
    assert CAMPAIGN_METRICS.names() == ["ctr", "cpc", "cpm", "cvr", "cpa", "roas", "roi", "frequency"]


def test_roas_roi_and_frequency_by_hand(store, tmp_path):
    """ROAS = Σ conversion value / Σ spend, ROI = (Σ value − Σ spend) / Σ spend, frequency =
    Σ impressions / Σ reach — per campaign and for the total, as ratios of sums."""
    path = tmp_path / "a.csv"
    path.write_text(
        "campaign_id,date,spend,impressions,reach,clicks,conversions,conversion_value\n"
        "c1,2024-01-01,100,1000,400,10,2,300\n"
        "c1,2024-01-02,50,500,100,5,1,0\n"
        "c2,2024-01-01,200,4000,2000,40,4,100\n"
    )
    import_files(store, "ad_stats", [path])
    got = campaign_kpis(store.ibis(), by="campaign").to_pandas().set_index("campaign_id")
    assert got.loc["c1", "roas"] == pytest.approx(300 / 150)
    assert got.loc["c1", "roi"] == pytest.approx((300 - 150) / 150)
    assert got.loc["c1", "frequency"] == pytest.approx(1500 / 500)
    assert got.loc["c2", "roas"] == pytest.approx(0.5) and got.loc["c2", "roi"] == pytest.approx(-0.5)
    total = campaign_kpis(store.ibis(), by="total").to_pandas().iloc[0]
    assert total["roas"] == pytest.approx(400 / 350)  # the mean of the two campaigns' ROAS would be 1.25
    assert total["roi"] == pytest.approx(50 / 350)
    assert total["cpa"] == pytest.approx(350 / 7)


def test_a_wrong_option_is_a_usage_error(store):
    from socialscope.errors import UsageError
    from socialscope.marketing.funnel import funnel

    with pytest.raises(UsageError, match="by must be one of"):
        campaign_kpis(store.ibis(), by="fortnight")
    with pytest.raises(UsageError, match="by must be one of"):
        funnel(store.ibis(), by="colour")


def test_report_period_totals_count_when_the_range_holds_their_whole_period(store, tmp_path):
    from datetime import date

    path = tmp_path / "a.csv"
    path.write_text(
        "campaign_id,date,period_start,period_end,spend,clicks\n"
        "c1,,2024-01-01,2024-01-31,100,10\n"  # January's report total
        "c1,,2024-02-01,2024-02-29,300,20\n"  # February's
        "c1,2024-03-05,,,7,1\n"  # a daily row
    )
    import_files(store, "ad_stats", [path])
    kpis = store.ibis()
    total = campaign_kpis(kpis, by="total").to_pandas().iloc[0]
    assert total["spend"] == 407
    january = campaign_kpis(kpis, by="total", since=date(2024, 1, 1), until=date(2024, 2, 1)).to_pandas().iloc[0]
    assert january["spend"] == 100 and january["cpc"] == pytest.approx(10.0)
    straddling = campaign_kpis(kpis, by="total", since=date(2024, 1, 15), until=date(2024, 3, 31)).to_pandas()
    assert straddling["spend"].iloc[0] == 307  # January's total is not inside: left out, not split
    monthly = campaign_kpis(kpis, by="month").to_pandas()
    assert [str(p)[:7] for p in monthly["period"]] == ["2024-01", "2024-02", "2024-03"]
    assert list(monthly["spend"]) == [100, 300, 7]
