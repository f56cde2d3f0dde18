"""Bluesky repository export: the CAR file of an account's whole repo (Settings → Account →
Export my data, or ``com.atproto.sync.getRepo``).

A CAR v1 file of DAG-CBOR blocks (https://atproto.com/specs/repository): the root is the
signed commit (``did``, ``data`` → the Merkle Search Tree), the tree's entries map
``collection/rkey`` keys (prefix-compressed: ``p`` bytes shared with the previous key, then
``k``) to record blocks. Read with ``libipld`` (the Rust CAR/DAG-CBOR decoder of the
atproto Python SDK). Records become rows with the same ids as the API-page importer
(``bluesky:<did>``, ``bluesky:at://<did>/<collection>/<rkey>``): ``app.bsky.feed.post`` posts
(replies keep their parent, mention facets become mentions), ``app.bsky.feed.repost`` reposts
+ share interactions, ``app.bsky.feed.like`` likes, ``app.bsky.graph.follow`` follows,
``app.bsky.actor.profile`` the owner's name and bio. Other collections (lists, blocks,
threadgates …) are counted in the import note, not imported.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import rows, timestamps
from socialscope.ingest.records import Part

MENTION = "app.bsky.richtext.facet#mention"


def detect_file(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".car":
        return False
    try:
        header, _ = _decode(path.read_bytes(), str(path))
    except InputError:
        return False
    return header.get("version") == 1 and bool(header.get("roots"))


def _decode(data: bytes, label: str) -> tuple[dict, dict]:
    import libipld

    try:
        header, blocks = libipld.decode_car(data)
    except (ValueError, TypeError, KeyError, OverflowError) as exc:  # libipld raises ValueError on bad input
        raise InputError(Problem(label, None, None, f"not a readable CAR file: {exc}")) from None
    if not isinstance(header, dict) or not isinstance(blocks, dict):
        raise InputError(Problem(label, None, None, "not a CAR v1 file"))
    return header, blocks


def _cid(link: Any) -> bytes:
    """A link as the key ``decode_car`` uses for blocks (the CID's bytes)."""
    if not isinstance(link, bytes):
        raise ValueError(f"not a link: {link!r}")
    return link


def _show(cid: bytes) -> str:
    """A CID as people see it (base32, ``bafy…``)."""
    import libipld

    try:
        return libipld.encode_cid(cid)
    except (ValueError, TypeError):
        return cid.hex()


def _walk(blocks: dict, node_cid: bytes, label: str, seen: set[bytes]) -> list[tuple[str, bytes]]:
    """(key, record CID) of every entry under an MST node, in key order."""
    if node_cid in seen:
        raise InputError(Problem(label, None, None, f"the record tree loops at block {_show(node_cid)}"))
    seen.add(node_cid)
    node = blocks.get(node_cid)
    if not isinstance(node, dict) or not isinstance(node.get("e"), list):
        raise InputError(Problem(label, None, None, f"record tree node {_show(node_cid)} is missing or malformed"))
    out: list[tuple[str, bytes]] = []
    if node.get("l"):
        if not isinstance(node["l"], bytes):
            raise InputError(
                Problem(label, None, None, f"record tree node {_show(node_cid)} has a malformed left link")
            )
        out += _walk(blocks, node["l"], label, seen)
    key = b""
    for entry in node["e"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("k"), bytes):
            raise InputError(Problem(label, None, None, f"record tree node {_show(node_cid)} has a malformed entry"))
        key = key[: int(entry.get("p") or 0)] + entry["k"]
        try:
            out.append((key.decode("utf-8", errors="replace"), _cid(entry.get("v"))))
            subtree = _cid(entry["t"]) if entry.get("t") else None
        except ValueError as exc:
            raise InputError(Problem(label, None, None, f"record tree node {_show(node_cid)}: {exc}")) from None
        if subtree:
            out += _walk(blocks, subtree, label, seen)
    return out


def _did_of(uri: str | None) -> str | None:
    if not uri or not uri.startswith("at://"):
        return None
    return uri[5:].split("/", 1)[0]


def parse(path: str) -> list[Part]:
    source = Path(path)
    label = str(source)
    header, blocks = _decode(source.read_bytes(), label)
    roots = header.get("roots") or []
    if not roots:
        raise InputError(Problem(label, None, None, "the CAR file names no root (commit) block"))
    try:
        commit = blocks.get(_cid(roots[0]))
        data_root = _cid(commit.get("data")) if isinstance(commit, dict) else None
    except ValueError as exc:
        raise InputError(Problem(label, None, None, f"the root is not a commit block: {exc}")) from None
    if not isinstance(commit, dict) or not str(commit.get("did", "")).startswith("did:"):
        raise InputError(Problem(label, None, "did", "the root block is not a repository commit with a DID"))
    did = commit["did"]
    me = f"bluesky:{did}"
    entries = _walk(blocks, data_root, label, set())
    account: dict[str, Any] = {"_row": 1, "account_id": me, "platform": "bluesky", "is_own": True}
    accounts, posts, interactions, follows = [], [], [], []
    skipped: Counter[str] = Counter()
    for row, (key, record_cid) in enumerate(entries, start=1):
        collection, _, rkey = key.partition("/")
        record = blocks.get(record_cid)
        if not isinstance(record, dict):
            raise InputError(Problem(label, row, key, f"record block {_show(record_cid)} is missing from the file"))
        uri = f"at://{did}/{collection}/{rkey}"
        created = record.get("createdAt")
        subject = record.get("subject")
        if collection == "app.bsky.feed.post":
            post_id = f"bluesky:{uri}"
            parent = ((record.get("reply") or {}).get("parent") or {}).get("uri")
            posts.append({"_row": row, "post_id": post_id, "account_id": me, "platform": "bluesky",
                          "created_at": created, "text": record.get("text"),
                          "reply_to_post_id": f"bluesky:{parent}" if parent else None,
                          "extra": {"langs": record.get("langs")} if record.get("langs") else None})  # fmt: skip
            if parent and _did_of(parent) and _did_of(parent) != did:
                interactions.append({"_row": row, "interaction_id": f"{post_id}#reply", "actor_account_id": me,
                                     "kind": "reply", "post_id": f"bluesky:{parent}",
                                     "target_account_id": f"bluesky:{_did_of(parent)}", "created_at": created})  # fmt: skip
            for facet in record.get("facets") or []:
                for feature in facet.get("features") or []:
                    if feature.get("$type") == MENTION and feature.get("did"):
                        interactions.append({"_row": row, "interaction_id": f"{post_id}#mention:{feature['did']}",
                                             "actor_account_id": me, "kind": "mention", "post_id": post_id,
                                             "target_account_id": f"bluesky:{feature['did']}", "created_at": created})  # fmt: skip
        elif collection in ("app.bsky.feed.repost", "app.bsky.feed.like") and isinstance(subject, dict):
            target_uri = subject.get("uri")
            author = _did_of(target_uri)
            kind = "share" if collection.endswith("repost") else "like"
            interactions.append({"_row": row, "interaction_id": f"bluesky:{uri}", "actor_account_id": me, "kind": kind,
                                 "post_id": f"bluesky:{target_uri}",
                                 "target_account_id": f"bluesky:{author}" if author else None, "created_at": created})  # fmt: skip
            if kind == "share":
                posts.append({"_row": row, "post_id": f"bluesky:{uri}", "account_id": me, "platform": "bluesky",
                              "created_at": created, "repost_of_post_id": f"bluesky:{target_uri}"})  # fmt: skip
        elif collection == "app.bsky.graph.follow" and isinstance(subject, str):
            follows.append({"_row": row, "src_account_id": me, "dst_account_id": f"bluesky:{subject}",
                            "platform": "bluesky", "followed_at": created})  # fmt: skip
        elif collection == "app.bsky.actor.profile":
            account["display_name"] = record.get("displayName") or None
            if record.get("description"):
                account["attributes"] = {"bio": record["description"]}
        else:
            skipped[collection] += 1
    accounts.append(account)
    note = f"{len(entries):,} records"
    if skipped:
        note += "; not imported (no canonical table): " + ", ".join(f"{n} {c}" for c, n in sorted(skipped.items()))
    parts = [Part("accounts", label, rows(accounts), note=note)]
    for table, records in (("posts", posts), ("interactions", interactions), ("follows", follows)):
        if records:
            frame = rows(records)
            for column in ("created_at", "followed_at"):
                if column in frame:
                    frame[column] = timestamps(frame[column])
            parts.append(Part(table, label, frame))
    return parts
