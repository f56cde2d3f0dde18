"""``socialscope import``: load files into a canonical table, all or nothing."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

from socialscope.cli.common import console, db_path, exit_on_error

PROGRESS_BAR_BYTES = 4 * 1024 * 1024


def import_command(
    ctx: typer.Context,
    table: str = typer.Argument(..., help="Canonical table: accounts, follows, posts, interactions, …"),
    files: list[Path] = typer.Argument(..., help="One or more files; all are imported or none."),
    fmt: str = typer.Option("auto", "--format", help="auto|csv|jsonl|parquet|edgelist"),
    mapping: list[str] = typer.Option(None, "--map", help="SOURCE=FIELD: rename a source column (repeatable)."),
    platform: str = typer.Option(None, "--platform", help="Platform name for rows that have none."),
    undirected: bool = typer.Option(False, "--undirected", help="Edge list is undirected: store both directions."),
) -> None:
    """Import CSV, JSON Lines, Parquet or edge-list files into TABLE.

    Columns named like a canonical field are mapped automatically; others are kept in the
    row's `extra` JSON. Bad values are all reported with file, row and field, and nothing is
    written. Re-importing a file replaces its rows (by natural key) and adds no duplicates.

    Example: socialscope import ad_stats ads.csv --map xyz_campaign_id=campaign_id --map Spent=spend
    """
    from socialscope.errors import InputError
    from socialscope.ingest import import_files
    from socialscope.store.connection import Store
    from socialscope.store.error_log import log_import_error

    with (
        exit_on_error(),
        Store(db_path(ctx)) as store,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            console=console,
            transient=True,
        ) as bars,
    ):

        def progress_for(path: Path):
            if path.stat().st_size < PROGRESS_BAR_BYTES:
                return None
            task = bars.add_task(f"reading {path.name}", total=100)
            return lambda pct: bars.update(task, completed=pct)

        try:
            report = import_files(
                store,
                table,
                files,
                fmt=fmt,
                mapping=mapping or (),
                platform=platform,
                undirected=undirected,
                progress=progress_for,
            )
        except InputError as exc:
            log_import_error(db_path(ctx), table, [str(f) for f in files], str(exc))
            raise
    for path, result in zip(files, report.files, strict=True):
        console.print(
            f"{path}: {result.rows_read:,} rows read, {result.rows_new:,} new, "
            f"{result.rows_replaced:,} replaced"
            + (
                f", {result.duplicates_in_file:,} duplicate keys in the file (last kept)"
                if result.duplicates_in_file
                else ""
            )
        )
    if report.accounts_created:
        console.print(f"{report.accounts_created:,} accounts created for ids not seen before")
