"""``socialscope fetch bluesky``: an actor's posts, followers and follows from the public
Bluesky AppView (``https://public.api.bsky.app``, no login needed).

XRPC endpoints (https://docs.bsky.app/docs/api): ``app.bsky.actor.getProfile`` (follower
counts, stored as a follower snapshot), ``app.bsky.feed.getAuthorFeed`` (posts, replies and
reposts, with like/repost/reply counts), ``app.bsky.graph.getFollowers`` and
``app.bsky.graph.getFollows``, each paged by ``cursor`` (100 per page). Pages map to the
canonical tables exactly as saved pages do (:mod:`socialscope.ingest.formats.bluesky`).
Individual likes are not fetched: ``getActorLikes`` answers only for the logged-in actor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from socialscope.ingest.fetch.http import RateLimitedClient
from socialscope.ingest.fetch.paging import EndpointReport, fetch_pages
from socialscope.ingest.formats.bluesky import parse_page
from socialscope.ingest.formats.common import rows
from socialscope.ingest.records import Part, import_parts
from socialscope.store.connection import Store

PUBLIC_APPVIEW = "https://public.api.bsky.app"
# endpoint -> (XRPC method, the list each page holds)
ENDPOINTS = {
    "posts": ("app.bsky.feed.getAuthorFeed", "feed"),
    "followers": ("app.bsky.graph.getFollowers", "followers"),
    "follows": ("app.bsky.graph.getFollows", "follows"),
}


def fetch_bluesky(
    store: Store,
    actor: str,
    *,
    service: str = PUBLIC_APPVIEW,
    client: RateLimitedClient | None = None,
    endpoints: tuple[str, ...] = tuple(ENDPOINTS),
    max_pages: int | None = None,
    on_page: Callable[[EndpointReport], None] | None = None,
) -> list[EndpointReport]:
    """Fetch ``actor`` (a handle such as ``alice.bsky.social`` or a DID) into the store."""
    base = service.rstrip("/") + "/xrpc/"
    own = client is None
    client = client or RateLimitedClient()
    try:
        profile = client.get(base + "app.bsky.actor.getProfile", {"actor": actor}).json()
        _store_profile(store, profile, f"{service} getProfile {actor}")
        reports = []
        for endpoint in endpoints:
            method, listed = ENDPOINTS[endpoint]

            def page(cursor: str | None, method: str = method, listed: str = listed) -> tuple[list[Part], str | None]:
                params = {"actor": actor, "limit": 100, **({"cursor": cursor} if cursor else {})}
                data = client.get(base + method, params).json()
                items = data.get(listed)
                parts = parse_page(data, f"{service}/xrpc/{method}?actor={actor}") if items else []
                return parts, (data.get("cursor") or None) if items else None

            reports.append(
                fetch_pages(
                    store,
                    source="bluesky",
                    account="bluesky:" + str(profile["did"]),
                    endpoint=endpoint,
                    fetch_page=page,
                    max_pages=max_pages,
                    on_page=on_page,
                )
            )
        return reports
    finally:
        if own:
            client.close()


def _store_profile(store: Store, profile: dict[str, Any], label: str) -> None:
    """The actor's account row and today's follower snapshot (growth across fetches)."""
    account_id = "bluesky:" + str(profile["did"])
    account = {"_row": 1, "account_id": account_id, "platform": "bluesky", "handle": profile.get("handle"),
               "display_name": profile.get("displayName") or None, "followers_count": profile.get("followersCount"),
               "attributes": {"bio": profile["description"]} if profile.get("description") else None}  # fmt: skip
    today = datetime.now(UTC).date().isoformat()
    snapshot = {"_row": 1, "account_id": account_id, "date": today, "followers": profile.get("followersCount"),
                "following": profile.get("followsCount")}  # fmt: skip
    parts = [Part("accounts", label, rows([account])), Part("follower_snapshots", label, rows([snapshot]))]
    import_parts(store, label, "bluesky-api", parts)
