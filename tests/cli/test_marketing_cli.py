"""The marketing commands: output columns, results in the store, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil

from typer.testing import CliRunner

from socialscope.cli.main import app

runner = CliRunner()


def test_marketing_commands(demo_db, tmp_path):
    db = str(tmp_path / "m.duckdb")
    shutil.copy(demo_db, db)
    out = runner.invoke(app, ["--db", db, "marketing", "campaigns", "--format", "csv"])
    assert out.exit_code == 0, out.output
    header = next(csv.reader(io.StringIO(out.output)))
    for column in (
        "campaign_id",
        "impressions",
        "clicks",
        "spend",
        "conversions",
        "ctr",
        "cpc",
        "cpm",
        "cvr",
        "cpa",
        "roas",
        "roi",
    ):
        assert column in header
    funnel = runner.invoke(app, ["--db", db, "marketing", "funnel", "--by", "type", "--format", "json"])
    assert funnel.exit_code == 0
    assert {row["group"] for row in json.loads(funnel.output)} <= {"push", "pull", "mixed"}
    assert runner.invoke(app, ["--db", db, "marketing", "channels"]).exit_code == 0
    tables = json.loads(runner.invoke(app, ["--db", db, "status", "--json"]).output)["results"]
    assert tables["funnel_by_type"] >= 2 and tables["channel_summary"] >= 5
    assert runner.invoke(app, ["--db", db, "marketing", "funnel", "--by", "colour"]).exit_code == 2
    assert (
        runner.invoke(app, ["--db", db, "marketing", "channels", "--types", str(tmp_path / "none.json")]).exit_code == 1
    )
    # each command's run records when its work started, not only when it was written
    from socialscope.store import Store

    with Store(db, read_only=True) as store:
        spans = store.df(
            "SELECT analysis, started_at < finished_at AS timed FROM analysis_runs"
            " WHERE analysis IN ('campaigns', 'funnel', 'channels')"
        )
    assert len(spans) >= 3 and spans["timed"].all()
