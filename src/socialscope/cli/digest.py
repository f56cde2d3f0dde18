"""``socialscope digest``: what changed, as a short Markdown or HTML digest."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.choices import DigestFormat
from socialscope.cli.common import console, db_path, exit_on_error


def digest_command(
    ctx: typer.Context,
    since: str = typer.Option("7d", "--since", help="7d, 4w (back from the last day with data) or YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Last day, inclusive (default: the last day with data)."),
    fmt: DigestFormat = typer.Option(DigestFormat.md, "--format", help="Markdown, or an HTML fragment for e-mail."),
    platform: str = typer.Option(None, "--platform", help="One platform (default: all)."),
    out: Path = typer.Option(None, "--out", help="Write to this file instead of printing."),
    post_to: str = typer.Option(
        None,
        "--post-to",
        help="Also POST it as JSON ({text, format, digest}) to this webhook URL. Nothing is sent without it.",
    ),  # fmt: skip
    base_url: str = typer.Option(
        "http://127.0.0.1:8000", "--base-url", help="Where the dashboard runs (for the links)."
    ),
) -> None:
    """The headline KPIs with their change against the previous period, and the five most
    notable changes (robust z-scores against the trailing 28 days), for e-mail or chat.

    Example: socialscope digest --since 7d --format md --post-to https://hooks.example.com/T000/B000
    """
    from datetime import date

    from socialscope.report.digest import digest_data, parse_since, post_digest, render_digest
    from socialscope.report.kpis import data_bounds
    from socialscope.store.connection import Store

    fmt = fmt.value
    with exit_on_error():
        with Store(db_path(ctx), read_only=True) as store:
            last = date.fromisoformat(until) if until else data_bounds(store)[1]
            data = digest_data(store, since=parse_since(since, last), until=last, platform=platform, base_url=base_url)
        text = render_digest(data, fmt)
        if out:
            out.write_text(text, encoding="utf-8")
            console.print(f"wrote {out}")
        else:
            typer.echo(text)
        if post_to:
            status = post_digest(post_to, data, text, fmt)
            console.print(f"posted to {post_to} (HTTP {status})")
