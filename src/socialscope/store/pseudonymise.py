"""Pseudonymisation at import: people's identifiers replaced before anything is stored.

With a key (``$SOCIALSCOPE_PSEUDONYMISE_KEY`` names a file kept outside the store, or
``import --pseudonymise-key FILE``), every identifier column becomes
``p:`` + the first 20 hex digits of SHA-256(key bytes ‖ UTF-8 value) — the same person gets
the same pseudonym in every import, so networks still connect, but the store never holds the
raw id. Handles, display names and visitor ids are hashed the same way; ``@handles``, e-mail
addresses and phone numbers inside texts are redacted (``@user``, ``email``, ``phone``), and
e-mail addresses and phone numbers in every other text column; a referrer keeps only its
site, a landing page its site, redacted path and ``utm_`` parameters; the free-form
``attributes`` and ``extra`` JSON and post URLs, which can hold names and addresses, are not
kept. Post, interaction and thread ids are hashed too (Mastodon and Bluesky ids embed the
author's name). Without the key nobody can turn a pseudonym back into a person; with it,
``socialscope pseudonym VALUE`` gives the pseudonym to look someone up.

Implemented as SQL over the incoming rows (DuckDB's ``sha256`` over the key's bytes, so any
key, binary too, hashes as :func:`pseudonym` does), so it is vectorised.
"""

from __future__ import annotations

import duckdb

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
# URLs: a referrer keeps only its site (social referrers' paths name people); a landing page
# keeps site and path (redacted like a text) and, of its query string, only the utm_ parameters.
SITE_ONLY = {"touchpoints": ("referrer",)}
PAGES = {"touchpoints": ("landing_page",)}
DROPPED = ("attributes", "extra", "url")
MENTION = r"@[A-Za-z0-9_.\-]+"
EMAIL = r"[A-Za-z0-9._%+\-]+(@|%40)[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
# three or four digit groups, optionally +country and (area): phone numbers in common layouts
# (dates and times do not match: their groups are too short)
PHONE = r"(\+|\(|\b)\d{1,4}\)?[ .\-]?\(?\d{2,5}\)?[ .\-]?\d{3,5}([ .\-]?\d{2,5})?\b"
_SITE = r"^([A-Za-z][A-Za-z0-9+.\-]*://)([^/?#@]*@)?([^/?#]*)"


def pseudonym_sql(key: bytes, value_sql: str) -> str:
    """SQL for the pseudonym of ``value_sql``: ``p:`` + SHA-256(key bytes ‖ UTF-8 of the value),
    first 20 hex digits. The one definition: imports run it over their rows, and
    :func:`pseudonym` runs it for one value, so a binary key hashes the same in both."""
    return f"CASE WHEN {value_sql} IS NULL THEN NULL ELSE 'p:' || left(sha256(from_hex('{key.hex()}') || encode({value_sql})), 20) END"


def pseudonym(key: bytes, value: str) -> str:
    """The pseudonym an import gives ``value`` under ``key`` (``socialscope pseudonym VALUE``)."""
    with duckdb.connect() as con:
        return con.execute(f"SELECT {pseudonym_sql(key, '$value')}", {"value": value}).fetchall()[0][0]


def redact_text_sql(value_sql: str, *, mentions: bool = True) -> str:
    """SQL for free text with e-mail addresses, phone numbers and (optionally) @handles replaced."""
    out = f"regexp_replace({value_sql}, '{EMAIL}', 'email', 'g')"
    out = f"regexp_replace({out}, '{PHONE}', 'phone', 'g')"
    return f"regexp_replace({out}, '{MENTION}', '@user', 'g')" if mentions else out


def _site_sql(value_sql: str) -> str:
    return f"nullif(regexp_extract({value_sql}, '{_SITE}', 1) || regexp_extract({value_sql}, '{_SITE}', 3), '')"


def _page_sql(value_sql: str) -> str:
    decoded = f"url_decode({value_sql})"
    path = f"regexp_extract({decoded}, '{_SITE}([^?#]*)', 4)"
    utm = f"array_to_string(regexp_extract_all({decoded}, '[?&](utm_[A-Za-z_]+=[^&#]*)', 1), '&')"
    page = f"{_site_sql(decoded)} || {redact_text_sql(path)} || CASE WHEN {utm} <> '' THEN '?' || {redact_text_sql(utm)} ELSE '' END"
    return f"CASE WHEN {value_sql} IS NULL THEN NULL ELSE coalesce({page}, {redact_text_sql(decoded)}) END"


def pseudonymise_sql(table: Table, rows_sql: str, key: bytes) -> str:
    """``rows_sql`` (canonical rows + ``_row``) with identifiers hashed, texts and URLs redacted,
    and every other text column cleared of e-mail addresses and phone numbers."""
    ids = IDENTIFIERS.get(table.name, ())
    texts = TEXTS.get(table.name, ())
    columns = []
    for name in ["_row", *table.column_names, "extra"]:
        q = quote(name)
        column = table.column(name) if name in table.column_names else None
        if name in ids:
            columns.append(f"{pseudonym_sql(key, q)} AS {q}")
        elif name in texts:
            columns.append(f"{redact_text_sql(q)} AS {q}")
        elif name in SITE_ONLY.get(table.name, ()):
            columns.append(f"{_site_sql(q)} AS {q}")
        elif name in PAGES.get(table.name, ()):
            columns.append(f"{_page_sql(q)} AS {q}")
        elif name in DROPPED and (name == "extra" or column is not None):
            columns.append(f"NULL::{'VARCHAR' if name == 'url' else 'JSON'} AS {q}")
        elif column is not None and column.type == "text" and not column.choices:
            columns.append(f"{redact_text_sql(q, mentions=False)} AS {q}")
        else:
            columns.append(q)
    return f"SELECT {', '.join(columns)} FROM ({rows_sql})"
