"""What every ad platform's table export becomes: ``campaigns`` and ``ad_stats`` rows.

A platform reader (Meta Ads Manager, LinkedIn Campaign Manager) names its columns in an
:class:`AdReport`; this module turns the rows into canonical ones the same way for all:
ids ``<platform>:<campaign id or name>``, one ``ad_stats`` row per reported row (per ad when
the report has ads; ``date`` null when the row covers a longer period, the period kept in
``extra``), the currency from a column or from the spend header (``Amount spent (EUR)``), and
a totals row — when the export has one — checked against the sum of the imported rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

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


def ad_parts(
    frame: pd.DataFrame,
    report: AdReport,
    source: str,
    *,
    dates: pd.Series,
    periods: pd.Series,
    currency: pd.Series | str | None,
    totals: pd.DataFrame | None = None,
) -> list[Part]:
    """``frame`` (report columns as text, ``_row`` = line in the file) as canonical parts.

    ``dates``: each row's day (null for a longer period); ``periods``: the period text kept in
    ``extra`` for those rows.
    """
    platform = report.platform
    names = frame[report.campaign_name]
    native = frame[report.campaign_id] if report.campaign_id else names
    campaign_ids = f"{platform}:" + native.where(native.str.len() > 0, names)
    stats = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids, "date": dates})
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
        {**({"period": p} if isinstance(p, str) and p else {}), **{c: row[c] for c in kept if row[c]},
         "columns": chosen}
        for p, (_, row) in zip(periods, frame.iterrows(), strict=True)
    ]  # fmt: skip
    campaigns = pd.DataFrame({"_row": frame["_row"], "campaign_id": campaign_ids, "platform": platform,
                              "name": names, "currency": currency})  # fmt: skip
    if report.objective and report.objective in frame.columns:
        campaigns["objective"] = frame[report.objective].where(frame[report.objective].str.len() > 0, None)
    campaigns = campaigns.drop_duplicates("campaign_id", keep="last")
    note = check_totals(stats, totals, chosen) if totals is not None else "no totals row to check against"
    return [Part("campaigns", source, campaigns), Part("ad_stats", source, stats, note=note)]


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
