"""Who may see what: API tokens and roles, and the audit log of person-level lookups.

Authentication is on when ``serve --auth`` is given (required when binding beyond localhost).
A token comes as ``Authorization: Bearer <token>`` or, for the browser, in the HttpOnly,
SameSite=Strict cookie the login form sets. Every route declares its minimum role in
:data:`ROUTE_ROLES`; a test walks every route of the app so none ships unprotected.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict, deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request

from socialscope.store.connection import reading_path
from socialscope.store.tokens import ROLES, TOKEN_SHAPE, active_tokens, match_token
from socialscope.web.cache import store_version
from socialscope.web.deps import open_read_store

COOKIE = "socialscope_token"
PUBLIC = "public"
# path prefix → minimum role (the longest matching prefix wins)
ROUTE_ROLES = {
    "/": "viewer",
    "/api/overview": "viewer",
    "/campaigns": "viewer",
    "/api/campaigns": "viewer",
    "/attribution": "viewer",
    "/api/attribution": "viewer",
    "/content": "analyst",
    "/api/content": "analyst",
    "/network": "analyst",
    "/api/network": "analyst",
    "/people": "analyst",
    "/api/people": "analyst",
    "/data": "admin",
    "/api/data": "admin",
    "/api/audit": "admin",
    "/login": PUBLIC,
    "/logout": PUBLIC,
    "/docs": PUBLIC,
    "/openapi.json": PUBLIC,
    "/vendor": PUBLIC,
    "/static": PUBLIC,
    "/favicon.ico": PUBLIC,
}
# Every route whose response names people (search, top lists, profiles, the network, authors).
PERSON_LEVEL = ("/people", "/api/people", "/network", "/api/network", "/content", "/api/content")
# Failed token attempts: more than MAX_FAILURES from one address within FAILURE_WINDOW seconds
# and that address gets 429 until the window has passed; at most MAX_CLIENTS addresses are
# remembered (the oldest forgotten first), so the table cannot grow without bound.
MAX_FAILURES, FAILURE_WINDOW, MAX_CLIENTS = 20, 60.0, 4096
_failures: OrderedDict[str, deque[float]] = OrderedDict()
# The active tokens of each store, with the snapshot version they were read from.
_tokens: dict[Path, tuple[tuple, dict[str, tuple[str, str]]]] = {}
_lock = threading.Lock()


def required_role(path: str) -> str:
    best = max((p for p in ROUTE_ROLES if path == p or path.startswith(p.rstrip("/") + "/") or p == "/"),
               key=len)  # fmt: skip
    if best == "/" and path != "/":
        return "admin"  # anything not listed is for admins only
    return ROUTE_ROLES[best]


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.cookies.get(COOKIE)


def identify(request: Request, token: str) -> tuple[str, str] | None:
    """(token id, role), or None. Cheap whatever is sent: a token not shaped like ours is
    refused before anything else, and real ones are checked against the active tokens held in
    memory (re-read only when a writer publishes a new snapshot, so a revocation takes effect
    at once). An address sending too many bad tokens gets 429 for a while."""
    client = request.client.host if request.client else "unknown"
    _refuse_if_throttled(client)
    who = match_token(_active_tokens(request.app.state.db_path), token) if TOKEN_SHAPE.fullmatch(token) else None
    if who is None:
        _record_failure(client)
    return who


def _active_tokens(db_path: Path) -> dict[str, tuple[str, str]]:
    version = store_version(reading_path(db_path))
    with _lock:
        held = _tokens.get(db_path)
    if held is not None and held[0] == version:
        return held[1]
    with open_read_store(db_path) as store:
        table = active_tokens(store)
        version = store.version or version
    with _lock:
        _tokens[db_path] = (version, table)
    return table


def _refuse_if_throttled(client: str) -> None:
    now = time.monotonic()
    with _lock:
        times = _failures.get(client)
        while times and now - times[0] > FAILURE_WINDOW:
            times.popleft()
        if times is None or len(times) < MAX_FAILURES:
            return
        wait = int(FAILURE_WINDOW - (now - times[0])) + 1
    raise HTTPException(429, f"too many bad tokens from {client}: try again in {wait} s", {"Retry-After": str(wait)})


def _record_failure(client: str) -> None:
    with _lock:
        times = _failures.pop(client, None) or deque(maxlen=MAX_FAILURES)
        times.append(time.monotonic())
        _failures[client] = times  # most recent last
        while len(_failures) > MAX_CLIENTS:
            _failures.popitem(last=False)


def authorize(request: Request) -> None:
    """Raise 401/403 unless the request may see its path; record person-level lookups."""
    if not request.app.state.auth:
        request.state.who = ("local", "admin")
        if request.url.path.startswith(PERSON_LEVEL):
            audit(request, request.state.who)
        return
    needed = required_role(request.url.path)
    if needed == PUBLIC:
        return
    token = _token(request)
    who = identify(request, token) if token else None
    if who is None:
        raise HTTPException(401, "authentication required: send 'Authorization: Bearer <token>' or log in at /login")
    if ROLES.index(who[1]) < ROLES.index(needed):
        raise HTTPException(403, f"this needs the {needed} role; your token has {who[1]}")
    request.state.who = who
    if request.url.path.startswith(PERSON_LEVEL):
        audit(request, who)


def audit_log_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".audit.jsonl")


def audit(request: Request, who: tuple[str, str]) -> None:
    """Append who looked at which person-level page, and when (beside the store, never in it:
    the web layer does not write to the store)."""
    entry = {"at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "token_id": who[0], "role": who[1],
             "path": request.url.path, "query": request.url.query or None}  # fmt: skip
    with _lock, audit_log_path(request.app.state.db_path).open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def read_audit(db_path: Path, *, limit: int = 200) -> list[dict[str, Any]]:
    path = audit_log_path(db_path)
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()[-limit:]
    out = []
    for line in reversed(lines):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out
