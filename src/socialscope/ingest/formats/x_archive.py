"""X/Twitter account archive ("Download an archive of your data"), zip or unzipped folder.

Files read (each ``window.YTD.<name>.part0 = [...]``; larger archives split into part1, …):
``data/account.js`` (the owner; archives without it — people delete it before publishing,
since it holds their e-mail — take the owner from ``data/manifest.js``'s ``userInfo``, and
``data/profile.js`` adds the bio), ``data/tweets.js`` (archives before 2022: ``tweet.js``;
posts with reply, retweet and mention structure; X writes ``&amp;``, ``&lt;``, ``&gt;`` in
texts, decoded here), ``data/follower.js`` / ``data/following.js`` (follows), ``data/like.js``
(likes), ``data/direct-messages.js`` and ``direct-messages-group.js`` (each message a
``message`` interaction from sender to recipient — to every other participant in a group —
marked ``private`` in ``extra``). Ids are ``x:<numeric id>``, matching the platform's own;
counts arrive as strings.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import ExportTree, field, load_json, rows, timestamps
from socialscope.ingest.records import Part

WRAPPER = re.compile(r"^\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*", re.ASCII)
MANIFEST = re.compile(r"^\s*window\.__THAR_CONFIG\s*=\s*", re.ASCII)
TWEET_DATE = "%a %b %d %H:%M:%S %z %Y"


def detect(tree: ExportTree) -> bool:
    return any(f in ("data/tweets.js", "data/tweet.js", "data/account.js", "data/manifest.js") for f in tree.files())


def _unescape(text: object) -> object:
    """X's texts carry HTML entities (``&amp;``, ``&lt;``, ``&gt;``): decoded."""
    return html.unescape(text) if isinstance(text, str) else text


def read_ytd(tree: ExportTree, name: str) -> list[tuple[str, int, dict]]:
    """Every record of ``data/<name>.js`` and its ``-part<n>.js`` siblings: (file, index, record)."""
    files = [f for f in tree.files() if re.fullmatch(rf"data/{name}(-part\d+)?\.js", f)]
    out = []
    for relative in sorted(files):
        label = tree.label(relative)
        text = tree.read_text(relative)
        match = WRAPPER.match(text)
        if not match:
            raise InputError(Problem(label, 1, None, "expected the 'window.YTD.<name>.part0 = [' wrapper"))
        body = text[match.end() :]
        first_line = text[: match.end()].count("\n")
        try:
            data = load_json(body, label)
        except InputError as exc:  # shift line numbers past the wrapper
            p = exc.problems[0]
            raise InputError(Problem(p.file, (p.row or 0) + first_line, p.field, p.message)) from None
        if not isinstance(data, list):
            raise InputError(Problem(label, 1, None, "expected a list after the wrapper"))
        for index, record in enumerate(data, start=1):
            if not isinstance(record, dict):
                raise InputError(Problem(label, None, f"record {index}", "expected an object"))
            out.append((label, index, record))
    return out


def _owner(tree: ExportTree) -> tuple[str, int, dict]:
    """(file, record, account fields) of the archive's owner: ``account.js``, else
    ``manifest.js`` (``userInfo``: ``accountId``, ``userName``, ``displayName``)."""
    accounts = read_ytd(tree, "account")
    if accounts:
        label, index, record = accounts[0]
        return label, index, field(record, "account", label, index)
    if tree.exists("data/manifest.js"):
        label = tree.label("data/manifest.js")
        text = tree.read_text("data/manifest.js")
        match = MANIFEST.match(text)
        if not match:
            raise InputError(Problem(label, 1, None, "expected the 'window.__THAR_CONFIG = {' wrapper"))
        config = load_json(text[match.end() :].rstrip().rstrip(";"), label)
        info = field(config, "userInfo", label, 1) if isinstance(config, dict) else None
        if not isinstance(info, dict):
            raise InputError(Problem(label, 1, "userInfo", "expected an object"))
        return label, 1, {"accountId": field(info, "accountId", label, 1), "username": field(info, "userName", label, 1),
                          "accountDisplayName": info.get("displayName")}  # fmt: skip
    raise InputError(
        Problem(
            tree.label("data/account.js"),
            None,
            None,
            "missing, and no data/manifest.js: cannot tell whose archive this is",
        )
    )


def parse(path: str) -> list[Part]:
    tree = ExportTree(path)
    label, index, account = _owner(tree)
    owner = "x:" + str(field(account, "accountId", label, index))
    handle = field(account, "username", label, index)
    bio = None
    for _, _, record in read_ytd(tree, "profile")[:1]:
        bio = ((record.get("profile") or {}).get("description") or {}).get("bio") or None
    parts = [
        Part(
            "accounts",
            label,
            rows(
                [
                    {
                        "_row": index,
                        "account_id": owner,
                        "platform": "x",
                        "handle": handle,
                        "display_name": account.get("accountDisplayName"),
                        "kind": "person",
                        "is_own": True,
                        "created_at": account.get("createdAt"),
                        "attributes": {"bio": bio} if bio else None,
                    }
                ]
            ),
        ),  # fmt: skip
    ]
    posts, interactions = [], []
    tweets = read_ytd(tree, "tweets") or read_ytd(tree, "tweet")
    for label, index, record in tweets:
        tweet = record.get("tweet", record)
        tweet_id = str(field(tweet, "id_str", label, index))
        post_id = "x:" + tweet_id
        text = _unescape(tweet.get("full_text", tweet.get("text")))
        reply_to = tweet.get("in_reply_to_status_id_str")
        retweet = isinstance(text, str) and text.startswith("RT @")
        posts.append({
            "_row": index, "post_id": post_id, "account_id": owner, "platform": "x",
            "created_at": field(tweet, "created_at", label, index), "text": text,
            "url": f"https://x.com/{handle}/status/{tweet_id}",
            "reply_to_post_id": f"x:{reply_to}" if reply_to else None,
            "likes": tweet.get("favorite_count"), "shares": tweet.get("retweet_count"),
            "extra": {"lang": tweet.get("lang"), "source": tweet.get("source"), "retweet": retweet},
        })  # fmt: skip
        for mention in (tweet.get("entities") or {}).get("user_mentions") or []:
            target = mention.get("id_str") or mention.get("id")
            if target:
                interactions.append({
                    "_row": index, "interaction_id": f"x:{tweet_id}:mention:{target}",
                    "actor_account_id": owner, "kind": "share" if retweet else "mention", "post_id": post_id,
                    "target_account_id": f"x:{target}", "created_at": tweet.get("created_at"),
                    "extra": {"screen_name": mention.get("screen_name")},
                })  # fmt: skip
        reply_user = tweet.get("in_reply_to_user_id_str")
        if reply_user and f"x:{reply_user}" != owner:
            interactions.append({
                "_row": index, "interaction_id": f"x:{tweet_id}:reply", "actor_account_id": owner, "kind": "reply",
                "post_id": f"x:{reply_to}" if reply_to else None, "target_account_id": f"x:{reply_user}",
                "created_at": tweet.get("created_at"), "text": text,
            })  # fmt: skip
    posts_frame = rows(posts)
    if len(posts_frame):
        posts_frame["created_at"] = timestamps(posts_frame["created_at"], TWEET_DATE)
    tweets_label = tweets[0][0] if tweets else tree.label("data/tweets.js")
    parts.append(Part("posts", tweets_label, posts_frame))
    follows = []
    for name, direction in (("follower", "in"), ("following", "out")):
        for label, index, record in read_ytd(tree, name):
            other = "x:" + str(field(record, f"{name}.accountId", label, index))
            src, dst = (other, owner) if direction == "in" else (owner, other)
            follows.append({"_row": index, "src_account_id": src, "dst_account_id": dst, "platform": "x",
                            "extra": {"file": name}})  # fmt: skip
    if follows:
        parts.append(Part("follows", tree.label("data/follower.js"), rows(follows)))
    if interactions:
        frame = rows(interactions)
        frame["created_at"] = timestamps(frame["created_at"], TWEET_DATE)
        parts.append(Part("interactions", tweets_label, frame))
    likes = []
    for label, index, record in read_ytd(tree, "like"):
        like = field(record, "like", label, index)
        tweet_id = str(field(like, "tweetId", label, index))
        likes.append({
            "_row": index, "interaction_id": f"x:{tweet_id}:like:{owner}", "actor_account_id": owner,
            "kind": "like", "post_id": f"x:{tweet_id}",
            "extra": {"liked_text": _unescape(like.get("fullText")), "url": like.get("expandedUrl")},
        })  # fmt: skip
    if likes:
        parts.append(Part("interactions", tree.label("data/like.js"), rows(likes)))
    for name in ("direct-messages", "direct-messages-group"):
        messages = _direct_messages(tree, name)
        if len(messages):
            parts.append(Part("interactions", tree.label(f"data/{name}.js"), messages))
    return parts


def _direct_messages(tree: ExportTree, name: str) -> pd.DataFrame:
    """``message`` interactions of ``data/<name>.js``: one per recipient of each message."""
    out = []
    for label, index, record in read_ytd(tree, name):
        conversation = field(record, "dmConversation", label, index)
        if not isinstance(conversation, dict):
            raise InputError(Problem(label, index, "dmConversation", "expected an object"))
        events = conversation.get("messages") or []
        if not isinstance(events, list):
            raise InputError(Problem(label, index, "dmConversation.messages", "expected a list"))
        people: set[str] = set()  # everyone seen in the conversation: a group message reaches them all
        for event in events:
            for key, ids in (("messageCreate", "senderId"), ("joinConversation", "participantsSnapshot"),
                             ("participantsJoin", "userIds")):  # fmt: skip
                value = event.get(key) if isinstance(event, dict) else None
                found = value.get(ids) if isinstance(value, dict) else None
                people.update(str(u) for u in (found if isinstance(found, list) else [found] if found else []))
        for event in events:
            message = event.get("messageCreate") if isinstance(event, dict) else None
            if not isinstance(message, dict):
                continue  # joins, leaves, renames: not messages
            sender = str(field(message, "senderId", label, index))
            message_id = str(field(message, "id", label, index))
            recipient = message.get("recipientId")
            targets = [str(recipient)] if recipient else sorted(people - {sender})
            for target in targets or [None]:
                out.append({
                    "_row": index, "interaction_id": f"x:dm:{message_id}:{target or ''}",
                    "actor_account_id": f"x:{sender}", "kind": "message",
                    "target_account_id": f"x:{target}" if target else None,
                    "created_at": message.get("createdAt"), "text": _unescape(message.get("text")),
                    "channel": f"x:dm:{conversation.get('conversationId')}",
                    "extra": {"private": True, "group": name.endswith("group")},
                })  # fmt: skip
    frame = rows(out)
    if len(frame):
        frame["created_at"] = timestamps(frame["created_at"])
    return frame
