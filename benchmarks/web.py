"""The HTTP API under a bounded load on loopback, and the network page in headless Chromium.

The server runs in its own process (``socialscope serve``), the load generator here: a fixed
number of concurrent clients, each sending its share of requests to one endpoint at a time
after a warm-up, so the numbers are per endpoint and include the per-request store open.
"""

from __future__ import annotations

import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.common import SIZES

ENDPOINTS = (
    "/api/overview",
    "/api/overview?platform=meta",
    "/api/network?graph=follows",
    "/api/network?graph=collaboration",
    "/api/people?graph=follows",
    "/api/people/x:acme?graph=follows",
    "/api/content",
    "/api/content?intent=marketing",
    "/api/campaigns",
    "/api/attribution",
    "/api/data",
)


def _demo_store(directory: Path, scale: float) -> Path:
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.pipeline import run_analyses
    from socialscope.store import Store

    path = directory / "bench.duckdb"
    with Store(path) as store:
        config = DemoConfig(scale=scale, seed=7)
        load_demo(store, generate(config), config)
        run_analyses(store)
    return path


def _serve(path: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    binary = Path(sys.executable).with_name("socialscope")
    process = subprocess.Popen([str(binary), "--db", str(path), "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/data", timeout=5).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


def api_latency(size: str = "S", *, clients: int = 4, requests: int = 200, store: Path | None = None) -> dict[str, Any]:
    """p50/p95/p99 latency and errors per endpoint under ``clients`` concurrent clients, on a
    fresh analysed demo store of ``size`` (or an analysed ``store`` of that size)."""
    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        path = store or _demo_store(Path(tmp), SIZES[size])
        process, base = _serve(path)
        rows = []
        try:
            with httpx.Client(base_url=base, timeout=600) as client:
                for endpoint in ENDPOINTS:
                    start = time.perf_counter()
                    first = client.get(endpoint)  # cold: the first computation fills the cache
                    cold = time.perf_counter() - start
                    if 400 <= first.status_code < 500:  # e.g. a graph this store has no data for
                        rows.append({"endpoint": endpoint, "requests": 0, "errors": 0, "cold": cold,
                                     "skipped": f"HTTP {first.status_code} on this store"})  # fmt: skip
                        continue
                    for _ in range(2):
                        client.get(endpoint)  # warm-up
                    times: list[float] = []
                    errors = 0

                    def one(_: int, endpoint: str = endpoint) -> tuple[float, bool]:
                        start = time.perf_counter()
                        response = client.get(endpoint)
                        return time.perf_counter() - start, response.status_code != 200

                    with ThreadPoolExecutor(clients) as pool:
                        for elapsed, failed in pool.map(one, range(requests)):
                            times.append(elapsed)
                            errors += failed
                    quantiles = statistics.quantiles(times, n=100)
                    rows.append({"endpoint": endpoint, "requests": requests, "errors": errors, "cold": cold,
                                 "p50": quantiles[49], "p95": quantiles[94], "p99": quantiles[98]})  # fmt: skip
        finally:
            process.terminate()
            process.wait(timeout=30)
    return {"size": size, "clients": clients, "endpoints": rows}


def load_test(
    size: str = "S", *, requests: int = 10_000, concurrency: int = 32, store: Path | None = None
) -> dict[str, Any]:
    """``requests`` requests at ``concurrency`` in flight, cycling through every endpoint, from
    one asyncio client against ``socialscope serve``: errors, throughput and latency quantiles."""
    import asyncio

    import httpx

    async def hammer(base: str) -> tuple[list[float], int, dict[int, int], float]:
        times: list[float] = []
        statuses: dict[int, int] = {}
        queue = iter(range(requests))
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
            for endpoint in ENDPOINTS:  # warm-up: first computation and cache fill
                await client.get(endpoint)

            async def worker() -> None:
                for i in queue:
                    start = time.perf_counter()
                    try:
                        status = (await client.get(ENDPOINTS[i % len(ENDPOINTS)])).status_code
                    except httpx.HTTPError:
                        status = 0
                    times.append(time.perf_counter() - start)
                    statuses[status] = statuses.get(status, 0) + 1

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            wall = time.perf_counter() - start
        errors = sum(count for status, count in statuses.items() if status != 200)
        return times, errors, statuses, wall

    with tempfile.TemporaryDirectory() as tmp:
        path = store or _demo_store(Path(tmp), SIZES[size])
        process, base = _serve(path)
        try:
            with ThreadPoolExecutor(1) as own_loop:  # its own event loop, even when called from one
                times, errors, statuses, wall = own_loop.submit(asyncio.run, hammer(base)).result()
        finally:
            process.terminate()
            process.wait(timeout=30)
    quantiles = statistics.quantiles(times, n=100)
    return {
        "size": size,
        "requests": requests,
        "concurrency": concurrency,
        "errors": errors,
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "wall": wall,
        "throughput": requests / wall,
        "p50": quantiles[49],
        "p95": quantiles[94],
        "p99": quantiles[98],
        "max": max(times),
    }


def network_page(scale: float = 6.5, *, loads: int = 3) -> dict[str, Any]:
    """Seconds from navigation start (the browser's own clock) until the network view is drawn
    and clickable, when a user on the overview clicks "Network", on a demo world whose follow
    graph has about 20,000 accounts; warm server and browser caches."""
    executable = shutil.which("chromium")
    if executable is None:
        return {"skipped": "chromium is not installed"}
    from playwright.sync_api import sync_playwright

    from tests.web.conftest import CHROMIUM_ARGS

    with tempfile.TemporaryDirectory() as tmp:
        path = _demo_store(Path(tmp), scale)
        from socialscope.store import Store

        with Store(path, read_only=True) as store:
            nodes, edges = store.con.execute(
                "SELECT nodes, edges FROM network_graphs WHERE graph = 'follows'"
            ).fetchall()[0]
        process, base = _serve(path)
        times, fetch_ms, plot_ms = [], [], []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                warm = context.new_page()
                warm.goto(base + "/network")  # fills the server's cache and the browser's
                warm.wait_for_selector("#network[data-ready=true]", timeout=120_000)
                warm.close()
                page = context.new_page()
                for _ in range(loads):  # as a user does: on the overview, click "Network" in the nav bar
                    page.goto(base + "/")
                    page.click("header nav a[href='/network']")
                    page.wait_for_selector("#network[data-ready=true]", timeout=120_000)
                    times.append(float(page.get_attribute("#network", "data-ready-ms")) / 1000)
                    fetch_ms.append(float(page.get_attribute("#network", "data-fetch-ms")))
                    plot_ms.append(float(page.get_attribute("#network", "data-plot-ms")))
                browser.close()
        finally:
            process.terminate()
            process.wait(timeout=30)
    from socialscope.web.routes.network import MAX_EDGES

    return {"nodes": nodes, "edges": edges, "drawn_edges": min(edges, MAX_EDGES), "seconds": statistics.median(times),
            "fetch_ms": statistics.median(fetch_ms), "plot_ms": statistics.median(plot_ms)}  # fmt: skip
