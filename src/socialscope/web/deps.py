"""Request-scoped access to the store: one read-only connection per request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import Request, Response

from socialscope.errors import NotFoundError
from socialscope.store.connection import Store, reading_path


def read_store(request: Request) -> Iterator[Store]:
    """A read-only connection for this request (see :func:`open_read_store`)."""
    with open_read_store(request.app.state.db_path) as store:
        yield store


@contextmanager
def open_read_store(path: Path) -> Iterator[Store]:
    """A read-only connection to the published snapshot of the store (see :class:`Store`):
    writers never wait for the dashboard, and the dashboard never waits for them."""
    from socialscope.web.cache import store_version

    if not path.exists():
        raise NotFoundError(f"no store at {path}: run 'socialscope demo' or 'socialscope import' first")
    while True:  # the version cached pages are keyed by must be that of the file actually opened
        source = reading_path(path)
        version = store_version(source)
        store = Store(source, read_only=True, private=True)
        if store_version(source) == version:
            break
        store.close()  # a writer published a new snapshot meanwhile: open that one
    store.version = version
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
    key = ("api", name, str(path), store_version(reading_path(path)), tuple(sorted(params.items())))
    body = get_cached(key)
    if body is None:
        with open_read_store(path) as store:
            payload = {"ok": True, **clean(build(store))}
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode()
        put_cached(key, body)
    return Response(body, media_type="application/json")
