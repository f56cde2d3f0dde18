"""Request-scoped access to the store: one read-only connection per request."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from socialscope.errors import NotFoundError
from socialscope.store.connection import Store


def read_store(request: Request) -> Iterator[Store]:
    path = request.app.state.db_path
    if not path.exists():
        raise NotFoundError(f"no store at {path}: run 'socialscope demo' or 'socialscope import' first")
    with Store(path, read_only=True) as store:
        yield store


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")
