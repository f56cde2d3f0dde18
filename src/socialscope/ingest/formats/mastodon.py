"""Mastodon account archive (Settings → Import and export → Request your archive).

``actor.json`` (the owner, an ActivityStreams Person), ``outbox.json`` (an
OrderedCollection of ``Create`` activities holding ``Note`` posts and ``Announce`` boosts),
``likes.json`` (liked post URIs). Accounts are ``mastodon:user@host``; posts are
``mastodon:<object URI>`` with their visibility in ``extra`` (public, unlisted, private =
followers only). A direct message (addressed neither to the public nor to the followers) is
not a post: it becomes one ``message`` interaction to each addressee, marked ``private``.
``bookmarks.json`` is private and has no canonical table: it is counted, not imported. The
archive is a zip, a ``.tar.gz`` (as Mastodon delivered it until 2018+) or the unpacked folder.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import (
    ExportTree,
    expect,
    field,
    html_to_text,
    load_json,
    rows,
    timestamps,
)
from socialscope.ingest.records import Part

_USER_URL = re.compile(r"^https?://([^/]+)/(?:users/|@)([^/]+)")
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def visibility(note: dict) -> str:
    """Mastodon's four visibilities from ActivityStreams addressing."""
    to, cc = note.get("to") or [], note.get("cc") or []
    to, cc = (to if isinstance(to, list) else [to]), (cc if isinstance(cc, list) else [cc])
    if PUBLIC in to:
        return "public"
    if PUBLIC in cc:
        return "unlisted"
    if any(isinstance(a, str) and a.endswith("/followers") for a in to):
        return "private"
    return "direct"


def detect(tree: ExportTree) -> bool:
    """An archive (``actor.json`` and ``outbox.json``), or an outbox on its own: people keep
    and publish ``outbox.json`` alone (static sites, backups)."""
    files = set(tree.files())
    return "outbox.json" in files and ("actor.json" in files or is_outbox(tree.read_bytes("outbox.json")[:65536]))


def is_outbox(head: bytes) -> bool:
    """Whether the start of a JSON file is an ActivityStreams outbox (an OrderedCollection)."""
    text = head.decode("utf-8", "replace")
    return "activitystreams" in text and re.search(r'"type"\s*:\s*"OrderedCollection"', text) is not None


def account_of(uri: str | None) -> str | None:
    """``mastodon:user@host`` for a user or status URI (``https://host/users/user/…``)."""
    if not uri:
        return None
    match = _USER_URL.match(uri)
    return f"mastodon:{match.group(2)}@{match.group(1)}" if match else None


def parse(path: str) -> list[Part]:
    tree = ExportTree(path)
    name = "outbox.json" if tree.exists("outbox.json") else _outbox_alone(tree)
    label = tree.label(name)
    outbox = expect(load_json(tree.read_text(name), label), dict, label, "outbox")
    items = expect(field(outbox, "orderedItems", label, 1), list, label, "orderedItems")
    outbox_label = label
    if tree.exists("actor.json"):
        label = tree.label("actor.json")
        actor = expect(load_json(tree.read_text("actor.json"), label), dict, label, "actor")
        actor_id = field(actor, "id", label, 1)
        owner = (
            account_of(actor_id)
            or f"mastodon:{field(actor, 'preferredUsername', label, 1)}@{urlparse(actor_id).netloc}"
        )
        bio = html_to_text([actor.get("summary")]).iloc[0]
        account = {"display_name": actor.get("name"), "created_at": actor.get("published"),
                   "attributes": {"bio": bio, "url": actor.get("url")}}  # fmt: skip
    else:  # an outbox alone: its owner is the actor of its activities
        owner = _owner_of(items, label)
        account = {}
    parts = [Part("accounts", label, rows([{
        "_row": 1, "account_id": owner, "platform": "mastodon", "handle": owner.removeprefix("mastodon:"),
        "kind": "person", "is_own": True, **account,
    }]))]  # fmt: skip
    label = outbox_label
    posts, interactions, messages = [], [], []
    for index, activity in enumerate(items, start=1):
        expect(activity, dict, label, "activity", index)
        kind = field(activity, "type", label, index)
        if kind == "Create":
            note = expect(field(activity, "object", label, index), dict, label, "object", index)
            uri = field(note, "id", label, index)
            post_id = "mastodon:" + uri
            reply_to = note.get("inReplyTo")
            seen = visibility(note)
            if seen == "direct":
                messages += _direct_message(note, index, owner)
                continue
            posts.append({
                "_row": index, "post_id": post_id, "account_id": owner, "platform": "mastodon",
                "created_at": note.get("published") or activity.get("published"), "html": note.get("content"),
                "url": note.get("url"), "reply_to_post_id": f"mastodon:{reply_to}" if reply_to else None,
                "extra": {"sensitive": note.get("sensitive"), "summary": note.get("summary"), "visibility": seen,
                          "to": note.get("to"), "conversation": note.get("conversation")},
            })  # fmt: skip
            for tag in note.get("tag") or []:
                if isinstance(tag, dict) and tag.get("type") == "Mention" and account_of(tag.get("href")):
                    interactions.append({
                        "_row": index, "interaction_id": f"{post_id}#mention:{tag['href']}", "actor_account_id": owner,
                        "kind": "mention", "post_id": post_id, "target_account_id": account_of(tag["href"]),
                        "created_at": note.get("published"),
                    })  # fmt: skip
            replied = account_of(reply_to)
            if replied and replied != owner:
                interactions.append({
                    "_row": index, "interaction_id": f"{post_id}#reply", "actor_account_id": owner, "kind": "reply",
                    "post_id": f"mastodon:{reply_to}", "target_account_id": replied,
                    "created_at": note.get("published"),
                })  # fmt: skip
        elif kind == "Announce":
            boosted = field(activity, "object", label, index)
            boosted = boosted.get("id") if isinstance(boosted, dict) else boosted
            posts.append({
                "_row": index, "post_id": "mastodon:" + field(activity, "id", label, index), "account_id": owner,
                "platform": "mastodon", "created_at": activity.get("published"),
                "repost_of_post_id": f"mastodon:{boosted}",
            })  # fmt: skip
            interactions.append({
                "_row": index, "interaction_id": f"mastodon:{activity['id']}#share", "actor_account_id": owner,
                "kind": "share", "post_id": f"mastodon:{boosted}", "target_account_id": account_of(boosted),
                "created_at": activity.get("published"),
            })  # fmt: skip
        else:
            raise InputError(Problem(label, index, "type", f"{kind!r} is not an activity type this reader knows"))
    frame = rows(posts)
    if len(frame):
        frame["text"] = html_to_text(frame.pop("html")) if "html" in frame else None
        frame["created_at"] = timestamps(frame["created_at"])
    parts.append(Part("posts", label, frame))
    if interactions:
        frame = rows(interactions)
        frame["created_at"] = timestamps(frame["created_at"])
        parts.append(Part("interactions", label, frame))
    if messages:
        frame = rows(messages)
        frame["text"] = html_to_text(frame.pop("html"))
        frame["created_at"] = timestamps(frame["created_at"])
        parts.append(Part("interactions", label, frame, note=f"{len(frame):,} direct-message ties kept private"))
    if tree.exists("likes.json"):
        label = tree.label("likes.json")
        liked = expect(field(expect(load_json(tree.read_text("likes.json"), label), dict, label, "likes"),
                             "orderedItems", label, 1), list, label, "orderedItems")  # fmt: skip
        parts.append(Part("interactions", label, rows([
            {"_row": i, "interaction_id": f"mastodon:{uri}#like:{owner}", "actor_account_id": owner, "kind": "like",
             "post_id": f"mastodon:{uri}", "target_account_id": account_of(uri)}
            for i, uri in enumerate(liked, start=1) if isinstance(uri, str)
        ])))  # fmt: skip
    return parts


def _outbox_alone(tree: ExportTree) -> str:
    """The one file given (with --from, under any name) when it is an outbox."""
    files = tree.files()
    if len(files) == 1 and is_outbox(tree.read_bytes(files[0])[:65536]):
        return files[0]
    raise InputError(Problem(tree.label("outbox.json"), None, None, "missing from the export"))


def _owner_of(items: list, label: str) -> str:
    """The account whose outbox this is: the ``actor`` of its activities (all the same). Since
    2026 Mastodon names actors by number (``https://host/ap/users/116…``); the handle is then
    read from the profile link of the owner's posts (``https://host/@name/…``)."""
    actors = {a["actor"] for a in items if isinstance(a, dict) and isinstance(a.get("actor"), str)}
    if len(actors) != 1:
        found = "no activity names its actor" if not actors else f"activities by {len(actors)} different actors"
        raise InputError(Problem(label, None, "actor", f"cannot tell whose outbox this is: {found}"))
    actor = actors.pop()
    named = account_of(actor)
    if named:
        return named
    host = urlparse(actor).netloc
    for activity in items:
        note = activity.get("object") if isinstance(activity, dict) else None
        url = note.get("url") if isinstance(note, dict) else None
        match = _USER_URL.match(url) if isinstance(url, str) else None
        if match and match.group(1) == host and note.get("attributedTo") in (None, actor):
            return f"mastodon:{match.group(2)}@{host}"
    raise InputError(Problem(label, None, "actor", f"cannot tell whose outbox this is: no handle for {actor}"))


def _direct_message(note: dict, index: int, owner: str) -> list[dict]:
    """A direct message: one private ``message`` per addressee (``to``, ``cc`` and mentions)."""
    addressed = [*(note.get("to") or []), *(note.get("cc") or [])]
    addressed += [t.get("href") for t in note.get("tag") or [] if isinstance(t, dict) and t.get("type") == "Mention"]
    targets = sorted({a for a in map(account_of, (x for x in addressed if isinstance(x, str))) if a and a != owner})
    return [{
        "_row": index, "interaction_id": f"mastodon:{note['id']}#message:{target or ''}", "actor_account_id": owner,
        "kind": "message", "target_account_id": target, "created_at": note.get("published"),
        "html": note.get("content"), "channel": note.get("conversation"),
        "extra": {"private": True, "visibility": "direct"},
    } for target in targets or [None]]  # fmt: skip
