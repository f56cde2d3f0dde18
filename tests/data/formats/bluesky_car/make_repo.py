"""Writes repo.car: a small Bluesky repository in the documented CAR/MST layout.

Run from this folder: ``python make_repo.py`` (needs libipld). Deterministic: the same bytes
every time. See SOURCE.md.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import libipld

DID = "did:plc:owner4example"
OTHER = "did:plc:friend2example"


def cid(block: bytes) -> bytes:
    """CIDv1, DAG-CBOR codec (0x71), SHA2-256 multihash."""
    return bytes([0x01, 0x71, 0x12, 0x20]) + hashlib.sha256(block).digest()


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


RECORDS = {
    "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Owner Example",
                                    "description": "Community lead. Posts about meetups."},
    "app.bsky.feed.post/3kaaaaaaaaa2a": {"$type": "app.bsky.feed.post", "text": "Meetup on Thursday, who is in?",
                                         "createdAt": "2024-05-01T09:00:00.000Z", "langs": ["en"]},
    "app.bsky.feed.post/3kaaaaaaaab2a": {
        "$type": "app.bsky.feed.post", "text": "@friend2.example.com see you there!",
        "createdAt": "2024-05-01T10:30:00.000Z",
        "reply": {"root": {"uri": f"at://{OTHER}/app.bsky.feed.post/3kfriendpost1", "cid": "bafyfake"},
                  "parent": {"uri": f"at://{OTHER}/app.bsky.feed.post/3kfriendpost1", "cid": "bafyfake"}},
        "facets": [{"index": {"byteStart": 0, "byteEnd": 20},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": OTHER}]}],
    },
    "app.bsky.feed.repost/3kaaaaaaaac2a": {"$type": "app.bsky.feed.repost", "createdAt": "2024-05-02T08:00:00.000Z",
                                           "subject": {"uri": f"at://{OTHER}/app.bsky.feed.post/3kfriendpost2",
                                                       "cid": "bafyfake"}},
    "app.bsky.feed.like/3kaaaaaaaad2a": {"$type": "app.bsky.feed.like", "createdAt": "2024-05-02T08:01:00.000Z",
                                         "subject": {"uri": f"at://{OTHER}/app.bsky.feed.post/3kfriendpost2",
                                                     "cid": "bafyfake"}},
    "app.bsky.graph.follow/3kaaaaaaaae2a": {"$type": "app.bsky.graph.follow", "subject": OTHER,
                                            "createdAt": "2024-04-01T12:00:00.000Z"},
    "app.bsky.graph.follow/3kaaaaaaaaf2a": {"$type": "app.bsky.graph.follow", "subject": "did:plc:third3example",
                                            "createdAt": "2024-04-02T12:00:00.000Z"},
    "app.bsky.graph.block/3kaaaaaaaag2a": {"$type": "app.bsky.graph.block", "subject": "did:plc:spam9example",
                                           "createdAt": "2024-04-03T12:00:00.000Z"},
}  # fmt: skip


def main() -> None:
    blocks: list[tuple[bytes, bytes]] = []
    entries, previous = [], b""
    for key in sorted(RECORDS):
        block = libipld.encode_dag_cbor(RECORDS[key])
        blocks.append((cid(block), block))
        raw = key.encode()
        shared = next(
            (i for i, (a, b) in enumerate(zip(previous, raw, strict=False)) if a != b), min(len(previous), len(raw))
        )
        entries.append({"p": shared, "k": raw[shared:], "v": cid(block), "t": None})
        previous = raw
    node = libipld.encode_dag_cbor({"l": None, "e": entries})
    blocks.append((cid(node), node))
    commit = libipld.encode_dag_cbor({"did": DID, "version": 3, "data": cid(node), "rev": "3kaaaaaaaaz2a",
                                      "prev": None, "sig": b"\x00" * 64})  # fmt: skip
    blocks.insert(0, (cid(commit), commit))
    header = libipld.encode_dag_cbor({"roots": [cid(commit)], "version": 1})
    out = varint(len(header)) + header
    for block_cid, block in blocks:
        out += varint(len(block_cid) + len(block)) + block_cid + block
    Path(__file__).with_name("repo.car").write_bytes(out)


if __name__ == "__main__":
    main()
