"""Count the truth of a genuine export with the standard library only (json, csv, email) —
never with socialscope — and write it to the folder's truth.json.

    python tests/data/real/count_truth.py FOLDER

FOLDER's truth.json must already name ``format`` and ``import`` (what to import, relative to
FOLDER); this script fills ``counts`` (and ``texts``: a few records' expected text) and
prints them for the folder's SOURCE.md.
"""

from __future__ import annotations

import csv
import email.utils
import html
import io
import json
import mailbox
import re
import sys
import tarfile
from pathlib import Path
from urllib.parse import unquote


def _ytd(root: Path, name: str) -> list:
    out = []
    for path in sorted(root.glob(f"data/{name}.js")) + sorted(root.glob(f"data/{name}-part*.js")):
        text = path.read_text(encoding="utf-8")
        out += json.loads(text[text.index("[") :])
    return out


def x_archive(root: Path) -> dict:
    tweets = [r.get("tweet", r) for r in (_ytd(root, "tweets") or _ytd(root, "tweet"))]
    accounts = _ytd(root, "account")
    if accounts:
        owner = accounts[0]["account"]["accountId"]
    else:
        text = (root / "data" / "manifest.js").read_text(encoding="utf-8")
        owner = json.loads(text[text.index("{") :])["userInfo"]["accountId"]
    messages = 0
    for name in ("direct-messages", "direct-messages-group"):
        for conversation in _ytd(root, name):
            messages += sum(1 for m in conversation["dmConversation"]["messages"] if "messageCreate" in m)
    entity = [t for t in tweets if re.search(r"&(amp|lt|gt);", t.get("full_text", ""))]
    counts = {
        "owner": f"x:{owner}",
        "posts": len({t["id_str"] for t in tweets}),
        "posts.replies": sum(1 for t in tweets if t.get("in_reply_to_status_id_str")),
        "follows.in": len({r["follower"]["accountId"] for r in _ytd(root, "follower")}),
        "follows.out": len({r["following"]["accountId"] for r in _ytd(root, "following")}),
        "interactions.like": len({r["like"]["tweetId"] for r in _ytd(root, "like")}),
        "interactions.message": messages,
    }
    texts = {f"x:{t['id_str']}": html.unescape(t["full_text"]) for t in entity[:3]}  # X escapes &, <, >
    return {"counts": counts, "texts": texts}


def _facebook_text(value: str) -> str:
    """Facebook's Latin-1 mojibake undone (UTF-8 bytes written as Latin-1 characters)."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def facebook(root: Path) -> dict:
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*.json") if p.name != "truth.json")
    posts, tags, likes, reactions, followers, following = [], {}, 0, 0, set(), set()
    owners = set()
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        name = path.name
        if name.startswith("likes_and_reactions"):
            owners.add("facebook:me")
            for record in data:
                for item in record["data"]:
                    kind = item.get("reaction", {}).get("reaction")
                    likes += kind == "LIKE"
                    reactions += kind not in ("LIKE", "NONE", None)
        elif name.startswith(("followers", "following")):
            owners.add("instagram:me")
            records = data if isinstance(data, list) else data["relationships_following"]
            users = {e.get("value") or r["title"] for r in records for e in r["string_list_data"]}
            (followers if name.startswith("followers") else following).update(users)
        else:
            for record in data:
                if "media" in record:  # Instagram: the caption is the title (of the post, or its one photo)
                    owners.add("instagram:me")
                    caption = record.get("title") or record["media"][0].get("title")
                    key = json.dumps(record, sort_keys=True)
                    posts.append((record.get("creation_timestamp"), key, (caption,) if caption else ()))
                    tags[key] = 0
                    continue
                owners.add("facebook:me")
                body = [d["post"] for d in record.get("data", []) if d.get("post")]
                key = json.dumps(record, sort_keys=True)  # identical records are one post exported twice
                posts.append((record.get("timestamp"), key, tuple(body)))
                tags[key] = len({t["name"] for t in record.get("tags", [])})
    counts = {"owner": ",".join(sorted(owners))}
    if posts:
        counts.update({"posts": len(set(posts)), "posts.with_text": sum(1 for p in set(posts) if p[2]),
                       "interactions.mention": sum(tags.values())})  # fmt: skip
    if likes or reactions:
        counts.update({"interactions.like": likes, "interactions.reaction": reactions})
    if followers or following:
        counts.update({"follows.in": len(followers), "follows.out": len(following),
                       "accounts.people": len(followers | following)})  # fmt: skip
    texts = {}
    for stamp, _, body in posts:
        if body and any(ord(c) > 127 for c in body[0]):  # a text whose mojibake must be repaired
            texts[f"timestamp:{stamp}"] = _facebook_text("\n".join(body))
            break
    return {"counts": counts, "texts": texts} if texts else {"counts": counts}


PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def _mastodon_files(root: Path) -> dict[str, bytes]:
    if root.is_dir():
        return {p.name: p.read_bytes() for p in root.glob("*.json")}
    with tarfile.open(root) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def mastodon(root: Path) -> dict:
    files = _mastodon_files(root)
    actor = json.loads(files["actor.json"])
    user = re.match(r"^https?://([^/]+)/(?:users/|@)([^/]+)", actor["id"])
    host = re.match(r"^https?://([^/]+)/", actor["id"]).group(1)
    owner = f"mastodon:{user.group(2)}@{user.group(1)}" if user else f"mastodon:{actor['preferredUsername']}@{host}"
    items = json.loads(files["outbox.json"])["orderedItems"]
    notes, direct, boosts = [], [], 0
    for activity in items:
        if activity["type"] == "Announce":
            boosts += 1
            continue
        note = activity["object"]
        to, cc = note.get("to", []), note.get("cc", [])
        public = PUBLIC in to or PUBLIC in cc or any(a.endswith("/followers") for a in to)
        (notes if public else direct).append(note)
    messages = 0
    for note in direct:  # one message per addressee other than the owner (at least one)
        addressed = set(note.get("to", []) + note.get("cc", []))
        addressed |= {t["href"] for t in note.get("tag", []) if t.get("type") == "Mention"}
        addressed.discard(actor["id"])
        messages += max(1, len(addressed))
    likes = json.loads(files["likes.json"])["orderedItems"] if "likes.json" in files else []
    counts = {
        "owner": owner,
        "posts": len(notes) + boosts,
        "posts.reposts": boosts,
        "posts.replies": sum(1 for n in notes if n.get("inReplyTo")),
        "interactions.message": messages,
        "interactions.private": messages,
        "interactions.like": len(set(likes)),
    }
    return {"counts": counts}


def _csv(root: Path, name: str) -> list[dict]:
    """A LinkedIn CSV's records (after the Notes: preamble; UTF-16 with tabs in 2018)."""
    path = next((p for p in root.iterdir() if p.name.lower() == name.lower()), None)
    if path is None:
        return []
    raw = path.read_bytes()
    utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    lines = raw.decode("utf-16" if utf16 else "utf-8-sig").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith(("Notes:", '"When')))
    reader = csv.reader(io.StringIO("".join(lines[start:]), newline=""), delimiter="\t" if utf16 else ",")
    header = next(reader)
    # LinkedIn writes a comment's line breaks unquoted: the lines after the first are short rows
    return [dict(zip(header, r, strict=True)) for r in reader if len(r) == len(header)]


def linkedin(root: Path) -> dict:
    people = _csv(root, "Connections.csv")
    names = [f"{p['First Name']} {p['Last Name']}".strip() for p in people]
    reactions = _csv(root, "Reactions.csv")
    messages = _csv(root, "messages.csv")
    invitations = _csv(root, "Invitations.csv")
    sent = 0
    for m in messages:
        sender = (m.get("FROM") or m.get("From") or "").strip()
        if not sender:
            continue  # sponsored InMail
        to = m.get("TO") or m.get("To") or ""
        urls = [u for u in (m.get("RECIPIENT PROFILE URLS") or "").split(",") if u]
        sent += len(urls) if urls and len(to.split(",")) == len(urls) else 1
    counterparts = set()
    for invitation in invitations:
        other = invitation["To"] if invitation["Direction"] == "OUTGOING" else invitation["From"]
        if other.strip() not in names:
            counterparts.add((invitation["Direction"], other.strip()))
    counts = {
        "owner": "linkedin:me",
        "follows.connections": len(people),
        "follows.invitations": len(counterparts),
        "interactions.message": sent,
        "interactions.like": sum(1 for r in reactions if r["Type"] == "LIKE"),
        "interactions.reaction": sum(1 for r in reactions if r["Type"] != "LIKE"),
        "interactions.on_comment": sum(1 for r in reactions if "urn:li:comment:" in unquote(r["Link"])),
        "interactions.comment": len(_csv(root, "Comments.csv")),
        "posts": len({s.get("ShareLink") or s.get("Share Link") for s in _csv(root, "Shares.csv")}),
    }
    return {"counts": counts}


def slack(root: Path) -> dict:
    channels = {c["name"] for c in json.loads((root / "channels.json").read_text(encoding="utf-8"))}
    messages = set()
    for day in root.glob("*/*.json"):
        if day.parent.name not in channels or not re.fullmatch(r"\d{4}-\d{2}-\d{2}\.json", day.name):
            continue  # a canvas or list file inside a channel folder is not a day of messages
        for m in json.loads(day.read_text(encoding="utf-8")):
            notice = str(m.get("subtype") or "").startswith(("channel_", "group_"))
            if m.get("type") == "message" and (m.get("user") or m.get("bot_id")) and not notice:
                messages.add((day.parent.name, m["ts"], m.get("user") or m.get("bot_id")))
    users = json.loads((root / "users.json").read_text(encoding="utf-8"))
    return {"counts": {"slack.messages": len(messages), "accounts.listed": len(users)}}


def _addresses(message: mailbox.mboxMessage, field: str) -> list[str]:
    value = re.sub(r"\b([\w.+-]+) at ([\w-]+(?:\.[\w-]+)+)\b", r"\1@\2", str(message.get(field, "")))
    return [a.lower() for _, a in email.utils.getaddresses([value]) if "@" in a]


def mbox(root: Path) -> dict:
    """Messages, people and ties of an mbox file (or a folder of them), with ``mailbox``: each
    message is one tie to each of its To/Cc recipients, else to the author of the message it
    answers when that one is in the mailbox, else a broadcast; pipermail writes ``user at host``
    and ``bogus@does.not.exist.com`` for a sender it lost (a different unknown person each time)."""
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    messages = []
    for path in paths:
        for message in mailbox.mbox(path, create=False):
            references = str(message.get("References") or "").split()
            parent = str(message.get("In-Reply-To") or "").strip() or (references[-1] if references else "")
            recipients = _addresses(message, "To") + _addresses(message, "Cc")
            mid, sender = str(message["Message-ID"]).strip(), _addresses(message, "From")[0]
            if sender == "bogus@does.not.exist.com":  # pipermail lost the sender: nobody in particular
                sender = f"unknown:{mid}"
            messages.append((mid, sender, recipients, parent))
    author = {mid: sender for mid, sender, _, _ in messages}
    ties, people = set(), set()
    for mid, sender, recipients, parent in messages:
        people.update([sender, *recipients])
        targets = [r for r in recipients if r != sender]
        if not targets and author.get(parent) not in (None, sender):
            targets = [author[parent]]
        ties.update((mid, t) for t in targets or [None])
    counts = {
        "messages.distinct": len({m[0] for m in messages}),
        "interactions.email": len(ties),
        "interactions.targeted": sum(1 for _, target in ties if target),
        "accounts": len(people),
    }
    return {"counts": counts}


def bluesky(root: Path) -> dict:
    """Posts, reposts, mentions, likes and accounts of saved ``getAuthorFeed`` pages (a file or a
    folder), as the API writes them or as the atproto Python SDK dumps them (snake_case names,
    ``py_type`` for ``$type``)."""

    def get(record: dict, name: str, sdk_name: str) -> object:
        return record.get(name, record.get(sdk_name))

    pages = sorted(root.glob("*.json")) if root.is_dir() else [root]
    posts, reposts, mentions, people, likes, dated = set(), set(), set(), set(), 0, 0
    for page in pages:
        for item in json.loads(page.read_text(encoding="utf-8"))["feed"]:
            post = item["post"]
            if post["uri"] not in posts:
                likes += get(post, "likeCount", "like_count") or 0
                dated += bool(get(post["record"], "createdAt", "created_at"))
            posts.add(post["uri"])
            people.add(post["author"]["did"])
            for facet in post["record"].get("facets") or []:
                for feature in facet["features"]:
                    if get(feature, "$type", "py_type") == "app.bsky.richtext.facet#mention":
                        mentions.add((post["uri"], feature["did"]))
            reason = item.get("reason") or {}
            if get(reason, "$type", "py_type") == "app.bsky.feed.defs#reasonRepost":
                reposts.add((post["uri"], reason["by"]["did"]))
                people.add(reason["by"]["did"])
                dated += bool(get(reason, "indexedAt", "indexed_at"))
    counts = {
        "posts": len(posts) + len(reposts),
        "posts.reposts": len(reposts),
        "posts.dated": dated,
        "posts.likes": likes,
        "interactions.share": len(reposts),
        "interactions.mention": len(mentions),
        "accounts.listed": len(people),
    }
    return {"counts": counts}


COUNTERS = {
    "slack-export": slack,
    "x-archive": x_archive,
    "facebook-posts": facebook,
    "mastodon-archive": mastodon,
    "linkedin-export": linkedin,
    "mbox": mbox,
    "bluesky": bluesky,
}


def main(folder: str) -> None:
    folder_path = Path(folder)
    truth_path = folder_path / "truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    truth.update(COUNTERS[truth["format"]](folder_path / truth["import"]))
    truth_path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(truth, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
