"""``socialscope serve`` (dashboard + API) and ``socialscope report`` (one shareable HTML file)."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.common import console, db_path, exit_on_error

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
) -> None:
    """Serve the web dashboard and the HTTP API (OpenAPI docs at /docs) over the store.

    Works offline: every script is served from the installed packages.
    Example: socialscope serve --port 8000, then open http://127.0.0.1:8000
    """
    import uvicorn

    from socialscope.errors import StoreError
    from socialscope.web import create_app

    path = db_path(ctx)
    with exit_on_error():
        if not path.exists():
            raise StoreError(f"no store at {path}: run 'socialscope demo' or 'socialscope import' first")
    console.print(f"socialscope dashboard on http://{host}:{port}  (store {path}; Ctrl+C to stop)")
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


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
