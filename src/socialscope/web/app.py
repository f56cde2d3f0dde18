"""The FastAPI application: pages rendered server-side, a JSON twin of each under ``/api``.

Every request opens its own read-only connection to the store's published snapshot (see
:class:`~socialscope.store.Store`), so the dashboard keeps serving while another process
imports or analyses, and never makes them wait. Every API error has one envelope,
``{"ok": false, "error": …, "status": …}``; pages get an HTML error page instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from socialscope import __version__
from socialscope.errors import NotFoundError, SocialscopeError, StoreBusyError, UsageError
from socialscope.web.templating import templates

STATIC = Path(__file__).with_name("static")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    # Plotly figures are inline <script> blocks; nothing may load from another origin.
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'",
}


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})


def create_app(db_path: str | Path, *, auth: bool = False, host: str | None = None) -> FastAPI:
    """The dashboard and API over the store at ``db_path`` (opened read-only per request).
    With ``auth``, every route needs a token of at least its role (see ``web/auth.py``).
    Without it, only requests addressed to this machine by name (``Host`` is localhost,
    127.0.0.1, [::1] or the bound ``host``) are answered: a page on another site cannot reach
    the dashboard through DNS rebinding (its requests carry the attacker's host name)."""
    from fastapi import Depends

    from socialscope.store.connection import ensure_snapshot
    from socialscope.web.auth import authorize
    from socialscope.web.routes import account, attribution, campaigns, content, data, network, overview, people

    app = FastAPI(
        title="socialscope",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(authorize)],
        description="Social networking and social media marketing, measured side by side. "
        "Every page of the dashboard has a JSON twin here.",
    )
    app.state.db_path = Path(db_path)
    app.state.auth = auth
    ensure_snapshot(app.state.db_path)
    for module in (overview, network, people, content, campaigns, attribution, data, account):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_js_path(), media_type="application/javascript")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> Response:
        """Swagger UI served from the installed ``fastapi-offline`` package, not a CDN."""
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="socialscope API",
            swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger/swagger-ui.css",
            swagger_favicon_url="/favicon.ico",
        )

    app.mount("/vendor/swagger", StaticFiles(directory=swagger_assets()), name="swagger")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    allowed_hosts = LOCAL_HOSTS | ({host.lower(), f"[{host.lower()}]"} if host else set())

    @app.middleware("http")
    async def local_hosts_only(request: Request, call_next: Any) -> Response:
        if not auth and request_host(request) not in allowed_hosts:
            return error_response(request, 400, "this dashboard answers only requests addressed to localhost")
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith(("/vendor/", "/static/")) and response.status_code == 200:
            # versioned with the installed packages: let the browser keep them (and its compiled code)
            response.headers["Cache-Control"] = "public, max-age=86400"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return error_response(request, 422, problems)

    @app.exception_handler(SocialscopeError)
    async def socialscope_error(request: Request, exc: SocialscopeError) -> Response:
        if isinstance(exc, NotFoundError):
            status = 404
        elif isinstance(exc, UsageError):
            status = 400
        elif isinstance(exc, StoreBusyError):
            status = 503
        else:
            status = 500
        return error_response(request, status, str(exc))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, f"internal error: {type(exc).__name__}: {exc}")

    return app


def request_host(request: Request) -> str:
    """The ``Host`` header's name, without the port, lower-cased (``[::1]`` keeps its brackets)."""
    value = request.headers.get("host", "").strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The JSON envelope for ``/api`` and ``/openapi.json``; an HTML page for everything else."""
    headers = dict(headers or {})
    if request.url.path.startswith("/api"):
        if status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status, headers=headers)
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "page": ""}, status_code=status, headers=headers
    )


def swagger_assets() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def plotly_js_path() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
