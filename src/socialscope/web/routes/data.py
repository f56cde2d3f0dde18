"""Data: tables and row counts, import history, analysis runs, and the last import errors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, Response

from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.deps import api_json, read_store
from socialscope.web.templating import templates

router = APIRouter()


@cached_by_store
def data_status(store: Store) -> dict[str, Any]:
    from socialscope.report.status import store_status

    return store_status(store, imports=50)


def refused_imports_at(path: Any) -> list[dict[str, Any]]:
    """Read fresh on every request: the log lives beside the store, not in it."""
    from socialscope.store.error_log import read_import_errors

    return read_import_errors(path)


@router.get("/api/data", tags=["data"], summary="Tables, row counts, imports, runs and errors")
def data_api(request: Request) -> Response:
    errors = refused_imports_at(request.app.state.db_path)
    db = str(request.app.state.db_path)  # not the snapshot the page was read from
    return api_json(request, "data", lambda s: {**data_status(s), "db": db, "errors": errors}, errors=len(errors))


@router.get("/data", include_in_schema=False)
def data_page(request: Request, store: Store = Depends(read_store)) -> Any:
    return templates.TemplateResponse(
        request,
        "data.html",
        {"page": "data", "data": {**data_status(store), "db": str(request.app.state.db_path),
                                  "errors": refused_imports_at(request.app.state.db_path)}},
    )  # fmt: skip
