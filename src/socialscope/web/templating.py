"""Jinja2 templates and the small formatting filters the pages share."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from jinja2 import Undefined

from socialscope.report.summary import format_value

templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))


def _fmt(value: Any, kind: str = "float") -> str:
    if isinstance(value, Undefined) or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return format_value(value, kind)


CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _money(value: Any, currency: str | None = None) -> str:
    """An amount in the data's currency: "$5,945.21", "CHF 120.00"; plain when unknown."""
    text = _fmt(value, "money")
    if text == "—" or not currency:
        return text
    sign = CURRENCY_SIGNS.get(currency.upper())
    if sign:
        return f"−{sign}{text[1:]}" if text.startswith("-") else f"{sign}{text}"
    return f"{currency.upper()} {text}"


templates.env.filters["fmt"] = _fmt
templates.env.filters["money"] = _money
NAV = (
    ("overview", "/", "Overview"),
    ("network", "/network", "Network"),
    ("people", "/people", "People"),
    ("content", "/content", "Content"),
    ("campaigns", "/campaigns", "Campaigns"),
    ("attribution", "/attribution", "Attribution"),
    ("data", "/data", "Data"),
)
templates.env.globals["nav"] = NAV
CARRIED = ("since", "until", "platform")  # the filters that travel with the user across pages


def carried(request: Any) -> str:
    """The query string of the period and platform filters, to append to navigation links."""
    from urllib.parse import urlencode

    params = {k: request.query_params[k] for k in CARRIED if request.query_params.get(k)}
    return ("?" + urlencode(params)) if params else ""


def preset(filters: dict[str, Any], days: int | None) -> str:
    """Query string of the last ``days`` days of the data (all data when None), same platform."""
    from datetime import timedelta
    from urllib.parse import urlencode

    params: dict[str, Any] = {"since": "", "until": ""}  # empty dates: all data
    if days and filters.get("data_to"):
        end = filters["data_to"]
        params = {"since": end - timedelta(days=days - 1), "until": end}
    if filters.get("platform"):
        params["platform"] = filters["platform"]
    return urlencode(params)


templates.env.globals["carried"] = carried
templates.env.globals["preset"] = preset
