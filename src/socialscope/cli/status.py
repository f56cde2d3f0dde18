"""``socialscope status`` and ``socialscope query``."""

from __future__ import annotations

import typer
from rich.table import Table

from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame, print_json


def status(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Tables, row counts, the last imports and analysis runs.

    Example: socialscope status --json
    """
    from socialscope.report.status import store_status
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        info = store_status(store)
    if as_json:
        print_json(info)
        return
    console.print(f"Store [bold]{info['db']}[/bold]" + (" (demo world)" if info["demo"] else ""))
    tables = Table(title="Tables")
    tables.add_column("table")
    tables.add_column("rows", justify="right")
    for name, rows in {**info["tables"], **info["results"]}.items():
        tables.add_row(name, f"{rows:,}")
    console.print(tables)
    if info["imports"]:
        log = Table(title="Last imports")
        for column in ("table", "file", "rows_read", "rows_new", "imported_at"):
            log.add_column(column)
        for entry in info["imports"]:
            log.add_row(
                entry["table"], entry["file"], f"{entry['rows_read']:,}", f"{entry['rows_new']:,}", entry["imported_at"]
            )
        console.print(log)


def query(
    ctx: typer.Context,
    sql: str = typer.Argument(..., help="One or more SELECT statements; the last one's rows are printed."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Read-only SQL over the store. INSERT, UPDATE, DELETE, COPY, ATTACH … are refused.

    Example: socialscope query "SELECT kind, count(*) FROM accounts GROUP BY kind" --format csv
    """
    from socialscope.store.connection import run_read_only_query

    with exit_on_error():
        frame = run_read_only_query(db_path(ctx), sql)
    print_frame(frame, fmt)
