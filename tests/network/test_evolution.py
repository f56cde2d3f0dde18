"""Community events across periods on a script with a known story."""

from __future__ import annotations

import itertools

import pandas as pd

from socialscope.ingest import import_files
from socialscope.network.evolution import community_evolution


def clique(members, day):
    """Everyone messages everyone both ways that day: 2 messages per pair make a tie."""
    return [(x, y, day) for a, b in itertools.combinations(members, 2) for x, y in ((a, b), (b, a))]


def test_formation_growth_merge_split_dissolution(store, tmp_path):
    a = [f"a{i}" for i in range(6)]
    b = [f"b{i}" for i in range(6)]
    c = [f"c{i}" for i in range(5)]
    rows = []
    rows += clique(a, "2025-01-10") + clique(b, "2025-01-10") + clique(c, "2025-01-10")  # Jan: A, B, C form
    rows += clique(a + ["a6", "a7"], "2025-02-10") + clique(b, "2025-02-10")  # Feb: A grows, C gone
    rows += clique(a + ["a6", "a7"] + b, "2025-03-10")  # Mar: A and B merge
    rows += clique(a + ["a6", "a7"], "2025-04-10") + clique(b, "2025-04-10")  # Apr: they split again
    frame = pd.DataFrame(rows, columns=["actor_account_id", "target_account_id", "created_at"]).assign(kind="message")
    path = tmp_path / "m.csv"
    frame.to_csv(path, index=False)
    import_files(store, "interactions", [path])

    result = community_evolution(store, "collaboration", period="month")
    by_month = {str(p)[:7]: sorted(g["event"]) for p, g in result.groupby("period")}
    assert by_month["2025-01"] == ["formation", "formation", "formation"]
    assert sorted(by_month["2025-02"]) == ["dissolution", "growth", "stable"]
    assert by_month["2025-03"] == ["merge"]
    assert by_month["2025-04"] == ["split", "split"]
    feb = result[(result["period"].astype(str) == "2025-02-01") & (result["event"] == "growth")].iloc[0]
    assert feb["joined"] == 2 and feb["left"] == 0 and feb["size"] == 8
