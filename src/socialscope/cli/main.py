"""The ``socialscope`` command line: one Typer app, one file per command group."""

from __future__ import annotations

import inspect
from pathlib import Path

import typer

from socialscope import __version__
from socialscope.cli.admin import (
    backup_command,
    check_command,
    export_command,
    forget_command,
    pseudonym_command,
    restore_command,
)
from socialscope.cli.analyze import analyze
from socialscope.cli.attribution import app as attribution_app
from socialscope.cli.classify import app as classify_app
from socialscope.cli.demo import demo
from socialscope.cli.digest import digest_command
from socialscope.cli.engagement import app as engagement_app
from socialscope.cli.engagement import cascades_command
from socialscope.cli.fetch import app as fetch_app
from socialscope.cli.importing import formats_command, import_command
from socialscope.cli.marketing import app as marketing_app
from socialscope.cli.network import app as network_app
from socialscope.cli.sentiment import app as sentiment_app
from socialscope.cli.serve import report_command, serve_command, token_app
from socialscope.cli.status import query, status
from socialscope.cli.topics import topics_command

app = typer.Typer(
    name="socialscope",
    help="Social analytics: networking and marketing measured side by side.\n\n"
    "Start with `socialscope demo`, then `socialscope status` and `socialscope analyze`.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"socialscope {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Path = typer.Option(
        None, "--db", envvar="SOCIALSCOPE_DB", help="Store file (default: $SOCIALSCOPE_DB, else ./socialscope.duckdb)."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Exit codes: 0 success, 1 data error (nothing was written), 2 usage error, 3 the store
    stayed busy (another process kept writing; nothing was done, try again)."""
    from socialscope.cli.common import say_waiting
    from socialscope.store.connection import set_wait_notice

    set_wait_notice(say_waiting)
    ctx.obj = {"db": db}


app.command()(demo)
app.command("import")(import_command)
app.command("formats")(formats_command)
app.command()(analyze)
app.command()(status)
app.command()(query)
app.add_typer(fetch_app, name="fetch")
app.add_typer(network_app, name="network")
app.add_typer(marketing_app, name="marketing")
app.add_typer(attribution_app, name="attribution")
app.add_typer(sentiment_app, name="sentiment")
app.add_typer(engagement_app, name="engagement")
app.add_typer(classify_app, name="classify")
app.command("serve")(serve_command)
app.command("digest")(digest_command)
app.add_typer(token_app, name="token")
app.command("check")(check_command)
app.command("backup")(backup_command)
app.command("restore")(restore_command)
app.command("export")(export_command)
app.command("forget")(forget_command)
app.command("pseudonym")(pseudonym_command)
app.command("report")(report_command)
app.command("cascades")(cascades_command)
app.command("topics")(topics_command)


def reflow(text: str | None) -> str | None:
    """Help text with each prose paragraph on one line, so the terminal wraps it at its own
    width (Typer's rich mode keeps the docstring's line breaks: paragraphs came out ragged at
    80 columns). Example paragraphs, lists and indented lines keep their breaks."""
    if not text:
        return text
    paragraphs = inspect.cleandoc(text).split("\n\n")
    kept = (
        p
        if p.startswith("Example") or any(line.startswith(("-", "•", " ")) for line in p.splitlines())
        else " ".join(line.strip() for line in p.splitlines())
        for p in paragraphs
    )
    return "\n\n".join(kept)


def _reflow_all(typer_app: typer.Typer) -> None:
    """:func:`reflow` the help of every command and group of ``typer_app``, recursively."""
    typer_app.info.help = reflow(typer_app.info.help)
    if typer_app.registered_callback is not None:
        callback = typer_app.registered_callback
        callback.help = reflow(callback.help or inspect.getdoc(callback.callback))
    for command in typer_app.registered_commands:
        command.help = reflow(command.help or inspect.getdoc(command.callback))
    for group in typer_app.registered_groups:
        group.help = reflow(group.help)
        _reflow_all(group.typer_instance)


_reflow_all(app)


def main() -> None:
    app()
