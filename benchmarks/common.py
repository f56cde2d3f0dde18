"""Timing, memory and reporting helpers shared by the benchmarks."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
RESULTS = ROOT / "results"
DOCS = ROOT.parent / "docs" / "benchmarks.md"

# Demo-generator scales: S = the demo, M = 100k accounts, L = 1M accounts.
SIZES = {"XS": 0.05, "S": 1.0, "M": 33.0, "L": 333.0}


def rss_bytes() -> int:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


@dataclass
class Case:
    """One operation done by one implementation."""

    task: str
    implementation: str
    run: Callable[[], Any]
    note: str = ""
    times: list[float] = field(default_factory=list)
    cpu_times: list[float] = field(default_factory=list)  # process CPU (all threads) per run

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_times) if self.cpu_times else float("nan")


def interleave(cases: list[Case], repetitions: int) -> None:
    """Run every case ``repetitions`` times, round-robin, so machine noise hits all alike."""
    for _ in range(repetitions):
        for case in cases:
            start, cpu = time.perf_counter(), time.process_time()
            case.run()
            case.times.append(time.perf_counter() - start)
            case.cpu_times.append(time.process_time() - cpu)


def machine() -> dict[str, str]:
    import importlib.metadata as md

    versions = {}
    for package in ("duckdb", "igraph", "networkit", "networkx", "numpy", "pandas", "scipy"):
        with contextlib.suppress(md.PackageNotFoundError):
            versions[package] = md.version(package)
    return {
        "python": platform.python_version(),
        "cpu": platform.processor() or platform.machine(),
        "cores": str(os.cpu_count()),
        "versions": ", ".join(f"{k} {v}" for k, v in versions.items()),
    }


def fmt_seconds(value: float) -> str:
    if value != value:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def fmt_bytes(value: float) -> str:
    return f"{value / 2**20:,.0f} MiB" if value < 2**30 else f"{value / 2**30:.2f} GiB"
