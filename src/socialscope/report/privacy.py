"""Small-group suppression for people analytics: a group of fewer than ``min_size`` people
(default 5, ``$SOCIALSCOPE_MIN_GROUP_SIZE``) is too small to report without pointing at
individuals, so for people graphs (collaboration: messages and email between colleagues)
every figure about it is withheld — who is in it and its aggregates alike — the rule
people-analytics products apply. Applied where results are shown (web, API, report, CLI),
so the store keeps the full analysis for the analysts allowed to see it."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

PEOPLE_GRAPHS = ("collaboration",)
IDENTIFYING = ("top_members", "brokers")
KEYS = ("graph", "community", "period", "event", "lineage", "variant", "suppressed")
"""Columns that name the group, not describe it: kept for withheld groups."""


def min_group_size() -> int:
    return int(os.environ.get("SOCIALSCOPE_MIN_GROUP_SIZE", "5"))


def small_groups(frame: pd.DataFrame, *, size: str = "size") -> pd.Series:
    """Which rows describe a group below the minimum; a dissolved group (size 0 in community
    evolution) is judged by the members it had (``left``)."""
    members = frame[size]
    if "event" in frame and "left" in frame:
        members = members.where(frame["event"] != "dissolution", frame["left"])
    return members < min_group_size()


def suppress_small_groups(
    frame: pd.DataFrame, graph: str, *, size: str = "size", keys: tuple[str, ...] = KEYS
) -> pd.DataFrame:
    """For a people graph, withhold every figure of groups smaller than the minimum (``size``
    = the column holding their member count) — member lists become a notice, every other
    column but the group's ``keys`` becomes null — and mark them ``suppressed``; other graphs
    pass through unchanged."""
    if graph not in PEOPLE_GRAPHS or frame.empty or size not in frame:
        return frame
    out = frame.copy()
    small = small_groups(out, size=size)
    notice = f"(suppressed: fewer than {min_group_size()} people)"
    for column in out.columns:
        if column in keys:
            continue
        if column in IDENTIFYING:
            out[column] = out[column].astype(object).where(~small, notice)
        elif pd.api.types.is_integer_dtype(out[column]):  # counts stay whole numbers (8, not 8.0)
            out[column] = out[column].astype("Int64").where(~small, pd.NA)
        elif pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_bool_dtype(out[column]):
            out[column] = out[column].astype(float).where(~small, np.nan)
        else:
            out[column] = out[column].astype(object).where(~small, None)
    out["suppressed"] = small
    return out


def drop_small_groups(
    nodes: pd.DataFrame,
    links: pd.DataFrame,
    graph: str,
    *,
    key: str = "id",
    ends: tuple[str, str] = ("source", "target"),
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """For a people graph, remove groups below the minimum, and the links touching them, from
    a group meta-graph (a drawing cannot show a withheld group)."""
    if graph not in PEOPLE_GRAPHS or nodes.empty:
        return nodes, links
    kept = nodes[nodes["size"] >= min_group_size()]
    allowed = set(kept[key])
    links = links[links[ends[0]].isin(allowed) & links[ends[1]].isin(allowed)]
    return kept.reset_index(drop=True), links.reset_index(drop=True)
