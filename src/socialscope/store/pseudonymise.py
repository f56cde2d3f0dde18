"""Pseudonymisation at import: people's identifiers replaced before anything is stored.

With a key (``$SOCIALSCOPE_PSEUDONYMISE_KEY`` names a file kept outside the store, or
``import --pseudonymise-key FILE``), every identifier column becomes
``p:`` + the first 20 hex digits of SHA-256(key ‖ value) — the same person gets the same
pseudonym in every import, so networks still connect, but the store never holds the raw id.
Handles, display names and visitor ids are hashed the same way; ``@handles`` and e-mail
addresses inside texts are redacted (``@user``, ``email``); the free-form ``attributes`` and
``extra`` JSON and post URLs, which can hold names and addresses, are not kept. Post,
interaction and thread ids are hashed too (Mastodon and Bluesky ids embed the author's name). Without the key nobody can
turn a pseudonym back into a person; with it, ``socialscope pseudonym VALUE`` gives the
pseudonym to look someone up.

Implemented as SQL over the incoming rows (DuckDB's ``sha256``), so it is vectorised.
"""

from __future__ import annotations

import hashlib

from socialscope.store.loader import quote
from socialscope.store.schema import Table

IDENTIFIERS = {
    "accounts": ("account_id", "handle", "display_name"),
    "follows": ("src_account_id", "dst_account_id"),
    "follower_snapshots": ("account_id",),
    # post and interaction ids too: Mastodon and Bluesky ids embed the author's name
    "posts": ("post_id", "account_id", "reply_to_post_id", "repost_of_post_id"),
    "interactions": ("interaction_id", "actor_account_id", "target_account_id", "post_id", "channel"),
    "touchpoints": ("visitor_id",),
    "conversions": ("visitor_id",),
}
TEXTS = {"posts": ("text",), "interactions": ("text",)}
DROPPED = ("attributes", "extra", "url")
MENTION = r"@[A-Za-z0-9_.\-]+"
EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"


def pseudonym(key: bytes, value: str) -> str:
    return "p:" + hashlib.sha256(key + value.encode()).hexdigest()[:20]


def pseudonymise_sql(table: Table, rows_sql: str, key: bytes) -> str:
    """``rows_sql`` (canonical rows + ``_row``) with identifiers hashed and texts redacted."""
    literal = "'" + key.decode("latin-1").replace("'", "''") + "'"
    ids = IDENTIFIERS.get(table.name, ())
    texts = TEXTS.get(table.name, ())
    columns = []
    for name in ["_row", *table.column_names, "extra"]:
        q = quote(name)
        if name in ids:
            columns.append(
                f"CASE WHEN {q} IS NULL THEN NULL ELSE 'p:' || left(sha256({literal} || {q}), 20) END AS {q}"
            )
        elif name in texts:
            columns.append(
                f"regexp_replace(regexp_replace({q}, '{EMAIL}', 'email', 'g'), '{MENTION}', '@user', 'g') AS {q}"
            )
        elif name in DROPPED and (name == "extra" or name in table.column_names):
            columns.append(f"NULL::{'VARCHAR' if name == 'url' else 'JSON'} AS {q}")
        else:
            columns.append(q)
    return f"SELECT {', '.join(columns)} FROM ({rows_sql})"
