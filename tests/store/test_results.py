"""Result blocks per graph: a graph analysed with no rows (e.g. no layout above the size limit)
must not fix the column types for the graphs analysed after it."""

from __future__ import annotations

import pandas as pd

from socialscope.store.results import replace_rows


def test_an_empty_first_block_does_not_fix_the_types(store):
    def block(ids: list[str], xs: list[float], graph: str) -> pd.DataFrame:
        frame = pd.DataFrame({"account_id": pd.Series(ids, dtype=object if ids else float), "x": xs})
        return frame.assign(y=frame["x"], graph=graph)

    replace_rows(store, "network_layout", block([], [], "follows"), "r1", key="graph", value="follows")
    replace_rows(
        store, "network_layout", block(["slack:W1"], [0.5], "collaboration"), "r2", key="graph", value="collaboration"
    )
    replace_rows(store, "network_layout", block(["x:1"], [0.1], "follows"), "r3", key="graph", value="follows")
    replace_rows(
        store, "network_layout", block(["slack:W2"], [0.7], "collaboration"), "r4", key="graph", value="collaboration"
    )
    got = store.df("SELECT run_id, graph, account_id FROM network_layout ORDER BY graph")
    assert got.values.tolist() == [["r4", "collaboration", "slack:W2"], ["r3", "follows", "x:1"]]
