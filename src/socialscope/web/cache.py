"""Page data cached per store version: a page is computed once per change of the store file.

The version is the store file's (and its write-ahead log's) modification time and size, so
an import or analysis by another process invalidates every cached page at once.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
MAX_ENTRIES = 256
_entries: OrderedDict[tuple, Any] = OrderedDict()
_lock = threading.Lock()


def store_version(path: Path) -> tuple:
    parts = []
    for file in (path, path.with_name(path.name + ".wal")):
        try:
            stat = file.stat()
            parts.append((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            parts.append(None)
    return tuple(parts)


def cached_by_store(function: F) -> F:
    """Memoise ``function(store, *args, **kwargs)`` per (store file, version, arguments)."""

    @functools.wraps(function)
    def wrapper(store: Any, *args: Any, **kwargs: Any) -> Any:
        version = getattr(store, "version", None) or store_version(store.path)
        key = (function.__qualname__, str(store.path), version, args, tuple(sorted(kwargs.items())))
        with _lock:
            if key in _entries:
                _entries.move_to_end(key)
                return _entries[key]
        value = function(store, *args, **kwargs)
        with _lock:
            _entries[key] = value
            while len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
        return value

    return wrapper  # type: ignore[return-value]


def get_cached(key: tuple) -> Any:
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            return _entries[key]
    return None


def put_cached(key: tuple, value: Any) -> None:
    with _lock:
        _entries[key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)


def clear() -> None:
    with _lock:
        _entries.clear()
