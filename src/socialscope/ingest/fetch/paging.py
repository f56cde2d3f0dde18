"""Resumable, incremental paging into the store.

Each endpoint's position is kept in ``workspace_meta`` under ``fetch:<source>:<account>:<endpoint>``
and saved in the same transaction as the page's rows, so a run cut off at any moment resumes
after the last page it stored, never skipping or repeating one. An endpoint that once reached
its last page is *complete*: a later run starts again from the newest page and stops at the
first page that adds nothing new (incremental); imports merge by natural key, so a page seen
twice adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from socialscope.ingest.records import Part, import_parts
from socialscope.store.connection import Store

# fetch_page(cursor) -> (parts, next cursor or None at the end)
PageFetcher = Callable[[str | None], tuple[list[Part], str | None]]


@dataclass
class EndpointReport:
    endpoint: str
    pages: int = 0
    rows_new: dict[str, int] = field(default_factory=dict)
    finished: bool = False  # reached the last page, or (incremental) a page with nothing new
    resumed: bool = False


def state_key(source: str, account: str, endpoint: str) -> str:
    return f"fetch:{source}:{account}:{endpoint}"


def fetch_pages(
    store: Store,
    *,
    source: str,
    account: str,
    endpoint: str,
    fetch_page: PageFetcher,
    max_pages: int | None = None,
    on_page: Callable[[EndpointReport], None] | None = None,
) -> EndpointReport:
    """Fetch ``endpoint`` page by page into the store (see the module doc)."""
    key = state_key(source, account, endpoint)
    state: dict[str, Any] = store.get_meta(key) or {}
    incremental = bool(state.get("complete"))
    cursor = None if incremental else state.get("cursor")
    report = EndpointReport(endpoint, resumed=cursor is not None)
    while max_pages is None or report.pages < max_pages:
        parts, next_cursor = fetch_page(cursor)
        done = next_cursor is None
        saved = {
            # an incremental run keeps the endpoint complete; its own position matters only
            # until it meets known rows, and a cut-off re-run simply starts at the top again
            "cursor": None if incremental else next_cursor,
            "complete": incremental or done,
            "updated": datetime.now(UTC).isoformat(),
        }

        def save(tx: Any, saved: dict[str, Any] = saved) -> None:
            tx.execute("INSERT OR REPLACE INTO workspace_meta VALUES (?, ?)", [key, json.dumps(saved)])

        reports = import_parts(store, f"{source}:{endpoint}:{account}", f"{source}-api", parts, also=save)
        if not parts:
            store.set_meta(key, saved)
        new = {r.table: sum(f.rows_new for f in r.files) for r in reports}
        for table, count in new.items():
            report.rows_new[table] = report.rows_new.get(table, 0) + count
        report.pages += 1
        if on_page:
            on_page(report)
        content_new = sum(v for t, v in new.items() if t in ("posts", "follows", "interactions"))
        if done or (incremental and content_new == 0):
            report.finished = True
            break
        cursor = next_cursor
    return report
