"""Request-scoped access to the store: one read-only connection per request."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import Request, Response

from socialscope.errors import NotFoundError, StoreBusyError
from socialscope.store.connection import Store

BUSY_RETRIES, BUSY_WAIT_SECONDS = 20, 0.1


def read_store(request: Request) -> Iterator[Store]:
    """A read-only connection for this request (see :func:`open_read_store`)."""
    with open_read_store(request.app.state.db_path) as store:
        yield store


@contextmanager
def open_read_store(path: Path) -> Iterator[Store]:
    """A read-only connection. While an import or analysis holds the store for writing, wait
    up to two seconds, then raise :class:`StoreBusyError` (the API answers 503), never a half view."""
    if not path.exists():
        raise NotFoundError(f"no store at {path}: run 'socialscope demo' or 'socialscope import' first")
    for attempt in range(BUSY_RETRIES):
        try:
            store = Store(path, read_only=True)
            break
        except StoreBusyError:
            if attempt == BUSY_RETRIES - 1:
                raise
            time.sleep(BUSY_WAIT_SECONDS)
    try:
        yield store
    finally:
        store.close()


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def api_json(request: Request, name: str, build: Callable[[Store], dict[str, Any]], **params: Any) -> Response:
    """The JSON twin of a page, encoded once per store version and parameters: a repeated
    request is answered from memory without opening the store."""
    import json

    from socialscope.web.cache import get_cached, put_cached, store_version
    from socialscope.web.frames import clean

    path = request.app.state.db_path
    key = ("api", name, str(path), store_version(path), tuple(sorted(params.items())))
    body = get_cached(key)
    if body is None:
        with open_read_store(path) as store:
            payload = {"ok": True, **clean(build(store))}
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode()
        put_cached(key, body)
    return Response(body, media_type="application/json")
