"""A large Slack export imported by socialscope, beside the least anyone could do: read the same
JSON with plain ``json`` and insert the messages into DuckDB with one statement.

``python -m benchmarks.slack_import [--days 7000] [--messages 80000]``

The export is synthetic but shaped by the genuine one in ``tests/data/formats/slack_export``:
its users, channel list and real messages (text, mentions, threads, subtypes) are dealt out
over ``--days`` day files (channels × consecutive dates), each message given that day's
timestamp. It is written once to ``benchmarks/.cache/`` and reused. The result goes to
``benchmarks/results/slack_import.json`` (``python -m benchmarks`` puts it in the report).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.common import CACHE, RESULTS, machine

GENUINE = Path(__file__).resolve().parent.parent / "tests" / "data" / "formats" / "slack_export" / "export"


def make_export(root: Path, *, days: int, messages: int, seed: int = 7) -> Path:
    """Write the synthetic export under ``root`` (once) and return it."""
    marker = root / ".complete"
    if marker.exists():
        return root
    rng = random.Random(seed)
    channels = json.loads((GENUINE / "channels.json").read_text(encoding="utf-8"))
    pool = [
        m
        for day in sorted(GENUINE.glob("*/*.json"))
        for m in json.loads(day.read_text(encoding="utf-8"))
        if m.get("type") == "message"
    ]
    root.mkdir(parents=True, exist_ok=True)
    (root / "users.json").write_bytes((GENUINE / "users.json").read_bytes())
    (root / "channels.json").write_text(json.dumps(channels), encoding="utf-8")
    per_channel = -(-days // len(channels))
    start = date(2016, 1, 1)
    written = 0
    for index in range(days):
        channel = channels[index % len(channels)]["name"]
        day = start + timedelta(days=index // len(channels))
        remaining_files = days - index
        count = max(1, round((messages - written) / remaining_files))
        base = datetime(day.year, day.month, day.day, 9, tzinfo=UTC).timestamp()
        batch = []
        for k in range(count):
            message = dict(rng.choice(pool))
            ts = f"{base + k * rng.uniform(30, 600):.6f}"
            if message.get("thread_ts"):  # a thread's start keeps its own ts; a reply joins the day's first message
                reply = message["thread_ts"] != message.get("ts") and batch
                message["thread_ts"] = batch[0]["ts"] if reply else ts
            message["ts"] = ts
            batch.append(message)
        folder = root / channel
        folder.mkdir(exist_ok=True)
        (folder / f"{day.isoformat()}.json").write_text(json.dumps(batch, indent=4), encoding="utf-8")
        written += count
    marker.write_text(f"{days} day files, {written} messages, {per_channel} days per channel\n")
    return root


def plain_baseline(root: Path) -> tuple[float, int]:
    """Every day file read with ``json``, the messages inserted with one DuckDB statement."""
    import duckdb
    import pandas as pd

    start = time.perf_counter()
    channels = {c["name"] for c in json.loads((root / "channels.json").read_text(encoding="utf-8"))}
    records = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name in channels):
        for day in sorted(folder.glob("*.json")):
            for m in json.loads(day.read_text(encoding="utf-8")):
                records.append((folder.name, m.get("user"), m.get("ts"), m.get("text"), m.get("subtype")))
    frame = pd.DataFrame(records, columns=["channel", "user", "ts", "text", "subtype"])
    with duckdb.connect() as con:
        con.register("frame", frame)
        con.execute("CREATE TABLE messages AS SELECT *, to_timestamp(ts::DOUBLE) AS at FROM frame")
        count = con.execute("SELECT count(*) FROM messages").fetchone()[0]
    return time.perf_counter() - start, count


def socialscope_import(root: Path) -> tuple[float, int]:
    from socialscope.ingest.formats import import_export
    from socialscope.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "slack.duckdb") as store:
        start = time.perf_counter()
        import_export(store, root, "slack-export")
        elapsed = time.perf_counter() - start
        return elapsed, store.count("interactions")


def run(days: int, messages: int) -> dict:
    root = make_export(CACHE / f"slack_{days}_{messages}", days=days, messages=messages)
    files = sum(1 for _ in root.glob("*/*.json"))
    baseline, read = plain_baseline(root)
    ours, stored = socialscope_import(root)
    return {
        "day_files": files,
        "messages": read,
        "interactions": stored,
        "cases": [
            {"implementation": "socialscope import (checked, one transaction)", "seconds": ours},
            {"implementation": "plain json + one DuckDB insert", "seconds": baseline},
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.slack_import", description=__doc__)
    parser.add_argument("--days", type=int, default=7000, help="day files to write")
    parser.add_argument("--messages", type=int, default=80000, help="messages over all day files")
    args = parser.parse_args(argv)
    result = run(args.days, args.messages)
    stamp = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine()}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "slack_import.json").write_text(json.dumps({**stamp, **result}, indent=1))
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
