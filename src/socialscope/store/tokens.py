"""API tokens for ``socialscope serve``: created by an admin, stored only as a SHA-256 hash.

A token is ``sst_<id>_<secret>`` with 32 random bytes of secret (``secrets.token_urlsafe``),
so a fast hash is enough: there is nothing to brute-force. Roles, weakest first:
``viewer`` (aggregates), ``analyst`` (person-level data: profiles, key-person risk,
message-derived ties), ``admin`` (everything, including tokens, the data page and the audit log).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime
from typing import Any

from socialscope.errors import UsageError
from socialscope.names import ROLES
from socialscope.store.connection import Store


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(store: Store, role: str, name: str = "") -> str:
    """A new token (shown once; only its hash is kept)."""
    if role not in ROLES:
        raise UsageError(f"role must be one of: {', '.join(ROLES)}")
    token_id = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    store.con.execute(
        "INSERT INTO api_tokens VALUES (?, ?, ?, ?, ?, NULL)",
        [token_id, name or None, role, _digest(secret), datetime.now(UTC).replace(tzinfo=None)],
    )
    return f"sst_{token_id}_{secret}"


def list_tokens(store: Store) -> list[dict[str, Any]]:
    rows = store.con.execute(
        "SELECT token_id, name, role, created_at, revoked_at FROM api_tokens ORDER BY created_at"
    ).fetchall()
    return [dict(zip(("token_id", "name", "role", "created_at", "revoked_at"), r, strict=True)) for r in rows]


def revoke_token(store: Store, token_id: str) -> None:
    found = store.scalar("SELECT count(*) FROM api_tokens WHERE token_id = ? AND revoked_at IS NULL", [token_id])
    if not found:
        raise UsageError(f"no active token with id {token_id!r}")
    store.con.execute(
        "UPDATE api_tokens SET revoked_at = ? WHERE token_id = ?", [datetime.now(UTC).replace(tzinfo=None), token_id]
    )


# What create_token makes: "sst_", 8 hex digits, "_", 43 URL-safe characters.
TOKEN_SHAPE = re.compile(r"sst_[0-9a-f]{8}_[A-Za-z0-9_-]{43}")


def active_tokens(store: Store) -> dict[str, tuple[str, str]]:
    """token id -> (role, SHA-256 of the secret) of every unrevoked token (a small table, so a
    server keeps it in memory and checks tokens without opening the store)."""
    if not store.has_table("api_tokens"):
        return {}
    rows = store.con.execute("SELECT token_id, role, secret_sha256 FROM api_tokens WHERE revoked_at IS NULL").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def match_token(active: dict[str, tuple[str, str]], token: str) -> tuple[str, str] | None:
    """(token id, role) when ``token`` has the shape of ours and matches an active token."""
    if not TOKEN_SHAPE.fullmatch(token):
        return None
    _, token_id, secret = token.split("_", 2)
    row = active.get(token_id)
    if row is None or not hmac.compare_digest(row[1], _digest(secret)):
        return None
    return token_id, row[0]
