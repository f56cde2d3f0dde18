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
       "First0001", "Last0001", "person0001@example.com", "x.com/", "acme_official", "ana@x.org")  # fmt: skip


def _scan(store: Store, needles: tuple[str, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table in store.tables():
        if table in ("import_log",):  # file paths of the imports, not people data
            continue
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
    posts = tmp_path / "posts.csv"
    posts.write_text("post_id,account_id,text\nq1,acme_official,Thanks @dealingwith! write to ana@x.org\n")
    import_files(store, "posts", [posts])
    assert _scan(store, RAW) == {}
    key = key_file.read_bytes().strip()
    owner = pseudonym(key, "x:17920070")
    assert store.scalar("SELECT count(*) FROM accounts WHERE account_id = ?", [owner]) == 1
    # ties still connect: the owner's 96 followers point at the same pseudonym
    assert store.scalar("SELECT count(*) FROM follows WHERE dst_account_id = ?", [owner]) == 96
    assert store.scalar("SELECT text FROM posts WHERE account_id = ?", [pseudonym(key, "acme_official")]) == (
        "Thanks @user! write to email"
    )
    out = CliRunner().invoke(app, ["pseudonym", "x:17920070"])
    assert out.exit_code == 0 and out.output.strip() == owner


def test_a_short_key_is_refused(store, tmp_path, monkeypatch):
    key_file = tmp_path / "k"
    key_file.write_text("short")
    monkeypatch.setenv("SOCIALSCOPE_PSEUDONYMISE_KEY", str(key_file))
    with pytest.raises(ValueError, match="16 bytes"):
        import_export(store, DATA / "formats" / "mbox" / "pipermail_2016_april.mbox")
