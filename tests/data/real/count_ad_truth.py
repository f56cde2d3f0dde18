"""Count what each genuine ad report holds, with the standard library only (not socialscope).

    python tests/data/real/count_ad_truth.py      # rewrites every variant's truth.json

Each variant folder holds one export; its ``truth.json`` says what an import must give:
the ad_stats rows (data rows: not the header, preamble, totals or summary rows), the
campaigns, the sums of spend, impressions, clicks and conversions, the days or period, and
the currency. Numbers are read the plain way: thousands separators, currency signs and
``%`` removed, `` --`` and empty as nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent


def text_of(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le")
    return raw.decode("utf-8").removeprefix("\ufeff")


def number(value: str | None, comma: bool = False) -> float:
    """``"1,234.50"`` (or, with ``comma``, ``"1.234,50"``) as a float; empty and ``--`` as 0."""
    value = (value or "").replace(".", "").replace(",", ".") if comma else value
    value = re.sub(r"[,$€£%\s]", "", value or "")
    return 0.0 if value in ("", "--", "-") else float(value)


def table(lines: list[str]) -> list[dict[str, str]]:
    header = lines[0]
    delimiter = "\t" if header.count("\t") > header.count(",") else ","
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter))


def sums(rows: list[dict[str, str]], spend: str, impressions: str | None, clicks: str | None,
         conversions: str | None, comma: bool = False) -> dict:  # fmt: skip
    """Row count and column sums (None for a column the report does not have)."""

    def total(column: str | None) -> float | None:
        return sum(number(r[column], comma) for r in rows) if column and column in rows[0] else None

    spent, shown, clicked, converted = total(spend), total(impressions), total(clicks), total(conversions)
    return {
        "rows": len(rows),
        "spend": round(spent, 6),
        "impressions": None if shown is None else int(shown),
        "clicks": None if clicked is None else int(clicked),
        "conversions": None if converted is None else round(converted, 6),
    }


PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]  # fmt: skip


def day(text: str) -> str:
    """One end of a report's date range as an ISO date."""
    text = text.strip()
    if " de " in text:  # 5 de maio de 2026
        number, month, year = text.split(" de ")
        return f"{int(year):04d}-{PT_MONTHS.index(month.lower()) + 1:02d}-{int(number):02d}"
    for fmt in ("%d %B %Y", "%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            pass
    raise ValueError(text)


def period(text: str) -> list[str] | None:
    """``27 January 2026 - 23 February 2026`` or ``Oct 25, 2016-Oct 31, 2016`` as two ISO dates."""
    if text == "All time":
        return None
    ends = text.split(" - ") if " - " in text else re.split(r"(?<=\d)-(?=[A-Za-z])", text)
    return [day(ends[0]), day(ends[1])]


def days(found: set[str] | bool) -> dict:
    found = sorted(found or ())
    return {"days": len(found), "first_day": found[0] if found else None, "last_day": found[-1] if found else None}


# Google Ads column names in the report's language: (campaign, cost, clicks, conversions, currency)
GOOGLE_NAMES = {
    "Campaign": ("Campaign", "Cost", "Clicks", "Conversions", "Currency code"),
    "Campanha": ("Campanha", "Custo", "Cliques", "Conversões", "Código da moeda"),  # Portuguese: 1.234,56
}


def google_ads(path: Path) -> dict:
    lines = text_of(path).splitlines()
    start, word = next((i, w) for i, line in enumerate(lines) for w in GOOGLE_NAMES if w in re.split(r"[\t,]", line))
    campaign, cost, clicks, conversions, currency = GOOGLE_NAMES[word]
    comma = word == "Campanha"
    rows = table(lines[start:])
    first = next(iter(rows[0]))
    data = [r for r in rows if not r[first].startswith("Total") and not r[campaign].startswith("Total")]
    impressions = "Impr." if "Impr." in rows[0] else "Impressions"
    clicks = clicks if clicks in rows[0] else "Interactions"
    truth = sums(data, cost, impressions, clicks, conversions, comma)
    truth["campaigns"] = len({r[campaign] for r in data})
    truth["currency"] = sorted({r[currency] for r in data}) if currency in rows[0] else []
    truth.update(days("Day" in rows[0] and {r["Day"] for r in data}))
    truth["range"] = lines[1].strip('"') if start == 2 else re.sub(r"^.*\((.*)\)$", r"\1", lines[0].strip('"'))
    truth["period"] = None if truth["days"] else period(truth["range"])
    return truth


def meta_ads(path: Path) -> dict:
    rows = table(text_of(path).splitlines())
    header = list(rows[0]) if rows else []
    if len(rows) == 1 and rows[0][header[0]] == "No data available.":
        return {"rows": 0, "campaigns": 0, "no_data": True}
    spend = next(c for c in header if c.startswith("Amount spent"))
    conversions = next((c for c in ("Purchases", "Leads", "Results") if c in header), None)
    data = [r for r in rows if r["Campaign name"].strip()]
    truth = sums(data, spend, "Impressions", "Link clicks", conversions)
    truth["campaigns"] = len({r["Campaign name"] for r in data})
    truth["currency"] = sorted({r["Currency"] for r in data}) if "Currency" in header else [spend[-4:-1]]
    truth.update(days("Day" in header and {r["Day"] for r in data}))
    return truth


def linkedin_ads(path: Path) -> dict:
    lines = text_of(path).splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip('"').startswith("Start Date (in UTC)")), None)
    if start is None:
        return {"rows": 0, "campaigns": 0, "no_data": True, "preamble": [line.strip('"') for line in lines if line]}
    data = table(lines[start:])
    truth = sums(data, "Total Spent", "Impressions", "Clicks", "Conversions")
    truth["campaigns"] = len({r["Campaign Name"] for r in data})
    return truth


READERS = {"google_ads": google_ads, "meta_ads": meta_ads, "linkedin_ads": linkedin_ads}


def main() -> None:
    for platform, reader in READERS.items():
        for variant in sorted((HERE / platform).iterdir()):
            export = next(p for p in variant.iterdir() if p.suffix.lower() in (".csv", ".tsv"))
            truth = {"file": export.name, **reader(export)}
            (variant / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
            print(variant.relative_to(HERE), truth)


if __name__ == "__main__":
    main()
