"""Live connectors against a local server replaying responses shaped like the documented APIs:
pagination, rate-limit headers, a 429, a 5xx, a cut-off mid-run and the resume after it,
and an incremental re-run."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from werkzeug import Request, Response

from socialscope.ingest.fetch import FetchError, RateLimitedClient, fetch_bluesky, fetch_mastodon
from socialscope.ingest.fetch.paging import state_key
from tests.conftest import DATA

BLUESKY = DATA / "formats" / "bluesky"
MASTODON = DATA / "formats" / "mastodon_api"
DID = "did:plc:alice111"  # the subject of the fixture pages


def _json(path: Path):
    return json.loads(path.read_text())


def _client(pauses: list[float] | None = None) -> RateLimitedClient:
    """A client that records its waits instead of sleeping."""
    return RateLimitedClient(sleep=(pauses.append if pauses is not None else lambda s: None), max_retries=3)


class Bluesky:
    """Replays the AppView: getProfile, two feed pages, one followers page (cursor 'abc' leads
    to an empty page), one follows page; counts every request."""

    def __init__(self, httpserver) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.fail_feed: list[int] = []  # statuses to answer the next feed requests with
        feed1, feed2 = _json(BLUESKY / "feed_page1.json"), _json(BLUESKY / "feed_page2.json")
        followers = _json(BLUESKY / "followers_page1.json")
        subject = followers["subject"]
        self.pages = {
            ("app.bsky.feed.getAuthorFeed", None): feed1,
            ("app.bsky.feed.getAuthorFeed", feed1["cursor"]): feed2,
            ("app.bsky.graph.getFollowers", None): followers,
            ("app.bsky.graph.getFollowers", "abc"): {"subject": subject, "followers": []},
            ("app.bsky.graph.getFollows", None): {"subject": subject, "follows": followers["followers"][:1]},
        }
        self.profile = {**subject, "followersCount": 3, "followsCount": 1, "postsCount": 3}
        httpserver.expect_request("/xrpc/app.bsky.actor.getProfile").respond_with_json(self.profile)
        for method in ("app.bsky.feed.getAuthorFeed", "app.bsky.graph.getFollowers", "app.bsky.graph.getFollows"):
            httpserver.expect_request(f"/xrpc/{method}").respond_with_handler(self._handler(method))
        self.url = httpserver.url_for("/")

    def _handler(self, method: str):
        def handle(request: Request) -> Response:
            cursor = request.args.get("cursor")
            self.calls.append((method, dict(request.args)))
            if method.endswith("getAuthorFeed") and self.fail_feed:
                status = self.fail_feed.pop(0)
                headers = {"RateLimit-Remaining": "0", "RateLimit-Reset": str(int(time.time()) + 5)}
                return Response("slow down" if status == 429 else "unavailable", status=status, headers=headers)
            headers = {"RateLimit-Limit": "3000", "RateLimit-Remaining": "2999", "RateLimit-Policy": "3000;w=300"}
            return Response(json.dumps(self.pages[(method, cursor)]), headers=headers, content_type="application/json")

        return handle


@pytest.fixture
def bsky(httpserver):
    return Bluesky(httpserver)


def test_bluesky_fetches_every_page_into_the_canonical_tables(store, bsky) -> None:
    reports = fetch_bluesky(store, "alice.example", service=bsky.url, client=_client())
    assert [r.endpoint for r in reports] == ["posts", "followers", "follows"]
    assert all(r.finished for r in reports)
    assert store.count("posts") == 4  # 3 feed posts + the reposter's repost row
    assert store.scalar("SELECT count(*) FROM follows") == 4  # 3 followers + 1 follow
    assert store.scalar("SELECT followers FROM follower_snapshots WHERE account_id = ?", [f"bluesky:{DID}"]) == 3
    feed_calls = [args for method, args in bsky.calls if method.endswith("getAuthorFeed")]
    assert feed_calls[0].get("cursor") is None and feed_calls[1]["cursor"] == "2024-05-02T08:00:00.000Z"
    assert all(args["limit"] == "100" and args["actor"] == "alice.example" for _, args in bsky.calls)


def test_bluesky_waits_out_a_429_and_retries_a_5xx(store, bsky) -> None:
    bsky.fail_feed = [429, 503]
    pauses: list[float] = []
    fetch_bluesky(store, "alice.example", service=bsky.url, client=_client(pauses), endpoints=("posts",))
    assert store.count("posts") == 4
    assert 3 <= pauses[0] <= 5  # until RateLimit-Reset
    assert pauses[1] > 0  # backoff after the 503


def test_bluesky_resumes_after_a_cut_off_and_is_incremental_on_re_run(store, bsky) -> None:
    first = fetch_bluesky(store, "alice.example", service=bsky.url, client=_client(), endpoints=("posts",), max_pages=1)
    assert not first[0].finished and store.count("posts") == 3
    saved = store.get_meta(state_key("bluesky", f"bluesky:{DID}", "posts"))
    assert saved["cursor"] == "2024-05-02T08:00:00.000Z" and not saved["complete"]

    bsky.calls.clear()
    second = fetch_bluesky(store, "alice.example", service=bsky.url, client=_client(), endpoints=("posts",))
    assert second[0].resumed and second[0].finished
    assert [args.get("cursor") for _, args in bsky.calls if _.endswith("getAuthorFeed")] == ["2024-05-02T08:00:00.000Z"]
    assert store.count("posts") == 4

    bsky.calls.clear()
    third = fetch_bluesky(store, "alice.example", service=bsky.url, client=_client(), endpoints=("posts",))
    assert third[0].pages == 1 and third[0].rows_new.get("posts", 0) == 0  # nothing new: stops at once
    assert store.count("posts") == 4


def test_a_request_that_keeps_failing_stops_with_a_clear_error_and_keeps_what_was_fetched(store, bsky) -> None:
    fetch_bluesky(store, "alice.example", service=bsky.url, client=_client(), endpoints=("posts",), max_pages=1)
    bsky.fail_feed = [503] * 10
    with pytest.raises(FetchError, match="getAuthorFeed"):
        fetch_bluesky(store, "alice.example", service=bsky.url, client=_client(), endpoints=("posts",))
    assert store.count("posts") == 3
    assert store.get_meta(state_key("bluesky", f"bluesky:{DID}", "posts"))["cursor"] == "2024-05-02T08:00:00.000Z"


def test_an_exhausted_rate_limit_window_is_waited_out_before_the_next_request() -> None:
    from socialscope.ingest.fetch.http import _reset_seconds

    now = 1_700_000_000.0
    assert _reset_seconds("1700000030", now) == 30  # Bluesky: Unix seconds
    assert _reset_seconds("2023-11-14T22:14:00.000Z", now) == pytest.approx(40)  # Mastodon: ISO 8601
    assert _reset_seconds("12", now) == 12  # a delta


class Mastodon:
    def __init__(self, httpserver) -> None:
        self.auth: list[str | None] = []
        self.broken_statuses_page2 = False
        base = httpserver.url_for("")
        account = _json(MASTODON / "lookup_alice.json")
        reset = "2030-01-01T00:00:00.000Z"
        limits = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299", "X-RateLimit-Reset": reset}
        httpserver.expect_request("/api/v1/accounts/lookup", query_string="acct=alice").respond_with_json(
            account, headers=limits
        )

        def statuses(request: Request) -> Response:
            self.auth.append(request.headers.get("Authorization"))
            if request.args.get("max_id") == "109":
                if self.broken_statuses_page2:
                    return Response("gateway timeout", status=504)
                return Response((MASTODON / "statuses_page2.json").read_text(), content_type="application/json")
            link = f'<{base}/api/v1/accounts/1001/statuses?limit=40&max_id=109>; rel="next", <{base}/api/v1/accounts/1001/statuses?limit=40&min_id=110>; rel="prev"'
            return Response((MASTODON / "statuses_page1.json").read_text(), headers={**limits, "Link": link},
                            content_type="application/json")  # fmt: skip

        httpserver.expect_request("/api/v1/accounts/lookup", query_string="acct=nobody").respond_with_json(
            {"error": "Record not found"}, status=404
        )
        httpserver.expect_request("/api/v1/accounts/1001/statuses").respond_with_handler(statuses)
        httpserver.expect_request("/api/v1/accounts/1001/followers").respond_with_json(
            _json(MASTODON / "followers_page1.json"), headers=limits
        )
        httpserver.expect_request("/api/v1/accounts/1001/following").respond_with_json(
            _json(MASTODON / "following_page1.json"), headers=limits
        )
        self.url = base


@pytest.fixture
def masto(httpserver):
    return Mastodon(httpserver)


def test_mastodon_maps_statuses_boosts_mentions_and_follows(store, masto) -> None:
    client = RateLimitedClient(headers={"Authorization": "Bearer s3cret"}, sleep=lambda s: None)
    reports = fetch_mastodon(store, masto.url, "alice", client=client)
    assert all(r.finished for r in reports)
    assert set(masto.auth) == {"Bearer s3cret"}
    host = masto.url.split("//")[1].rstrip("/")
    alice = f"mastodon:alice@{host}"
    posts = store.df("SELECT post_id, account_id, text, likes, repost_of_post_id FROM posts ORDER BY post_id")
    assert len(posts) == 4  # 2 own posts, the boost, the boosted remote post
    reply = posts[posts.post_id.str.endswith("/110")].iloc[0]
    assert reply.account_id == alice and reply.text == "@bob thanks for the help & the coffee!" and reply.likes == 3
    boost = posts[posts.repost_of_post_id.notna()].iloc[0]
    assert boost.repost_of_post_id == "mastodon:https://other.example/users/carol/statuses/9001"
    kinds = dict(store.con.execute("SELECT kind, count(*) FROM interactions GROUP BY kind").fetchall())
    assert kinds == {"mention": 1, "reply": 1, "share": 1}
    assert store.scalar("SELECT count(*) FROM follows WHERE dst_account_id = ?", [alice]) == 2
    assert store.scalar("SELECT count(*) FROM follows WHERE src_account_id = ?", [alice]) == 1
    assert store.scalar("SELECT count(*) FROM accounts WHERE account_id = 'mastodon:carol@other.example'") == 1
    assert store.scalar("SELECT followers FROM follower_snapshots WHERE account_id = ?", [alice]) == 120


def test_mastodon_cut_off_by_a_failing_page_resumes_from_the_link_cursor(store, masto) -> None:
    masto.broken_statuses_page2 = True
    with pytest.raises(FetchError, match="504"):
        fetch_mastodon(store, masto.url, "alice", client=_client(), endpoints=("posts",))
    assert store.count("posts") == 3  # page 1 kept
    masto.broken_statuses_page2 = False
    reports = fetch_mastodon(store, masto.url, "alice", client=_client(), endpoints=("posts",))
    assert reports[0].resumed and reports[0].pages == 1 and store.count("posts") == 4


def test_fetch_cli_reports_pages_and_exit_codes(tmp_path, masto) -> None:
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    db = str(tmp_path / "fetched.duckdb")
    result = CliRunner().invoke(app, ["--db", db, "fetch", "mastodon", "--instance", masto.url, "--account", "alice"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output and "posts" in result.output
    missing = CliRunner().invoke(app, ["--db", db, "fetch", "mastodon", "--instance", masto.url, "--account", "nobody"])
    assert missing.exit_code == 1 and "HTTP 404" in missing.output and "Record not found" in missing.output
