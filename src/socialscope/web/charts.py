"""Plotly figures as HTML fragments (the JavaScript is served once from /vendor)."""

from __future__ import annotations

from typing import Any

import pandas as pd

PALETTE = ("#2563eb", "#f97316", "#16a34a", "#dc2626", "#9333ea", "#0891b2", "#ca8a04", "#db2777")


TITLE_WIDTH = 42  # characters per title line: a phone (390 px) shows about this many at 16 px


def figure_html(figure: Any, *, height: int = 320) -> str:
    """The figure as a fragment that fills its box's width. The title sits below the toolbar
    (which appears top right on hover) and wraps, so neither covers the other on a phone."""
    title = figure.layout.title.text
    lines = _wrap(title, TITLE_WIDTH) if title else []
    figure.update_layout(
        height=height + 20 * max(len(lines) - 1, 0),
        margin={"l": 50, "r": 20, "t": 48 + 20 * len(lines), "b": 40},
        template="plotly_white",
        colorway=list(PALETTE),
        legend={"orientation": "h", "y": -0.2},
        autosize=True,
    )
    if lines:
        figure.update_layout(
            title={"text": "<br>".join(lines), "x": 0, "xref": "paper", "xanchor": "left",
                   "y": 1, "yref": "container", "yanchor": "top", "pad": {"t": 30}, "font": {"size": 15}}
        )  # fmt: skip
    return figure.to_html(
        full_html=False,
        include_plotlyjs=False,
        default_width="100%",
        config={"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["lasso2d", "select2d"]},
    )


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [text]


def line_chart(
    frame: pd.DataFrame,
    x: str,
    ys: list[str],
    *,
    title: str,
    percent: bool = False,
    secondary: str | None = None,
    secondary_percent: bool = False,
    counts: tuple[str, ...] = (),
) -> str:
    """Lines over ``x``; ``secondary`` names one of ``ys`` drawn against a right-hand axis
    (for a count beside a money amount). Percent axes read as percentages; an axis whose
    series are all ``counts`` gets whole-number ticks."""
    import plotly.graph_objects as go

    mode = "lines+markers" if len(frame) <= 60 else "lines"
    figure = go.Figure()
    for y in ys:
        figure.add_trace(
            go.Scatter(
                x=frame[x], y=frame[y], mode=mode, name=y.replace("_", " "), yaxis="y2" if y == secondary else "y"
            )
        )
    figure.update_layout(title=title)
    primary = [y for y in ys if y != secondary]
    if secondary:
        axis = {"overlaying": "y", "side": "right", "title": secondary.replace("_", " "), "showgrid": False,
                "rangemode": "tozero"}  # fmt: skip
        if secondary_percent:
            axis["tickformat"] = ".1%"
        elif secondary in counts:
            axis.update(_count_axis(frame[secondary]))
        figure.update_layout(yaxis2=axis)
    if percent:
        figure.update_layout(yaxis={"tickformat": ".1%"})
    elif primary and all(y in counts for y in primary):
        figure.update_layout(yaxis=_count_axis(frame[primary].max(axis=1)))
    return figure_html(figure)


def _count_axis(values: pd.Series) -> dict[str, Any]:
    """Whole-number ticks: one per unit on small ranges, thousands separators."""
    top = float(pd.to_numeric(values, errors="coerce").max() or 0)
    axis: dict[str, Any] = {"tickformat": ",d"}
    if top <= 10:
        axis.update(tick0=0, dtick=1)
    return axis


def bar_chart(
    frame: pd.DataFrame, x: str, ys: list[str], *, title: str, percent: bool = False, horizontal: bool = False
) -> str:
    import plotly.graph_objects as go

    figure = go.Figure()
    for y in ys:
        if horizontal:
            figure.add_trace(go.Bar(y=frame[x], x=frame[y], name=y.replace("_", " "), orientation="h"))
        else:
            figure.add_trace(go.Bar(x=frame[x], y=frame[y], name=y.replace("_", " ")))
    figure.update_layout(title=title, barmode="group")
    if percent:
        (figure.update_xaxes if horizontal else figure.update_yaxes)(tickformat=".1%")
    return figure_html(figure, height=max(320, 28 * len(frame)) if horizontal else 320)


def funnel_chart(stages: list[str], values: list[float], *, title: str) -> str:
    import plotly.graph_objects as go

    figure = go.Figure(go.Funnel(y=stages, x=values, textinfo="value+percent initial"))
    figure.update_layout(title=title)
    return figure_html(figure)
