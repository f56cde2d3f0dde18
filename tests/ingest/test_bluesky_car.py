"""The Bluesky repository CAR export: MST walk, record mapping, ids shared with the API pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialscope.errors import InputError
from socialscope.ingest.formats import detect_export, import_export
from tests.conftest import DATA

CAR = DATA / "formats" / "bluesky_car" / "repo.car"
OWNER = "bluesky:did:plc:owner4example"
FRIEND = "bluesky:did:plc:friend2example"


def test_repository_records_become_canonical_rows(store) -> None:
    assert detect_export(CAR) == "bluesky-car"
    name, _, notes = import_export(store, CAR)
    assert name == "bluesky-car"
    owner = store.df("SELECT display_name, is_own, attributes FROM accounts WHERE account_id = ?", [OWNER]).iloc[0]
    assert owner.display_name == "Owner Example" and bool(owner.is_own) and "meetups" in owner.attributes
    posts = store.df("SELECT post_id, text, reply_to_post_id, repost_of_post_id FROM posts ORDER BY post_id")
    assert len(posts) == 3  # two posts and the repost
    reply = posts[posts.text.fillna("").str.startswith("@friend2")].iloc[0]
    assert reply.post_id == "bluesky:at://did:plc:owner4example/app.bsky.feed.post/3kaaaaaaaab2a"
    assert reply.reply_to_post_id == "bluesky:at://did:plc:friend2example/app.bsky.feed.post/3kfriendpost1"
    kinds = dict(store.con.execute("SELECT kind, count(*) FROM interactions GROUP BY kind").fetchall())
    assert kinds == {"like": 1, "share": 1, "reply": 1, "mention": 1}
    assert store.scalar("SELECT count(*) FROM interactions WHERE target_account_id = ?", [FRIEND]) == 4
    follows = store.df("SELECT dst_account_id, followed_at FROM follows WHERE src_account_id = ?", [OWNER])
    assert set(follows.dst_account_id) == {FRIEND, "bluesky:did:plc:third3example"}
    assert any("1 app.bsky.graph.block" in n for n in notes), notes


def test_importing_the_repository_twice_adds_nothing(store) -> None:
    import_export(store, CAR)
    counts = [store.count(t) for t in ("accounts", "posts", "interactions", "follows")]
    import_export(store, CAR)
    assert [store.count(t) for t in ("accounts", "posts", "interactions", "follows")] == counts


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if not byte & 0x80:
            return value, at
        shift += 7


def _without_block(data: bytes, marker: bytes) -> bytes:
    """The CAR with the first block containing ``marker`` left out (sections are varint-framed)."""
    size, at = _varint(data, 0)
    out, at = data[: at + size], at + size
    while at < len(data):
        size, body = _varint(data, at)
        section = data[at : body + size]
        if marker not in section or marker in out:
            out += section
        else:
            marker = b"\x00already dropped\x00"
        at = body + size
    return out


@pytest.mark.parametrize("damage", ["truncate", "garbage", "missing record"])
def test_a_damaged_car_is_refused_with_the_file_named_and_nothing_written(store, tmp_path: Path, damage) -> None:
    data = CAR.read_bytes()
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = b"\x0anot a car file at all"
    else:
        data = _without_block(data, b"app.bsky.feed.like")
        assert len(data) < len(CAR.read_bytes())
    broken = tmp_path / "repo.car"
    broken.write_bytes(data)
    with pytest.raises(InputError) as failure:
        import_export(store, broken, "bluesky-car")
    assert failure.value.file.endswith("repo.car")
    if damage == "missing record":
        assert failure.value.field == "app.bsky.feed.like/3kaaaaaaaad2a" and "missing" in str(failure.value)
    assert store.count("posts") == 0 and store.count("accounts") == 0
