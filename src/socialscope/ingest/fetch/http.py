"""An HTTP client for platform APIs that honours their rate limits and rides out failures.

- Before a request, when the last response said no requests remain in the window
  (``RateLimit-Remaining`` / ``X-RateLimit-Remaining`` = 0), wait until the window resets
  (``RateLimit-Reset`` / ``X-RateLimit-Reset``: Unix seconds as Bluesky sends, or an ISO 8601
  time as Mastodon sends).
- 429 Too Many Requests: wait for ``Retry-After`` or the reset time, then retry.
- 5xx and network errors: retry with exponential backoff (1, 2, 4 … s, capped at 60 s).
- Anything else that is not 2xx stops with a :class:`FetchError` naming the URL and status.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from socialscope.errors import SocialscopeError

MAX_WAIT_SECONDS = 900.0


class FetchError(SocialscopeError):
    """A platform API refused a request or kept failing; what was fetched so far is kept."""


def _reset_seconds(value: str | None, now: float) -> float | None:
    """Seconds until a rate-limit window resets, from a Unix time or an ISO 8601 time."""
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return max(0.0, moment.timestamp() - now)
    # Unix time (seconds); small numbers are a delta, as in the IETF RateLimit draft
    return max(0.0, number - now) if number > 1e9 else max(0.0, number)


class RateLimitedClient:
    """``get`` with rate-limit waits and retries. ``sleep`` and ``clock`` are injectable so
    tests do not wait."""

    def __init__(
        self,
        *,
        headers: dict[str, str] | None = None,
        max_retries: int = 5,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._client = httpx.Client(headers=headers or {}, timeout=timeout, transport=transport)
        self.max_retries = max_retries
        self.sleep = sleep
        self.clock = clock
        self._wait_until: float | None = None
        self.waited: list[float] = []  # every pause taken, for the caller's report

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RateLimitedClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pause(self, seconds: float) -> None:
        seconds = min(max(seconds, 0.0), MAX_WAIT_SECONDS)
        if seconds > 0:
            self.waited.append(seconds)
            self.sleep(seconds)

    def _note_limits(self, response: httpx.Response) -> None:
        headers = response.headers
        remaining = headers.get("ratelimit-remaining") or headers.get("x-ratelimit-remaining")
        reset = headers.get("ratelimit-reset") or headers.get("x-ratelimit-reset")
        self._wait_until = None
        if remaining is not None and remaining.strip().isdigit() and int(remaining) == 0:
            delay = _reset_seconds(reset, self.clock())
            if delay:
                self._wait_until = self.clock() + delay

    def get(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        """GET ``url``; returns the 2xx response or raises :class:`FetchError`."""
        for attempt in range(self.max_retries + 1):
            if self._wait_until is not None:
                self._pause(self._wait_until - self.clock())
                self._wait_until = None
            try:
                response = self._client.get(url, params=params)
            except httpx.TransportError as exc:
                if attempt == self.max_retries:
                    raise FetchError(f"{url}: {exc}") from exc
                self._pause(min(2.0**attempt, 60.0))
                continue
            self._note_limits(response)
            if response.status_code == 429:
                retry_after = response.headers.get("retry-after")
                delay = float(retry_after) if retry_after and retry_after.strip().isdigit() else None
                if delay is None:
                    delay = _reset_seconds(
                        response.headers.get("ratelimit-reset") or response.headers.get("x-ratelimit-reset"),
                        self.clock(),
                    )
                self._wait_until = None
                if attempt == self.max_retries:
                    break
                self._pause(delay if delay is not None else min(2.0**attempt, 60.0))
                continue
            if response.status_code >= 500:
                if attempt == self.max_retries:
                    break
                self._pause(min(2.0**attempt, 60.0))
                continue
            if response.status_code >= 400:
                raise FetchError(f"{response.request.url}: HTTP {response.status_code}: {response.text[:200]}")
            return response
        raise FetchError(f"{url}: still failing after {self.max_retries + 1} attempts (HTTP {response.status_code})")
