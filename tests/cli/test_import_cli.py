"""``socialscope import``: one command, two kinds of import (TABLE FILE… and platform exports);
an option of the other kind is a usage error, never silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app
from socialscope.store.connection import Store

runner = CliRunner()
MBOX = Path(__file__).parents[1] / "data" / "formats" / "mbox"


@pytest.fixture
def mbox_file() -> str:
    return str(sorted(MBOX.glob("*.mbox"))[0])


def test_both_kinds_still_import_as_documented(tmp_path, mbox_file):
    db = str(tmp_path / "s.duckdb")
    posts = tmp_path / "posts.csv"
    posts.write_text("post_id,account_id,created_at,text\np1,x:1,25/12/2021 10:00,hello\n")
    table = runner.invoke(
        app,
        ["--db", db, "import", "posts", str(posts), "--time-format", "%d/%m/%Y %H:%M", "--timezone", "Europe/Paris"],
    )
    assert table.exit_code == 0, table.output
    detected = runner.invoke(app, ["--db", db, "import", mbox_file])
    assert detected.exit_code == 0 and "(mbox)" in detected.output, detected.output
    named = runner.invoke(app, ["--db", db, "import", "--from", "mbox", mbox_file])
    assert named.exit_code == 0 and "0 new" in named.output, named.output
    with Store(db, read_only=True) as store:
        assert str(store.scalar("SELECT created_at FROM posts WHERE post_id = 'p1'")) == "2021-12-25 09:00:00"
        assert store.scalar("SELECT count(*) FROM interactions WHERE kind = 'email'") > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{mbox}", "--map", "a=b"], "--map is for TABLE FILE… imports; {mbox} is not a table's name"),
        (
            ["--from", "mbox", "{mbox}", "--undirected", "--timezone", "UTC"],
            "--undirected and --timezone are for TABLE FILE… imports; --from imports platform exports",
        ),
        (["{mbox}", "--format", "csv"], "--format is for TABLE FILE… imports"),
        (["posts", "{csv}", "--event", "a=lead"], "--event is for platform exports (EXPORT…); this imports files into posts"),
        (["--from", "mbox", "posts", "{csv}"], "--from names an export's format, but posts is a table"),
        (["--from", "mbox", "{mbox}", "--event", "a=lead"], "--event is for ga4 exports; {mbox} is read as mbox"),
        (["--from", "ga4", "{mbox}", "--event", "lead"], "--event takes EVENT_NAME=STAGE"),
        (["nosuch", "{csv}"], "unknown table 'nosuch'; choose one of: accounts"),
        (["posts"], "give one or more files to import into posts"),
    ],
    ids=["map-export", "undirected-timezone-from", "format-export", "event-table", "from-table", "event-mbox",
         "event-form", "unknown-table", "no-files"],
)  # fmt: skip
def test_an_option_of_the_other_kind_is_a_usage_error(tmp_path, mbox_file, args, message):
    db = tmp_path / "s.duckdb"
    csv = tmp_path / "posts.csv"
    csv.write_text("post_id,account_id\np1,x:1\n")
    filled = [a.format(mbox=mbox_file, csv=csv) for a in args]
    result = runner.invoke(app, ["--db", str(db), "import", *filled])
    assert result.exit_code == 2, result.output
    assert message.format(mbox=mbox_file) in " ".join(result.output.split())
    assert not db.exists()  # refused before the store was opened


def test_help_shows_both_kinds_with_examples():
    text = runner.invoke(app, ["import", "--help"]).output
    assert "TABLE FILE… (CSV, JSON Lines, Parquet, edge lists)" in text and "EXPORT… (platform exports)" in text
    assert "socialscope import ad_stats ads.csv --map" in text and "socialscope import --from slack-export" in text
    assert "slack-export" in text and "edgelist" in text  # the choices of --from and --format
