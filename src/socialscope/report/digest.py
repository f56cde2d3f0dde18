"""A short "what changed" digest for e-mail or a chat channel: the headline KPIs with their
change against the previous period, and the notable changes of :mod:`report.changes` — as
Markdown or HTML, and, only when the user names a URL, posted to a webhook as JSON."""

from __future__ import annotations

import html
import json
import re
from datetime import date, timedelta
from typing import Any

from socialscope.errors import SocialscopeError, UsageError
from socialscope.names import DIGEST_FORMATS as FORMATS
from socialscope.store.connection import Store

HEADLINE = (
    ("networking", "own_followers", "Own followers", "int"),
    ("networking", "own_engagement_rate_reach", "Own engagement rate (reach)", "pct"),
    ("networking", "own_net_sentiment", "Net sentiment about us", "pct"),
    ("marketing", "spend", "Ad spend", "money"),
    ("marketing", "cpa", "CPA", "money"),
    ("marketing", "roas", "ROAS", "ratio"),
)


def parse_since(value: str, last: date | None) -> date:
    """``7d`` / ``4w`` (days or weeks back from ``last``, inclusive) or a YYYY-MM-DD date."""
    match = re.fullmatch(r"(\d+)([dw])", value.strip())
    if match:
        if last is None:
            raise UsageError("the store has no dated data yet")
        days = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
        if days < 1:
            raise UsageError(f"--since {value}: give at least one day")
        return last - timedelta(days=days - 1)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since {value!r}: give e.g. 7d, 4w or a date (YYYY-MM-DD)") from None


def digest_data(
    store: Store, *, since: date, until: date | None = None, platform: str | None = None, base_url: str = ""
) -> dict[str, Any]:
    """Everything the digest says: period, headline KPIs with changes, notable changes."""
    from socialscope.report.changes import what_changed
    from socialscope.report.kpis import data_bounds, kpis_with_change

    until = until or data_bounds(store)[1]
    if until is None or since > until:
        raise UsageError(f"the period starts ({since}) after it ends ({until})")
    numbers = kpis_with_change(store, since=since, until=until, platform=platform)
    changes = what_changed(store, since=since, until=until, platform=platform)
    headline = []
    for side, key, label, kind in HEADLINE:
        value = numbers[side].get(key)
        if value is None:
            continue
        headline.append({"key": key, "label": label, "kind": kind, "value": value,
                         "change": numbers["change"].get(key, {}).get("change")})  # fmt: skip
    base = base_url.rstrip("/")
    return {
        "since": since,
        "until": until,
        "platform": platform,
        "currency": numbers["currency"],
        "headline": headline,
        "headline_change": changes["headline"],
        "changes": [{**c, "link": base + c["link"]} for c in changes["changes"]],
        "method": changes["method"],
    }


def render_digest(data: dict[str, Any], fmt: str = "md") -> str:
    """The digest as Markdown (``md``) or an HTML fragment (``html``)."""
    from socialscope.report.summary import format_value

    def value(item: dict[str, Any]) -> str:
        text = format_value(item["value"], item["kind"])
        if item["kind"] == "money" and data["currency"]:
            text = f"{data['currency']} {text}"
        if item["change"] is not None:
            arrow = "▲" if item["change"] > 0 else "▼" if item["change"] < 0 else "▶"
            text += f" ({arrow} {100 * item['change']:+.1f}%)"
        return text

    title = f"socialscope digest: {data['since']} to {data['until']}" + (
        f" ({data['platform']})" if data["platform"] else ""
    )
    if fmt == "md":
        lines = [f"# {title}", "", "**Headline** (change against the previous period of the same length)", ""]
        lines += [f"- {item['label']}: {value(item)}" for item in data["headline"]]
        lines += ["", "**What changed**", ""]
        if data["headline_change"]:
            lines += [data["headline_change"], ""]
        lines += [f"{i}. [{c['sentence']}]({c['link']})" for i, c in enumerate(data["changes"], 1)] or [
            "Nothing moved beyond its usual day-to-day range."
        ]
        lines += ["", f"_{data['method']}_", ""]
        return "\n".join(lines)
    if fmt == "html":
        e = html.escape
        items = "".join(f"<li>{e(item['label'])}: <b>{e(value(item))}</b></li>" for item in data["headline"])
        changes = "".join(f'<li><a href="{e(c["link"])}">{e(c["sentence"])}</a></li>' for c in data["changes"])
        return (
            f"<h1>{e(title)}</h1><p><b>Headline</b> (change against the previous period of the same length)</p>"
            f"<ul>{items}</ul><p><b>What changed</b></p>"
            + (f"<p>{e(data['headline_change'])}</p>" if data["headline_change"] else "")
            + (f"<ol>{changes}</ol>" if changes else "<p>Nothing moved beyond its usual day-to-day range.</p>")
            + f"<p><i>{e(data['method'])}</i></p>"
        )
    raise UsageError(f"format must be one of: {', '.join(FORMATS)}; not {fmt!r}")


def post_digest(url: str, data: dict[str, Any], text: str, fmt: str, *, timeout: float = 15.0) -> int:
    """POST the digest as JSON to the webhook ``url`` the user gave: ``text`` (the rendered
    digest: what Slack, Mattermost and Teams incoming webhooks display), ``format`` and the
    structured ``digest``. Returns the HTTP status; a refusal or no answer raises."""
    import urllib.error
    import urllib.request

    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--post-to {url!r}: give an http:// or https:// URL")
    body = json.dumps({"text": text, "format": fmt, "digest": data}, default=str, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
            return response.status
    except urllib.error.HTTPError as exc:
        raise SocialscopeError(f"the webhook {url} refused the digest: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise SocialscopeError(f"could not post the digest to {url}: {exc}") from None
