"""What every ad platform's table export becomes: ``campaigns`` and ``ad_stats`` rows.

A platform reader (Meta Ads Manager, LinkedIn Campaign Manager) names its columns in an
:class:`AdReport`; this module turns the rows into canonical ones the same way for all:
ids ``<platform>:<campaign id>`` (``<platform>:name:<campaign name>`` when the export has no
id column), one ``ad_stats`` row per reported row (per ad when the report has ads), either
for a day (``date``) or for the reporting period (``period_start``/``period_end``, ``date``
null), the currency from a column or from the spend header (``Amount spent (EUR)``), and a
totals row — when the export has one — checked against the sum of the imported rows.

The period is part of the row's key, so reports of successive months add up and a second
import of the same period replaces the first; overlapping, different periods are refused by
the store (see :func:`socialscope.store.loader.check_periods`).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import report_number, stable_id
from socialscope.ingest.records import Part

STATS = ("impressions", "reach", "clicks", "spend", "conversions", "conversion_value")


@dataclass(frozen=True)
class AdReport:
    platform: str
    campaign_name: str
    stats: dict[str, tuple[str, ...]]  # canonical stat -> report columns, first present wins
    campaign_id: str | None = None
    ad_columns: tuple[str, ...] = ()  # columns that identify an ad (ids or names)
    ad_id: str | None = None
    objective: str | None = None
    currency: str | None = None
    keep: tuple[str, ...] = ()  # more report columns kept in ``extra``
    extras: dict[str, str] = field(default_factory=dict)


def pick(frame: pd.DataFrame, candidates: tuple[str, ...]) -> str | None:
    return next((c for c in candidates if c in frame.columns), None)


def campaign_keys(platform: str, names: pd.Series, ids: pd.Series | None) -> tuple[pd.Series, bool]:
    """``<platform>:<id>``, or ``<platform>:name:<name>`` where a row has no id; null when a
    row has neither (the import then reports the row). Also says whether any name was used."""
    names = names.fillna("").astype(str).str.strip()
    ids = ids.fillna("").astype(str).str.strip() if ids is not None else pd.Series("", index=names.index)
    keys = (f"{platform}:" + ids).where(ids != "", f"{platform}:name:" + names)
    keys = keys.where((ids != "") | (names != ""), None)
    return keys, bool(((ids == "") & (names != "")).any())


def name_key_note(platform: str, id_column: str) -> str:
    return (
        f"no '{id_column}' column: campaigns are keyed by name ({platform}:name:…); a renamed campaign "
        f"becomes a new one — add the '{id_column}' column to the export to key them by id"
    )


def ad_parts(
    frame: pd.DataFrame,
    report: AdReport,
    source: str,
    *,
    dates: pd.Series,
    period_start: pd.Series,
    period_end: pd.Series,
    currency: pd.Series | str | None,
    totals: pd.DataFrame | None = None,
) -> list[Part]:
    """``frame`` (report columns as text, ``_row`` = line in the file) as canonical parts.

    ``dates``: each row's day (null for a longer period); ``period_start``/``period_end``: the
    period of the other rows (ISO dates, null for daily rows).
    """
    platform = report.platform
    names = frame[report.campaign_name]
    native = frame[report.campaign_id] if report.campaign_id and report.campaign_id in frame else None
    campaign_ids, by_name = campaign_keys(platform, names, native)
    stats = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids, "date": dates,
                          "period_start": period_start, "period_end": period_end})  # fmt: skip
    chosen: dict[str, str] = {}
    for stat, columns in report.stats.items():
        column = pick(frame, columns)
        if column:
            stats[stat] = report_number(frame[column])
            chosen[stat] = column
    ad_columns = [c for c in report.ad_columns if c in frame.columns]
    if report.ad_id and report.ad_id in frame.columns:
        stats["ad_id"] = f"{platform}:ad:" + frame[report.ad_id]
    elif ad_columns:
        keys = frame[[report.campaign_name, *ad_columns]].astype(str).agg("\x1f".join, axis=1)
        stats["ad_id"] = f"{platform}:ad:" + keys.map(stable_id)
    stats["currency"] = currency
    kept = [c for c in report.keep if c in frame.columns]
    stats["extra"] = [
        {"file": source, **{c: row[c] for c in kept if row[c]}, "columns": chosen} for _, row in frame.iterrows()
    ]
    stats, summed = sum_duplicate_keys(stats)
    campaigns = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids, "platform": platform,
                              "name": names, "currency": currency})  # fmt: skip
    if report.objective and report.objective in frame.columns:
        campaigns["objective"] = frame[report.objective].where(frame[report.objective].str.len() > 0, None)
    campaigns = campaigns.dropna(subset=["campaign_id"]).drop_duplicates("campaign_id", keep="last")
    notes = [check_totals(stats, totals, chosen) if totals is not None else "no totals row to check against"]
    if by_name:
        notes.append(name_key_note(platform, report.campaign_id or "Campaign ID"))
    if summed:
        notes.append(summed)
    return [Part("campaigns", source, campaigns), Part("ad_stats", source, stats, note="; ".join(notes))]


def sum_duplicate_keys(stats: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Rows that share campaign, ad and period — two campaigns with one name in an export
    without ids — are one row of the store: their counts are added (reach too, which then
    over-counts people reached by both). Rows with a value that is not a number are left
    for the import to report."""
    key = [c for c in ("campaign_id", "ad_id", "date", "period_start", "period_end") if c in stats]
    duplicated = stats.duplicated(key, keep=False) & stats["campaign_id"].notna()
    if not duplicated.any():
        return stats, ""
    present = [s for s in STATS if s in stats]
    numbers = stats[present].apply(pd.to_numeric, errors="coerce")
    if (numbers.isna() & stats[present].notna()).any().any():
        return stats, ""
    groups = stats[duplicated].assign(**{s: numbers.loc[duplicated, s] for s in present})
    merged = (
        groups.groupby(key, dropna=False, sort=False)
        .agg(
            {
                "_row": "first",
                **{s: "sum" for s in present},
                **{c: "first" for c in stats if c not in (*key, "_row", *present)},
            }
        )
        .reset_index()
    )
    out = pd.concat([stats[~duplicated], merged[stats.columns]], ignore_index=True).sort_values("_row")
    return out, f"{int(duplicated.sum())} rows share a campaign name and period with another: their counts are added"


def check_totals(stats: pd.DataFrame, totals: pd.DataFrame, chosen: dict[str, str]) -> str:
    """Compare the export's own totals row with the sum of the imported rows (reach is not
    additive — people reached on two days are counted once in the total — so it is skipped)."""
    if totals.empty:
        return "no totals row to check against"
    checks = []
    for stat, column in chosen.items():
        if stat == "reach" or column not in totals:
            continue
        expected = pd.to_numeric(report_number(totals[column]), errors="coerce").iloc[0]
        got = pd.to_numeric(stats[stat], errors="coerce").sum()
        if expected == expected:
            ok = abs(got - expected) <= max(0.01 * len(stats), 1e-6 * abs(expected))
            checks.append(f"{stat} {got:,.2f} {'=' if ok else '≠'} {expected:,.2f}")
    return "checked against the totals row: " + "; ".join(checks)


def no_data(source: str, why: str) -> list[Part]:
    """An export that holds no rows (``No data available.``): nothing to import, said plainly."""
    return [Part("ad_stats", source, pd.DataFrame({"_row": []}), note=f"{why}: nothing imported")]


def read_table(text: str, source: str | Path, *, header_line: int = 1, sep: str | None = None) -> pd.DataFrame:
    """The report's table, every cell as text. ``text`` starts at the header, which is line
    ``header_line`` of the file. Text that is no table, or a row with more cells than the
    header (pandas would silently drop them), is an :class:`InputError` naming the line."""
    first = text.split("\n", 1)[0]
    sep = sep or ("\t" if first.count("\t") > first.count(",") else ",")
    with warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.ParserWarning)
        try:
            return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, index_col=False, sep=sep)
        except pd.errors.EmptyDataError:
            raise InputError(Problem(str(source), header_line, None, "no table: the header is missing")) from None
        except (pd.errors.ParserError, pd.errors.ParserWarning) as exc:
            extra = _first_long_row(text, sep)
            row = header_line + extra - 1 if extra else None
            what = "has more cells than the header" if extra else f"is not a readable table ({str(exc).strip()})"
            raise InputError(Problem(str(source), row, None, what)) from None


def _first_long_row(text: str, sep: str) -> int | None:
    """The line (1 = the header) of the first row with more cells than the header."""
    try:
        rows = csv.reader(io.StringIO(text), delimiter=sep)
        width = len(next(rows))
        return next((index for index, row in enumerate(rows, start=2) if len(row) > width), None)
    except (csv.Error, StopIteration):
        return None


def decode_report(raw: bytes, source: str | Path) -> str:
    """A report's text: UTF-16 when it starts with a byte-order mark (Google Ads and LinkedIn
    "Excel" downloads), else UTF-8 (with or without BOM)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n\x00") + 1
            raise InputError(Problem(str(source), line, None, "is not valid UTF-16 text")) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(str(source), line, None, "is not UTF-8 or UTF-16 text")) from None


_PERCENT_COMMA = re.compile(r"^-?[\d.]*\d,\d+\s?%$")
_PERCENT_POINT = re.compile(r"^-?[\d,]*\d\.\d+\s?%$")
# A number whose separator can only be the decimal one: both kinds (the last is decimal), or a
# single separator followed by one or two digits (a thousands group has three).
_NUMBER_COMMA = re.compile(r"^-?(\d{1,3}(\.\d{3})+,\d+|\d+,\d{1,2})$")
_NUMBER_POINT = re.compile(r"^-?(\d{1,3}(,\d{3})+\.\d+|\d+\.\d{1,2})$")
_CURRENCY_AND_SPACE = re.compile(r"[\s$€£¥₹]")


def decimal_comma(frame: pd.DataFrame, *, default: bool = False, numeric: tuple[str, ...] = ()) -> bool:
    """Whether a report writes ``1.683,00`` (or ``1 683,00 €``) rather than ``1,683.00``.

    Told by its percentages (``3,45%`` or ``3.45%``, never ambiguous); else by a number in one
    of the ``numeric`` columns whose separator can only be a decimal one (``12,5``,
    ``1.234,56 €``; not ``1.234``, which may be either); else by ``default`` (the language of
    the header: German, French, Spanish and Portuguese write a decimal comma)."""
    for column in frame.columns:
        values = frame[column].dropna().astype(str).str.strip()
        if values.str.match(_PERCENT_COMMA).any():
            return True
        if values.str.match(_PERCENT_POINT).any():
            return False
    for column in (c for c in numeric if c in frame.columns):
        values = frame[column].dropna().astype(str).str.replace(_CURRENCY_AND_SPACE, "", regex=True)
        if values.str.match(_NUMBER_COMMA).any():
            return True
        if values.str.match(_NUMBER_POINT).any():
            return False
    return default


def comma_to_point(values: pd.Series) -> pd.Series:
    """``1.683,00`` → ``1683.00``: thousands dots dropped, the decimal comma made a point."""
    return values.astype(str).str.replace(".", "", regex=False).str.replace(",", ".", regex=False)


_RANGE_SPLIT = re.compile(r"\s+[-–]\s+|(?<=\d)\s*[-–]\s*(?=[A-Za-z])")
_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y, %I:%M %p")


# Month names and abbreviations of the report languages other than English (Portuguese,
# German, French, Spanish), as in ``5 de maio de 2026``, ``1. Januar 2026``, ``1 janv. 2026``,
# ``1 de enero de 2026``; no name means two different months in two of these languages.
_MONTHS = {
    name: number
    for number, names in enumerate((
        "janeiro jan januar janvier janv enero ene",
        "fevereiro fev februar feb février févr febrero",
        "março mar märz mär mars marzo",
        "abril abr april apr avril avr",
        "maio mai mayo may",
        "junho jun juni juin junio",
        "julho jul juli juillet juil julio",
        "agosto ago august aug août",
        "setembro set september sep sept septembre septiembre setiembre",
        "outubro out oktober okt octobre oct octubre",
        "novembro nov november novembre noviembre",
        "dezembro dez dezember décembre déc diciembre dic",
    ), start=1)
    for name in names.split()
}  # fmt: skip
_LOCAL_DAY = re.compile(r"(\d{1,2})(?:\.|er)?\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4})", re.IGNORECASE)


def parse_day(text: str) -> str | None:
    """``27 January 2026``, ``July 8, 2025``, ``Oct 25, 2016``, ``2026-01-27``, ``9/1/2026``,
    ``5 de maio de 2026``, ``1. Januar 2026``, ``1er janv. 2026``, ``3 de enero de 2026`` as an
    ISO date; None when it is none of these."""
    text = text.strip().strip('"').strip()
    local = _LOCAL_DAY.fullmatch(text)
    if local and local.group(2).lower() in _MONTHS:
        day, month, year = local.groups()
        try:
            return date(int(year), _MONTHS[month.lower()], int(day)).isoformat()
        except ValueError:  # 31 de fevereiro
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_period(text: str) -> tuple[str, str] | None:
    """A report's date-range line as ``(first day, last day)``; None for ``All time`` or a
    form not recognised (the rows then carry no period and replace by campaign alone)."""
    text = text.strip().strip('"').strip()
    parts = _RANGE_SPLIT.split(text)
    if len(parts) == 1:
        day = parse_day(text)
        return (day, day) if day else None
    if len(parts) != 2:
        return None
    first, last = parse_day(parts[0]), parse_day(parts[1])
    return (first, last) if first and last else None
