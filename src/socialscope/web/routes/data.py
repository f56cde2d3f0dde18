"""Data: tables and row counts, import history, analysis runs, and the last import errors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.deps import read_store
from socialscope.web.frames import clean
from socialscope.web.templating import templates

router = APIRouter()


@cached_by_store
def data_status(store: Store) -> dict[str, Any]:
    from socialscope.report.status import store_status

    return store_status(store, imports=50)


def refused_imports(store: Store) -> list[dict[str, Any]]:
    """Read fresh on every request: the log lives beside the store, not in it."""
    from socialscope.store.error_log import read_import_errors

    return read_import_errors(store.path)


@router.get("/api/data", tags=["data"], summary="Tables, row counts, imports, runs and errors")
def data_api(store: Store = Depends(read_store)) -> dict[str, Any]:
    return {"ok": True, **clean(data_status(store)), "errors": refused_imports(store)}


@router.get("/data", include_in_schema=False)
def data_page(request: Request, store: Store = Depends(read_store)) -> Any:
    return templates.TemplateResponse(
        request, "data.html", {"page": "data", "data": {**data_status(store), "errors": refused_imports(store)}}
    )
