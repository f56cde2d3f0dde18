"""``socialscope fetch mastodon``: an account's statuses, followers and following from a
Mastodon instance's REST API (https://docs.joinmastodon.org/methods/accounts/).

``GET /api/v1/accounts/lookup?acct=`` finds the account (its counts become a follower
snapshot), then ``/api/v1/accounts/:id/statuses`` (40 per page), ``/followers`` and
``/following`` (80 per page), each paged by the ``Link: <…>; rel="next"`` header. A token
(``--token``) is needed only where the instance requires it. Ids match the archive importer:
accounts ``mastodon:user@host``, posts ``mastodon:<status URI>``. A boost becomes a repost by
the booster (and a share interaction) beside the boosted status; mentions become mention
interactions; a reply whose parent author is mentioned becomes a reply interaction (the REST
API gives the parent's local id, kept in ``extra``, not its URI).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

from socialscope.errors import UsageError
from socialscope.ingest.fetch.http import RateLimitedClient
from socialscope.ingest.fetch.paging import EndpointReport, fetch_pages
from socialscope.ingest.formats.common import html_to_text, rows, timestamps
from socialscope.ingest.records import Part, import_parts
from socialscope.store.connection import Store

# endpoint -> (path under /api/v1/accounts/:id/, page size)
ENDPOINTS = {"posts": ("statuses", 40), "followers": ("followers", 80), "following": ("following", 80)}


def account_key(account: dict[str, Any], host: str) -> str:
    """``mastodon:user@host``: ``acct`` is bare for accounts of the instance asked."""
    acct = str(account.get("acct") or account.get("username"))
    return "mastodon:" + (acct if "@" in acct else f"{acct}@{host}")


def _account_row(account: dict[str, Any], host: str, row: int) -> dict[str, Any]:
    key = account_key(account, host)
    return {"_row": row, "account_id": key, "platform": "mastodon", "handle": key.removeprefix("mastodon:"),
            "display_name": account.get("display_name") or None, "followers_count": account.get("followers_count"),
            "created_at": account.get("created_at"),
            "attributes": {"bio": account["note"], "bot": account.get("bot")} if account.get("note") else None}  # fmt: skip


def statuses_parts(statuses: list[dict[str, Any]], host: str, label: str) -> list[Part]:
    """Canonical rows of a page of REST statuses (see the module doc)."""
    accounts, posts, interactions = [], [], []

    def post_row(status: dict[str, Any], row: int) -> dict[str, Any]:
        return {"_row": row, "post_id": "mastodon:" + str(status["uri"]),
                "account_id": account_key(status["account"], host), "platform": "mastodon",
                "created_at": status.get("created_at"), "text": status.get("content") or "", "url": status.get("url"),
                "likes": status.get("favourites_count"), "shares": status.get("reblogs_count"),
                "comments": status.get("replies_count"),
                "extra": {"id": status.get("id"), "in_reply_to_id": status.get("in_reply_to_id"),
                          "visibility": status.get("visibility"), "language": status.get("language")}}  # fmt: skip

    for row, status in enumerate(statuses, start=1):
        owner = account_key(status["account"], host)
        accounts.append(_account_row(status["account"], host, row))
        boosted = status.get("reblog")
        if boosted:
            accounts.append(_account_row(boosted["account"], host, row))
            posts.append(post_row(boosted, row))
            original = "mastodon:" + str(boosted["uri"])
            posts.append({"_row": row, "post_id": "mastodon:" + str(status["uri"]), "account_id": owner,
                          "platform": "mastodon", "created_at": status.get("created_at"),
                          "repost_of_post_id": original, "text": ""})  # fmt: skip
            interactions.append({"_row": row, "interaction_id": f"{original}#share:{owner}", "actor_account_id": owner,
                                 "kind": "share", "post_id": original,
                                 "target_account_id": account_key(boosted["account"], host),
                                 "created_at": status.get("created_at")})  # fmt: skip
            continue
        post = post_row(status, row)
        posts.append(post)
        mentioned = {str(m.get("id")): account_key(m, host) for m in status.get("mentions") or []}
        for target in mentioned.values():
            interactions.append({"_row": row, "interaction_id": f"{post['post_id']}#mention:{target}",
                                 "actor_account_id": owner, "kind": "mention", "post_id": post["post_id"],
                                 "target_account_id": target, "created_at": status.get("created_at")})  # fmt: skip
        replied = mentioned.get(str(status.get("in_reply_to_account_id")))
        if replied and replied != owner:
            interactions.append({"_row": row, "interaction_id": f"{post['post_id']}#reply",
                                 "actor_account_id": owner, "kind": "reply", "post_id": post["post_id"],
                                 "target_account_id": replied, "created_at": status.get("created_at")})  # fmt: skip
    parts = [Part("accounts", label, rows(accounts).drop_duplicates("account_id", keep="last"))] if accounts else []
    for table, records in (("posts", posts), ("interactions", interactions)):
        if records:
            frame = rows(records)
            frame["created_at"] = timestamps(frame["created_at"])
            if table == "posts":
                frame["text"] = html_to_text(frame["text"])
            parts.append(Part(table, label, frame))
    return parts


def follow_parts(others: list[dict[str, Any]], owner: str, direction: str, host: str, label: str) -> list[Part]:
    """A page of followers (they follow ``owner``) or following (``owner`` follows them)."""
    accounts = [_account_row(a, host, row) for row, a in enumerate(others, start=1)]
    follows = []
    for row, account in enumerate(others, start=1):
        them = account_key(account, host)
        src, dst = (them, owner) if direction == "followers" else (owner, them)
        follows.append({"_row": row, "src_account_id": src, "dst_account_id": dst, "platform": "mastodon"})
    if not others:
        return []
    return [Part("accounts", label, rows(accounts).drop_duplicates("account_id", keep="last")),
            Part("follows", label, rows(follows))]  # fmt: skip


def fetch_mastodon(
    store: Store,
    instance: str,
    handle: str,
    *,
    token: str | None = None,
    client: RateLimitedClient | None = None,
    endpoints: tuple[str, ...] = tuple(ENDPOINTS),
    max_pages: int | None = None,
    on_page: Callable[[EndpointReport], None] | None = None,
) -> list[EndpointReport]:
    """Fetch ``handle`` (``user`` or ``user@host``) from ``instance`` into the store."""
    if not instance.startswith(("http://", "https://")):
        instance = "https://" + instance
    base = instance.rstrip("/")
    host = urlparse(base).netloc
    if not host:
        raise UsageError(f"not an instance URL: {instance}")
    own = client is None
    client = client or RateLimitedClient(headers={"Authorization": f"Bearer {token}"} if token else None)
    try:
        account = client.get(f"{base}/api/v1/accounts/lookup", {"acct": handle.lstrip("@")}).json()
        owner = account_key(account, host)
        label = f"{base}/api/v1/accounts/lookup?acct={handle}"
        today = datetime.now(UTC).date().isoformat()
        snapshot = {"_row": 1, "account_id": owner, "date": today, "followers": account.get("followers_count"),
                    "following": account.get("following_count")}  # fmt: skip
        import_parts(store, label, "mastodon-api",
                     [Part("accounts", label, rows([_account_row(account, host, 1)])),
                      Part("follower_snapshots", label, rows([snapshot]))])  # fmt: skip
        reports = []
        for endpoint in endpoints:
            path, size = ENDPOINTS[endpoint]
            first_url = f"{base}/api/v1/accounts/{account['id']}/{path}?limit={size}"

            def page(cursor: str | None, first_url: str = first_url, endpoint: str = endpoint):
                response = client.get(cursor or first_url)
                items = response.json()
                where = str(response.request.url)
                if endpoint == "posts":
                    parts = statuses_parts(items, host, where)
                else:
                    parts = follow_parts(
                        items, owner, "followers" if endpoint == "followers" else "following", host, where
                    )
                following = response.links.get("next", {}).get("url")
                return parts, following if items and following else None

            reports.append(
                fetch_pages(
                    store,
                    source="mastodon",
                    account=owner,
                    endpoint=endpoint,
                    fetch_page=page,
                    max_pages=max_pages,
                    on_page=on_page,
                )  # fmt: skip
            )
        return reports
    finally:
        if own:
            client.close()
