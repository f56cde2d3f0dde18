"""API tokens for ``socialscope serve``: created by an admin, stored only as a SHA-256 hash.

A token is ``sst_<id>_<secret>`` with 32 random bytes of secret (``secrets.token_urlsafe``),
so a fast hash is enough: there is nothing to brute-force. Roles, weakest first:
``viewer`` (aggregates), ``analyst`` (person-level data: profiles, key-person risk,
message-derived ties), ``admin`` (everything, including tokens, the data page and the audit log).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime
from typing import Any

from socialscope.errors import UsageError
from socialscope.store.connection import Store

ROLES = ("viewer", "analyst", "admin")


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


def verify_token(store: Store, token: str) -> tuple[str, str] | None:
    """(token id, role) for a valid, unrevoked token; None otherwise."""
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != "sst" or not store.has_table("api_tokens"):
        return None
    row = store.con.execute(
        "SELECT role, secret_sha256 FROM api_tokens WHERE token_id = ? AND revoked_at IS NULL", [parts[1]]
    ).fetchall()
    if not row or not hmac.compare_digest(row[0][1], _digest(parts[2])):
        return None
    return parts[1], row[0][0]
