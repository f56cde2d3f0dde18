"""``socialscope import``: tabular files into one canonical table, or platform exports into
every table they fill; all or nothing either way. One command, two kinds of import: the
dispatcher tells which the user meant and refuses an option of the other kind."""

from __future__ import annotations

import inspect
from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

from socialscope.cli.choices import ExportFormatName, TableFileFormat
from socialscope.cli.common import console, db_path, exit_on_error

PROGRESS_BAR_BYTES = 4 * 1024 * 1024
TABLE_PANEL = "TABLE FILE… (CSV, JSON Lines, Parquet, edge lists)"
EXPORT_PANEL = "EXPORT… (platform exports)"


def import_command(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(
        ...,
        metavar="TABLE FILE… | EXPORT…",
        help="A canonical table and the files to load into it, or one or more platform exports.",
        show_default=False,
    ),
    fmt: TableFileFormat = typer.Option(
        TableFileFormat.auto, "--format", help="File format (auto: from the extension).", rich_help_panel=TABLE_PANEL
    ),
    mapping: list[str] = typer.Option(
        None, "--map", help="SOURCE=FIELD: rename a source column (repeatable).", rich_help_panel=TABLE_PANEL
    ),
    platform: str = typer.Option(
        None, "--platform", help="Platform name for rows that have none.", rich_help_panel=TABLE_PANEL
    ),
    undirected: bool = typer.Option(
        False, "--undirected", help="Edge list is undirected: store both directions.", rich_help_panel=TABLE_PANEL
    ),
    time_format: str = typer.Option(
        None,
        "--time-format",
        help="strftime form of timestamps no built-in rule reads, e.g. '%d/%m/%Y %H:%M'.",
        rich_help_panel=TABLE_PANEL,
    ),
    timezone: str = typer.Option(
        None,
        "--timezone",
        help="Time zone of timestamps written without an offset (default UTC), e.g. Europe/Paris.",
        rich_help_panel=TABLE_PANEL,
    ),
    source_format: ExportFormatName = typer.Option(
        None,
        "--from",
        help="The export's format (`socialscope formats` lists them); detected when unambiguous.",
        rich_help_panel=EXPORT_PANEL,
    ),
    events: list[str] = typer.Option(
        None,
        "--event",
        help="GA4: EVENT_NAME=STAGE (lead, opportunity, customer, purchase); repeatable.",
        rich_help_panel=EXPORT_PANEL,
    ),
) -> None:
    """Import files into a canonical table, or platform exports into every table they fill.

    Platform exports: X, Mastodon, Bluesky, Reddit, Slack, mbox, LinkedIn, Facebook,
    ad reports, GA4, GraphML/GEXF (`socialscope formats` lists them).

    TABLE FILE…: columns named like a canonical field are mapped automatically,
    others are kept in the row's `extra` JSON. Timestamps in ISO 8601, RFC 2822,
    the Twitter API form, epoch seconds or milliseconds and '17 Jun 2021' are
    read as they are; without an offset they are UTC unless --timezone says so.

    EXPORT…: a zip, a .tar.gz or the unpacked folder; with --from, one file of it.

    Either way every bad value is reported with file, row and field, and nothing
    is written; importing again replaces rows by natural key, adding no
    duplicates. An option of one kind of import is refused with the other.

    Examples:
      socialscope import ad_stats ads.csv --map xyz_campaign_id=campaign_id
      socialscope import follows edges.txt --format edgelist --undirected
      socialscope import posts posts.csv --time-format '%d/%m/%Y %H:%M'
      socialscope import twitter-2024.zip            (format detected)
      socialscope import --from slack-export slack_export.zip
      socialscope import --from ga4 events.jsonl --event purchase=customer
    """
    table_options = {
        "--format": fmt is not TableFileFormat.auto,
        "--map": bool(mapping),
        "--platform": platform is not None,
        "--undirected": undirected,
        "--time-format": time_format is not None,
        "--timezone": timezone is not None,
    }
    with exit_on_error():
        if _is_table_import(targets, source_format):
            _refuse({"--event": bool(events)}, "platform exports (EXPORT…)", f"this imports files into {targets[0]}")
            import_table_files(
                ctx,
                targets[0],
                [Path(t) for t in targets[1:]],
                fmt=fmt.value,
                mapping=mapping or (),
                platform=platform,
                undirected=undirected,
                time_format=time_format,
                timezone=timezone,
            )
        else:
            _refuse(
                table_options,
                "TABLE FILE… imports",
                "--from imports platform exports"
                if source_format
                else f"{targets[0]} is not a table's name, so this imports platform exports",
            )
            import_platform_exports(
                ctx, targets, source_format=source_format and source_format.value, events=events or ()
            )


def _refuse(options: dict[str, bool], applies_to: str, why: str) -> None:
    """A usage error naming the options (flag -> given) of the other kind of import that were given."""
    from socialscope.errors import UsageError

    wrong = [flag for flag, given in options.items() if given]
    if wrong:
        named = ", ".join(wrong[:-1]) + " and " + wrong[-1] if len(wrong) > 1 else wrong[0]
        raise UsageError(f"{named} {'is' if len(wrong) == 1 else 'are'} for {applies_to}; {why}")


def _is_table_import(targets: list[str], source_format: ExportFormatName | None) -> bool:
    """A canonical table's name first means TABLE FILE…; an existing path, or --from, an export."""
    from socialscope.errors import UsageError
    from socialscope.store.schema import CANONICAL_TABLES, get_table

    first = targets[0]
    if source_format is not None:
        if first in CANONICAL_TABLES and not Path(first).exists():
            raise UsageError(
                f"--from names an export's format, but {first} is a table: import {first} FILE… without --from"
            )
        return False
    if first not in CANONICAL_TABLES and not Path(first).exists():
        try:
            get_table(first)  # raises, naming the tables
        except KeyError as exc:
            raise UsageError(f"{exc.args[0]}; or give the path of a platform export to import") from None
    return first in CANONICAL_TABLES


def import_table_files(
    ctx: typer.Context,
    table: str,
    files: list[Path],
    *,
    fmt: str,
    mapping: list[str] | tuple[str, ...],
    platform: str | None,
    undirected: bool,
    time_format: str | None,
    timezone: str | None,
) -> None:
    """``socialscope import TABLE FILE…``: CSV, JSON Lines, Parquet or edge lists into one table."""
    from socialscope.errors import InputError, UsageError
    from socialscope.ingest import import_files
    from socialscope.store.connection import Store
    from socialscope.store.error_log import log_import_error

    if not files:
        raise UsageError(f"give one or more files to import into {table}")
    with (
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
                mapping=mapping,
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


def import_platform_exports(
    ctx: typer.Context, paths: list[str], *, source_format: str | None, events: list[str] | tuple[str, ...]
) -> None:
    """``socialscope import EXPORT…`` (or ``--from FORMAT EXPORT…``): each export into every
    table it fills, one transaction per export."""
    from socialscope.errors import InputError, UsageError
    from socialscope.ingest.formats import FORMATS, detect_export, import_export
    from socialscope.store.connection import Store
    from socialscope.store.error_log import log_import_error

    options = {}
    if events:
        pairs = [e.split("=", 1) for e in events]
        if any(len(p) != 2 for p in pairs):
            raise UsageError("--event takes EVENT_NAME=STAGE")
        options["events"] = dict(pairs)
        # only some parsers read events (GA4's); tell the user before reading anything
        for path in [p for p in paths if Path(p).exists()]:  # a missing one is reported below
            name = source_format or detect_export(path)
            if "events" not in inspect.signature(FORMATS[name].parse).parameters:
                readers = [f.name for f in FORMATS.values() if "events" in inspect.signature(f.parse).parameters]
                raise UsageError(f"--event is for {', '.join(readers)} exports; {path} is read as {name}")
    fmt = source_format or "auto"
    with Store(db_path(ctx)) as store:
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
