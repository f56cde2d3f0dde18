"""``socialscope analyze``: run every analysis and print networking beside marketing KPIs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import typer
from rich.columns import Columns
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_json


def analyze(
    ctx: typer.Context,
    only: list[str] = typer.Option(None, "--only", help="Run only these analyses (repeatable)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Run every analysis on the store and print the summary.

    Results are written to the store (one table per analysis, stamped with its run id).

    Example: socialscope analyze --format json
    """
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx)) as store:
        results = run_with_progress(store, only)
    show_summary(results, fmt)


def run_with_progress(store: Any, only: Sequence[str] | None = None) -> list[Any]:
    from socialscope.pipeline import ANALYSES, run_analyses

    names = list(only) if only else None
    known = {a.name for a in ANALYSES}
    unknown = [n for n in names or [] if n not in known]
    if unknown:
        from socialscope.errors import UsageError

        raise UsageError(f"unknown analysis {', '.join(unknown)}; choose from {', '.join(sorted(known))}")
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
    ) as progress:
        task = progress.add_task("analysing", total=None)
        return run_analyses(
            store,
            names=names,
            on_start=lambda a: progress.update(task, description=f"analysing: {a.description}"),
        )


def show_summary(results: Sequence[Any], fmt: OutputFormat) -> None:
    from socialscope.report.summary import summary_rows

    if fmt is not OutputFormat.table:
        data = [
            {"analysis": r.name, "side": r.side, "run_id": r.run_id, "skipped": r.skipped, **r.summary} for r in results
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
    skipped = [f"{r.name} ({r.skipped})" for r in results if r.skipped]
    if skipped:
        console.print(f"[dim]skipped: {'; '.join(skipped)}[/dim]")
