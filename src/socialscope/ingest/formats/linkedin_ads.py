"""LinkedIn Campaign Manager performance exports (Analyze → Export → Campaign, Ad or
Creative performance, CSV).

A few preamble lines (``Campaign Performance Report (in UTC)``, ``Report Start: …``,
``Account: …``, blanks) come before the header, which starts with ``Start Date (in UTC)``;
dates are US style (``9/1/2026``); money may carry a currency sign. Each row is a campaign (or
ad) for the row's period: a day when the export is daily (no ``End Date`` or the same one).
Conversions are ``Conversions``, else ``Leads``; value is ``Total Conversion Value`` when
exported. The currency comes from the ``Currency`` column (LinkedIn bills in the account's
currency).
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.ad_reports import AdReport, ad_parts
from socialscope.ingest.records import Part

HEADER = "Start Date (in UTC)"
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


def _text(raw: bytes, source: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(str(source), line, None, "is not UTF-8 or UTF-16 text")) from None


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
    return _header_line(lines) is not None and "Campaign Name" in lines[_header_line(lines)]


def _dates(values: pd.Series, column: str, frame: pd.DataFrame, source: Path) -> pd.Series:
    parsed = pd.to_datetime(values, format="%m/%d/%Y", errors="coerce")
    iso = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    parsed = parsed.fillna(iso)
    bad = parsed.isna() & (values.str.strip() != "")
    if bad.any():
        row = int(frame.loc[bad.idxmax(), "_row"])
        raise InputError(Problem(str(source), row, column, f"is not a date (M/D/YYYY): {values[bad].iloc[0]!r}"))
    return parsed.dt.strftime("%Y-%m-%d").where(parsed.notna(), None)


def parse(path: str) -> list[Part]:
    source = Path(path)
    lines = _text(source.read_bytes(), source).lstrip("\ufeff").splitlines()
    start = _header_line(lines)
    if start is None:
        raise InputError(
            Problem(str(source), 1, None, f"expected a LinkedIn Campaign Manager export: no '{HEADER}' header")
        )
    preamble = [line.strip().strip('"') for line in lines[:start] if line.strip()]
    body = "\n".join(lines[start:])
    sep = "\t" if lines[start].count("\t") > lines[start].count(",") else ","
    try:
        frame = pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False, sep=sep)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(Problem(str(source), None, None, f"not a readable CSV table: {exc}")) from None
    for required in ("Campaign Name", "Currency"):
        if required not in frame.columns:
            raise InputError(Problem(str(source), start + 1, required, "missing column"))
    frame.insert(0, "_row", range(start + 2, start + 2 + len(frame)))
    begin = _dates(frame[HEADER], HEADER, frame, source)
    end = (
        _dates(frame["End Date (in UTC)"], "End Date (in UTC)", frame, source)
        if "End Date (in UTC)" in frame
        else begin
    )
    daily = end.isna() | (end == begin)
    report = REPORT
    parts = ad_parts(
        frame,
        report,
        str(source),
        dates=begin.where(daily, None),
        periods=(begin.fillna("") + " – " + end.fillna("")).where(~daily, ""),
        currency=frame["Currency"].where(frame["Currency"].str.len() > 0, None),
    )
    if preamble:
        parts[1].note = f"{parts[1].note}; report: {' | '.join(preamble)}"
    return parts
