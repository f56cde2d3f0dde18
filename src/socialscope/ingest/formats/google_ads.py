"""Google Ads report downloads (Reports → Download → CSV) and Google Ads Editor exports.

UI reports: line 1 the report name, line 2 the date range (``27 January 2026 - 23 February
2026``, ``July 8, 2025 - July 31, 2025``; older AdWords put it in the title: ``Ad report
(Oct 25, 2016-Oct 31, 2016)``), then the header; UTF-8 and comma-separated, or UTF-16 and
tab-separated (the "Excel" download); numbers with thousands separators in quotes, `` --``
for "none", and ``Total: …`` (older: ``Total - filtered``) rows at the end. Each row becomes
one ``ad_stats`` row per campaign (or per ad, when the report has ad groups): for its ``Day``
when the report has that column, else for the report's period (``period_start``/
``period_end``, ``date`` null), so reports of successive months add up. An ``All time``
report has no period: its rows replace the campaign's earlier ones. Video campaigns report
``Interactions`` (views and clicks) where others report ``Clicks``: they count as clicks
when the report has no Clicks column. The ``Total: Campaigns`` row (or ``Total: Account``)
is checked against the sum of the imported rows and the result stated.

Google Ads Editor exports (UTF-16, tab-separated) become ``campaigns`` (type, budget, dates,
status); they carry no delivery statistics.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.ad_reports import (
    comma_to_point,
    decimal_comma,
    decode_report,
    no_data,
    parse_period,
    read_table,
)
from socialscope.ingest.formats.common import report_number, stable_id
from socialscope.ingest.records import Part

STATS = {
    "Impr.": "impressions",
    "Impressions": "impressions",
    "Clicks": "clicks",
    "Interactions": "clicks",
    "Cost": "spend",
    "Conversions": "conversions",
    "Conv. value": "conversion_value",
    "All conv. value": "conversion_value",
}  # for each statistic the first column present wins
# Reports downloaded with the interface in another language. Portuguese is read from genuine
# reports (tests/data/real/google_ads); German, French and Spanish from the column names of
# Google Ads' localised help pages and interface (no genuine report could be found, see
# tests/data/formats/google_ads_locales/SOURCE.md). ``Impr.`` and ``Conversions`` are the same
# in several languages. Spanish is ``Coste`` in Spain and ``Costo`` in Latin America.
LOCALISED = {
    # Portuguese (Brazil)
    "Campanha": "Campaign", "Status da campanha": "Campaign status", "Tipo de campanha": "Campaign type",
    "Orçamento": "Budget", "Tipo de orçamento": "Budget type", "Código da moeda": "Currency code",
    "Custo": "Cost", "Cliques": "Clicks", "Conversões": "Conversions",
    "Interações": "Interactions", "Valor conv.": "Conv. value", "Dia": "Day",
    # German
    "Kampagne": "Campaign", "Kampagnenstatus": "Campaign status", "Kampagnentyp": "Campaign type",
    "Budgettyp": "Budget type", "Währungscode": "Currency code", "Kosten": "Cost", "Klicks": "Clicks",
    "Interaktionen": "Interactions", "Conv.-Wert": "Conv. value", "Tag": "Day", "Anzeigengruppe": "Ad group",
    # French
    "Campagne": "Campaign", "État de la campagne": "Campaign status", "Type de campagne": "Campaign type",
    "Type de budget": "Budget type", "Code de la devise": "Currency code", "Coût": "Cost", "Clics": "Clicks",
    "Valeur de conv.": "Conv. value", "Jour": "Day", "Groupe d'annonces": "Ad group",
    # Spanish (Spain and Latin America)
    "Campaña": "Campaign", "Estado de la campaña": "Campaign status", "Tipo de campaña": "Campaign type",
    "Presupuesto": "Budget", "Tipo de presupuesto": "Budget type", "Código de moneda": "Currency code",
    "Coste": "Cost", "Costo": "Cost", "Interacciones": "Interactions", "Conversiones": "Conversions",
    "Valor de conv.": "Conv. value", "Día": "Day", "Grupo de anuncios": "Ad group",
}  # fmt: skip
DAY_COLUMNS = ("Day", "Date")
# ``Total: Campaigns``, ``Total - filtered``, ``Total : campagnes``, ``Gesamt: Kampagnen``
TOTAL = re.compile(r"^(?:Total|Gesamt|Summe)\s?(?::| -|$)")
# Columns before the first statistic that may change between two downloads of the same ad.
_STATE = re.compile(r"status|state|strength|labels|optimi[sz]ation|approval", re.IGNORECASE)


def _head_text(path: Path) -> str:
    head = path.read_bytes()[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff")


def _header_line(lines: list[str]) -> int | None:
    """The table's header: the first of the top lines naming a campaign and a statistic."""
    for index, line in enumerate(lines[:4]):
        cells = {LOCALISED.get(c, c) for c in (c.strip().strip('"') for c in re.split(r"[\t,]", line))}
        if "Campaign" in cells and cells & set(STATS):
            return index
    return None


def detect_file(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in (".csv", ".tsv"):
        return False
    lines = _head_text(path).splitlines()
    start = _header_line(lines)
    if start is not None and start >= 1:
        return True  # a UI report: title (and date range) lines, then the table
    return bool(lines) and "\t" in lines[0] and "Campaign" in lines[0].split("\t")  # a Google Ads Editor export


def parse(path: str) -> list[Part]:
    source = Path(path)
    text = decode_report(source.read_bytes(), source).lstrip("\ufeff")
    lines = text.splitlines()
    start = _header_line(lines)
    if not start and lines and "\t" in lines[0]:  # a table from its first line: a Google Ads Editor export
        return _editor(source, text)
    if not start:
        raise InputError(
            Problem(
                str(source),
                1,
                None,
                "expected a Google Ads report: title, date range, then a header with Campaign (Campanha, "
                "Kampagne, Campagne, Campaña)",
            )
        )
    preamble = [line.strip().strip('"').strip() for line in lines[:start]]
    title, period_text = _title_and_period(preamble)
    frame = read_table("\n".join(lines[start:]), source, header_line=start + 1)
    localised = any(c.strip() in LOCALISED for c in frame.columns)
    frame.columns = [LOCALISED.get(c.strip(), c.strip()) for c in frame.columns]
    comma = decimal_comma(frame, default=localised, numeric=(*STATS, "Budget"))

    def number(values: pd.Series) -> pd.Series:
        return report_number(comma_to_point(values) if comma else values)

    frame.insert(0, "_row", range(start + 2, len(frame) + start + 2))
    first = frame.columns[1]
    is_total = frame[first].str.strip().str.match(TOTAL) | frame["Campaign"].str.strip().str.match(TOTAL)
    totals, frame = frame[is_total], frame[~is_total]
    if frame.empty:
        return no_data(str(source), f"'{title}' has no rows")
    day_column = next((c for c in DAY_COLUMNS if c in frame.columns), None)
    period = None if day_column else parse_period(period_text)
    none = pd.Series(None, index=frame.index, dtype=object)
    currency = (
        frame["Currency code"].where(frame["Currency code"].str.strip() != "", None)
        if "Currency code" in frame
        else None
    )
    campaign_ids = ("google_ads:" + frame["Campaign"]).where(frame["Campaign"].str.strip() != "", None)
    stats = pd.DataFrame({
        "_row": frame["_row"], "campaign_id": campaign_ids,
        "date": frame[day_column] if day_column else none,
        "period_start": period[0] if period else none, "period_end": period[1] if period else none,
    })  # fmt: skip
    chosen: dict[str, str] = {}
    for column, target in STATS.items():
        if column in frame and target not in chosen:
            stats[target] = number(frame[column])
            chosen[target] = column
    stats["currency"] = currency
    stats["extra"] = [{"file": str(source), "report": title, "range": period_text, "columns": chosen}] * len(stats)
    campaigns = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids, "platform": "google_ads",
                              "name": frame["Campaign"], "currency": currency})  # fmt: skip
    if "Campaign type" in frame:
        campaigns["objective"] = frame["Campaign type"].where(frame["Campaign type"].str.strip() != "", None)
    if "Budget" in frame and "Ad group" not in frame:
        campaigns["budget"] = number(frame["Budget"])
        blank = pd.Series("", index=frame.index)
        campaigns["extra"] = [{"status": s, "budget_type": b} for s, b in
                              zip(frame.get("Campaign status", blank), frame.get("Budget type", blank), strict=True)]  # fmt: skip
    if "Ad group" in frame:
        stats["ad_id"] = "google_ads:ad:" + _ad_identity(frame, chosen).map(stable_id)
    campaigns = campaigns.dropna(subset=["campaign_id"]).drop_duplicates("campaign_id", keep="last")
    notes = [_check_totals(stats, totals, first, chosen, number)]
    if period is None and not day_column:
        notes.append(f"date range {period_text!r} is not a period: rows replace earlier ones of the same campaign")
    return [Part("campaigns", str(source), campaigns), Part("ad_stats", str(source), stats, note="; ".join(notes))]


def _title_and_period(preamble: list[str]) -> tuple[str, str]:
    """The report's name and date-range text: two lines (``Campaign report`` /
    ``27 January 2026 - 23 February 2026``), or one as older AdWords wrote it
    (``Ad report (Oct 25, 2016-Oct 31, 2016)``)."""
    title = preamble[0] if preamble else ""
    if len(preamble) >= 2:
        return title, preamble[1]
    inner = re.fullmatch(r"(.*?)\s*\((.+)\)", title)
    return (inner.group(1), inner.group(2)) if inner else (title, "")


def _ad_identity(frame: pd.DataFrame, chosen: dict[str, str]) -> pd.Series:
    """An ad's identity in a report without ad ids: its campaign, ad group and text — the
    columns before the statistics, without those that change over time (status, strength)."""
    columns = list(frame.columns[1:])
    first_stat = min(columns.index(c) for c in chosen.values())
    identity = [c for c in columns[:first_stat] if not _STATE.search(c) and c not in DAY_COLUMNS]
    return frame[identity].astype(str).agg("\x1f".join, axis=1)


def _check_totals(
    stats: pd.DataFrame,
    totals: pd.DataFrame,
    first: str,
    chosen: dict[str, str],
    number: Callable[[pd.Series], pd.Series],
) -> str:
    labels = totals[first].where(totals[first].str.strip().str.match(TOTAL), totals["Campaign"]).str.strip()
    for wanted in ("Total: Campaigns", "Total: All but removed ads", "Total: Ads", "Total: Account",
                   "Total: Campaign", "Total - filtered", "Total", "Total: Campanhas",
                   "Total: Campanhas filtradas", "Total: Conta", "Gesamt: Kampagnen", "Gesamt: Konto",
                   "Total : campagnes", "Total : compte", "Total: campañas", "Total: cuenta"):  # fmt: skip
        row = totals[labels == wanted]
        if row.empty:
            continue
        checks = []
        for target, column in chosen.items():
            expected = pd.to_numeric(number(row[column]), errors="coerce").iloc[0]
            got = pd.to_numeric(stats[target], errors="coerce").sum()
            if expected == expected:
                ok = abs(got - expected) <= max(0.01 * len(stats), 1e-6 * abs(expected))
                checks.append(f"{target} {got:,.2f} {'=' if ok else '≠'} {expected:,.2f}")
        return f"checked against '{wanted}': " + "; ".join(checks)
    return "no totals row to check against"


def _editor(source: Path, text: str) -> list[Part]:
    frame = read_table(text, source, sep="\t")
    frame.columns = [c.strip().lstrip("\ufeff") for c in frame.columns]
    if "Campaign" not in frame.columns:
        raise InputError(Problem(str(source), 1, "Campaign", "missing column"))
    campaigns = pd.DataFrame({
        "_row": range(2, len(frame) + 2), "campaign_id": "google_ads:" + frame["Campaign"], "platform": "google_ads",
        "name": frame["Campaign"], "objective": frame.get("Campaign Type"),
        "budget": report_number(frame["Budget"]) if "Budget" in frame else None,
        "start_date": _editor_date(frame.get("Start Date")),
        "end_date": _editor_date(frame.get("End Date")),
        "extra": [{"status": s} for s in frame.get("Campaign Status", pd.Series([None] * len(frame)))],
    })  # fmt: skip
    return [
        Part("campaigns", str(source), campaigns, note="Google Ads Editor export: campaign settings, no statistics")
    ]


def _editor_date(values: pd.Series | None) -> pd.Series | None:
    """Editor writes ``[]`` for "no date"."""
    if values is None:
        return None
    return values.str.strip().where(~values.str.strip().isin(["", "[]"]), None)
