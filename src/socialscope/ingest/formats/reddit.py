"""Reddit NDJSON dumps (the widely shared Pushshift/Arctic Shift monthly files of submissions
``RS_*`` and comments ``RC_*``), plain or Zstandard-compressed (``.zst``, read as a stream).

Submissions → posts ``reddit:t3_<id>`` (title and self text, score as likes, comment count);
comments → posts ``reddit:t1_<id>`` replying to their parent, plus a ``comment`` interaction
from the commenter on the parent (so the interaction graph links commenter and author).
Authors are ``reddit:<name>``; ``[deleted]`` authors keep their posts (author unknown) but make
no interaction — counted in the import's note. The subreddit is the post's ``platform`` detail
in ``extra``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import capped_lines, rows, timestamps
from socialscope.ingest.records import Part

DELETED = {"[deleted]", "[removed]", None, ""}


def detect_file(path: Path) -> bool:
    name = path.name.lower()
    if not path.is_file() or not (name.endswith((".ndjson", ".jsonl", ".zst", ".json"))):
        return False
    try:
        first = next(_lines(path), None)
    except InputError:
        return False
    if not first:
        return False
    try:
        record = json.loads(first[1])
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "subreddit" in record and ("link_id" in record or "num_comments" in record)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """The file's lines, decompressed as a stream: a line or a whole stream past its cap is
    refused while reading (a 32 KB ``.zst`` can hold a 1 GiB line)."""
    if path.name.lower().endswith(".zst"):
        import zstandard

        try:
            with path.open("rb") as raw:
                reader = zstandard.ZstdDecompressor(max_window_size=2**31).stream_reader(raw)
                yield from capped_lines(reader, str(path))
        except zstandard.ZstdError as exc:
            raise InputError(Problem(str(path), None, None, f"not a valid Zstandard stream: {exc}")) from None
        return
    with path.open("rb") as fh:
        yield from capped_lines(fh, str(path))


def parse(path: str) -> list[Part]:
    source = Path(path)
    posts, interactions, deleted = [], [], 0
    for line_number, line in _lines(source):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(Problem(str(source), line_number, None, f"invalid JSON: {exc.msg}")) from None
        if not isinstance(record, dict) or "id" not in record:
            raise InputError(Problem(str(source), line_number, "id", "is missing"))
        author = record.get("author")
        account = None if author in DELETED else f"reddit:{author}"
        extra = {"subreddit": record.get("subreddit"), "permalink": record.get("permalink")}
        if "link_id" in record:  # a comment
            post_id = f"reddit:t1_{record['id']}"
            parent = record.get("parent_id") or record["link_id"]
            posts.append({"_row": line_number, "post_id": post_id, "account_id": account, "platform": "reddit",
                          "created_at": record.get("created_utc"), "text": record.get("body"),
                          "reply_to_post_id": f"reddit:{parent}", "likes": record.get("score"), "extra": extra})  # fmt: skip
            if account is None:
                deleted += 1
                continue
            interactions.append({"_row": line_number, "interaction_id": f"{post_id}#comment", "actor_account_id": account,
                                 "kind": "comment", "post_id": f"reddit:{parent}", "created_at": record.get("created_utc"),
                                 "text": record.get("body")})  # fmt: skip
        else:
            text = "\n\n".join(filter(None, (record.get("title"), record.get("selftext"))))
            posts.append({"_row": line_number, "post_id": f"reddit:t3_{record['id']}", "account_id": account,
                          "platform": "reddit", "created_at": record.get("created_utc"), "text": text or None,
                          "url": record.get("url"), "likes": record.get("score"), "comments": record.get("num_comments"),
                          "extra": {**extra, "title": record.get("title")}})  # fmt: skip
    frame = rows(posts)
    if len(frame):
        frame["created_at"] = timestamps(frame["created_at"], unit="s")
    parts = [
        Part(
            "posts",
            str(source),
            frame,
            note=f"{deleted:,} comments by deleted authors kept without a tie" if deleted else "",
        )
    ]
    authors = sorted({p["account_id"] for p in posts if p["account_id"]})
    parts.insert(0, Part("accounts", str(source), pd.DataFrame({
        "_row": range(1, len(authors) + 1), "account_id": authors, "platform": "reddit",
        "handle": [a.removeprefix("reddit:") for a in authors], "kind": "unknown"})))  # fmt: skip
    if interactions:
        frame = rows(interactions)
        frame["created_at"] = timestamps(frame["created_at"], unit="s")
        parts.append(Part("interactions", str(source), frame))
    return parts
