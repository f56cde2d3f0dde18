"""Run the benchmarks and write docs/benchmarks.md: ``python -m benchmarks [--sizes S,M] [--reps 3]``.

Each size's results are saved in benchmarks/results/ as JSON, so sizes can be run at
different times; the report is rebuilt from every saved result.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import (
    attribution,
    engagement,
    graph,
    incremental,
    pipeline,
    slack_import,
    spark,
    spark_text_paths,
    staged,
    text,
    web,
)
from benchmarks.common import RESULTS, machine
from benchmarks.report import write_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", default="S,M", help="comma-separated: XS, S, M, L")
    parser.add_argument("--reps", type=int, default=3, help="interleaved repetitions per case")
    parser.add_argument(
        "--only",
        default="graph,import,analyze,attribution,engagement,text,api",
        help="graph, import, analyze, analyze-10m, attribution, engagement, text, api, load, network-page, end-to-end, "
        "incremental (analyze after importing 1%% more posts and interactions, beside --full), "
        "slack (a 7,000-day-file Slack export), "
        "spark (with --store: DuckDB vs Spark local[1]/local[2] on that store), "
        "spark-text (with --store: text scoring and path-based attribution, DuckDB vs Spark local[2]), "
        "staged-10m, staged-analyze (staged large graphs vs the code of --old, issue #26), "
        "text-pinned (the default sentiment model on one core, the code of --old vs now)",
    )
    parser.add_argument(
        "--old", default="0b22088", help="for staged-* and text-pinned: the commit whose code is the previous behaviour"
    )
    parser.add_argument(
        "--store",
        type=Path,
        help="for api/load: an analysed store of the given size to serve instead of generating one",
    )
    parser.add_argument("--no-networkx", action="store_true", help="skip the NetworkX reference")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    parts = set(args.only.split(","))
    stamp = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine()}
    for size in args.sizes.split(","):
        if "graph" in parts:
            print(f"graph algorithms, size {size} …", file=sys.stderr, flush=True)
            result = graph.run(size, args.reps, include_networkx=not args.no_networkx)
            (RESULTS / f"graph_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "spark" in parts and args.store:
            print(f"DuckDB vs Spark on {args.store} …", file=sys.stderr, flush=True)
            result = spark.run(args.store)
            (RESULTS / f"spark_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1, default=str))
        if "spark-text" in parts and args.store:
            print(f"text and paths, DuckDB vs Spark on {args.store} …", file=sys.stderr, flush=True)
            result = spark_text_paths.run(args.store)
            (RESULTS / f"spark_text_paths_{size}.json").write_text(
                json.dumps({**stamp, **result}, indent=1, default=str)
            )
        if "slack" in parts and size == args.sizes.split(",")[0]:  # one size: the export is fixed
            print("Slack export import …", file=sys.stderr, flush=True)
            result = slack_import.run(7000, 80000)
            (RESULTS / "slack_import.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "attribution" in parts:
            print(f"attribution, size {size} …", file=sys.stderr, flush=True)
            result = attribution.run(size, args.reps)
            (RESULTS / f"attribution_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "engagement" in parts:
            print(f"engagement and campaign metrics, size {size} …", file=sys.stderr, flush=True)
            result = engagement.run(size, args.reps)
            (RESULTS / f"engagement_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "end-to-end" in parts:
            print(f"socialscope analyze end to end, size {size} …", file=sys.stderr, flush=True)
            result = pipeline.end_to_end(size)
            (RESULTS / f"e2e_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "incremental" in parts:
            print(f"incremental analyze vs --full, size {size} …", file=sys.stderr, flush=True)
            result = incremental.run(size)
            (RESULTS / f"incremental_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "api" in parts:
            print(f"API latency under load, size {size} …", file=sys.stderr, flush=True)
            result = web.api_latency(size, store=args.store)
            (RESULTS / f"api_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "load" in parts:
            print(f"load test, 10k requests at concurrency 32, size {size} …", file=sys.stderr, flush=True)
            result = web.load_test(size, store=args.store)
            (RESULTS / f"load_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
        if "analyze" in parts:
            print(f"network analyze, size {size} …", file=sys.stderr, flush=True)
            result = pipeline.network_analyze(size)
            (RESULTS / f"analyze_{size}.json").write_text(json.dumps({**stamp, **result}, indent=1))
    if "analyze-10m" in parts:
        print("network analyze on the issue's graph, ~1M accounts and 10M follows …", file=sys.stderr, flush=True)
        result = pipeline.network_analyze_issue_graph()
        (RESULTS / "analyze_10M.json").write_text(json.dumps({**stamp, **result}, indent=1))
    if "staged-10m" in parts:
        print(
            "staged network analyze on the issue's graph, beside the previous behaviour …", file=sys.stderr, flush=True
        )
        path = RESULTS / "staged_10M.json"
        staged.fast_stage_10m(args.old, args.reps, lambda r: path.write_text(json.dumps({**stamp, **r}, indent=1)))
    if "staged-analyze" in parts:
        for size in args.sizes.split(","):
            print(f"analyze at {size} with staged graphs, beside the previous behaviour …", file=sys.stderr, flush=True)
            path = RESULTS / f"staged_analyze_{size}.json"
            before = json.loads(path.read_text()) if path.exists() else {}
            staged.analyze_l(
                args.old,
                args.reps,
                size,
                lambda r, p=path: p.write_text(json.dumps({**stamp, **r}, indent=1)),
                runs=before.get("runs") if before.get("old") == args.old else None,  # resume a cut-off run
            )
    if "text" in parts:
        print("sentiment and intent speed …", file=sys.stderr, flush=True)
        (RESULTS / "text.json").write_text(json.dumps({**stamp, **text.run(args.reps)}, indent=1))
    if "text-pinned" in parts:
        print(f"default sentiment model on one core, the code of {args.old} vs now …", file=sys.stderr, flush=True)
        result = text.sentiment_before_after(args.old, args.reps)
        (RESULTS / "text_pinned.json").write_text(json.dumps({**stamp, **result}, indent=1))
    if "network-page" in parts:
        print("network page in Chromium, ~20k accounts …", file=sys.stderr, flush=True)
        (RESULTS / "network_page.json").write_text(json.dumps({**stamp, **web.network_page()}, indent=1))
    if "import" in parts:
        print("import speed …", file=sys.stderr, flush=True)
        (RESULTS / "import.json").write_text(json.dumps({**stamp, **pipeline.import_speed()}, indent=1))
    path = write_report()
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
