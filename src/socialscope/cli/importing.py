"""``socialscope import``: load files into a canonical table, all or nothing."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

from socialscope.cli.common import console, db_path, exit_on_error

PROGRESS_BAR_BYTES = 4 * 1024 * 1024


def import_command(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(
        ..., help="TABLE FILE…  (canonical table and tabular files), or one or more platform exports."
    ),
    source_format: str = typer.Option(
        None, "--from", help="Platform export format (see `socialscope formats`); detected when unambiguous."
    ),
    fmt: str = typer.Option("auto", "--format", help="auto|csv|jsonl|parquet|edgelist"),
    events: list[str] = typer.Option(
        None, "--event", help="GA4: EVENT_NAME=STAGE (lead, opportunity, customer, purchase); repeatable."
    ),
    mapping: list[str] = typer.Option(None, "--map", help="SOURCE=FIELD: rename a source column (repeatable)."),
    platform: str = typer.Option(None, "--platform", help="Platform name for rows that have none."),
    undirected: bool = typer.Option(False, "--undirected", help="Edge list is undirected: store both directions."),
    time_format: str = typer.Option(
        None, "--time-format", help="strftime form of timestamps no built-in rule reads, e.g. '%d/%m/%Y %H:%M'."
    ),
    timezone: str = typer.Option(
        None, "--timezone", help="Time zone of timestamps written without an offset (default UTC), e.g. Europe/Paris."
    ),
) -> None:
    """Import CSV, JSON Lines, Parquet or edge-list files into TABLE, or platform exports
    (X archive, Mastodon archive, Slack export, mbox, LinkedIn export, Facebook posts, Google
    Ads reports) into every table they fill.

    Columns named like a canonical field are mapped automatically; others are kept in the
    row's `extra` JSON. Bad values are all reported with file, row and field, and nothing is
    written. Re-importing a file replaces its rows (by natural key) and adds no duplicates.

    Examples: socialscope import ad_stats ads.csv --map xyz_campaign_id=campaign_id --map Spent=spend
              socialscope import twitter-2024.zip            (format detected)
              socialscope import --from slack-export slack_export.zip
              socialscope import posts posts.csv --time-format '%d/%m/%Y %H:%M' --timezone Europe/Paris

    Timestamps: ISO 8601 (T or space, offsets with or without a colon), RFC 2822, the Twitter
    API form, epoch seconds or milliseconds and '17 Jun 2021' are read as they are; values
    without an offset are UTC unless --timezone says otherwise.
    """
    from socialscope.errors import InputError
    from socialscope.ingest import import_files
    from socialscope.store.connection import Store
    from socialscope.store.error_log import log_import_error
    from socialscope.store.schema import CANONICAL_TABLES

    if not source_format and targets[0] not in CANONICAL_TABLES and not Path(targets[0]).exists():
        from socialscope.errors import UsageError
        from socialscope.store.schema import get_table

        with exit_on_error():
            try:
                get_table(targets[0])
            except KeyError as exc:
                raise UsageError(f"{exc.args[0]}; or give the path of a platform export to import") from None
    if source_format or targets[0] not in CANONICAL_TABLES:
        options = {}
        if events:
            pairs = [e.split("=", 1) for e in events]
            if any(len(p) != 2 for p in pairs):
                with exit_on_error():
                    from socialscope.errors import UsageError

                    raise UsageError("--event takes EVENT_NAME=STAGE")
            options["events"] = dict(pairs)
        _import_exports(ctx, targets, source_format or "auto", options)
        return
    table, files = targets[0], [Path(t) for t in targets[1:]]
    if not files:
        from socialscope.cli.common import exit_on_error as guard
        from socialscope.errors import UsageError

        with guard():
            raise UsageError(f"give one or more files to import into {table}")

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
                time_format=time_format,
                timezone=timezone,
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


def _import_exports(ctx: typer.Context, paths: list[str], fmt: str, options: dict) -> None:
    from socialscope.errors import InputError
    from socialscope.ingest.formats import import_export
    from socialscope.store.connection import Store
    from socialscope.store.error_log import log_import_error

    with exit_on_error(), Store(db_path(ctx)) as store:
        for path in paths:
            try:
                with console.status(f"reading {path}"):
                    name, reports, notes = import_export(store, path, fmt, **options)
            except InputError as exc:
                log_import_error(db_path(ctx), fmt, [path], str(exc))
                raise
            summary = ", ".join(f"{r.table}: {r.rows_new:,} new, {r.rows_replaced:,} replaced" for r in reports)
            console.print(f"{path} ({name}): {summary or 'nothing imported'}")
            created = sum(r.accounts_created for r in reports)
            if created:
                console.print(f"  {created:,} accounts created for ids not seen before")
            for note in notes:
                console.print(f"  {note}", markup=False)


def formats_command() -> None:
    """List the platform export formats `socialscope import` reads, and how to get each.

    Example: socialscope formats
    """
    from rich.table import Table

    from socialscope.ingest.formats import FORMATS

    table = Table(title="Platform exports (socialscope import PATH, or --from NAME PATH)")
    for column in ("name", "what it reads", "how to get it", "variants tested on genuine files"):
        table.add_column(column)
    for f in FORMATS.values():
        table.add_row(f.name, f.description, f.how_to_get, "; ".join(f.variants) or "—")
    console.print(table)
