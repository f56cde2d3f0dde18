"""Facebook and Instagram "Download your information" (JSON), a folder, a zip or one file.

- Posts: ``your_posts_*.json`` (2024+: ``your_posts__check_ins__photos_and_videos_*.json``).
  Each record: ``timestamp`` (Unix seconds), ``data: [{post}]``, ``attachments``, ``title``,
  ``tags``; tagged people become mentions. Instagram's ``content/posts_*.json``: ``media``
  (photos and videos, each with ``creation_timestamp``), the caption in ``title`` → posts of
  ``instagram:me``.
- Likes and reactions: ``likes_and_reactions_*.json`` (``data: [{reaction: {reaction, actor}}]``,
  ``title``) → the owner's ``like`` (or ``reaction``) interactions; the title (which names
  whose post, in the export's language) is kept as the text: the export gives no post id.
- Instagram ``followers_*.json`` (a list) and ``following.json``
  (``{"relationships_following": [...]}``): each ``string_list_data`` entry's ``value`` (or the
  record's ``title``, or the profile URL's last part — the forms of different years) is an
  account ``instagram:<username>`` following, or followed by, the owner ``instagram:me``.

Facebook writes UTF-8 text as if each byte were a Latin-1 character (``"cafÃ©"`` for
``"café"``); every string is repaired (re-encoded as Latin-1 and decoded as UTF-8, when that
round trip succeeds).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from socialscope.ingest.formats.common import ExportTree, expect, load_json, read_text_file, rows, stable_id, timestamps
from socialscope.ingest.records import Part

OWNER = "facebook:me"
INSTAGRAM_OWNER = "instagram:me"
POSTS_FILE = re.compile(r"(^|/)(your_posts(__check_ins__photos_and_videos)?(_\d+)?|posts_\d+)\.json$")
LIKES_FILE = re.compile(r"(^|/)likes_and_reactions(_\d+)?\.json$")
FOLLOWERS_FILE = re.compile(r"(^|/)followers(_\d+)?\.json$")
FOLLOWING_FILE = re.compile(r"(^|/)following(_\d+)?\.json$")
FILES = (POSTS_FILE, LIKES_FILE, FOLLOWERS_FILE, FOLLOWING_FILE)


def repair(value: Any) -> Any:
    """Undo Facebook's mojibake in every string of a JSON value."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {k: repair(v) for k, v in value.items()}
    return value


def is_export_file(name: str) -> bool:
    return any(pattern.search(name) for pattern in FILES)


def detect(tree: ExportTree) -> bool:
    return any(is_export_file(f) for f in tree.files())


def parse(path: str) -> list[Part]:
    single = Path(path).is_file() and str(path).lower().endswith(".json")
    tree = None if single else ExportTree(path)
    files = [Path(path).name] if single else [f for f in tree.files() if is_export_file(f)]
    parts: list[Part] = []
    owners: dict[str, int] = {}
    for relative in files:
        if tree is None:
            label, text = str(path), read_text_file(path)
        else:
            label, text = tree.label(relative), tree.read_text(relative)
        data = repair(load_json(text, label))
        if LIKES_FILE.search(relative):
            parts += _likes(data, label)
            owners.setdefault(OWNER, 1)
        elif FOLLOWERS_FILE.search(relative) or FOLLOWING_FILE.search(relative):
            parts += _follows(data, label, followers=bool(FOLLOWERS_FILE.search(relative)))
            owners.setdefault(INSTAGRAM_OWNER, 1)
        else:
            instagram = isinstance(data, list) and any(isinstance(r, dict) and "media" in r for r in data)
            parts += _posts(data, label)
            owners.setdefault(INSTAGRAM_OWNER if instagram else OWNER, 1)
    accounts = [{"_row": 1, "account_id": owner, "platform": owner.split(":")[0], "handle": "me", "kind": "person",
                 "is_own": True} for owner in owners or {OWNER: 1}]  # fmt: skip
    return [Part("accounts", str(path), rows(accounts)), *parts]


def _posts(data: Any, label: str) -> list[Part]:
    """Facebook posts, or Instagram's (``media: [{uri, creation_timestamp, title}]``, the caption
    in ``title``; a one-photo post keeps its caption on the photo)."""
    records = expect(data, list, label, "posts")
    posts, mentions = [], []
    for index, record in enumerate(records, start=1):
        expect(record, dict, label, "post", index)
        media = record.get("media") if isinstance(record.get("media"), list) else None
        if media is not None:  # Instagram
            first = media[0] if media and isinstance(media[0], dict) else {}
            platform, owner = "instagram", INSTAGRAM_OWNER
            created = record.get("creation_timestamp") or first.get("creation_timestamp")
            text = record.get("title") or first.get("title") or None
            extra = {"media": [m.get("uri") for m in media if isinstance(m, dict)]}
        else:
            body = [d["post"] for d in record.get("data") or [] if isinstance(d, dict) and d.get("post")]
            platform, owner, created = "facebook", OWNER, record.get("timestamp")
            text = "\n".join(body) or None
            extra = {"title": record.get("title"), "attachments": record.get("attachments")}
        # the export gives no id: the whole record is the key (two shares in one second differ
        # only in their attachments; identical records are one post exported twice)
        post_id = f"{platform}:" + stable_id(json.dumps(record, sort_keys=True, ensure_ascii=False))
        posts.append({
            "_row": index, "post_id": post_id, "account_id": owner, "platform": platform,
            "created_at": created, "text": text, "extra": extra,
        })  # fmt: skip
        for tag in record.get("tags") or []:
            name = tag.get("name") if isinstance(tag, dict) else tag
            if name:
                mentions.append({"_row": index, "interaction_id": f"{post_id}#tag:{name}", "actor_account_id": owner,
                                 "kind": "mention", "post_id": post_id, "target_account_id": f"{platform}:name:{name}",
                                 "created_at": created})  # fmt: skip
    parts = [Part("posts", label, _dated(posts))]
    if mentions:
        parts.append(Part("interactions", label, _dated(mentions)))
    return parts


def _likes(data: Any, label: str) -> list[Part]:
    """The owner's likes and reactions (``NONE`` — a withdrawn reaction — is skipped)."""
    records = expect(data, list, label, "likes and reactions")
    likes = []
    for index, record in enumerate(records, start=1):
        expect(record, dict, label, "reaction", index)
        for item in record.get("data") or []:
            reaction = item.get("reaction") if isinstance(item, dict) else None
            kind = str(reaction.get("reaction") or "").upper() if isinstance(reaction, dict) else ""
            if not kind or kind == "NONE":
                continue
            likes.append({
                "_row": index, "interaction_id": "facebook:" + stable_id("reaction", record.get("timestamp"),
                                                                         record.get("title"), kind),
                "actor_account_id": OWNER, "kind": "like" if kind == "LIKE" else "reaction",
                "created_at": record.get("timestamp"), "text": record.get("title"), "extra": {"reaction": kind},
            })  # fmt: skip
    return [Part("interactions", label, _dated(likes))] if likes else []


def _follows(data: Any, label: str, *, followers: bool) -> list[Part]:
    if isinstance(data, dict):  # following.json: {"relationships_following": [...]}
        lists = [v for k, v in data.items() if k.startswith("relationships_") and isinstance(v, list)]
        data = lists[0] if lists else data
    records = expect(data, list, label, "followers" if followers else "following")
    accounts, follows = [], []
    for index, record in enumerate(records, start=1):
        expect(record, dict, label, "account", index)
        for entry in record.get("string_list_data") or []:
            if not isinstance(entry, dict):
                continue
            href = str(entry.get("href") or "")
            name = entry.get("value") or record.get("title") or href.rstrip("/").rsplit("/", 1)[-1]
            other = f"instagram:{name}"
            accounts.append({"_row": index, "account_id": other, "platform": "instagram", "handle": name,
                             "attributes": {"url": href} if href else None})  # fmt: skip
            src, dst = (other, INSTAGRAM_OWNER) if followers else (INSTAGRAM_OWNER, other)
            follows.append({"_row": index, "src_account_id": src, "dst_account_id": dst, "platform": "instagram",
                            "followed_at": entry.get("timestamp")})  # fmt: skip
    if not follows:
        return []
    frame = rows(follows)
    frame["followed_at"] = timestamps(frame["followed_at"], unit="s")
    return [Part("accounts", label, rows(accounts).drop_duplicates("account_id")), Part("follows", label, frame)]


def _dated(records: list[dict]) -> pd.DataFrame:
    frame = rows(records)
    if len(frame):
        frame["created_at"] = timestamps(frame["created_at"], unit="s")
    return frame
