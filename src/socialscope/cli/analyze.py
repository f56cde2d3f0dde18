"""``socialscope analyze``: run every analysis and print networking beside marketing KPIs."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Any

import typer
from rich.columns import Columns
from rich.table import Table

from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_json, spinner


class EngineName(str, Enum):
    duckdb = "duckdb"
    spark = "spark"


class GraphStage(str, Enum):
    auto = "auto"
    fast = "fast"
    all = "all"


def analyze(
    ctx: typer.Context,
    only: list[str] = typer.Option(None, "--only", help="Run only these analyses (repeatable)."),
    full: bool = typer.Option(
        False,
        "--full",
        help="Recompute everything. By default only the analyses whose inputs changed since their last run "
        "are recomputed, and they rescore only new or edited texts and re-analyse only graphs whose edges changed.",
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
    engine: EngineName = typer.Option(
        EngineName.duckdb,
        "--engine",
        envvar="SOCIALSCOPE_ENGINE",
        help="duckdb (embedded, every analysis) or spark (the portable analyses on Apache Spark; "
        "needs pip install 'socialscope[spark]' and Java).",
    ),
    input: str = typer.Option(
        None,
        "--input",
        help="Spark: folder of canonical tables (`<table>.parquet` or `.csv`; local, hdfs://, s3a://). "
        "Default: the store, exported to `<store>.spark/input`.",
    ),
    output: str = typer.Option(
        None, "--output", help="Spark: folder for the result tables (Parquet). Default: `<store>.spark/results`."
    ),
    master: str = typer.Option(
        None, "--spark-master", help="Spark master URL (default $SOCIALSCOPE_SPARK_MASTER, else local[*])."
    ),
    stage: GraphStage = typer.Option(
        GraphStage.auto,
        "--stage",
        help="Network measures: auto (graphs above 2,000,000 ties get the fast stage only — degrees, PageRank, "
        "k-core, clustering, eigenvector/HITS, communities — and the sampled measures are left to "
        "'socialscope network analyze --stage all'), fast (every graph) or all.",
    ),
) -> None:
    """Run every analysis on the store and print the summary.

    Results are written to the store (one table per analysis, stamped with its run id). Only
    what changed is recomputed: an analysis whose input tables, code and model are as its last
    run left them is reused (and listed as unchanged); texts already scored by the same model
    and graphs whose edges did not change are kept. --full recomputes everything. With
    --engine spark the portable analyses (campaign KPIs, engagement, channels, funnels, journeys
    and every attribution model, intent/language/sentiment of every text,
    degree/PageRank/components/k-core/communities) run on Spark and are written as Parquet,
    all-or-nothing; what stays embedded-only is listed with the reason.

    Examples: socialscope analyze --format json; socialscope analyze --full; socialscope analyze --stage all;
    socialscope analyze --engine spark --input s3a://bucket/social --output s3a://bucket/results
    """
    from socialscope.store.connection import Store

    if engine is EngineName.spark:
        with exit_on_error():
            run_spark(db_path(ctx), input, output, master, only, fmt)
        return
    with exit_on_error(), Store(db_path(ctx)) as store:
        results = run_with_progress(store, only, full=full, stage=stage.value)
    show_summary(results, fmt)
    if fmt is OutputFormat.table:
        show_deferred(results)


def run_spark(
    store_path: Any,
    input: str | None,
    output: str | None,
    master: str | None,
    only: Sequence[str] | None,
    fmt: OutputFormat,
) -> None:
    """Export the store (unless --input is given), run the portable analyses on Spark, publish."""
    from pathlib import Path

    from socialscope.analyses import result_tables
    from socialscope.engine.spark import run_on_spark
    from socialscope.errors import UsageError

    known = {t.name for t in result_tables()}
    unknown = [n for n in only or [] if n not in known]
    if unknown:
        raise UsageError(f"unknown Spark result {', '.join(unknown)}; choose from {', '.join(sorted(known))}")
    base = Path(store_path)
    output = output or str(base.with_name(base.name + ".spark") / "results")
    with spinner() as progress:
        task = progress.add_task("starting", total=None)
        if input is None:
            from socialscope.store.connection import Store
            from socialscope.store.maintenance import export_tables

            input = str(base.with_name(base.name + ".spark") / "input")
            progress.update(task, description=f"exporting the store to {input}")
            with Store(store_path, read_only=True) as store:
                export_tables(store, input)
        progress.update(task, description="starting Spark")
        counts, skipped = run_on_spark(
            input,
            output,
            master=master,
            only=list(only) if only else None,
            on_start=lambda r: progress.update(task, description=f"spark: {r.description}"),
        )
    from socialscope.analyses import ANALYSES

    embedded = {a.name for a in ANALYSES}
    lacking = [f"{name}: {reason}" for name, reason in skipped.items() if name in embedded]
    skipped = {name: reason for name, reason in skipped.items() if name not in embedded}
    if fmt is not OutputFormat.table:
        data = {"engine": "spark", "output": output, "tables": counts, "skipped": skipped, "not_on_engine": lacking}
        print_json(data)
        return
    table = Table(title=f"Spark results in {output}", title_style="bold")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, rows in counts.items():
        table.add_row(name, f"{rows:,}")
    console.print(table)
    for name, reason in skipped.items():
        console.print(f"[dim]skipped {name}: {reason}[/dim]")
    for line in lacking:
        console.print(f"[dim]only on the embedded engine — {line}[/dim]")


def run_with_progress(
    store: Any, only: Sequence[str] | None = None, *, full: bool = False, stage: str = "auto"
) -> list[Any]:
    from socialscope.analyses import ANALYSES
    from socialscope.pipeline import run_analyses

    names = list(only) if only else None
    known = {a.name for a in ANALYSES}
    unknown = [n for n in names or [] if n not in known]
    if unknown:
        from socialscope.errors import UsageError

        raise UsageError(f"unknown analysis {', '.join(unknown)}; choose from {', '.join(sorted(known))}")
    with spinner() as progress:
        task = progress.add_task("analysing", total=None)
        return run_analyses(
            store,
            names=names,
            on_start=lambda a: progress.update(task, description=f"analysing: {a.description}"),
            full=full,
            options={"network": {"stage": stage}},
        )


def show_deferred(results: Sequence[Any]) -> None:
    """Say which graphs got only their fast stage, and how to run the sampled one."""
    from socialscope.cli.network import SAMPLED_MEASURES

    for r in results:
        if r.name != "network":
            continue
        for key, value in r.summary.items():
            if key.endswith("_stage") and value == "fast":
                graph = key.removesuffix("_stage")
                console.print(
                    f"[yellow]note:[/yellow] the {graph} graph has its fast stage only; for {SAMPLED_MEASURES} run "
                    f"'socialscope network analyze --graph {graph} --stage all'"
                )


def show_summary(results: Sequence[Any], fmt: OutputFormat) -> None:
    from socialscope.report.summary import summary_rows

    if fmt is not OutputFormat.table:
        data = [
            {
                "analysis": r.name,
                "side": r.side,
                "run_id": r.run_id,
                "skipped": r.skipped,
                "unchanged": r.unchanged,
                "reason": r.reason,
                **r.summary,
            }
            for r in results
        ]
        if fmt is OutputFormat.json:
            print_json(data)
        else:
            import pandas as pd

            rows = [
                {"side": r.side, "analysis": r.name, "metric": k, "value": v}
                for r in results
                for k, v in r.summary.items()
            ]
            pd.DataFrame(rows).to_csv(console.file, index=False)
        return
    panels = []
    sides = (
        ("networking", "Social networking"),
        ("marketing", "Social media marketing"),
        ("intent", "Networking or marketing?"),
    )
    for side, title in sides:
        table = Table(title=title, title_style="bold", show_header=False, min_width=44)
        table.add_column("metric")
        table.add_column("value", justify="right")
        rows = summary_rows(results, side)
        for label, value in rows:
            table.add_row(label, value)
        if rows:
            panels.append(table)
    console.print(Columns(panels, equal=False, expand=False))
    ran = [f"{r.name} ({r.reason})" for r in results if r.reason]
    if ran:
        console.print(f"[dim]recomputed: {'; '.join(ran)}[/dim]")
    unchanged = [f"{r.name} ({r.unchanged})" for r in results if r.unchanged]
    if unchanged:
        console.print(f"[dim]not recomputed, inputs unchanged (--full to force): {'; '.join(unchanged)}[/dim]")
    skipped = [f"{r.name} ({r.skipped})" for r in results if r.skipped]
    if skipped:
        console.print(f"[dim]skipped: {'; '.join(skipped)}[/dim]")
