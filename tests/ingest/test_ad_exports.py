"""Meta Ads Manager and LinkedIn Campaign Manager exports into campaigns + ad_stats."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from socialscope.errors import InputError
from socialscope.ingest.formats import detect_export, import_export
from tests.conftest import DATA

META = DATA / "formats" / "meta_ads" / "ads_by_day.csv"
LINKEDIN = DATA / "formats" / "linkedin_ads" / "campaign_performance.csv"


def test_meta_ads_export_is_detected_and_sums_to_its_summary_row(store) -> None:
    assert detect_export(META) == "meta-ads"
    name, reports, notes = import_export(store, META)
    assert name == "meta-ads"
    assert store.count("campaigns") == 2 and store.count("ad_stats") == 6
    spend, impressions, clicks, conversions, value = store.con.execute(
        "SELECT sum(spend), sum(impressions), sum(clicks), sum(conversions), sum(conversion_value) FROM ad_stats"
    ).fetchall()[0]
    assert (spend, impressions, clicks, conversions, value) == (pytest.approx(1532.90), 88400, 1241, 27, 2310.5)
    assert store.scalar("SELECT DISTINCT currency FROM ad_stats") == "EUR"
    assert store.scalar("SELECT count(DISTINCT ad_id) FROM ad_stats") == 3
    assert store.scalar("SELECT count(DISTINCT date) FROM ad_stats") == 2
    assert store.scalar("SELECT platform FROM campaigns WHERE campaign_id = 'meta:120210000000001'") == "meta"
    assert any("spend 1,532.90 = 1,532.90" in n and "≠" not in n for n in notes), notes
    indicator = store.scalar("SELECT extra->>'Result indicator' FROM ad_stats LIMIT 1")
    assert indicator == "actions:offsite_conversion.fb_pixel_purchase"


def test_linkedin_campaign_manager_export_reads_past_its_preamble(store) -> None:
    assert detect_export(LINKEDIN) == "linkedin-ads"
    import_export(store, LINKEDIN)
    rows = store.df(
        "SELECT campaign_id, date, spend, impressions, clicks, reach, conversions FROM ad_stats ORDER BY 1, 2"
    )
    assert len(rows) == 5
    assert rows["spend"].sum() == pytest.approx(2050.0) and rows["impressions"].sum() == 30500
    assert rows["clicks"].sum() == 171 and rows["conversions"].sum() == 7
    assert str(rows["date"].min())[:10] == "2026-09-01" and str(rows["date"].max())[:10] == "2026-09-03"
    objective = store.scalar("SELECT objective FROM campaigns WHERE campaign_id = 'linkedin_ads:187654321'")
    assert objective == "Lead generation"
    from socialscope.marketing.kpis import campaign_kpis

    kpis = campaign_kpis(store.ibis(), by="platform").to_pandas().set_index("platform")
    assert kpis.loc["linkedin_ads", "cpc"] == pytest.approx(2050.0 / 171)


@pytest.mark.parametrize("path", [META, LINKEDIN])
def test_importing_the_same_export_twice_adds_nothing(store, path: Path) -> None:
    import_export(store, path)
    before = store.count("ad_stats"), store.count("campaigns")
    import_export(store, path)
    assert (store.count("ad_stats"), store.count("campaigns")) == before


def test_a_bad_number_names_file_row_and_field_and_imports_nothing(store, tmp_path: Path) -> None:
    broken = tmp_path / "ads.csv"
    lines = META.read_text().splitlines()
    assert "201.00" in lines[4]
    lines[4] = lines[4].replace("201.00", "two hundred")
    broken.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as failure:
        import_export(store, broken, "meta-ads")
    problem = failure.value.problems[0]
    assert (Path(problem.file).name, problem.row, problem.field) == ("ads.csv", 5, "spend")
    assert store.count("ad_stats") == 0 and store.count("campaigns") == 0


def test_a_linkedin_date_that_is_not_a_date_is_refused(store, tmp_path: Path) -> None:
    broken = tmp_path / "li.csv"
    shutil.copy(LINKEDIN, broken)
    broken.write_text(broken.read_text().replace("9/3/2026,Acme", "Sept 3,Acme"))
    with pytest.raises(InputError) as failure:
        import_export(store, broken, "linkedin-ads")
    assert failure.value.row == 10 and failure.value.field == "Start Date (in UTC)"
    assert store.count("ad_stats") == 0
