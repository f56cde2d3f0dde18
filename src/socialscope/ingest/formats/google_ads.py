"""Google Ads report downloads (Reports → Download → CSV) and Google Ads Editor exports.

UI reports: line 1 the report name, line 2 the date range, line 3 the header; numbers with
thousands separators in quotes, `` --`` for "none", and ``Total: …`` rows at the end. A
*Campaign report* becomes ``campaigns`` + one ``ad_stats`` row per campaign for the period
(``date`` null: a period total; the range is kept in ``extra``); an *Ad report* becomes one
``ad_stats`` row per ad. The ``Total: Campaigns`` row (or ``Total: Account``) is checked
against the sum of the imported rows and the result stated.

Google Ads Editor exports (UTF-16, tab-separated) become ``campaigns`` (type, budget, dates,
status); they carry no delivery statistics.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import report_number, stable_id
from socialscope.ingest.records import Part

STATS = {"Impr.": "impressions", "Clicks": "clicks", "Cost": "spend", "Conversions": "conversions",
         "Conv. value": "conversion_value", "All conv. value": "conversion_value"}  # fmt: skip


def detect_file(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in (".csv", ".tsv"):
        return False
    head = path.read_bytes()[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "Campaign" in head.decode("utf-16", errors="ignore")[:200]
    lines = head.decode("utf-8", errors="ignore").lstrip("\ufeff").splitlines()
    return len(lines) >= 3 and lines[0].strip().endswith("report") and "Campaign" in lines[2]


def parse(path: str) -> list[Part]:
    source = Path(path)
    raw = source.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _editor(source, raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(str(source), line, None, "is not UTF-8 text")) from None
    lines = text.splitlines()
    if len(lines) < 3 or not lines[0].strip().endswith("report"):
        raise InputError(Problem(str(source), 1, None, "expected a Google Ads report: name, date range, header"))
    title, period = lines[0].strip(), lines[1].strip().strip('"')
    try:
        frame = pd.read_csv(io.StringIO("\n".join(lines[2:])), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(Problem(str(source), None, None, f"not a readable CSV table: {exc}")) from None
    if "Campaign" not in frame.columns:
        raise InputError(Problem(str(source), 3, "Campaign", "missing column"))
    frame.insert(0, "_row", range(4, len(frame) + 4))
    first = frame.columns[1]
    totals = frame[frame[first].str.startswith("Total:") | frame["Campaign"].str.startswith("Total:")]
    frame = frame.drop(totals.index)
    currency = frame.get("Currency code")
    campaign_ids = "google_ads:" + frame["Campaign"]
    stats = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids})
    for column, target in STATS.items():
        if column in frame:
            stats[target] = report_number(frame[column])
    stats["currency"] = currency
    stats["extra"] = [{"report": title, "period": period}] * len(stats)
    campaigns = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids, "platform": "google_ads",
                              "name": frame["Campaign"], "currency": currency})  # fmt: skip
    if title == "Campaign report":
        campaigns["objective"] = frame.get("Campaign type")
        campaigns["budget"] = report_number(frame["Budget"]) if "Budget" in frame else None
        campaigns["extra"] = [{"status": s, "budget_type": b} for s, b in
                              zip(frame.get("Campaign status", ""), frame.get("Budget type", ""), strict=False)]  # fmt: skip
    else:
        campaigns = campaigns.drop_duplicates("campaign_id")
        keys = frame.drop(columns="_row").astype(str).agg("\x1f".join, axis=1)
        stats["ad_id"] = "google_ads:ad:" + keys.map(stable_id)
    note = _check_totals(stats, totals, first)
    return [Part("campaigns", str(source), campaigns), Part("ad_stats", str(source), stats, note=note)]


def _check_totals(stats: pd.DataFrame, totals: pd.DataFrame, first: str) -> str:
    labels = totals[first].where(totals[first].str.startswith("Total:"), totals["Campaign"])
    for wanted in ("Total: Campaigns", "Total: All but removed ads", "Total: Ads", "Total: Account"):
        row = totals[labels == wanted]
        if row.empty:
            continue
        checks = []
        for column, target in STATS.items():
            if column in row and target in stats:
                expected = pd.to_numeric(report_number(row[column]), errors="coerce").iloc[0]
                got = pd.to_numeric(stats[target], errors="coerce").sum()
                if expected == expected:
                    ok = abs(got - expected) <= max(0.01 * len(stats), 1e-6 * abs(expected))
                    checks.append(f"{target} {got:,.2f} {'=' if ok else '≠'} {expected:,.2f}")
        return f"checked against '{wanted}': " + "; ".join(checks)
    return "no totals row to check against"


def _editor(source: Path, raw: bytes) -> list[Part]:
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(Problem(str(source), None, None, "is not valid UTF-16 text")) from None
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
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
