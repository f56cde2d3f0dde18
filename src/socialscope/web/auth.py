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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request

from socialscope.store.tokens import ROLES, verify_token
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
PERSON_LEVEL = ("/people/", "/api/people/", "/network", "/api/network", "/content", "/api/content")
_TTL_SECONDS = 30.0
_verified: dict[str, tuple[float, tuple[str, str] | None]] = {}
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
    """(token id, role), remembered for 30 s so cached pages stay fast; revocation takes effect
    within that time."""
    now = time.monotonic()
    with _lock:
        hit = _verified.get(token)
        if hit and now - hit[0] < _TTL_SECONDS:
            return hit[1]
    with open_read_store(request.app.state.db_path) as store:
        who = verify_token(store, token)
    with _lock:
        _verified[token] = (now, who)
    return who


def authorize(request: Request) -> None:
    """Raise 401/403 unless the request may see its path; record person-level lookups."""
    if not request.app.state.auth:
        request.state.who = ("local", "admin")
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
