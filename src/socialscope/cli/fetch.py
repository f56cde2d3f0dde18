"""``socialscope fetch mastodon|bluesky``: live connectors into the store."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from socialscope.cli.common import console, db_path, exit_on_error, spinner

app = typer.Typer(
    help="Fetch posts, followers and following live from Mastodon or Bluesky: rate-limit aware, "
    "resumable after a cut-off, incremental on re-run.",
    no_args_is_help=True,
)

MAX_PAGES_HELP = "Stop after this many pages per endpoint (run again to continue from there)."


def _run(ctx: typer.Context, fetch: Any, what: str) -> None:
    from socialscope.store.connection import Store

    with (
        exit_on_error(),
        Store(db_path(ctx)) as store,
        spinner() as progress,
    ):
        task = progress.add_task(f"fetching {what}", total=None)

        def on_page(report: Any) -> None:
            rows = sum(report.rows_new.values())
            progress.update(task, description=f"{what}: {report.endpoint}, page {report.pages}, {rows:,} new rows")

        reports = fetch(store, on_page)
    table = Table(title=f"Fetched {what}")
    for column in ("endpoint", "pages", "new rows", "state"):
        table.add_column(column, justify="right" if column in ("pages", "new rows") else "left")
    for r in reports:
        state = "up to date" if r.finished else "more pages left: run again to continue"
        new = ", ".join(f"{t} {n:,}" for t, n in r.rows_new.items() if n) or "none"
        table.add_row(r.endpoint + (" (resumed)" if r.resumed else ""), str(r.pages), new, state)
    console.print(table)


@app.command("mastodon")
def mastodon(
    ctx: typer.Context,
    instance: str = typer.Option(..., "--instance", help="Instance URL, e.g. https://mastodon.social"),
    account: str = typer.Option(..., "--account", help="Handle: user (on that instance) or user@host."),
    token: str = typer.Option(
        None, "--token", envvar="SOCIALSCOPE_MASTODON_TOKEN", help="Access token, if the instance requires one."
    ),
    max_pages: int = typer.Option(None, "--max-pages", help=MAX_PAGES_HELP),
) -> None:
    """Fetch a Mastodon account's statuses, followers and following.

    Example: socialscope fetch mastodon --instance https://mastodon.social --account Gargron
    """
    from socialscope.ingest.fetch import fetch_mastodon

    _run(
        ctx,
        lambda store, on_page: fetch_mastodon(
            store, instance, account, token=token, max_pages=max_pages, on_page=on_page
        ),
        f"mastodon {account}",
    )


@app.command("bluesky")
def bluesky(
    ctx: typer.Context,
    actor: str = typer.Option(..., "--actor", help="Handle (alice.bsky.social) or DID."),
    service: str = typer.Option(
        "https://public.api.bsky.app", "--service", help="AppView to ask (the public one needs no login)."
    ),
    max_pages: int = typer.Option(None, "--max-pages", help=MAX_PAGES_HELP),
) -> None:
    """Fetch a Bluesky actor's posts, reposts, replies, followers and follows.

    Example: socialscope fetch bluesky --actor bsky.app
    """
    from socialscope.ingest.fetch import fetch_bluesky

    _run(
        ctx,
        lambda store, on_page: fetch_bluesky(store, actor, service=service, max_pages=max_pages, on_page=on_page),
        f"bluesky {actor}",
    )
