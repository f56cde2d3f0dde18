"""Genuine exports of every year and product variant (``tests/data/real``, each with a
SOURCE.md) import to exactly the truth counted from the files with plain json/csv
(``tests/data/real/count_truth.py``), are detected without ``--from``, and import idempotently.
"""

from __future__ import annotations

import json

import pytest

from socialscope.errors import InputError, UsageError
from socialscope.ingest.formats import detect_export, import_export
from socialscope.store import Store
from tests.ingest.corpus import GENUINE, count_sql, variant_folders

VARIANTS = [g for g in GENUINE if g.truth is not None]


def test_every_variant_folder_has_its_source_and_truth():
    folders = variant_folders()
    assert len(folders) >= 20
    for folder in folders:
        assert (folder / "SOURCE.md").exists(), folder
        assert (folder / "truth.json").exists(), folder


@pytest.mark.parametrize("variant", VARIANTS, ids=[g.name for g in VARIANTS])
def test_genuine_variant_matches_its_counted_truth(variant, store):
    assert detect_export(variant.root) == variant.format
    import_export(store, variant.root)
    found = {name: store.scalar(count_sql(name)) for name in variant.truth["counts"]}
    assert found == variant.truth["counts"]
    for key, text in variant.truth.get("texts", {}).items():  # a post id, or timestamp:<Unix seconds>
        where = "epoch(created_at) = ?" if key.startswith("timestamp:") else "post_id = ?"
        value = int(key.removeprefix("timestamp:")) if key.startswith("timestamp:") else key
        assert store.scalar(f"SELECT string_agg(text, '|') FROM posts WHERE {where}", [value]) == text
    _, again, _ = import_export(store, variant.root)
    assert sum(r.rows_new for r in again) == 0


def test_x_texts_have_no_html_entities_left(store):
    for variant in (g for g in VARIANTS if g.format == "x-archive"):
        import_export(store, variant.root)
    assert store.scalar("SELECT count(*) FROM posts WHERE regexp_matches(text, '&(amp|lt|gt);')") == 0


def test_x_archive_without_account_js_takes_its_owner_from_the_manifest(store):
    variant = next(g for g in VARIANTS if g.name.endswith("x_2020_tweet_js_no_account"))
    assert not (variant.root / "data" / "account.js").exists()
    import_export(store, variant.root)
    manifest = (variant.root / "data" / "manifest.js").read_text(encoding="utf-8")
    info = json.loads(manifest[manifest.index("{") :])["userInfo"]
    own = store.con.execute("SELECT account_id, handle, display_name, attributes FROM accounts WHERE is_own").fetchall()
    assert own[0][:3] == (f"x:{info['accountId']}", info["userName"], info["displayName"])
    assert "soulslike RPG" in json.loads(own[0][3])["bio"]  # from profile.js
    dm = store.con.execute(
        "SELECT actor_account_id, target_account_id, json_extract(extra, '$.private')::BOOLEAN FROM interactions "
        "WHERE kind = 'message'"
    ).fetchall()
    assert dm == [(f"x:{info['accountId']}", "x:233890382", True)]
    assert store.scalar("SELECT count(*) FROM posts WHERE post_id LIKE 'x:dm%'") == 0  # messages are not posts


# --- people stay distinct ------------------------------------------------------------------------


def _connections(tmp_path, rows: list[str]):
    """A LinkedIn export whose Connections.csv is the genuine preamble and header plus ``rows``."""
    from tests.ingest.corpus import FORMATS_DIR

    lines = (FORMATS_DIR / "linkedin_export" / "Connections.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    export = tmp_path / "li"
    export.mkdir(parents=True)
    (export / "Connections.csv").write_text("".join(lines[: header + 1]) + "".join(rows), encoding="utf-8")
    return export, lines[header + 1 :]


def test_every_linkedin_connection_is_its_own_person(store, tmp_path):
    from tests.ingest.corpus import FORMATS_DIR

    import_export(store, FORMATS_DIR / "linkedin_export")
    assert store.scalar("SELECT count(*) FROM accounts WHERE NOT is_own") == 5351  # the 53 hidden names too
    assert store.scalar("SELECT count(*) FROM accounts WHERE account_id LIKE 'linkedin:email:%'") == 167
    assert store.scalar("SELECT count(*) FROM follows") == 2 * 5351
    assert store.scalar("SELECT count(*) FROM accounts WHERE display_name IS NULL AND NOT is_own") == 53


def test_same_name_is_two_people_unless_a_url_or_email_says_one(store, tmp_path):
    _, genuine = _connections(tmp_path / "probe", [])
    first, second = genuine[10], genuine[20]  # two genuine rows (different companies and dates)
    name = ",".join(first.split(",")[:2])
    twin = name + "," + second.split(",", 2)[2]  # the second person, under the first's name
    export, _ = _connections(tmp_path, [first, twin])
    import_export(store, export)
    assert store.scalar("SELECT count(DISTINCT account_id) FROM accounts WHERE NOT is_own") == 2
    shared = name + ",same@example.com," + first.split(",", 3)[3]
    again = name + ",SAME@example.com," + second.split(",", 3)[3]
    export, _ = _connections(tmp_path / "mail", [shared, again])
    with Store(tmp_path / "mail.duckdb") as other:
        import_export(other, export)
        assert other.scalar("SELECT list(account_id) FROM accounts WHERE NOT is_own") == [
            "linkedin:email:same@example.com"
        ]


def test_an_id_that_is_only_a_prefix_is_refused(store, tmp_path):
    """A record without its native id would merge with every other such record: refused."""
    import shutil

    from socialscope.errors import InputError
    from tests.ingest.corpus import FORMATS_DIR

    export = tmp_path / "x"
    shutil.copytree(FORMATS_DIR / "x_archive", export)
    follower = export / "data" / "follower.js"
    follower.write_text(
        follower.read_text(encoding="utf-8").replace('"accountId" : "', '"accountId" : "" , "was" : "', 1)
    )
    with pytest.raises(InputError) as caught:
        import_export(store, export)
    problem = caught.value.problems[0]
    assert problem.file.endswith("follower.js") and problem.row == 1 and problem.field == "src_account_id"
    assert "'x:' is an id without its native part" in str(caught.value)
    assert store.count("accounts") == 0


def test_mastodon_tar_gz_archive_and_direct_messages(store):
    variant = next(g for g in VARIANTS if g.name.endswith("mastodon_2022_zh_targz"))
    assert variant.root.name.endswith(".tar.gz")
    import_export(store, variant.root)
    ties = store.con.execute(
        "SELECT target_account_id, count(*) FROM interactions WHERE kind = 'message' GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert ties == [("mastodon:ciao@bgme.me", 2), (None, 4)]  # two to @ciao, four notes to nobody
    assert store.scalar("SELECT count(*) FROM posts WHERE json_extract_string(extra, '$.visibility') = 'direct'") == 0
    assert store.scalar("SELECT count(*) FROM posts WHERE json_extract_string(extra, '$.visibility') = 'unlisted'") > 0


# --- LinkedIn content that used to be dropped ----------------------------------------------------


def test_linkedin_messages_are_ties_between_the_owner_and_connections(store):
    variant = next(g for g in VARIANTS if g.name.endswith("linkedin_2023_es_full"))
    _, _, notes = import_export(store, variant.root)
    ties = store.con.execute(
        "SELECT count(*) FILTER (WHERE actor_account_id = 'linkedin:me'), "
        "count(*) FILTER (WHERE target_account_id = 'linkedin:me'), "
        "count(*) FILTER (WHERE a.account_id IS NOT NULL) "
        "FROM interactions i LEFT JOIN accounts a ON a.account_id IN (i.actor_account_id, i.target_account_id) "
        "AND a.account_id LIKE 'linkedin:https://%' WHERE i.kind = 'message'"
    ).fetchone()
    assert ties[0] > 0 and ties[1] > 0 and ties[2] > 0  # both directions, and to known connections
    assert any("sponsored messages without a sender" in n for n in notes)
    assert store.scalar("SELECT count(*) FROM posts WHERE text LIKE '%\"' || chr(10) || '\"%'") == 0


def test_linkedin_shares_lose_their_per_line_quotes(store):
    from tests.ingest.corpus import FORMATS_DIR

    import_export(store, FORMATS_DIR / "linkedin_export")
    text = store.scalar("SELECT text FROM posts WHERE text LIKE 'So I did an exploratory analysis%'")
    assert "using SQL & Power BI.\n\nClearly Covid was kind to Africa" in text
    assert '"\n"' not in text and not text.endswith('"')


def test_a_single_export_file_is_accepted_with_from(tmp_path):
    from typer.testing import CliRunner

    from socialscope.cli.main import app
    from tests.ingest.corpus import FORMATS_DIR

    db = str(tmp_path / "one.duckdb")
    connections = str(FORMATS_DIR / "linkedin_export" / "Connections.csv")
    out = CliRunner().invoke(app, ["--db", db, "import", "--from", "linkedin-export", connections])
    assert out.exit_code == 0, out.output
    with Store(db) as store:
        assert store.count("accounts") == 5351 + 1 and store.count("follows") == 2 * 5351


def test_a_folder_of_mbox_files_is_one_mailbox(store):
    """The five genuine mbox files as one folder: every message once, replies across files."""
    from tests.ingest.corpus import FORMATS_DIR

    folder = FORMATS_DIR / "mbox"
    assert detect_export(folder) == "mbox"
    import_export(store, folder)
    ids = []
    for box in sorted(folder.glob("*.mbox")):
        text = box.read_text(encoding="utf-8", errors="replace")
        ids += [line.split(":", 1)[1].strip() for line in text.splitlines() if line.lower().startswith("message-id:")]
    assert len(ids) == 12
    stored = store.scalar("SELECT count(DISTINCT json_extract_string(extra, '$.message_id')) FROM interactions")
    assert stored == len(set(ids))
    _, again, _ = import_export(store, folder)
    assert sum(r.rows_new for r in again) == 0


def test_every_variant_is_listed_by_socialscope_formats_and_the_docs():
    from pathlib import Path

    from socialscope.ingest.formats import FORMATS

    docs = (Path(__file__).parents[2] / "docs" / "importers.md").read_text(encoding="utf-8")
    for variant in VARIANTS:
        assert FORMATS[variant.format].variants, variant.format
        assert f"`{variant.folder.name}`" in docs, variant.folder.name


def test_a_pipermail_txt_archive_is_an_mbox_and_other_text_is_not(tmp_path):
    """pipermail offers each month as ``2019-January.txt``: an mbox by content, not by name."""
    from socialscope.ingest.formats.mbox import detect_file

    genuine = next(g for g in VARIANTS if g.name.endswith("mbox_2019_pipermail_txt"))
    assert detect_file(genuine.root) and genuine.root.suffix == ".txt"
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / genuine.root.name).write_bytes(genuine.root.read_bytes())
    (folder / "README.txt").write_text("From time to time the list is archived here.\nSee: below\n")
    assert detect_file(folder)  # a folder of monthly archives, a README beside them
    prose = tmp_path / "notes.txt"
    prose.write_text("From the archive of 2019\nnothing but prose\n")
    assert not detect_file(prose) and not detect_file(folder / "README.txt")


def test_senders_the_archive_lost_are_not_one_person(store, tmp_path):
    """pipermail writes ``bogus@does.not.exist.com`` for every sender it could not read: two
    such messages are two unknown people, not one hub that "wrote" both."""
    genuine = next(g for g in VARIANTS if g.name.endswith("mbox_2007_12_pipermail_list_folder"))
    lost = (genuine.root / "2012-March.txt").read_text(encoding="utf-8")
    assert "From: bogus@does.not.exist.com ()" in lost
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "2012-March.txt").write_text(lost, encoding="utf-8")
    (archive / "2012-April.txt").write_text(
        lost.replace("Mar 14", "Apr 14").replace("mailman.0.", "mailman.1."), encoding="utf-8"
    )
    _, _, notes = import_export(store, archive)
    senders = store.con.execute("SELECT DISTINCT actor_account_id FROM interactions ORDER BY 1").fetchall()
    assert [s for (s,) in senders] == [
        "email:unknown:<mailman.0.1331727670.29634.caffeine-devel@lists.berlios.de>",
        "email:unknown:<mailman.1.1331727670.29634.caffeine-devel@lists.berlios.de>",
    ]
    assert store.scalar("SELECT count(*) FROM accounts WHERE handle LIKE 'bogus%'") == 0
    assert any("2 messages whose sender the archive lost" in n for n in notes), notes


def test_one_file_of_a_linkedin_export_is_recognised_on_its_own(tmp_path):
    """People import the one file they care about (Shares.csv): recognised by its name and
    header, read as with --from; a CSV merely named Shares.csv is not claimed; a renamed file
    given with --from is recognised by its header."""
    from tests.ingest.corpus import FORMATS_DIR, REAL_DIR

    for name in ("Shares.csv", "Connections.csv", "Comments.csv", "Reactions.csv", "Invitations.csv"):
        assert detect_export(REAL_DIR / "linkedin_2023_es_full" / name) == "linkedin-export", name
    with Store(tmp_path / "auto.duckdb") as auto, Store(tmp_path / "from.duckdb") as given:
        shares = REAL_DIR / "linkedin_2023_es_full" / "Shares.csv"
        import_export(auto, shares)
        import_export(given, shares, "linkedin-export")
        query = "SELECT post_id, text, created_at FROM posts ORDER BY post_id"
        assert auto.count("posts") == 111 and auto.df(query).equals(given.df(query))
    imposter = tmp_path / "Shares.csv"
    imposter.write_text("id,name,price\n1,socks,3.50\n")
    with pytest.raises(UsageError, match="not a format"):
        detect_export(imposter)
    renamed = FORMATS_DIR / "linkedin_export" / "Connections_2026_format_excerpt.csv"
    with Store(tmp_path / "renamed.duckdb") as store:
        import_export(store, renamed, "linkedin-export")
        assert store.count("follows") == 2 * 13


def test_a_mastodon_outbox_alone_is_an_archive_without_its_actor(tmp_path):
    """outbox.json on its own (people keep and publish just that): the owner is its
    activities' actor, and posts, replies and boosts are those of the whole archive."""
    import shutil

    from tests.ingest.corpus import REAL_DIR

    archive = REAL_DIR / "mastodon_2026_nl_folder"
    alone = tmp_path / "outbox.json"
    shutil.copy(archive / "outbox.json", alone)
    assert detect_export(alone) == "mastodon-archive"
    query = "SELECT post_id, account_id, text, created_at, reply_to_post_id, repost_of_post_id FROM posts ORDER BY 1"
    with Store(tmp_path / "whole.duckdb") as whole, Store(tmp_path / "alone.duckdb") as store:
        import_export(whole, archive)
        import_export(store, alone)
        assert store.df(query).equals(whole.df(query)) and store.count("posts") == 100
        assert store.scalar("SELECT account_id FROM accounts WHERE is_own") == "mastodon:darkpatern@mastodon.social"
        renamed = tmp_path / "my-toots.json"
        shutil.copy(alone, renamed)
        _, reports, _ = import_export(store, renamed, "mastodon-archive")  # under another name, with --from
        assert sum(r.rows_new for r in reports) == 0
    nobody = json.loads(alone.read_text())
    for item in nobody["orderedItems"]:
        item.pop("actor", None)
    alone.write_text(json.dumps(nobody))
    with Store(tmp_path / "none.duckdb") as store, pytest.raises(InputError, match="whose outbox") as caught:
        import_export(store, alone)
    assert str(alone) in str(caught.value) and "actor" in str(caught.value)  # the file and the field
