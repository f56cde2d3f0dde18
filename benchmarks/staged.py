"""Staged analysis of large graphs (issue #26), each variant beside the previous behaviour in
the same run: ``network analyze`` on the issue's graph (~1M accounts, 10M follows) and
``socialscope analyze`` on the L demo store.

Every run is the real CLI in its own process on a fresh copy of one cached store, so wall
time includes starting Python and the peak RSS is that process's own (``os.wait4``). The
previous behaviour is the code of a given commit (``--old``, checked out with ``git archive``),
run the same way; old and new runs alternate, so the machine's load hits both alike.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import CACHE, SIZES

ROOT = Path(__file__).resolve().parents[1]


def old_source(commit: str) -> Path:
    """The ``src`` folder of ``commit`` (the previous behaviour), extracted once."""
    target = CACHE / f"src-{commit[:12]}"
    if not (target / "src").exists():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target / "src"


def issue_store() -> Path:
    """A store holding only the issue's graph: ~1M accounts and 10M follows, a uniform sample
    of the L demo follower graph (as ``benchmarks.pipeline.network_analyze_issue_graph``)."""
    from benchmarks.graph import load_edges
    from benchmarks.pipeline import ISSUE_GRAPH_EDGES
    from socialscope.store import Store

    path = CACHE / "issue_10M.duckdb"
    if path.exists():
        return path
    src, dst, n = load_edges("L")
    keep = np.sort(np.random.default_rng(1).permutation(len(src))[:ISSUE_GRAPH_EDGES])
    src, dst = src[keep], dst[keep]
    ids = np.char.add("x:u", np.char.zfill(np.arange(n).astype(str), 7)).astype(object)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with Store(partial) as store, store.transaction() as con:
        con.register("_accounts", pd.DataFrame({"account_id": ids, "platform": "x", "kind": "person"}))
        con.register(
            "_follows", pd.DataFrame({"src_account_id": ids[src], "dst_account_id": ids[dst], "platform": "x"})
        )
        con.execute("INSERT INTO accounts (account_id, platform, kind) SELECT * FROM _accounts")
        con.execute("INSERT INTO follows (src_account_id, dst_account_id, platform) SELECT * FROM _follows")
    partial.rename(path)
    return path


def demo_store(size: str) -> Path:
    """The demo store of ``size``, generated and loaded once (not analysed)."""
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.store import Store

    path = CACHE / f"demo_{size}.duckdb"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    config = DemoConfig(scale=SIZES[size], seed=7)
    with Store(partial) as store:
        load_demo(store, generate(config), config)
    partial.rename(path)
    return path


def run_cli(
    source: Path, store: Path, args: list[str], *, marker: str | None = None, previous: bool = False
) -> dict[str, Any]:
    """``socialscope --db STORE ARGS`` from ``source`` in its own process on a copy of ``store``:
    wall time, the time ``marker`` first appeared in its output, peak RSS, the load average
    while it ran, and the graphs' communities as a fingerprint (reproducibility). ``previous``:
    the copy is given the shape the previous code wrote (``analysis_runs`` without ``inputs``)."""
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        copy = Path(tmp) / "run.duckdb"
        shutil.copy(store, copy)
        if previous:
            import duckdb

            with duckdb.connect(str(copy)) as con:
                con.execute("ALTER TABLE IF EXISTS analysis_runs DROP COLUMN IF EXISTS inputs")
        env = {**os.environ, "PYTHONPATH": str(source), "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
        command = [sys.executable, "-m", "socialscope.cli", "--db", str(copy), *args]
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        seen, lines = None, []
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if marker and seen is None and marker in line:
                seen = time.perf_counter() - start
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{''.join(lines[-30:])}")
        import duckdb

        with duckdb.connect(str(copy), read_only=True) as con:
            rows = con.execute("SELECT graph, account_id, community FROM network_metrics ORDER BY 1, 2").fetchnumpy()
            columns = {r[0] for r in con.execute("DESCRIBE network_graphs").fetchall()}
            stage = "stage" if "stage" in columns else "'all'"
            stages = dict(con.execute(f"SELECT graph, {stage} FROM network_graphs").fetchall())
            analyses = con.execute(
                "SELECT analysis, coalesce(json_extract_string(params, '$.stage'), ''), "
                "epoch(finished_at) - epoch(started_at) FROM analysis_runs ORDER BY started_at"
            ).fetchall()
    digest = hashlib.sha256(np.asarray(rows["community"], dtype=np.int64).tobytes()).hexdigest()[:16]
    return {
        "args": " ".join(args),
        "wall": wall,
        "marker_at": seen,
        "peak_rss": usage.ru_maxrss * 1024,
        "communities": digest,
        "stages": stages,
        "analyses": [[name + (f" ({stage})" if stage else ""), seconds] for name, stage, seconds in analyses],
        "output_tail": "".join(lines[-12:]),
        "load": os.getloadavg(),
    }


def fast_stage_10m(old: str, reps: int = 2, save: Callable[[dict[str, Any]], None] = print) -> dict[str, Any]:
    """On the issue's graph, alternating: the previous ``network analyze`` (every measure in one
    pass), the new ``--stage fast``, and the new default (both stages: when the fast stage is
    written, and the end)."""
    store = issue_store()
    previous = old_source(old)
    new = ROOT / "src"
    runs: list[dict[str, Any]] = []
    for rep in range(reps):
        for variant, source, args, marker in (
            ("previous", previous, ["network", "analyze", "--graph", "follows"], None),
            ("fast stage", new, ["network", "analyze", "--graph", "follows", "--stage", "fast"], None),
            ("both stages", new, ["network", "analyze", "--graph", "follows"], "fast stage written"),
        ):
            print(f"  10M, {variant}, run {rep + 1} …", file=sys.stderr, flush=True)
            result = run_cli(source, store, args, marker=marker, previous=variant == "previous")
            runs.append({"variant": variant, "rep": rep, **result})
            save({"old": old, "runs": runs, "load": os.getloadavg()})
    return {"old": old, "runs": runs, "load": os.getloadavg()}


def analyze_l(
    old: str,
    reps: int = 1,
    size: str = "L",
    save: Callable[[dict[str, Any]], None] = print,
    runs: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """``socialscope analyze`` on the demo store of ``size``: the new default (graphs above the
    threshold get their fast stage), then the previous behaviour, alternating; ``runs`` already
    made (a rerun resumes after them)."""
    store = demo_store(size)
    previous = old_source(old)
    runs = list(runs or [])
    done = {(r["variant"], r["rep"]) for r in runs}
    for rep in range(reps):
        for variant, source in (("new (auto)", ROOT / "src"), ("previous", previous)):
            if (variant, rep) in done:
                continue
            print(f"  analyze at {size}, {variant}, run {rep + 1} …", file=sys.stderr, flush=True)
            args = ["analyze", "--format", "json"]
            result = run_cli(source, store, args, previous=variant == "previous")
            runs.append({"variant": variant, "rep": rep, **result})
            save({"old": old, "size": size, "runs": runs, "load": os.getloadavg()})
    return {"old": old, "size": size, "runs": runs, "load": os.getloadavg()}
