"""``socialscope serve`` (dashboard + API) and ``socialscope report`` (one shareable HTML file)."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.choices import TokenRole
from socialscope.cli.common import console, db_path, exit_on_error

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    auth: bool = typer.Option(
        False, "--auth", help="Require API tokens (needed to bind beyond localhost; see `socialscope token`)."
    ),
) -> None:
    """Serve the web dashboard and the HTTP API (OpenAPI docs at /docs) over the store.

    Works offline: every script is served from the installed packages.
    Example: socialscope serve --port 8000, then open http://127.0.0.1:8000
    """
    import uvicorn

    from socialscope.errors import StoreError, UsageError
    from socialscope.web import create_app

    path = db_path(ctx)
    with exit_on_error():
        if not path.exists():
            raise StoreError(f"no store at {path}: run 'socialscope demo' or 'socialscope import' first")
        if host not in LOCAL_HOSTS and not auth:
            raise UsageError(
                f"binding to {host} exposes people data beyond this machine: add --auth "
                "(and create tokens with `socialscope token create --role viewer|analyst|admin`)"
            )
    console.print(f"socialscope dashboard on http://{host}:{port}  (store {path}; Ctrl+C to stop)")
    uvicorn.run(create_app(path, auth=auth, host=host), host=host, port=port, log_level="warning")


def report_command(
    ctx: typer.Context,
    out: Path = typer.Option(Path("socialscope-report.html"), "--out", "-o", help="The HTML file to write."),
) -> None:
    """Write one self-contained HTML report (charts inlined, opens offline): overview, top
    people, communities, campaigns and attribution — the file to email to a manager.

    Example: socialscope report --out report.html
    """
    from socialscope.store.connection import Store
    from socialscope.web.report import write_report

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        written = write_report(store, out)
    console.print(f"wrote {written} ({written.stat().st_size / 1e6:.1f} MB)")


token_app = typer.Typer(help="API tokens for `socialscope serve --auth` (stored hashed).", no_args_is_help=True)


@token_app.command("create")
def token_create(
    ctx: typer.Context,
    role: TokenRole = typer.Option(..., "--role", help="viewer (aggregates), analyst (person-level) or admin."),
    name: str = typer.Option("", "--name", help="Whose token this is, for the audit log."),
) -> None:
    """Create a token and print it once (only its hash is kept).

    Example: socialscope token create --role analyst --name "HR analytics"
    """
    from socialscope.store.connection import Store
    from socialscope.store.tokens import create_token

    with exit_on_error(), Store(db_path(ctx)) as store:
        token = create_token(store, role.value, name)
    typer.echo(token)


@token_app.command("list")
def token_list(ctx: typer.Context) -> None:
    """List tokens (ids, names, roles, created, revoked); never the secrets.

    Example: socialscope token list
    """
    import pandas as pd

    from socialscope.cli.common import OutputFormat, print_frame
    from socialscope.store.connection import Store
    from socialscope.store.tokens import list_tokens

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        frame = pd.DataFrame(list_tokens(store))
    print_frame(frame, OutputFormat.table, title="API tokens")


@token_app.command("revoke")
def token_revoke(ctx: typer.Context, token_id: str = typer.Argument(..., help="The id from `token list`.")) -> None:
    """Revoke a token (effective at once on a running server: it re-reads tokens when a writer publishes).

    Example: socialscope token revoke 1a2b3c4d
    """
    from socialscope.store.connection import Store
    from socialscope.store.tokens import revoke_token

    with exit_on_error(), Store(db_path(ctx)) as store:
        revoke_token(store, token_id)
    console.print(f"revoked {token_id}")
