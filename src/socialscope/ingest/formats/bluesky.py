"""Bluesky: JSON pages saved from the public AppView API — ``app.bsky.feed.getAuthorFeed``
(``{"feed": [{"post": …, "reason": …}], "cursor": …}``), ``app.bsky.graph.getFollowers`` and
``getFollows`` (``{"subject": …, "followers"|"follows": [...]}``) — one file or a folder of
pages (paginated downloads).

Accounts are ``bluesky:<did>`` (handles change, DIDs do not); posts ``bluesky:<at:// uri>``.
Reposts (``reason`` = ``reasonRepost``) become a repost by the reposter plus a share
interaction; replies keep their parent; mention facets become mentions; counts
(likes, reposts, replies) come from the post view. Pages saved with the atproto Python SDK
(``model_dump``: snake_case names, ``py_type``) read the same as the API's JSON.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import expect, field, load_json, read_text_file, rows, timestamps
from socialscope.ingest.records import Part

MENTION = "app.bsky.richtext.facet#mention"
REPOST = "app.bsky.feed.defs#reasonRepost"


def _pages(path: Path) -> list[Path]:
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def _kind(data: object) -> str | None:
    if isinstance(data, dict):
        if isinstance(data.get("feed"), list):
            return "feed"
        if "subject" in data and ("followers" in data or "follows" in data):
            return "graph"
    return None


def detect(path: Path) -> bool:
    pages = _pages(path) if path.exists() else []
    if not pages:
        return False
    try:
        data = json.loads(pages[0].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if _kind(data) == "feed":
        return bool(data["feed"]) and str(data["feed"][0].get("post", {}).get("uri", "")).startswith("at://")
    return _kind(data) == "graph" and str(data["subject"].get("did", "")).startswith("did:")


def _account(profile: dict, label: str, row: int) -> dict:
    return {"_row": row, "account_id": "bluesky:" + field(profile, "did", label, row), "platform": "bluesky",
            "handle": profile.get("handle"), "display_name": profile.get("displayName") or None,
            "attributes": {"bio": profile.get("description")} if profile.get("description") else None}  # fmt: skip


def parse(path: str) -> list[Part]:
    parts: list[Part] = []
    for page in _pages(Path(path)):
        label = str(page)
        parts += parse_page(load_json(read_text_file(page), label), label)
    return parts


_SNAKE = re.compile(r"_([a-z0-9])")


def _from_python_sdk(value: object) -> object:
    """A page saved with the atproto Python SDK (``response.model_dump()``) names the API's
    fields in snake_case (``display_name``, ``created_at``, ``like_count``, ``byte_start``) and
    ``$type`` as ``py_type``: back to the API's own names, so both read the same."""
    if isinstance(value, dict):
        return {("$type" if k == "py_type" else _SNAKE.sub(lambda m: m.group(1).upper(), k)): _from_python_sdk(v)
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_from_python_sdk(v) for v in value]
    return value


def _is_python_sdk(data: object) -> bool:
    if not isinstance(data, dict):
        return False
    first = next(iter(data.get("feed") or data.get("followers") or data.get("follows") or [None]), None)
    return "py_type" in data or (isinstance(first, dict) and "py_type" in first)


def parse_page(data: object, label: str) -> list[Part]:
    """The canonical rows of one API page (a saved file, or a live response in ``fetch``)."""
    parts: list[Part] = []
    if _is_python_sdk(data):
        data = _from_python_sdk(data)
    kind = _kind(data)
    if kind is None:
        raise InputError(Problem(label, 1, None, "expected a getAuthorFeed or getFollowers/getFollows page"))
    accounts, posts, interactions, follows = [], [], [], []
    if kind == "feed":
        for index, item in enumerate(data["feed"], start=1):
            post = expect(field(item, "post", label, index), dict, label, "post", index)
            record = expect(field(post, "record", label, index), dict, label, "record", index)
            author = field(post, "author", label, index)
            accounts.append(_account(author, label, index))
            post_id = "bluesky:" + field(post, "uri", label, index)
            parent = ((record.get("reply") or {}).get("parent") or {}).get("uri")
            posts.append({"_row": index, "post_id": post_id, "account_id": "bluesky:" + author["did"],
                          "platform": "bluesky", "created_at": record.get("createdAt"), "text": record.get("text"),
                          "reply_to_post_id": f"bluesky:{parent}" if parent else None,
                          "likes": post.get("likeCount"), "shares": post.get("repostCount"),
                          "comments": post.get("replyCount"),
                          "extra": {"cid": post.get("cid"), "quotes": post.get("quoteCount")}})  # fmt: skip
            for facet in record.get("facets") or []:
                for feature in facet.get("features") or []:
                    if feature.get("$type") == MENTION and feature.get("did"):
                        interactions.append({"_row": index, "interaction_id": f"{post_id}#mention:{feature['did']}",
                                             "actor_account_id": "bluesky:" + author["did"], "kind": "mention",
                                             "post_id": post_id, "target_account_id": "bluesky:" + feature["did"],
                                             "created_at": record.get("createdAt")})  # fmt: skip
            reason = item.get("reason") or {}
            if reason.get("$type") == REPOST:
                by = field(reason, "by", label, index)
                accounts.append(_account(by, label, index))
                reposter = "bluesky:" + by["did"]
                posts.append({"_row": index, "post_id": f"{post_id}#repost:{by['did']}", "account_id": reposter,
                              "platform": "bluesky", "created_at": reason.get("indexedAt"),
                              "repost_of_post_id": post_id})  # fmt: skip
                interactions.append({"_row": index, "interaction_id": f"{post_id}#share:{by['did']}",
                                     "actor_account_id": reposter, "kind": "share", "post_id": post_id,
                                     "target_account_id": "bluesky:" + author["did"],
                                     "created_at": reason.get("indexedAt")})  # fmt: skip
    else:
        subject = field(data, "subject", label, 1)
        accounts.append(_account(subject, label, 1))
        me = "bluesky:" + subject["did"]
        direction = "followers" if "followers" in data else "follows"
        for index, other in enumerate(expect(data[direction], list, label, direction), start=1):
            accounts.append(_account(other, label, index))
            them = "bluesky:" + field(other, "did", label, index)
            src, dst = (them, me) if direction == "followers" else (me, them)
            follows.append({"_row": index, "src_account_id": src, "dst_account_id": dst, "platform": "bluesky"})
    frame = rows(accounts)
    if len(frame):
        parts.append(Part("accounts", label, frame.drop_duplicates("account_id", keep="last")))
    for table, records in (("posts", posts), ("interactions", interactions), ("follows", follows)):
        if records:
            frame = rows(records)
            if "created_at" in frame:
                frame["created_at"] = timestamps(frame["created_at"])
            parts.append(Part(table, label, frame))
    return parts
