"""Google Ads reports downloaded with the interface in German, French or Spanish: localised
headers, decimal commas, thousands dots or (narrow) no-break spaces, a currency suffix
(``1.234,56 €``), localised date ranges and totals rows.

No genuine report in these languages could be found in public repositories; the fixtures in
``tests/data/formats/google_ads_locales`` use the column names of Google Ads' localised help
pages (see its SOURCE.md) and their expected sums are worked out by hand there.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from socialscope.ingest.formats import detect_export, import_export
from socialscope.ingest.formats.ad_reports import comma_to_point, decimal_comma, parse_day, parse_period
from socialscope.ingest.formats.common import report_number
from tests.conftest import DATA

LOCALES = DATA / "formats" / "google_ads_locales"

# file -> (rows, spend, impressions, clicks, conversions, conversion value, period, currency, a budget)
EXPECTED = {
    "Kampagnenbericht.csv": (3, 3589.66, 288024, 2602, 43.5, 6692.75, ("2026-01-01", "2026-01-31"), "EUR",
                             ("Generisch DE", 120.0)),
    "Rapport sur les campagnes.csv": (2, 3235.60, 111879, 1674, 31.5, None, ("2026-02-01", "2026-02-28"), "EUR",
                                      ("Prospection", 75.0)),
    "Informe de campañas (es-ES).csv": (2, 3023.39, 28894, 1313, 23.25, None, ("2026-03-01", "2026-03-31"), "EUR",
                                        ("Genérica ES", 60.0)),
    "Informe de campañas (es-MX).csv": (2, 32346.85, 63232, 2255, 74.5, None, ("2026-04-01", "2026-04-30"), "MXN",
                                        ("Genérica MX", 800.0)),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_localised_report_imports_its_rows_numbers_and_period(store, name: str) -> None:
    rows, spend, impressions, clicks, conversions, value, period, currency, (campaign, budget) = EXPECTED[name]
    path = LOCALES / name
    assert detect_export(path) == "google-ads"
    _, _, notes = import_export(store, path)
    got = store.con.execute(
        "SELECT count(*), sum(spend), sum(impressions), sum(clicks), sum(conversions), sum(conversion_value), "
        "min(period_start)::VARCHAR, max(period_end)::VARCHAR, string_agg(DISTINCT currency, ',') FROM ad_stats"
    ).fetchall()[0]
    assert got[0] == rows and got[1] == pytest.approx(spend) and got[2:4] == (impressions, clicks)
    assert got[4] == pytest.approx(conversions)
    assert got[5] == (pytest.approx(value) if value else None)
    assert got[6:] == (*period, currency)
    assert store.count("campaigns") == rows  # the totals rows are not campaigns
    assert store.scalar("SELECT budget FROM campaigns WHERE name = ?", [campaign]) == pytest.approx(budget)
    assert any("checked against 'Total" in n or "checked against 'Gesamt" in n for n in notes), notes
    assert all("≠" not in n for n in notes), notes
    import_export(store, path)  # the same period again replaces, adds nothing
    assert store.count("ad_stats") == rows


@pytest.mark.parametrize(
    ("cells", "default", "comma"),
    [
        (["1.234,56 €", "12.345"], False, True),  # both separators: the last is the decimal one
        (["1\u202f234,56\u00a0€"], False, True),  # French: narrow no-break space, currency suffix
        (["12,5"], False, True),  # one separator and two digits after it: a decimal comma
        (["1,234.56"], True, False),  # Mexico: decimal point under a Spanish header
        (["20.5"], True, False),
        (["1.234", "5"], True, True),  # a thousands dot or a decimal point: the language decides
        (["1.234", "5"], False, False),
    ],
)
def test_the_decimal_separator_is_read_from_the_numbers_else_the_language(cells, default, comma) -> None:
    frame = pd.DataFrame({"Cost": cells})
    assert decimal_comma(frame, default=default, numeric=("Cost",)) is comma


@pytest.mark.parametrize(
    ("cell", "number"),
    [("1.234,56 €", 1234.56), ("1\u202f234,56\u00a0€", 1234.56), ("1 234,56 €", 1234.56), ("12.345", 12345.0),
     ("0,18 %", 0.18), (" --", None)],
)  # fmt: skip
def test_comma_numbers_with_thousands_and_currency_parse(cell: str, number: float | None) -> None:
    value = report_number(comma_to_point(pd.Series([cell]))).iloc[0]
    assert (None if pd.isna(value) else float(value)) == number


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1. Januar 2026", "2026-01-01"), ("31. Dezember 2025", "2025-12-31"), ("3. März 2026", "2026-03-03"),
        ("1er janvier 2026", "2026-01-01"), ("28 févr. 2026", "2026-02-28"), ("15 août 2026", "2026-08-15"),
        ("1 de enero de 2026", "2026-01-01"), ("30 abr 2026", "2026-04-30"), ("9 sept. 2026", "2026-09-09"),
        ("5 de maio de 2026", "2026-05-05"), ("1 May 2026", "2026-05-01"), ("27 January 2026", "2026-01-27"),
        ("31 de fevereiro de 2026", None), ("1 Brumaire 2026", None),
    ],
)  # fmt: skip
def test_localised_report_dates(text: str, day: str | None) -> None:
    assert parse_day(text) == day


def test_a_localised_range_is_a_period() -> None:
    assert parse_period("1. Januar 2026 - 31. Januar 2026") == ("2026-01-01", "2026-01-31")
    assert parse_period("1 de marzo de 2026 - 31 de marzo de 2026") == ("2026-03-01", "2026-03-31")


def test_a_german_total_row_is_never_a_campaign(store, tmp_path: Path) -> None:
    """A totals row in a wording the totals check does not list is still left out."""
    lines = (LOCALES / "Kampagnenbericht.csv").read_text(encoding="utf-8").splitlines()
    lines[-1] = lines[-1].replace("Gesamt: Konto", "Gesamt: Suche")
    report = tmp_path / "Kampagnenbericht.csv"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_export(store, report)
    assert store.count("ad_stats") == 3
    assert store.scalar("SELECT count(*) FROM campaigns WHERE name LIKE 'Gesamt%'") == 0
