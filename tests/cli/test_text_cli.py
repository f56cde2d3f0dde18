"""``socialscope sentiment score --model``, ``sentiment languages`` and ``topics`` on the demo."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app
from socialscope.network.analysis import analyze_network, write_network
from socialscope.store.connection import Store

runner = CliRunner()


@pytest.mark.parametrize("command", [["sentiment", "score"], ["sentiment", "languages"], ["topics"]])
def test_help_has_an_example(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_score_languages_and_topics(demo_db, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)
    assert runner.invoke(app, ["--db", str(db), "sentiment", "score", "--model", "nope"]).exit_code == 2
    scored = runner.invoke(app, ["--db", str(db), "sentiment", "score", "--model", "vader"])
    assert scored.exit_code == 0, scored.output
    assert "model: vader" in scored.output and "unscored" in scored.output
    languages = json.loads(runner.invoke(app, ["--db", str(db), "sentiment", "languages", "--format", "json"]).output)
    assert languages[0]["language"] == "en" and languages[0]["scored"] > 0
    with Store(db) as store, store.transaction():
        write_network(store, analyze_network(store, "follows"), "test")
    out = runner.invoke(app, ["--db", str(db), "topics", "--graph", "follows", "-n", "3", "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert rows and all(len(r["terms"].split(", ")) <= 3 for r in rows)
    assert runner.invoke(app, ["--db", str(db), "topics", "--by", "platform"]).exit_code == 2
    campaigns = json.loads(
        runner.invoke(app, ["--db", str(db), "topics", "--by", "campaign", "--long", "--format", "json"]).output
    )
    assert {"campaign_id", "term", "weight", "count"} <= set(campaigns[0])
