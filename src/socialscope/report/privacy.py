"""Small-group suppression for people analytics: a group of fewer than ``min_size`` people
(default 5, ``$SOCIALSCOPE_MIN_GROUP_SIZE``) is too small to report without pointing at
individuals, so its member lists are withheld — the rule people-analytics products apply to
collaboration networks."""

from __future__ import annotations

import os

import pandas as pd

PEOPLE_GRAPHS = ("collaboration",)
IDENTIFYING = ("top_members", "brokers")


def min_group_size() -> int:
    return int(os.environ.get("SOCIALSCOPE_MIN_GROUP_SIZE", "5"))


def suppress_small_groups(frame: pd.DataFrame, graph: str, *, size: str = "size") -> pd.DataFrame:
    """For a people graph, blank the identifying columns of groups smaller than the minimum and
    mark them ``suppressed``; other graphs pass through unchanged."""
    if graph not in PEOPLE_GRAPHS or frame.empty or size not in frame:
        return frame
    out = frame.copy()
    small = out[size] < min_group_size()
    for column in IDENTIFYING:
        if column in out:
            out[column] = (
                out[column].astype(object).where(~small, f"(suppressed: fewer than {min_group_size()} people)")
            )
    out["suppressed"] = small
    return out
