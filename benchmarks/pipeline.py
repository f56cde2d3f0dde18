"""End to end: import speed, and `network analyze` on a demo store of a given size."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import SIZES, peak_rss_bytes


def import_speed(rows: int = 1_000_000) -> dict[str, Any]:
    """Rows per second importing interactions from CSV and from Parquet (new store each)."""
    from socialscope.ingest import import_files
    from socialscope.store import Store

    rng = np.random.default_rng(0)
    frame = pd.DataFrame(
        {
            "interaction_id": np.arange(rows).astype(str),
            "actor_account_id": rng.integers(0, rows // 10, rows).astype(str),
            "kind": "like",
            "post_id": rng.integers(0, rows // 20, rows).astype(str),
            "created_at": "2025-01-01T10:00:00Z",
        }
    )
    out = {"rows": rows}
    with tempfile.TemporaryDirectory() as tmp:
        csv, parquet = Path(tmp) / "i.csv", Path(tmp) / "i.parquet"
        frame.to_csv(csv, index=False)
        frame.to_parquet(parquet)
        for name, path in (("csv", csv), ("parquet", parquet)):
            with Store(Path(tmp) / f"{name}.duckdb") as store:
                start = time.perf_counter()
                import_files(store, "interactions", [path])
                out[name] = rows / (time.perf_counter() - start)
    return out


class StepClock:
    """Progress callback that records the wall time of each step: the time from one message
    to the next, under the first message's name (the part before any ':')."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, float]] = []
        self._name, self._since = "start", time.perf_counter()

    def __call__(self, message: str) -> None:
        now = time.perf_counter()
        self.steps.append((self._name, now - self._since))
        self._name, self._since = message.split(":")[0], now

    @property
    def timed(self) -> list[tuple[str, float]]:
        """The steps after the first message."""
        return self.steps[1:]


def network_analyze(size: str) -> dict[str, Any]:
    """Wall time of every step of `network analyze --graph follows` on a demo store."""
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.network.analysis import analyze_network
    from socialscope.store import Store

    step = StepClock()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        config = DemoConfig(scale=SIZES[size], seed=7)
        start = time.perf_counter()
        load_demo(store, generate(config), config)
        generated = time.perf_counter() - start
        start = time.perf_counter()
        result = analyze_network(store, "follows", step=step)
        total = time.perf_counter() - start
        step("end")
    return {
        "size": size,
        "generate_and_load": generated,
        "analyze": total,
        "steps": step.timed,
        "nodes": result.summary["nodes"],
        "edges": result.summary["edges"],
        "notes": result.notes,
        "peak_rss": peak_rss_bytes(),
    }


ISSUE_GRAPH_EDGES = 10_000_000


def network_analyze_issue_graph(edges: int = ISSUE_GRAPH_EDGES) -> dict[str, Any]:
    """`network analyze --graph follows` on the issue's graph, as the CLI runs it (build from
    the store, measure, write the tables in one transaction): ~1M accounts and ``edges``
    follows with community structure — a uniform sample of the L demo follower graph
    (communities, heavy-tailed degrees), so only the edge count differs from size L.
    Records the wall time of every step and of every measure inside the two lanes."""
    from benchmarks.graph import load_edges
    from socialscope.network.analysis import analyze_network, write_network
    from socialscope.store import Store
    from socialscope.store.results import record_run

    src, dst, n = load_edges("L")
    keep = np.sort(np.random.default_rng(1).permutation(len(src))[:edges])
    src, dst = src[keep], dst[keep]
    ids = np.char.add("x:u", np.char.zfill(np.arange(n).astype(str), 7)).astype(object)
    step = StepClock()
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        accounts = pd.DataFrame({"account_id": ids, "platform": "x", "kind": "person"})
        follows = pd.DataFrame({"src_account_id": ids[src], "dst_account_id": ids[dst], "platform": "x"})
        with store.transaction() as con:
            con.register("_accounts", accounts)
            con.register("_follows", follows)
            con.execute("INSERT INTO accounts (account_id, platform, kind) SELECT * FROM _accounts")
            con.execute("INSERT INTO follows (src_account_id, dst_account_id, platform) SELECT * FROM _follows")
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        result = analyze_network(store, "follows", step=step, timings=timings)
        step("writing the tables")
        with store.transaction():
            run_id = record_run(
                store, "network", {"graph": "follows"}, {"graph": "follows", "nodes": result.summary["nodes"]}
            )
            write_network(store, result, run_id)
        total = time.perf_counter() - start
        step("end")
    return {
        "size": "10M",
        "generate_and_load": loaded,
        "analyze": total,
        "steps": step.timed,
        "measures": sorted(timings.items(), key=lambda item: -item[1]),
        "nodes": result.summary["nodes"],
        "edges": result.summary["edges"],
        "notes": result.notes,
        "peak_rss": peak_rss_bytes(),
    }


def end_to_end(size: str) -> dict[str, Any]:
    """`socialscope analyze` (every registered analysis) on a demo store of ``size``: wall time
    per analysis and in total, and the process's peak RSS."""
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.pipeline import run_analyses
    from socialscope.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "e2e.duckdb") as store:
        config = DemoConfig(scale=SIZES[size], seed=7)
        start = time.perf_counter()
        load_demo(store, generate(config), config)
        generated = time.perf_counter() - start
        counts = {t: store.count(t) for t in ("accounts", "follows", "posts", "interactions", "touchpoints")}
        steps: list[tuple[str, float]] = []

        def on_start(analysis: Any) -> None:
            steps.append((analysis.name, time.perf_counter()))

        start = time.perf_counter()
        results = run_analyses(store, on_start=on_start)
        total = time.perf_counter() - start
    # on_start records start times; durations are the gaps between them
    starts = [t for _, t in steps] + [start + total]
    durations = [(name, starts[i + 1] - starts[i]) for i, (name, _) in enumerate(steps)]
    return {
        "size": size,
        "generate_and_load": generated,
        "analyze": total,
        "steps": durations,
        "skipped": [r.name for r in results if r.skipped],
        "counts": counts,
        "peak_rss": peak_rss_bytes(),
    }
