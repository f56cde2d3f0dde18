"""Shared CLI plumbing: the store option, error-to-exit-code mapping, output formats."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from socialscope.config import default_db_path
from socialscope.errors import InputError, SocialscopeError, StoreBusyError, UsageError

if TYPE_CHECKING:
    import pandas as pd

console = Console()
err_console = Console(stderr=True)

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def db_path(ctx: typer.Context) -> Path:
    """The store chosen with the global ``--db`` option."""
    return (ctx.obj or {}).get("db") or default_db_path()


@contextmanager
def exit_on_error() -> Iterator[None]:
    """Turn socialscope errors into a message and the documented exit code."""
    try:
        yield
    except UsageError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    except InputError as exc:
        err_console.print("[red]error:[/red] the import was refused; nothing was written:", highlight=False)
        for line in str(exc).splitlines():
            err_console.print(f"  {line}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_DATA) from None
    except StoreBusyError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_BUSY) from None
    except SocialscopeError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_DATA) from None


def say_waiting(message: str) -> None:
    """Tell the user why nothing happens yet (the store is busy; we wait, bounded)."""
    from socialscope.config import busy_timeout

    err_console.print(f"{message}; waiting (up to {busy_timeout():.0f} s)…", highlight=False, soft_wrap=True)


def print_frame(frame: pd.DataFrame, fmt: OutputFormat, *, title: str | None = None) -> None:
    """Write a frame to stdout as a Rich table, CSV or JSON records."""
    if fmt is OutputFormat.csv:
        frame.to_csv(sys.stdout, index=False)
    elif fmt is OutputFormat.json:
        sys.stdout.write(frame.to_json(orient="records", date_format="iso", indent=2) + "\n")
    else:
        table = Table(title=title, show_lines=False)
        for column in frame.columns:
            numeric = frame[column].dtype.kind in "iuf"
            table.add_column(str(column), justify="right" if numeric else "left")
        for row in frame.itertuples(index=False):
            table.add_row(*(_cell(v) for v in row))
        console.print(table)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType":
        return "—"
    if isinstance(value, datetime) and (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1 else f"{value:,.2f}"
    return str(value)


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")


def remember_trained_model(ctx: typer.Context, model: Any, out: Path | None, suffix: str, meta_key: str) -> Path:
    """Save a model trained on the user's labels beside the store (or at ``out``) and record it
    in the store, so the scoring command uses it from then on."""
    from socialscope.store.connection import Store

    path = db_path(ctx)
    target = model.save(out or path.with_name(f"{path.stem}.{suffix}.joblib"))
    with Store(path) as store:
        store.set_meta(meta_key, str(target.resolve()))
    return target


def spinner() -> Progress:
    """The progress display of work whose length is unknown: a spinner, what is being done,
    and the time elapsed; it disappears when the work ends."""
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
    )
