"""The CLI contract: commands, --help with examples, exit codes 0/1/2, the demo path."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app

runner = CliRunner()


def _leaf_commands() -> list[list[str]]:
    """Every runnable command's path (``["network", "top"]``; a group that runs by itself, such
    as ``attribution``, too), read from the app itself, so a command added later is covered
    without editing this test."""
    import typer

    def walk(command, path):
        if hasattr(command, "commands"):
            if path and command.invoke_without_command:
                yield path
            for name, sub in sorted(command.commands.items()):
                yield from walk(sub, [*path, name])
        else:
            yield path

    return list(walk(typer.main.get_command(app), []))


COMMANDS = _leaf_commands()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_the_command_walk_sees_nested_groups():
    assert ["import"] in COMMANDS and ["network", "top"] in COMMANDS and ["attribution"] in COMMANDS
    assert len(COMMANDS) >= 40


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    # an example of this very command, after "Example:" or "Examples:"
    assert re.search(rf"Examples?:.*socialscope (--db \S+ )?{re.escape(' '.join(command))}\b", text), result.output


def test_demo_then_status_analyze_query(tmp_path):
    db = str(tmp_path / "ss.duckdb")
    result = run("--db", db, "demo", "--scale", "0.05", "--seed", "2")
    assert result.exit_code == 0, result.output
    assert "Social networking" in result.output and "Social media marketing" in result.output
    assert "ROAS" in result.output and "Own brand followers" in result.output

    status = run("--db", db, "status", "--json")
    assert status.exit_code == 0
    info = json.loads(status.output)
    assert info["demo"]["seed"] == 2
    assert info["tables"]["accounts"] > 0 and info["results"]["campaign_kpis"] == 12

    analyzed = run("--db", db, "analyze", "--format", "json")
    assert analyzed.exit_code == 0
    by_name = {r["analysis"]: r for r in json.loads(analyzed.output)}
    assert by_name["campaigns"]["spend"] > 0
    assert all(r["unchanged"] or r["skipped"] for r in by_name.values())  # nothing changed since `demo`
    assert "not recomputed" in run("--db", db, "analyze", "--only", "campaigns").output
    assert "recomputed: campaigns (--full)" in run("--db", db, "analyze", "--only", "campaigns", "--full").output

    csv = run("--db", db, "query", "SELECT count(*) AS n FROM campaigns", "--format", "csv")
    assert csv.exit_code == 0 and csv.output.splitlines() == ["n", "12"]


def test_db_from_environment(tmp_path, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("SOCIALSCOPE_DB", str(db))
    assert run("demo", "--scale", "0.03", "--no-analyze").exit_code == 0
    assert db.exists()


def test_exit_codes(tmp_path):
    db = str(tmp_path / "e.duckdb")
    good = tmp_path / "good.csv"
    good.write_text("campaign_id,clicks\nc1,3\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("campaign_id,clicks\nc1,three\n")

    assert run("--db", db, "import", "ad_stats", str(good)).exit_code == 0
    failed = run("--db", db, "import", "ad_stats", str(bad))
    assert failed.exit_code == 1
    assert "bad.csv:2: field 'clicks': 'three' is not an integer" in failed.output
    assert run("--db", db, "query", "DELETE FROM ad_stats").exit_code == 1
    assert run("--db", db, "import", "nosuch", str(good)).exit_code == 2
    assert run("--db", db, "import", "ad_stats", str(good), "--map", "a=b").exit_code == 2
    assert run("--db", db, "import", "ad_stats", str(good), "--bogus").exit_code == 2
    assert run("--db", db, "analyze", "--only", "nosuch").exit_code == 2
    assert run("--db", str(tmp_path / "none.duckdb"), "status").exit_code == 1
    assert json.loads(run("--db", db, "query", "SELECT clicks FROM ad_stats", "--format", "json").output) == [
        {"clicks": 3}
    ]


def test_demo_refuses_a_store_with_imported_data(tmp_path):
    db = str(tmp_path / "real.duckdb")
    data = tmp_path / "a.csv"
    data.write_text("account_id\nx:1\n")
    assert run("--db", db, "import", "accounts", str(data)).exit_code == 0
    result = run("--db", db, "demo", "--scale", "0.03")
    assert result.exit_code == 1 and "holds imported data" in result.output


def test_help_paragraphs_reflow_and_examples_keep_their_lines():
    """A paragraph written over several source lines fills the terminal's width (it came out
    ragged at 80 columns); example lines stay one per line."""
    from socialscope.cli.main import reflow

    assert reflow("One paragraph\nover two lines.\n\nExamples:\n  a\n  b") == (
        "One paragraph over two lines.\n\nExamples:\n  a\n  b"
    )
    wide = {"COLUMNS": "240", "TERMINAL_WIDTH": "240"}
    output = runner.invoke(app, ["--help"], env=wide).output
    line = next(x for x in output.splitlines() if x.startswith("│ export "))
    assert "the input of" in line and "reads Parquet" in line  # one paragraph, one line at 240 columns
    lines = runner.invoke(app, ["import", "--help"], env=wide).output.splitlines()
    assert sum(x.strip().startswith("socialscope import") for x in lines) >= 5
