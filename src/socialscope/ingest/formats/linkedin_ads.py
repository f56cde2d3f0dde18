"""LinkedIn Campaign Manager performance exports (Analyze → Export → Campaign, Ad or
Creative performance, CSV).

A few preamble lines (``Campaign Performance Report (in UTC)``, ``Report Start: …``,
``Account: …``, blanks) come before the header, which starts with ``Start Date (in UTC)``;
dates are US style (``9/1/2026``); money may carry a currency sign. Each row is a campaign (or
ad) for the row's period: a day when the export is daily (no ``End Date`` or the same one),
else a period total keyed by its period. An export with no rows (the preamble alone, as
Campaign Manager writes it for a period without delivery) imports nothing and says so.
UTF-8 or UTF-16 (the "Excel" download), comma- or tab-separated.
Conversions are ``Conversions``, else ``Leads``; value is ``Total Conversion Value`` when
exported. The currency comes from the ``Currency`` column (LinkedIn bills in the account's
currency).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.ad_reports import AdReport, ad_parts, decode_report, no_data, parse_day, read_table
from socialscope.ingest.records import Part

HEADER = "Start Date (in UTC)"
TITLE = re.compile(r"^\W*(Account|Campaign Group|Campaign|Creative|Ad) Performance Report \(in UTC\)")
REPORT = AdReport(
    platform="linkedin_ads",
    campaign_name="Campaign Name",
    campaign_id="Campaign ID",
    ad_columns=("Creative Name", "Ad Name"),
    ad_id="Ad ID",
    objective="Campaign Objective",
    stats={
        "impressions": ("Impressions",),
        "reach": ("Reach", "Approximate Member Reach"),
        "clicks": ("Clicks",),
        "spend": ("Total Spent", "Amount Spent"),
        "conversions": ("Conversions", "Leads"),
        "conversion_value": ("Total Conversion Value", "Conversion Value"),
    },
    keep=("Account Name", "Campaign Group Name", "Campaign Type", "Campaign Status", "Creative Name", "Ad Name"),
)


def _header_line(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines[:20]) if line.lstrip('"').startswith(HEADER)), None)


def detect_file(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in (".csv", ".tsv"):
        return False
    head = path.read_bytes()[:4096]
    text = (
        head.decode("utf-16", errors="ignore")
        if head.startswith((b"\xff\xfe", b"\xfe\xff"))
        else head.decode("utf-8", errors="ignore")
    )
    lines = text.lstrip("\ufeff").splitlines()
    start = _header_line(lines)
    if start is None:  # an export with no rows is its preamble alone
        return bool(lines) and bool(TITLE.match(lines[0])) and any("Report Start" in line for line in lines[:6])
    return "Campaign Name" in lines[start]


def _dates(values: pd.Series, column: str, frame: pd.DataFrame, source: Path) -> pd.Series:
    parsed = pd.to_datetime(values, format="%m/%d/%Y", errors="coerce")
    iso = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    parsed = parsed.fillna(iso)
    bad = parsed.isna() & (values.str.strip() != "")
    if bad.any():
        row = int(frame["_row"].to_numpy()[bad.to_numpy().argmax()])
        raise InputError(Problem(str(source), row, column, f"is not a date (M/D/YYYY): {values[bad].iloc[0]!r}"))
    return parsed.dt.strftime("%Y-%m-%d").where(parsed.notna(), None)


def _preamble_period(lines: list[str]) -> str:
    """`` for 2019-08-18 – 2019-09-16`` from the ``Report Start``/``Report End`` lines."""
    found = {}
    for line in lines[:8]:
        label, _, value = line.strip().strip('"').partition(": ")
        if label in ("Report Start", "Report End"):
            found[label] = parse_day(value.strip()) or value.strip()
    return f" for {found['Report Start']} – {found['Report End']}" if len(found) == 2 else ""


def parse(path: str) -> list[Part]:
    source = Path(path)
    lines = decode_report(source.read_bytes(), source).lstrip("\ufeff").splitlines()
    start = _header_line(lines)
    if start is None and lines and TITLE.match(lines[0]):
        period = _preamble_period(lines)
        return no_data(str(source), f"the export has its preamble but no table (no rows{period})")
    if start is None:
        raise InputError(
            Problem(str(source), 1, None, f"expected a LinkedIn Campaign Manager export: no '{HEADER}' header")
        )
    preamble = [line.strip().strip('"') for line in lines[:start] if line.strip()]
    body = "\n".join(lines[start:])
    frame = read_table(body, source, header_line=start + 1)
    for required in (HEADER, "Campaign Name", "Currency"):
        if required not in frame.columns:
            raise InputError(Problem(str(source), start + 1, required, "missing column"))
    if frame.empty:
        return no_data(str(source), f"the export has a header but no rows{_preamble_period(lines)}")
    frame.insert(0, "_row", range(start + 2, start + 2 + len(frame)))
    begin = _dates(frame[HEADER], HEADER, frame, source)
    end = (
        _dates(frame["End Date (in UTC)"], "End Date (in UTC)", frame, source)
        if "End Date (in UTC)" in frame
        else begin
    )
    daily = end.isna() | (end == begin)
    parts = ad_parts(
        frame,
        REPORT,
        str(source),
        dates=begin.where(daily, None),
        period_start=begin.where(~daily, None),
        period_end=end.where(~daily, None),
        currency=frame["Currency"].where(frame["Currency"].str.len() > 0, None),
    )
    if preamble:
        parts[1].note = f"{parts[1].note}; report: {' | '.join(preamble)}"
    return parts
