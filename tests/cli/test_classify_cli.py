"""``socialscope classify …``: run, explain, evaluate, train, accounts and their exit codes."""

from __future__ import annotations

import json
import shutil

import pandas as pd
from typer.testing import CliRunner

from socialscope.classify.labelled import load_youtube
from socialscope.cli.main import app
from tests.conftest import DATA

runner = CliRunner()


def test_classify_commands(demo_db, tmp_path):
    db = str(tmp_path / "c.duckdb")
    shutil.copy(demo_db, db)
    out = runner.invoke(app, ["--db", db, "classify", "run", "--full"])
    assert out.exit_code == 0, out.output
    assert "marketing posts" in out.output and "networking posts" in out.output

    kinds = runner.invoke(app, ["--db", db, "classify", "accounts", "--kind", "brand", "--format", "json"])
    rows = json.loads(kinds.output)
    assert rows and all(r["kind"] == "brand" and r["marketing_share"] > 0.9 for r in rows)

    explained = runner.invoke(app, ["--db", db, "classify", "explain", rows[0]["account_id"], "--format", "json"])
    assert explained.exit_code == 1 and "no post or interaction" in explained.output

    split = runner.invoke(app, ["--db", db, "engagement", "report", "--by", "kind", "--by-intent", "--format", "json"])
    assert split.exit_code == 0
    assert {r["intent"] for r in json.loads(split.output)} == {"networking", "marketing"}


def test_evaluate_and_train_on_labelled_csv(tmp_path):
    db = str(tmp_path / "t.duckdb")
    labelled = tmp_path / "labelled.csv"
    youtube = load_youtube(DATA / "youtube_spam", ("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv"))
    youtube.rename(columns={"intent": "label"}).to_csv(labelled, index=False)
    evaluated = runner.invoke(
        app, ["--db", db, "classify", "evaluate", str(labelled), "--texts", "comment", "--format", "json"]
    )
    assert evaluated.exit_code == 0, evaluated.output
    report = json.loads(evaluated.output)
    assert report["model"] == "socialscope-intent-1" and report["texts"] == 700
    assert report["macro_f1"] > 0.9  # the shipped model was trained on these two videos
    assert sum(sum(c.values()) for c in report["confusion"].values()) == 700

    trained = runner.invoke(app, ["--db", db, "classify", "train", str(labelled)])
    assert trained.exit_code == 0, trained.output
    other = tmp_path / "other.csv"
    load_youtube(DATA / "youtube_spam", ("Youtube03-LMFAO.csv",)).to_csv(other, index=False)
    args = ["--db", db, "classify", "evaluate", str(other), "--label-column", "intent", "--format", "json"]
    again = json.loads(runner.invoke(app, args).output)
    assert again["model"].startswith("custom-") and again["texts"] == 438
    assert again["macro_f1"] > 0.85


def test_bad_labels_name_file_row_and_field(tmp_path):
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"text": ["hi", "buy now", "hello"], "label": ["networking", "marketing", "maybe"]}).to_csv(
        bad, index=False
    )
    out = runner.invoke(app, ["--db", str(tmp_path / "x.duckdb"), "classify", "train", str(bad)])
    assert out.exit_code == 1
    assert "bad.csv:4" in out.output and "label" in out.output and "'maybe'" in out.output
