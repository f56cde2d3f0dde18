"""Meta Ads Manager and LinkedIn Campaign Manager exports into campaigns + ad_stats."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from socialscope.errors import InputError
from socialscope.ingest.formats import detect_export, import_export
from tests.conftest import DATA, snapshot

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


# --- genuine reports from public repositories (tests/data/real/<platform>/<variant>) ----------

REAL = DATA / "real"
FORMAT_OF = {"google_ads": "google-ads", "meta_ads": "meta-ads", "linkedin_ads": "linkedin-ads"}
VARIANTS = sorted(p for platform in FORMAT_OF for p in (REAL / platform).iterdir() if p.is_dir())


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_genuine_report_imports_to_its_independently_counted_truth(store, variant: Path) -> None:
    truth = json.loads((variant / "truth.json").read_text())
    path = variant / truth["file"]
    assert (variant / "SOURCE.md").exists()
    assert detect_export(path) == FORMAT_OF[variant.parent.name]
    _, _, notes = import_export(store, path)
    assert store.count("ad_stats") == truth["rows"]
    assert store.count("campaigns") == truth["campaigns"]
    if truth.get("no_data"):
        assert any("nothing imported" in n for n in notes), notes
        return
    spend, impressions, clicks, conversions = store.con.execute(
        "SELECT sum(spend), sum(impressions), sum(clicks), sum(conversions) FROM ad_stats"
    ).fetchall()[0]
    assert spend == pytest.approx(truth["spend"], abs=0.005)
    assert (impressions, clicks) == (truth["impressions"], truth["clicks"])
    assert conversions == pytest.approx(truth["conversions"])
    currencies = [r[0] for r in store.con.execute("SELECT DISTINCT currency FROM ad_stats ORDER BY 1").fetchall()]
    assert currencies == (truth["currency"] or [None])
    span = "SELECT count(DISTINCT date), min(date), max(date) FROM ad_stats"
    days, first, last = store.con.execute(span).fetchall()[0]
    assert days == truth["days"]
    if days:
        assert (str(first), str(last)) == (truth["first_day"], truth["last_day"])
        assert store.scalar("SELECT count(*) FROM ad_stats WHERE period_start IS NOT NULL") == 0
    else:  # period totals: every row carries the report's date range
        periods = store.con.execute("SELECT DISTINCT period_start::VARCHAR, period_end::VARCHAR FROM ad_stats")
        assert periods.fetchall() == [tuple(truth["period"])]
    import_export(store, path)  # the same period again replaces, adds nothing
    assert store.count("ad_stats") == truth["rows"]


GB = REAL / "google_ads" / "en_gb_utf8_2026" / "Campaign report (1).csv"
GB_UTF16 = REAL / "google_ads" / "en_gb_utf16_tab_2026" / "Campaign report.csv"


def _with_range(tmp_path: Path, name: str, period: str) -> Path:
    """The genuine report with another date range on its second line."""
    lines = GB.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "27 January 2026 - 23 February 2026"
    target = tmp_path / name
    target.write_text("\n".join([lines[0], period, *lines[2:]]) + "\n", encoding="utf-8")
    return target


def test_reports_of_successive_periods_add_up_and_the_same_period_replaces(store, tmp_path: Path) -> None:
    march = _with_range(tmp_path, "march.csv", "24 February 2026 - 23 March 2026")
    import_export(store, GB)
    import_export(store, march)
    assert store.count("ad_stats") == 4
    assert store.scalar("SELECT sum(spend) FROM ad_stats") == pytest.approx(2 * 1164.10)
    periods = store.con.execute("SELECT DISTINCT period_start, period_end FROM ad_stats ORDER BY 1").fetchall()
    assert [(str(a), str(b)) for a, b in periods] == [("2026-01-27", "2026-02-23"), ("2026-02-24", "2026-03-23")]
    import_export(store, march)
    assert store.count("ad_stats") == 4
    # the UTF-16 download of the first period (taken at another time) replaces that period's row
    import_export(store, GB_UTF16)
    assert store.count("ad_stats") == 4
    office = "SELECT period_start, impressions FROM ad_stats WHERE campaign_id = 'google_ads:Office Fruit Campaign'"
    by_period = {str(start): n for start, n in store.con.execute(office).fetchall()}
    assert by_period == {"2026-01-27": 9380, "2026-02-24": 9392}


def test_an_overlapping_period_is_refused_naming_both_files(store, tmp_path: Path) -> None:
    import_export(store, GB)
    before = snapshot(store)
    overlapping = _with_range(tmp_path, "february.csv", "1 February 2026 - 28 February 2026")
    with pytest.raises(InputError) as failure:
        import_export(store, overlapping)
    problem = failure.value.problems[0]
    assert (Path(problem.file).name, problem.row, problem.field) == ("february.csv", 4, "period")
    assert str(GB) in problem.message and "2026-01-27 – 2026-02-23" in problem.message
    assert snapshot(store) == before


def test_daily_reports_cut_at_different_days_merge_by_day(store, tmp_path: Path) -> None:
    daily = REAL / "google_ads" / "en_au_daily_custom_2026" / "google_ads.csv"
    truth = json.loads((daily.parent / "truth.json").read_text())
    lines = daily.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "1 June 2026 - 25 June 2026"
    earlier = tmp_path / "to_24_june.csv"
    kept = [line for line in lines[3:] if ",2026-06-25," not in line]
    earlier.write_text("\n".join([lines[0], "1 June 2026 - 24 June 2026", lines[2], *kept]) + "\n", encoding="utf-8")
    import_export(store, earlier)
    assert store.count("ad_stats") == len(kept) < truth["rows"]
    import_export(store, daily)
    assert store.count("ad_stats") == truth["rows"]
    assert store.scalar("SELECT sum(spend) FROM ad_stats") == pytest.approx(truth["spend"], abs=0.005)


def test_meta_default_columns_key_campaigns_by_name_and_say_so(store) -> None:
    path = REAL / "meta_ads" / "en_au_daily_default_columns_2026" / "meta_ads.csv"
    _, _, notes = import_export(store, path)
    ids = [r[0] for r in store.con.execute("SELECT campaign_id FROM campaigns ORDER BY 1").fetchall()]
    assert ids and all(i.startswith("meta:name:") and len(i) > len("meta:name:") for i in ids)
    assert "meta:name:RB | Traffic | Website" in ids
    assert any("no 'Campaign ID' column" in n for n in notes), notes


def test_cli_says_no_data_and_name_keys_and_exits_0(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    db = str(tmp_path / "cli.duckdb")
    empty = REAL / "meta_ads" / "en_us_no_data_2024" / "Account-Campaigns-1-Sep-202430-Sep-2024.csv"
    result = CliRunner().invoke(app, ["--db", db, "import", str(empty)])
    assert result.exit_code == 0, result.output
    assert "No data available." in result.output and "nothing imported" in result.output
    named = REAL / "meta_ads" / "en_au_daily_default_columns_2026" / "meta_ads.csv"
    result = CliRunner().invoke(app, ["--db", db, "import", str(named)])
    assert result.exit_code == 0, result.output
    assert "keyed by name" in result.output


def test_a_store_from_before_periods_gains_the_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    import duckdb

    from socialscope.store import Store

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE ad_stats (campaign_id VARCHAR, ad_id VARCHAR, date DATE, impressions BIGINT, reach BIGINT, "
        "clicks BIGINT, spend DOUBLE, conversions DOUBLE, conversion_value DOUBLE, currency VARCHAR, extra JSON)"
    )
    con.execute("INSERT INTO ad_stats VALUES ('c1', NULL, '2026-01-05', 10, NULL, 2, 3.5, NULL, NULL, 'EUR', NULL)")
    con.close()
    with Store(path) as store:
        columns = [r[0] for r in store.con.execute("DESCRIBE ad_stats").fetchall()]
        assert columns[-3:] == ["period_start", "period_end", "extra"]
        assert store.con.execute("SELECT campaign_id, spend, period_start FROM ad_stats").fetchall() == [
            ("c1", 3.5, None)
        ]
        import_export(store, GB)
        assert store.count("ad_stats") == 3


def test_a_google_report_with_a_bad_number_names_file_row_and_field(store, tmp_path: Path) -> None:
    broken = tmp_path / "Campaign report.csv"
    broken.write_text(GB.read_text(encoding="utf-8").replace(",798.88,", ",seven,"), encoding="utf-8")
    with pytest.raises(InputError) as failure:
        import_export(store, broken)
    problem = failure.value.problems[0]
    assert (problem.row, problem.field) == (4, "spend")
    assert store.count("ad_stats") == 0


def test_a_broken_utf16_report_is_refused_with_its_line(store, tmp_path: Path) -> None:
    broken = tmp_path / "Campaign report.csv"
    raw = GB_UTF16.read_bytes()
    broken.write_bytes(raw[:-3])  # an odd number of bytes: the last character is cut in half
    with pytest.raises(InputError) as failure:
        import_export(store, broken, "google-ads")
    assert "UTF-16" in str(failure.value)
    assert store.count("ad_stats") == 0


def test_a_row_with_more_cells_than_the_header_is_refused_not_cut(store, tmp_path: Path) -> None:
    broken = tmp_path / "Campaign report.csv"
    lines = GB.read_text(encoding="utf-8").splitlines()
    lines[3] += ",one more"  # the first campaign row, line 4
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as failure:
        import_export(store, broken)
    assert failure.value.problems[0].row == 4 and "more cells than the header" in str(failure.value)
    assert store.count("ad_stats") == 0


META_DAILY = REAL / "meta_ads" / "en_au_daily_default_columns_2026" / "meta_ads.csv"


def test_two_campaigns_with_one_name_on_one_day_are_added_not_lost(store, tmp_path: Path) -> None:
    lines = META_DAILY.read_text(encoding="utf-8-sig").splitlines()
    assert lines[2].startswith('2026-06-25,"RB | Traffic | Website",2112,1.15104167,2431,')
    copy = tmp_path / "meta.csv"
    copy.write_text("\n".join([*lines, lines[2]]) + "\n", encoding="utf-8")  # a namesake, same day
    _, _, notes = import_export(store, copy)
    truth = json.loads((META_DAILY.parent / "truth.json").read_text())
    assert store.count("ad_stats") == truth["rows"]
    assert store.scalar("SELECT sum(spend) FROM ad_stats") == pytest.approx(truth["spend"] + 10.52)
    day = "SELECT impressions FROM ad_stats WHERE campaign_id = 'meta:name:RB | Traffic | Website' AND date = '2026-06-25'"
    assert store.scalar(day) == 2 * 2431
    assert any("share a campaign name" in n for n in notes), notes


def test_a_meta_row_without_a_campaign_name_names_its_row(store, tmp_path: Path) -> None:
    lines = META_DAILY.read_text(encoding="utf-8-sig").splitlines()
    copy = tmp_path / "meta.csv"
    lines[3] = lines[3].replace("RB_Cocoon_Sales_Bundles_090226", "", 1)
    assert ",," in lines[3]
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as failure:
        import_export(store, copy)
    problem = failure.value.problems[0]
    assert (problem.row, problem.field, problem.message) == (4, "campaign_id", "is missing")
    assert store.count("ad_stats") == 0


def _meta_period(tmp_path: Path, name: str, start: str, end: str) -> Path:
    """The genuine 25 June rows as a report without the Day breakdown for ``start``–``end``."""
    rows = list(csv.reader(io.StringIO(META_DAILY.read_text(encoding="utf-8-sig"))))
    header, body = rows[0], [r for r in rows[1:] if r[0] == "2026-06-25"]
    first, last = header.index("Reporting starts"), header.index("Reporting ends")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header[1:])
    writer.writerows([*r[1:first], start, end][: len(header) - 1] for r in body)
    assert last == len(header) - 1
    target = tmp_path / name
    target.write_text(out.getvalue(), encoding="utf-8")
    return target


def test_meta_period_reports_add_up_replace_and_refuse_overlaps(store, tmp_path: Path) -> None:
    june = _meta_period(tmp_path, "june.csv", "2026-06-01", "2026-06-30")
    july = _meta_period(tmp_path, "july.csv", "2026-07-01", "2026-07-31")
    import_export(store, june)
    rows = store.count("ad_stats")
    assert rows == 2 and store.scalar("SELECT count(*) FROM ad_stats WHERE date IS NULL") == 2
    import_export(store, july)
    import_export(store, june)
    assert store.count("ad_stats") == 2 * rows
    with pytest.raises(InputError) as failure:
        import_export(store, _meta_period(tmp_path, "mid.csv", "2026-06-15", "2026-07-14"))
    assert "june.csv" in failure.value.problems[0].message and failure.value.problems[0].field == "period"
    assert store.count("ad_stats") == 2 * rows
