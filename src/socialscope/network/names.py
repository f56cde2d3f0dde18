"""Names people read instead of internal ids: account labels and community names.

An account reads as ``@handle``; where the same handle belongs to accounts on several
platforms it reads ``@handle (platform)``, and where it still repeats (two accounts with one
handle on one platform) the account id follows. A community is named after what most of its
members share — the department, team or interest in their ``attributes`` when one value
covers at least half of them — else after its two most central members.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pandas as pd

from socialscope.store.connection import Store

SHARED_ATTRIBUTES = ("department", "team", "interest", "topic", "location")
DOMINANT_SHARE = 0.5


def account_labels(store: Store, account_ids: Iterable[str]) -> dict[str, str]:
    """``{account_id: "@handle"}`` with the platform (and the id) added where handles repeat."""
    ids = sorted({str(a) for a in account_ids if a is not None})
    if not ids:
        return {}
    rows = store.df(
        """WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS account_id),
                same AS (SELECT lower(handle) AS h, count(*) AS accounts, count(DISTINCT platform) AS platforms
                         FROM accounts WHERE lower(handle) IN (SELECT lower(a.handle) FROM accounts a
                                                               JOIN wanted USING (account_id))
                         GROUP BY 1),
                pair AS (SELECT lower(handle) AS h, platform, count(*) AS accounts FROM accounts
                         WHERE lower(handle) IN (SELECT h FROM same WHERE accounts > 1) GROUP BY 1, 2)
           SELECT w.account_id, a.handle, a.platform, coalesce(s.platforms, 1) AS platforms,
                  coalesce(p.accounts, 1) AS on_platform
           FROM wanted w LEFT JOIN accounts a USING (account_id)
           LEFT JOIN same s ON s.h = lower(a.handle)
           LEFT JOIN pair p ON p.h = lower(a.handle) AND p.platform = a.platform""",
        [ids],
    )
    labels = {}
    for row in rows.itertuples(index=False):
        if row.handle is None or pd.isna(row.handle):
            labels[row.account_id] = row.account_id
            continue
        label = f"@{row.handle}"
        if row.platforms > 1:
            label += f" ({row.platform})"
        if row.on_platform > 1:
            label += f" · {row.account_id}"
        labels[row.account_id] = label
    return labels


def person_name(store: Store, account_id: str) -> str:
    """The display name, else the label (for sentences about one person)."""
    name = store.con.execute("SELECT display_name FROM accounts WHERE account_id = ?", [account_id]).fetchone()
    if name and name[0]:
        return str(name[0])
    return account_labels(store, [account_id]).get(account_id, account_id)


def community_names(store: Store, graph: str) -> dict[int, str]:
    """``{community: name}`` for every community of an analysed ``graph`` (see the module)."""
    if not store.has_table("communities") or not store.has_table("network_metrics"):
        return {}
    communities = store.df("SELECT community, size, top_members FROM communities WHERE graph = ?", [graph])
    if communities.empty:
        return {}
    dominant = _dominant_attributes(store, graph)
    tops = {int(c): _members(t) for c, t in zip(communities["community"], communities["top_members"], strict=True)}
    labels = account_labels(store, [a for members in tops.values() for a in members[:2]])
    names: dict[int, str] = {}
    for community, members in tops.items():
        central = " & ".join(labels.get(a, a) for a in members[:2]) or f"community {community}"
        names[community] = dominant.get(community) or central
    # two communities with one shared name: tell them apart by their most central member
    counts = pd.Series(list(names.values())).value_counts()
    for community, name in list(names.items()):
        if counts[name] > 1 and tops[community]:
            names[community] = f"{name} · {labels.get(tops[community][0], tops[community][0])}"
    return names


def _members(value: Any) -> list[str]:
    if isinstance(value, str):
        return [str(v) for v in json.loads(value)]
    return [str(v) for v in (value or [])]


def _dominant_attributes(store: Store, graph: str) -> dict[int, str]:
    """The value of one of ``SHARED_ATTRIBUTES`` held by at least half of a community's
    members (the attribute covering the most members wins)."""
    keys = ", ".join(f"json_extract_string(a.attributes, '$.{k}') AS \"{k}\"" for k in SHARED_ATTRIBUTES)
    try:
        frame = store.df(
            f"""SELECT m.community, {keys} FROM network_metrics m JOIN accounts a USING (account_id)
                WHERE m.graph = ? AND a.attributes IS NOT NULL""",
            [graph],
        )
    except Exception:  # attributes that are not JSON objects: no names from them
        return {}
    if frame.empty:
        return {}
    sizes = store.df("SELECT community, size FROM communities WHERE graph = ?", [graph]).set_index("community")["size"]
    names: dict[int, str] = {}
    best_share: dict[int, float] = {}
    for key in SHARED_ATTRIBUTES:
        counts = frame.dropna(subset=[key]).groupby(["community", key]).size()
        if counts.empty:
            continue
        top = counts.groupby(level=0).idxmax()
        for community, (_, value) in top.items():
            share = counts[(community, value)] / sizes.get(community, 1)
            if share >= DOMINANT_SHARE and share > best_share.get(community, 0):
                names[int(community)], best_share[int(community)] = str(value), share
    return names


def named_communities(store: Store, graph: str, *, limit: int | None = None) -> pd.DataFrame:
    """The largest communities of ``graph`` with their name, and their most central members
    and brokers as handles (comma-separated) instead of ids."""
    frame = store.df(
        "SELECT community, size, internal_density, top_members, brokers FROM communities WHERE graph = ? "
        "ORDER BY size DESC, community LIMIT ?",
        [graph, limit if limit is not None else 2**62],
    )
    names = community_names(store, graph)
    members = {c: (_members(t), _members(b)) for c, t, b in zip(frame["community"], frame["top_members"],
                                                                 frame["brokers"], strict=True)}  # fmt: skip
    labels = account_labels(store, [a for tops, brokers in members.values() for a in tops + brokers])
    frame["name"] = frame["community"].map(lambda c: names.get(int(c), f"community {c}"))
    frame["top_members"] = frame["community"].map(lambda c: ", ".join(labels.get(a, a) for a in members[c][0]))
    frame["brokers"] = frame["community"].map(lambda c: ", ".join(labels.get(a, a) for a in members[c][1]))
    return frame
