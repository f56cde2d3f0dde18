"""Meta Ads Manager table exports (Ads Manager or Ads Reporting → Export table data → CSV).

One header line, then a row per campaign, ad set or ad — per day with the "Day" breakdown.
Meta names the currency in the spend header (``Amount spent (EUR)``) or in a ``Currency``
column; periods are ``Reporting starts``/``Reporting ends`` (a row whose two dates are equal is
that day's; otherwise the row is a period total, keyed by its period). The default columns
have no ``Campaign ID``: campaigns are then keyed by name (``meta:name:<name>``) and the
import says so. A report with nothing in it is the header and one ``No data available.``
row: nothing is imported, and the note says why. Conversions are ``Purchases`` when
reported, else ``Leads``, else ``Results`` (whose meaning, ``Result indicator``, is kept in
``extra``); value is the purchases conversion value. The one row without any campaign, ad
set or ad name (and day) is Meta's summary row: it is not imported but checked against the
sum of the others.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.ad_reports import AdReport, ad_parts, decode_report, no_data, pick, read_table
from socialscope.ingest.records import Part

NO_DATA = "No data available."
SPEND = re.compile(r"^Amount spent(?: \(([A-Z]{3})\))?$")
REPORT = AdReport(
    platform="meta",
    campaign_name="Campaign name",
    campaign_id="Campaign ID",
    ad_columns=("Ad set name", "Ad name"),
    ad_id="Ad ID",
    objective="Objective",
    stats={
        "impressions": ("Impressions",),
        "reach": ("Reach",),
        "clicks": ("Link clicks", "Clicks (all)"),
        "conversions": ("Purchases", "Website purchases", "Leads", "Results"),
        "conversion_value": ("Purchases conversion value", "Website purchases conversion value"),
    },
    keep=("Account name", "Ad set name", "Ad name", "Result indicator", "Attribution setting", "Delivery"),
)


def _header(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(4096)
    text = (
        head.decode("utf-16", errors="ignore")
        if head.startswith((b"\xff\xfe", b"\xfe\xff"))
        else head.decode("utf-8", errors="ignore")
    )
    lines = text.lstrip("\ufeff").splitlines()
    return lines[0] if lines else ""


def detect_file(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".csv":
        return False
    header = _header(path)
    return "Amount spent" in header and "Campaign name" in header and ("Reporting starts" in header or "Day" in header)


def parse(path: str) -> list[Part]:
    source = Path(path)
    text = decode_report(source.read_bytes(), source)
    frame = read_table(text, source, sep=",")
    frame.columns = [c.strip() for c in frame.columns]
    if len(frame) == 1 and frame.iloc[0, 0].strip() == NO_DATA:
        return no_data(str(source), f"Meta says '{NO_DATA}' for this report's period and filters")
    daily = "Day" in frame.columns
    for required in ("Campaign name",) if daily else ("Campaign name", "Reporting starts", "Reporting ends"):
        if required not in frame.columns:
            raise InputError(Problem(str(source), 1, required, "missing column"))
    spend = [c for c in frame.columns if SPEND.match(c)]
    if not spend:
        raise InputError(Problem(str(source), 1, "Amount spent", "missing column"))
    frame.insert(0, "_row", range(2, len(frame) + 2))
    named = [c for c in ("Campaign name", "Ad set name", "Ad name", "Campaign ID", "Ad ID") if c in frame.columns]
    summary = frame[named + (["Day"] if daily else [])].apply(lambda c: c.str.strip()).eq("").all(axis=1)
    if summary.sum() > 1:  # Meta writes one summary row; a second nameless row is a damaged data row
        row = int(frame.loc[summary, "_row"].iloc[1])
        raise InputError(Problem(str(source), row, "Campaign name", "is missing (only the summary row has no name)"))
    totals, frame = frame[summary], frame[~summary]
    report = replace(REPORT, stats={**REPORT.stats, "spend": (spend[0],)})
    code = SPEND.match(spend[0]).group(1)
    currency = code or (frame[pick(frame, ("Currency",))] if "Currency" in frame.columns else None)
    if currency is None:
        raise InputError(
            Problem(
                str(source),
                1,
                "Currency",
                "no currency: neither a header like 'Amount spent (EUR)' nor a Currency column",
            )
        )
    none = pd.Series(None, index=frame.index, dtype=object)
    if daily:
        day, start, end = frame["Day"].where(frame["Day"].str.strip() != "", None), none, none
    else:
        one_day = frame["Reporting starts"] == frame["Reporting ends"]
        day = frame["Reporting starts"].where(one_day, None)
        start = frame["Reporting starts"].where(~one_day, None)
        end = frame["Reporting ends"].where(~one_day, None)
    return ad_parts(
        frame, report, str(source), dates=day, period_start=start, period_end=end, currency=currency, totals=totals
    )
