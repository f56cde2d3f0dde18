"""Platform exports read exactly: real files (tests/data/formats, with SOURCE notes), counts
and totals checked independently, re-imports idempotent, malformed variants refused with
file/row/field and the store unchanged (fuzzing: test_fuzz_formats.py)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from socialscope.errors import InputError, UsageError
from socialscope.ingest.formats import FORMATS, detect_export, import_export
from socialscope.store import Store
from tests.conftest import DATA, snapshot

FORMATS_DIR = DATA / "formats"
EXPORTS = {
    "x-archive": FORMATS_DIR / "x_archive",
    "mastodon-archive": FORMATS_DIR / "mastodon_archive",
    "slack-export": FORMATS_DIR / "slack_export" / "export",
    "mbox": FORMATS_DIR / "mbox" / "pipermail_2015_november.mbox",
    "linkedin-export": FORMATS_DIR / "linkedin_export",
    "facebook-posts": FORMATS_DIR / "facebook_export",
    "google-ads": FORMATS_DIR / "google_ads_csv" / "Campaign report.csv",
}


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in ("accounts", "follows", "posts", "interactions", "campaigns", "ad_stats")}


@pytest.mark.parametrize("name", EXPORTS)
def test_every_format_is_detected_imported_once_and_idempotent(store, name):
    assert detect_export(EXPORTS[name]) == name
    fmt, reports, _ = import_export(store, EXPORTS[name])
    assert fmt == name and sum(r.rows_new for r in reports) > 0
    first = counts(store)
    _, again, _ = import_export(store, EXPORTS[name])
    assert sum(r.rows_new for r in again) == 0 and counts(store) == first
    assert store.scalar("SELECT count(*) FROM import_log WHERE format = ?", [name]) >= 2


def test_x_archive_counts_match_the_files(store):
    import_export(store, EXPORTS["x-archive"])
    data = EXPORTS["x-archive"] / "data"

    def records(name: str) -> list[dict]:
        text = (data / f"{name}.js").read_text(encoding="utf-8")
        return json.loads(text[text.index("[") :])

    tweets = records("tweets")
    assert store.count("posts") == len(tweets) == 300
    replies = sum(1 for t in tweets if t["tweet"].get("in_reply_to_status_id_str"))
    assert store.scalar("SELECT count(*) FROM posts WHERE reply_to_post_id IS NOT NULL") == replies == 104
    assert store.scalar("SELECT count(*) FROM follows WHERE dst_account_id = 'x:17920070'") == 96
    assert store.scalar("SELECT count(*) FROM follows WHERE src_account_id = 'x:17920070'") == 44
    assert store.scalar("SELECT count(*) FROM interactions WHERE kind = 'like'") == len(records("like")) == 560
    first = tweets[0]["tweet"]
    row = store.con.execute(
        "SELECT text, created_at, likes, shares FROM posts WHERE post_id = ?", ["x:" + first["id_str"]]
    ).fetchall()[0]
    assert row[0] == first["full_text"] and str(row[1]) == "2023-05-13 17:20:09"
    assert row[2] == int(first["favorite_count"]) and row[3] == int(first["retweet_count"])
    assert store.scalar("SELECT handle FROM accounts WHERE is_own") == "vovavasilina"


def test_mastodon_archive_counts(store):
    import_export(store, EXPORTS["mastodon-archive"])
    outbox = json.loads((EXPORTS["mastodon-archive"] / "outbox.json").read_text())["orderedItems"]
    creates = [a for a in outbox if a["type"] == "Create"]
    assert len(creates) == 191  # one is a direct message: a private message, not a post
    assert store.scalar("SELECT count(*) FROM posts WHERE repost_of_post_id IS NULL") == 190
    assert store.scalar("SELECT count(*) FROM interactions WHERE kind = 'message'") == 1
    assert store.scalar("SELECT count(*) FROM posts WHERE repost_of_post_id IS NOT NULL") == 59
    assert store.scalar("SELECT count(*) FROM posts WHERE reply_to_post_id IS NOT NULL") == 48
    assert store.scalar("SELECT count(*) FROM interactions WHERE kind = 'like'") == 1115
    text = store.scalar("SELECT text FROM posts WHERE post_id = ?", ["mastodon:" + creates[0]["object"]["id"]])
    assert text.startswith("As Twitter crashes and burns") and "<p>" not in text
    assert store.scalar("SELECT account_id FROM accounts WHERE is_own") == "mastodon:dealingwith@indieweb.social"


def test_slack_export_messages_and_ties(store):
    import_export(store, EXPORTS["slack-export"])
    root = EXPORTS["slack-export"]
    messages = 0
    for day in root.glob("*/*.json"):
        for m in json.loads(day.read_text()):
            if (
                m.get("type") == "message"
                and (m.get("user") or m.get("bot_id"))
                and not str(m.get("subtype") or "").startswith(("channel_", "group_"))
            ):
                messages += 1
    distinct = store.scalar(
        "SELECT count(DISTINCT (channel, created_at, actor_account_id)) FROM interactions WHERE kind = 'message'"
    )
    assert distinct == messages
    assert store.count("accounts") == 71
    mentioned = store.scalar(
        "SELECT count(*) FROM interactions WHERE text LIKE '%<@%' AND target_account_id IS NOT NULL"
    )
    assert mentioned > 0
    from socialscope.network.build import build_graph

    graph = build_graph(store, "collaboration", min_ties=1, window_days=3650)
    assert graph.n > 10


def test_mbox_threads_and_recipients(store):
    for path in sorted((FORMATS_DIR / "mbox").glob("*.mbox")):
        import_export(store, path)
    # 12 messages (SOURCE.md); one interaction per recipient, at least one per message
    assert store.scalar("SELECT count(DISTINCT json_extract_string(extra, '$.message_id')) FROM interactions") == 12
    reply = store.con.execute(
        "SELECT actor_account_id, target_account_id FROM interactions WHERE created_at = '2016-04-23 16:18:56'"
    ).fetchall()
    assert reply == [("email:andy@example.com", "email:jgb@example.com")]  # pipermail: via In-Reply-To


def test_linkedin_export(store):
    _, reports, _ = import_export(store, EXPORTS["linkedin-export"])
    by_table = {r.table: r for r in reports}
    with open(EXPORTS["linkedin-export"] / "Connections.csv", encoding="utf-8") as fh:
        connections = sum(1 for _ in fh) - 4  # preamble (2 lines), blank line, header
    assert connections == 5351
    assert sum(f.rows_read for f in by_table["accounts"].files) == connections + 1  # + the owner
    comments = by_table["interactions"].files[0]  # Comments.csv: 207 comments over 233 lines
    assert comments.rows_read == 207
    stored = store.scalar("SELECT count(*) FROM interactions WHERE kind = 'comment'")
    assert stored == 207 - comments.duplicates_in_file  # the export repeats some comments verbatim
    assert store.scalar("SELECT count(*) FROM interactions WHERE kind IN ('like', 'reaction')") == 1044
    multi = store.scalar("SELECT text FROM interactions WHERE text LIKE 'You are too fond of free things%'")
    assert multi == "You are too fond of free things. Lol\nI'm jumping on this one tho"
    assert str(store.scalar("SELECT min(followed_at) FROM follows"))[:7] == "2014-02"


def test_facebook_posts_and_mojibake(store, tmp_path):
    import_export(store, EXPORTS["facebook-posts"])
    assert store.count("posts") == 124
    assert store.scalar("SELECT count(*) FROM posts WHERE text IS NOT NULL") == 59
    broken = tmp_path / "your_posts_1.json"
    broken.write_text(
        json.dumps([{"timestamp": 1600000000, "data": [{"post": "caf\u00c3\u00a9 \u00f0\u009f\u0098\u008a"}]}])
    )
    import_export(store, broken)
    assert store.scalar("SELECT text FROM posts WHERE created_at = '2020-09-13 12:26:40'") == "café 😊"


def test_google_ads_reports_match_their_totals(store):
    path = EXPORTS["google-ads"]
    _, _, notes = import_export(store, path)
    total = pd.read_csv(path, skiprows=2, dtype=str).set_index("Campaign status").loc["Total: Campaigns"]
    assert store.scalar("SELECT sum(spend) FROM ad_stats") == pytest.approx(float(total["Cost"]))
    assert store.scalar("SELECT sum(impressions) FROM ad_stats") == int(total["Impr."].replace(",", ""))
    assert store.scalar("SELECT sum(conversions) FROM ad_stats") == pytest.approx(18703.32)
    assert "≠" not in notes[0] and "spend 199,421.15 = 199,421.15" in notes[0]
    assert store.scalar("SELECT count(*) FROM campaigns WHERE name LIKE 'Total:%'") == 0
    euro = FORMATS_DIR / "google_ads_csv" / "Campaign report (Smart campaigns, EUR).csv"
    import_export(store, euro)
    assert store.scalar("SELECT count(*) FROM ad_stats WHERE currency = 'EUR'") == 3
    editor = FORMATS_DIR / "google_ads_csv" / "Cal Preserving+Current view+2026-01-16- Campaign.csv"
    import_export(store, editor)
    assert store.scalar("SELECT count(*) FROM campaigns WHERE objective IS NOT NULL") >= 15


# --- malformed variants: a clear error and nothing written ---------------------------------------


def _x_copy(tmp_path: Path) -> Path:
    target = tmp_path / "x"
    shutil.copytree(EXPORTS["x-archive"], target)
    return target


def _refused(store: Store, path: Path, fmt: str = "auto") -> InputError:
    before = snapshot(store)
    with pytest.raises(InputError) as caught:
        import_export(store, path, fmt)
    assert snapshot(store) == before
    return caught.value


def test_truncated_json_names_file_and_line(store, tmp_path):
    export = _x_copy(tmp_path)
    tweets = export / "data" / "tweets.js"
    tweets.write_text(tweets.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    error = _refused(store, export)
    assert error.problems[0].file.endswith("data/tweets.js") and error.problems[0].row > 100
    assert "invalid JSON" in str(error)


def test_wrong_wrapper_missing_keys_and_bad_dates(store, tmp_path):
    export = _x_copy(tmp_path)
    account = export / "data" / "account.js"
    original = account.read_text(encoding="utf-8")
    account.write_text(original.replace("window.YTD.account.part0 = ", "var account = "), encoding="utf-8")
    assert "window.YTD" in str(_refused(store, export, "x-archive"))
    account.write_text(original.replace('"accountId"', '"accountIdentifier"'), encoding="utf-8")
    error = _refused(store, export, "x-archive")
    assert error.problems[0].field == "accountId" and error.problems[0].row == 1
    account.write_text(original, encoding="utf-8")
    tweets = export / "data" / "tweets.js"
    tweets.write_text(tweets.read_text(encoding="utf-8").replace("Sat May 13 17:20:09 +0000 2023", "yesterday", 1))
    error = _refused(store, export)
    assert (error.problems[0].row, error.problems[0].field) == (1, "created_at")
    assert "'yesterday' is not a timestamp" in str(error)


def test_wrong_encoding_and_unexpected_zip_layout(store, tmp_path):
    export = _x_copy(tmp_path)
    tweets = export / "data" / "tweets.js"
    tweets.write_bytes(tweets.read_bytes().replace("топ".encode(), "topé".encode("latin-1"), 1))
    assert "not valid utf-8" in str(_refused(store, export))
    odd = tmp_path / "odd.zip"
    with zipfile.ZipFile(odd, "w") as archive:
        archive.writestr("random/notes.txt", "hello")
    with pytest.raises(UsageError, match="not a format"):
        import_export(store, odd)
    zipped = tmp_path / "mastodon.zip"
    with zipfile.ZipFile(zipped, "w") as archive:  # a real archive, zipped under a top folder
        for file in EXPORTS["mastodon-archive"].iterdir():
            archive.write(file, f"archive-20240723/{file.name}")
    assert import_export(store, zipped)[0] == "mastodon-archive"
    assert store.count("posts") == 249  # 250 activities, one a direct message


def test_bad_values_in_a_csv_export_are_all_reported(store, tmp_path):
    export = tmp_path / "li"
    shutil.copytree(EXPORTS["linkedin-export"], export)
    comments = export / "Comments.csv"
    lines = comments.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = "16 June 2021 at noon," + lines[1].split(",", 1)[1]
    comments.write_text("".join(lines), encoding="utf-8")
    error = _refused(store, export)
    assert any(p.file.endswith("Comments.csv") and p.row == 2 and p.field == "created_at" for p in error.problems)


def test_huge_member_is_refused(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SOCIALSCOPE_MAX_MEMBER_BYTES", "1000")
    zipped = tmp_path / "x.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for file in (EXPORTS["x-archive"] / "data").iterdir():
            archive.write(file, f"data/{file.name}")
    assert "too large" in str(_refused(store, zipped, "x-archive"))


def _lying_zip(path, member: str, payload_bytes: int, claimed: int) -> None:
    """A zip whose one member inflates to ``payload_bytes`` but whose headers say ``claimed``."""
    import struct

    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(member, "w", force_zip64=False) as out,
    ):
        for _ in range(payload_bytes // (1 << 20)):
            out.write(b"[" + b" " * ((1 << 20) - 2) + b"]")
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local header, central directory
        at = data.find(signature)
        struct.pack_into("<I", data, at + offset, claimed)
    # the data descriptor after the member repeats the size: lie there too
    at = data.find(b"PK\x07\x08")
    if at >= 0:
        struct.pack_into("<I", data, at + 12, claimed)
    path.write_bytes(bytes(data))


def test_zip_whose_header_lies_about_its_size_is_refused_cleanly(store, tmp_path, monkeypatch):
    """Issue #25: a member claiming a few bytes but inflating far beyond raised an uncaught
    BadZipFile; now it is counted while read, refused as an InputError, nothing written."""
    monkeypatch.setenv("SOCIALSCOPE_MAX_MEMBER_BYTES", str(4 << 20))
    bomb = tmp_path / "bomb.zip"
    _lying_zip(bomb, "data/account.js", 16 << 20, claimed=100)
    assert bomb.stat().st_size < 100_000
    before = snapshot(store)
    with pytest.raises(InputError, match="bomb.zip:data/account.js"):
        import_export(store, bomb, "x-archive")
    assert snapshot(store) == before


def test_zstandard_bomb_with_one_huge_line_is_refused_while_reading(store, tmp_path, monkeypatch):
    """Issue #25: a small .zst holding one enormous line was read whole into memory (6 GB for a
    1 GiB line); lines are now capped while decompressing."""
    import zstandard

    monkeypatch.setenv("SOCIALSCOPE_MAX_LINE_BYTES", str(1 << 20))
    bomb = tmp_path / "RC_bomb.zst"
    with bomb.open("wb") as raw, zstandard.ZstdCompressor(level=3).stream_writer(raw) as out:
        out.write(b'{"id": "ok", "subreddit": "x", "link_id": "t3_a", "author": "a", "body": "fine"}\n')
        for _ in range(64):  # a 64 MiB line, 8 KB on disk
            out.write(b"a" * (1 << 20))
    assert bomb.stat().st_size < 100_000
    before = snapshot(store)
    with pytest.raises(InputError, match=r"RC_bomb.zst:2: line is longer than 1,048,576 bytes"):
        import_export(store, bomb, "reddit")
    assert snapshot(store) == before


def test_a_bomb_exits_1_from_the_cli(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    monkeypatch.setenv("SOCIALSCOPE_MAX_MEMBER_BYTES", str(1 << 20))
    bomb = tmp_path / "bomb.zip"
    _lying_zip(bomb, "data/account.js", 4 << 20, claimed=100)
    out = CliRunner().invoke(app, ["--db", str(tmp_path / "s.duckdb"), "import", "--from", "x-archive", str(bomb)])
    assert out.exit_code == 1 and "nothing was written" in out.output


def test_formats_command_lists_every_format():
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    out = CliRunner().invoke(app, ["formats"])
    assert out.exit_code == 0
    for name in FORMATS:
        assert name in out.output


def test_import_from_cli_with_and_without_from(tmp_path):
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    out = runner.invoke(app, ["--db", db, "import", str(EXPORTS["mastodon-archive"])])
    assert out.exit_code == 0 and "mastodon-archive" in out.output
    out = runner.invoke(app, ["--db", db, "import", "--from", "mbox", str(EXPORTS["mbox"])])
    assert out.exit_code == 0 and "interactions: 4 new" in out.output
    bad = tmp_path / "bad.mbox"
    bad.write_text("not a mailbox\n")
    out = runner.invoke(app, ["--db", db, "import", "--from", "mbox", str(bad)])
    assert out.exit_code == 1 and "bad.mbox:1" in out.output


# Fuzzing (damaged files give InputError or import cleanly, never another exception) lives in
# test_fuzz_formats.py, over every format.


def test_fixture_sources_are_documented():
    for folder in FORMATS_DIR.iterdir():
        if folder.is_dir():
            assert (folder / "SOURCE.md").exists(), folder


def test_reddit_dumps_plain_and_zstandard(store):
    import_export(store, FORMATS_DIR / "reddit" / "RS_sample.ndjson")
    _, _, notes = import_export(store, FORMATS_DIR / "reddit" / "RC_sample.zst")
    assert store.count("posts") == 7
    assert store.scalar("SELECT count(*) FROM posts WHERE account_id IS NULL") == 2  # deleted authors kept
    assert notes == ["RC_sample.zst: 1 comments by deleted authors kept without a tie"]
    reply = store.con.execute(
        "SELECT actor_account_id, post_id FROM interactions WHERE interaction_id = 'reddit:t1_c2#comment'"
    ).fetchall()
    assert reply == [("reddit:maria_k", "reddit:t1_c1")]
    assert store.scalar("SELECT text FROM posts WHERE post_id = 'reddit:t3_abc1'").startswith("Our community")
    broken = FORMATS_DIR.parent / "broken.zst"
    try:
        broken.write_bytes(b"\x28\xb5\x2f\xfd garbage")
        with pytest.raises(InputError, match="Zstandard"):
            import_export(store, broken, "reddit")
    finally:
        broken.unlink()


def test_bluesky_pages(store):
    import_export(store, FORMATS_DIR / "bluesky")
    alice = "bluesky:did:plc:alice111"
    assert store.scalar("SELECT count(*) FROM posts WHERE repost_of_post_id IS NULL") == 3
    assert store.scalar("SELECT account_id FROM posts WHERE repost_of_post_id IS NOT NULL") == alice
    assert store.scalar("SELECT target_account_id FROM interactions WHERE kind = 'mention'") == "bluesky:did:plc:bob222"
    assert store.scalar("SELECT count(*) FROM follows WHERE dst_account_id = ?", [alice]) == 3
    assert store.scalar("SELECT likes FROM posts WHERE post_id LIKE '%3k2'") == 30
    assert store.scalar("SELECT handle FROM accounts WHERE account_id = ?", [alice]) == "alice.bsky.social"


def test_ga4_events_to_touchpoints_and_conversions(store):
    _, _, notes = import_export(store, FORMATS_DIR / "ga4" / "events.jsonl")
    assert "3 touchpoints, 2 conversions from 6 events" in notes[0]
    tagged = store.con.execute(
        "SELECT source, medium, campaign FROM touchpoints WHERE occurred_at = '2024-05-01 08:00:00'"
    ).fetchall()
    assert tagged == [("instagram", "social", "spring_sale")]
    assert store.scalar("SELECT value FROM conversions WHERE stage = 'purchase'") == pytest.approx(129.9)
    from socialscope.attribution import attribute, build_journeys

    journeys = build_journeys(store, stages=("purchase",))
    credit = attribute(journeys, ["first_touch", "last_touch"]).set_index(["model", "channel"])
    assert credit["conversions"].groupby(level=0).sum().tolist() == [1.0, 1.0]


def test_ga4_event_mapping_is_configurable(tmp_path):
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    db = str(tmp_path / "ga4.duckdb")
    path = str(FORMATS_DIR / "ga4" / "events.jsonl")
    out = CliRunner().invoke(app, ["--db", db, "import", "--from", "ga4", path, "--event", "purchase=customer"])
    assert out.exit_code == 0, out.output
    with Store(db, read_only=True) as store:
        assert store.scalar("SELECT stage FROM conversions WHERE value > 100") == "customer"
    bad = CliRunner().invoke(app, ["--db", db, "import", "--from", "ga4", path, "--event", "purchase=sale"])
    assert bad.exit_code == 2 and "stages must be" in bad.output


def test_graphml_and_gexf_round_trip_real_edges(store, tmp_path):
    import networkx as nx

    edges = pd.read_csv(DATA / "email_eu_core" / "email-Eu-core.txt", sep=r"\s+", header=None, names=["s", "t"]).head(
        500
    )
    graph = nx.from_pandas_edgelist(edges, "s", "t", create_using=nx.DiGraph)
    nx.write_graphml(graph, tmp_path / "email.graphml")
    nx.write_gexf(graph.to_undirected(), tmp_path / "email.gexf")
    import_export(store, tmp_path / "email.graphml")
    assert store.count("follows") == graph.number_of_edges()
    assert store.count("accounts") == graph.number_of_nodes()
    with Store(tmp_path / "gexf.duckdb") as other:
        import_export(other, tmp_path / "email.gexf")
        undirected = graph.to_undirected()
        assert other.count("follows") == 2 * undirected.number_of_edges() - nx.number_of_selfloops(undirected)
    (tmp_path / "bad.graphml").write_text("<graphml><graph><node id='a'/>")
    with pytest.raises(InputError, match="not a readable graphml"):
        import_export(store, tmp_path / "bad.graphml")
