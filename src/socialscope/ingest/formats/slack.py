"""Slack workspace export (Workspace settings → Import/Export → Export), zip or folder.

``users.json`` → accounts (``slack:<user id>``), ``channels.json`` → channel names, and
``<channel>/<YYYY-MM-DD>.json`` → one ``message`` interaction per directed tie a message makes:

- to each user it mentions (``<@U…>``);
- in a thread, to the author of the thread's first message;
- otherwise to the previous speaker in the channel if they spoke within ``REPLY_WINDOW`` (a
  conversational turn, the usual reading of channel chat in organisational network analysis);
- otherwise the message is a broadcast with no target (kept, so counts stay true).

Join/leave/rename notices (``subtype`` channel_*) are not messages between people and are
left out; everything else (``file_share``, ``file_comment``, bots) is kept with its subtype.
"""

from __future__ import annotations

import re

import pandas as pd

from socialscope.ingest.formats.common import ExportTree, expect, field, load_json, rows, timestamps
from socialscope.ingest.records import Part

MENTION = re.compile(r"<@(U[A-Z0-9]+)(?:\|[^>]*)?>")
NOTICES = {"channel_join", "channel_leave", "channel_purpose", "channel_topic", "channel_name", "channel_archive",
           "channel_unarchive", "group_join", "group_leave"}  # fmt: skip
REPLY_WINDOW_SECONDS = 3600.0
DAY_FILE = re.compile(r"^([^/]+)/(\d{4}-\d{2}-\d{2})\.json$")


def detect(tree: ExportTree) -> bool:
    files = set(tree.files())
    return "users.json" in files and "channels.json" in files


def parse(path: str) -> list[Part]:
    tree = ExportTree(path)
    label = tree.label("users.json")
    users = expect(load_json(tree.read_text("users.json"), label), list, label, "users")
    accounts = []
    for index, user in enumerate(users, start=1):
        expect(user, dict, label, "user", index)
        profile = user.get("profile") or {}
        accounts.append({
            "_row": index, "account_id": "slack:" + field(user, "id", label, index), "platform": "slack",
            "handle": user.get("name"), "display_name": user.get("real_name") or profile.get("real_name") or None,
            "kind": "unknown" if user.get("is_bot") else "person",
            "attributes": {"title": profile.get("title") or None, "tz": user.get("tz"),
                           "deleted": user.get("deleted"), "bot": user.get("is_bot", False)},
        })  # fmt: skip
    parts = [Part("accounts", label, rows(accounts))]
    label = tree.label("channels.json")
    channels = expect(load_json(tree.read_text("channels.json"), label), list, label, "channels")
    known = {c.get("name") for c in channels if isinstance(c, dict)}
    # every day file's ties gathered as plain records, then one frame and one timestamp
    # conversion for the whole export (a frame per day file made 7,000 days take minutes)
    records: list[dict] = []
    for relative in tree.files():
        match = DAY_FILE.match(relative)
        if not match or match.group(1) not in known:
            continue
        label = tree.label(relative)
        messages = expect(load_json(tree.read_text(relative), label), list, label, "messages")
        records += _ties(messages, match.group(1), label)
    if records:
        frame = pd.DataFrame(records)
        frame["created_at"] = timestamps(frame["created_at"], unit="s")
        parts.append(Part("interactions", str(tree.path), frame))
    return parts


def _ties(messages: list, channel: str, label: str) -> list[dict]:
    """The ``message`` records of one day file (``_file`` = ``label``)."""
    records = []
    thread_author: dict[str, str] = {}
    previous: tuple[str, float] | None = None
    for index, message in enumerate(messages, start=1):
        expect(message, dict, label, "message", index)
        subtype = str(message.get("subtype") or "")
        if subtype in NOTICES or subtype.startswith(("channel_", "group_")) or message.get("type") != "message":
            continue
        user = message.get("user") or message.get("bot_id")
        ts = field(message, "ts", label, index)
        if not user:
            continue
        actor = f"slack:{user}"
        text = message.get("text") or ""
        thread = message.get("thread_ts")
        if thread and thread == ts:
            thread_author[thread] = actor
        targets = [f"slack:{u}" for u in dict.fromkeys(MENTION.findall(text)) if f"slack:{u}" != actor]
        if not targets and thread and thread != ts:
            parent = message.get("parent_user_id")
            parent = f"slack:{parent}" if parent else thread_author.get(thread)
            if parent and parent != actor:
                targets = [parent]
        if not targets and previous and previous[0] != actor:
            try:
                if float(ts) - previous[1] <= REPLY_WINDOW_SECONDS:
                    targets = [previous[0]]
            except ValueError:
                pass
        base = {"_row": index, "_file": label, "actor_account_id": actor, "kind": "message", "created_at": ts, "text": text,
                "channel": channel, "extra": {"subtype": message.get("subtype"), "thread_ts": thread}}  # fmt: skip
        for target in targets or [None]:
            records.append({**base, "interaction_id": f"slack:{channel}:{ts}:{target or ''}",
                            "target_account_id": target})  # fmt: skip
        try:
            previous = (actor, float(ts))
        except ValueError:
            previous = None
    return records
