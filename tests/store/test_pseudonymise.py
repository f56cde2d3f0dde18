"""Pseudonymisation at import: with a key, no raw identifier reaches any table."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app
from socialscope.ingest import import_files
from socialscope.ingest.formats import import_export
from socialscope.store import Store
from socialscope.store.pseudonymise import pseudonym
from tests.conftest import DATA

RAW = ("vovavasilina", "17920070", "dealingwith", "indieweb.social", "jgb@example.com", "andy@example.com",
       "First0001", "Last0001", "person0001@example.com", "x.com/", "acme_official", "ana@x.org",
       "7946 0958", "7946%200958", "andy%40example.com")  # fmt: skip


def _scan(store: Store, needles: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table in store.tables():
        columns = [r[0] for r in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()]  # fmt: skip
        for needle in needles:
            hits = store.scalar(
                f'SELECT count(*) FROM "{table}" WHERE '
                + " OR ".join(f'contains(lower(CAST("{c}" AS VARCHAR)), ?)' for c in columns),
                [needle.lower()] * len(columns),
            )
            if hits:
                found.setdefault(table, []).append(needle)
    return found


def test_no_raw_identifier_anywhere(store, tmp_path, monkeypatch):
    key_file = tmp_path / "pseudonym.key"
    key_file.write_bytes(b"0123456789abcdef-secret-kept-elsewhere")
    monkeypatch.setenv("SOCIALSCOPE_PSEUDONYMISE_KEY", str(key_file))
    formats = DATA / "formats"
    import_export(store, formats / "x_archive")
    import_export(store, formats / "mastodon_archive")
    import_export(store, formats / "mbox" / "pipermail_2016_april.mbox")
    import_export(store, formats / "linkedin_export")
    folder = tmp_path / "export-of-vovavasilina"  # import_log keeps where files came from
    folder.mkdir()
    posts = folder / "posts.csv"
    posts.write_text("post_id,account_id,text\nq1,acme_official,Thanks @dealingwith! write to ana@x.org\n"
                     "q2,acme_official,call +44 20 7946 0958\n")  # fmt: skip
    import_files(store, "posts", [posts])
    visits = folder / "touchpoints.csv"
    visits.write_text(
        "visitor_id,occurred_at,source,medium,referrer,landing_page\n"
        "v1,2021-06-17 10:00,newsletter,email,https://mail.example.com/u/ana@x.org/inbox,"
        "https://shop.example.com/welcome/andy@example.com?email=andy%40example.com&tel=%2B44%2020%207946%200958"
        "&utm_source=newsletter&utm_campaign=june\n"
        "v2,2021-06-17 11:00,x.com,social,https://x.com/vovavasilina/status/1,https://shop.example.com/\n"
    )
    import_files(store, "touchpoints", [visits])
    assert _scan(store, RAW) == {}
    assert sorted(store.con.execute("SELECT referrer, landing_page FROM touchpoints").fetchall()) == [
        ("https://mail.example.com", "https://shop.example.com/welcome/email?utm_source=newsletter&utm_campaign=june"),
        ("https://x.com", "https://shop.example.com/"),
    ]
    key = key_file.read_bytes().strip()
    owner = pseudonym(key, "x:17920070")
    assert store.scalar("SELECT count(*) FROM accounts WHERE account_id = ?", [owner]) == 1
    # ties still connect: the owner's 96 followers point at the same pseudonym
    assert store.scalar("SELECT count(*) FROM follows WHERE dst_account_id = ?", [owner]) == 96
    # both of the brand's posts, mentions, addresses and numbers replaced (no ORDER BY is no order)
    texts = store.con.execute("SELECT text FROM posts WHERE account_id = ?", [pseudonym(key, "acme_official")])
    assert sorted(row[0] for row in texts.fetchall()) == ["Thanks @user! write to email", "call phone"]
    out = CliRunner().invoke(app, ["pseudonym", "x:17920070"])
    assert out.exit_code == 0 and out.output.strip() == owner
    store.con.execute("CHECKPOINT")
    data = store.path.read_bytes()
    assert [needle for needle in RAW if needle.encode() in data] == []


def test_a_binary_key_hashes_the_same_in_the_importer_and_the_lookup(store, tmp_path, monkeypatch):
    """Issue #25: a key with bytes >= 0x80 was hashed as UTF-8 text by the importer, as bytes by
    `socialscope pseudonym`, so the lookup found nobody. Both follow SHA-256(key bytes ‖ value)."""
    import hashlib

    key = bytes(range(256))[::-1][:40]  # starts with 0xff: not valid UTF-8
    key_file = tmp_path / "binary.key"
    key_file.write_bytes(key)
    monkeypatch.setenv("SOCIALSCOPE_PSEUDONYMISE_KEY", str(key_file))
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("account_id,handle\nx:17920070,vovavasilina\n")
    import_files(store, "accounts", [accounts])
    expected = "p:" + hashlib.sha256(key + b"x:17920070").hexdigest()[:20]
    assert pseudonym(key, "x:17920070") == expected
    assert store.scalar("SELECT account_id FROM accounts") == expected
    out = CliRunner().invoke(app, ["pseudonym", "x:17920070"])
    assert out.exit_code == 0 and out.output.strip() == expected


def test_a_short_key_is_refused(store, tmp_path, monkeypatch):
    key_file = tmp_path / "k"
    key_file.write_text("short")
    monkeypatch.setenv("SOCIALSCOPE_PSEUDONYMISE_KEY", str(key_file))
    with pytest.raises(ValueError, match="16 bytes"):
        import_export(store, DATA / "formats" / "mbox" / "pipermail_2016_april.mbox")
