"""The attribution command group end to end: simulate → import → evaluate, intervals."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from socialscope.attribution import MODELS
from socialscope.cli.main import app

runner = CliRunner()


def test_simulate_import_evaluate(tmp_path):
    db, out = str(tmp_path / "sim.duckdb"), tmp_path / "sim"
    made = runner.invoke(
        app,
        ["attribution", "simulate", "--channels", "5", "--journeys", "1500", "--seed", "4",
         "--synergy", "0.5", "--order-effects", "0.6", "--conversion-rate", "0.2", "--out", str(out)],
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    assert "socialscope import touchpoints" in made.output
    for table in ("touchpoints", "conversions"):
        done = runner.invoke(app, ["--db", db, "import", table, str(out / f"{table}.csv")])
        assert done.exit_code == 0, done.output
    scored = runner.invoke(
        app, ["--db", db, "attribution", "evaluate", "--truth", str(out / "truth.csv"), "--format", "json"]
    )
    assert scored.exit_code == 0, scored.output
    scores = pd.DataFrame(json.loads(scored.output)).set_index("model")
    assert list(scores.columns) == ["label", "nmae", "spearman", "top3_overlap"]
    assert len(scores) == len(MODELS)
    assert scores.loc["data_driven", "nmae"] < scores.loc["last_touch", "nmae"]
    status = json.loads(runner.invoke(app, ["--db", db, "status", "--json"]).output)["results"]
    assert status["attribution_evaluation"] == len(MODELS)

    credit = runner.invoke(
        app,
        [
            "--db",
            db,
            "attribution",
            "--model",
            "linear",
            "--model",
            "data_driven",
            "--bootstrap",
            "5",
            "--format",
            "json",
        ],
    )
    assert credit.exit_code == 0, credit.output
    rows = pd.DataFrame(json.loads(credit.output))
    assert {"conversions_low", "conversions_high", "value_low", "value_high"} <= set(rows.columns)
    assert set(rows["model"]) == {"linear", "data_driven"}


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["attribution", "simulate", "--channels", "0", "--out", str(tmp_path)]).exit_code == 2
    db = str(tmp_path / "empty.duckdb")
    assert runner.invoke(app, ["--db", db, "attribution", "evaluate"]).exit_code == 2
    assert runner.invoke(app, ["--db", db, "attribution", "--model", "nope"]).exit_code == 2
    assert runner.invoke(app, ["--db", db, "attribution", "--bootstrap", "1"]).exit_code == 2


def test_evaluate_without_truth_simulates_journeys_like_the_store(tmp_path):
    db, out = str(tmp_path / "own.duckdb"), tmp_path / "own"
    runner.invoke(app, ["attribution", "simulate", "--channels", "4", "--journeys", "800", "--out", str(out)])
    for table in ("touchpoints", "conversions"):
        runner.invoke(app, ["--db", db, "import", table, str(out / f"{table}.csv")])
    done = runner.invoke(app, ["--db", db, "attribution", "evaluate", "--journeys", "1000"])
    assert done.exit_code == 0, done.output
    assert "simulated like this store" in done.output and "Closest to the truth" in done.output
