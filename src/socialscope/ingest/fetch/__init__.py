"""Live connectors: fetch from platform APIs into the store, rate-limit aware, resumable and
incremental (:mod:`socialscope.ingest.fetch.paging`)."""

from socialscope.ingest.fetch.bluesky import fetch_bluesky
from socialscope.ingest.fetch.http import FetchError, RateLimitedClient
from socialscope.ingest.fetch.mastodon import fetch_mastodon
from socialscope.ingest.fetch.paging import EndpointReport

__all__ = ["EndpointReport", "FetchError", "RateLimitedClient", "fetch_bluesky", "fetch_mastodon"]
