"""Incremental `socialscope analyze`: after importing 1% more posts and interactions, only what
changed is recomputed; timed beside the previous behaviour (`analyze --full`) in one run."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks.common import SIZES, peak_rss_bytes

NEW_SHARE = 0.01


def run(size: str) -> dict[str, Any]:
    """A demo store of ``size`` without its newest 1% of posts and interactions is analysed
    (first run), analysed again unchanged, then the 1% is imported from Parquet files through
    ``import_files`` (the ``socialscope import`` path) and the store analysed incrementally,
    then with ``full=True`` — the previous behaviour, every analysis from scratch — on the
    same data. Wall time per analysis and in total for each run."""
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.ingest import import_files
    from socialscope.store import Store

    config = DemoConfig(scale=SIZES[size], seed=7)
    tables = generate(config)
    held_out = {}
    first = dict(tables)
    for name in ("posts", "interactions"):
        frame = tables[name]
        newest = pd.to_datetime(frame["created_at"]).rank(method="first", ascending=False) <= len(frame) * NEW_SHARE
        first[name], held_out[name] = frame[~newest], frame[newest]
    out: dict[str, Any] = {"size": size, "new_share": NEW_SHARE}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "incremental.duckdb") as store:
        load_demo(store, first, config)
        out["counts_before"] = {t: store.count(t) for t in ("accounts", "follows", "posts", "interactions")}
        out["first"] = _timed(store)
        out["unchanged"] = _timed(store)
        start = time.perf_counter()
        for name, frame in held_out.items():
            path = Path(tmp) / f"new_{name}.parquet"
            frame.to_parquet(path, index=False)
            import_files(store, name, [path])
        out["import"] = time.perf_counter() - start
        out["new_rows"] = {name: len(frame) for name, frame in held_out.items()}
        out["incremental"] = _timed(store)
        out["full"] = _timed(store, full=True)
    out["ratio"] = out["incremental"]["total"] / out["full"]["total"]
    out["peak_rss"] = peak_rss_bytes()
    return out


def _timed(store: Any, *, full: bool = False) -> dict[str, Any]:
    """One `analyze`: total wall time, each recomputed analysis's time, what was reused and why."""
    from socialscope.pipeline import run_analyses

    starts: list[tuple[str, float]] = []
    start = time.perf_counter()
    results = run_analyses(store, on_start=lambda a: starts.append((a.name, time.perf_counter())), full=full)
    total = time.perf_counter() - start
    ends = [t for _, t in starts[1:]] + [start + total] * bool(starts)
    network = next((r for r in results if r.name == "network" and r.reason), None)
    return {
        "total": total,
        "steps": [(name, end - began) for (name, began), end in zip(starts, ends, strict=True)],
        "recomputed": {r.name: r.reason for r in results if r.reason},
        "unchanged": [r.name for r in results if r.unchanged],
        "graphs_reused": network.summary.get("graphs_reused", "") if network else "",
    }
