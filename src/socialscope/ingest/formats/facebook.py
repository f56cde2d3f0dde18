"""Facebook "Download your information" (JSON): ``your_posts_*.json`` (and Instagram's
``content/posts_*.json``, the same shape).

Each record: ``timestamp`` (Unix seconds), ``data: [{post}]``, ``attachments``, ``title``,
``tags``. Facebook writes UTF-8 text as if each byte were a Latin-1 character
(``"cafÃ©"`` for ``"café"``); every string is repaired (re-encoded as Latin-1 and decoded as
UTF-8, when that round trip succeeds). Tagged people become mentions.
"""

from __future__ import annotations

import re
from typing import Any

from socialscope.ingest.formats.common import ExportTree, expect, load_json, read_text_file, rows, stable_id, timestamps
from socialscope.ingest.records import Part

OWNER = "facebook:me"
POSTS_FILE = re.compile(r"(^|/)(your_posts(_\d+)?|posts_\d+)\.json$")


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


def detect(tree: ExportTree) -> bool:
    return any(POSTS_FILE.search(f) for f in tree.files())


def parse(path: str) -> list[Part]:
    tree = ExportTree(path) if not str(path).endswith(".json") else None
    files = [f for f in tree.files() if POSTS_FILE.search(f)] if tree else [None]
    parts = [Part("accounts", str(path), rows([{"_row": 1, "account_id": OWNER, "platform": "facebook",
                                                  "handle": "me", "kind": "person", "is_own": True}]))]  # fmt: skip
    for relative in files:
        if tree is None:
            label, text = str(path), read_text_file(path)
        else:
            label, text = tree.label(relative), tree.read_text(relative)
        records = expect(repair(load_json(text, label)), list, label, "posts")
        posts, mentions = [], []
        for index, record in enumerate(records, start=1):
            expect(record, dict, label, "post", index)
            body = [d["post"] for d in record.get("data") or [] if isinstance(d, dict) and d.get("post")]
            post_id = "facebook:" + stable_id(record.get("timestamp"), record.get("title"), *body)
            posts.append({
                "_row": index, "post_id": post_id, "account_id": OWNER, "platform": "facebook",
                "created_at": record.get("timestamp"), "text": "\n".join(body) or None,
                "extra": {"title": record.get("title"), "attachments": record.get("attachments")},
            })  # fmt: skip
            for tag in record.get("tags") or []:
                name = tag.get("name") if isinstance(tag, dict) else tag
                if name:
                    mentions.append({"_row": index, "interaction_id": f"{post_id}#tag:{name}", "actor_account_id": OWNER,
                                     "kind": "mention", "post_id": post_id, "target_account_id": f"facebook:name:{name}",
                                     "created_at": record.get("timestamp")})  # fmt: skip
        frame = rows(posts)
        if len(frame):
            frame["created_at"] = timestamps(frame["created_at"], unit="s")
        parts.append(Part("posts", label, frame))
        if mentions:
            frame = rows(mentions)
            frame["created_at"] = timestamps(frame["created_at"], unit="s")
            parts.append(Part("interactions", label, frame))
    return parts
