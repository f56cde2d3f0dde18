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


templates.env.filters["fmt"] = _fmt
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
