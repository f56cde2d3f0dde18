"""Running on Spark end to end: the CLI, all-or-nothing publishing, clear input errors,
capabilities as data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from socialscope.analyses import run_on_engine
from socialscope.cli.main import app
from socialscope.engine import CAPABILITIES, EmbeddedEngine
from socialscope.engine.spark import MANIFEST, SPARK_CAPABILITIES, read_manifest, run_on_spark
from socialscope.errors import InputError, SocialscopeError
from socialscope.store.connection import Store


@pytest.fixture
def workspace(demo_parquet: Path, tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "input"
    shutil.copytree(demo_parquet, source)
    return source, tmp_path / "results"


def test_cli_runs_the_portable_analyses_on_spark(spark, workspace) -> None:
    source, output = workspace
    only = ["--only", "campaign_kpis", "--only", "funnel_by_type", "--only", "attribution_by_channel"]
    result = CliRunner().invoke(
        app,
        ["analyze", "--engine", "spark", "--input", str(source), "--output", str(output), "--format", "json", *only],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{") :])
    assert set(report["tables"]) == {"campaign_kpis", "funnel_by_type", "attribution_by_channel"}
    assert report["tables"]["funnel_by_type"] == 3  # push, pull, mixed
    assert any(line.startswith("attribution: bootstrap intervals") for line in report["not_on_engine"])
    manifest = read_manifest(spark, str(output))
    assert manifest["tables"] == report["tables"]
    assert (output / "campaign_kpis").is_dir() and not list(output.glob("_staging-*"))


def test_export_writes_the_spark_input_layout(demo_db: Path, tmp_path: Path) -> None:
    import duckdb

    result = CliRunner().invoke(app, ["--db", str(demo_db), "export", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    with Store(demo_db, read_only=True) as store:
        for table in ("accounts", "follows", "posts", "conversions"):
            exported = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'out' / table}.parquet'").fetchall()[0][0]
            assert exported == store.count(table) > 0


def test_a_failed_job_leaves_the_previous_results_intact(spark, workspace) -> None:
    source, output = workspace
    first, _ = run_on_spark(str(source), str(output), only=["engagement_by_account", "campaign_kpis"])
    before = read_manifest(spark, str(output))
    kpis = spark.read.parquet(str(output / "campaign_kpis")).toPandas()
    (source / "posts.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    with pytest.raises(SocialscopeError) as failure:
        run_on_spark(str(source), str(output), only=["engagement_by_account", "campaign_kpis"])
    assert "posts" in str(failure.value)
    assert read_manifest(spark, str(output)) == before
    assert spark.read.parquet(str(output / "campaign_kpis")).toPandas().equals(kpis)
    assert spark.read.parquet(str(output / "engagement_by_account")).count() == first["engagement_by_account"]
    assert not list(output.glob("_staging-*"))


def test_a_table_without_a_required_column_names_the_file_and_field(spark, workspace) -> None:
    source, output = workspace
    (source / "campaigns.parquet").unlink()
    (source / "campaigns.csv").write_text("name,platform\nSpring sale,meta\n")
    with pytest.raises(InputError) as failure:
        run_on_spark(str(source), str(output))
    assert failure.value.file.endswith("campaigns.csv") and failure.value.field == "campaign_id"
    result = CliRunner().invoke(app, ["analyze", "--engine", "spark", "--input", str(source), "--output", str(output)])
    assert result.exit_code == 1 and "campaign_id" in result.output
    assert read_manifest(spark, str(output)) is None and not (output / MANIFEST).exists()


def test_csv_input_gives_the_same_kpis_as_parquet(spark, workspace, tmp_path: Path) -> None:
    source, output = workspace
    kpis, _ = run_on_spark(str(source), str(output), only=["campaign_kpis"])
    from_parquet = spark.read.parquet(str(output / "campaign_kpis")).toPandas()
    for table in ("campaigns", "ad_stats"):
        spark.read.parquet(str(source / f"{table}.parquet")).toPandas().to_csv(source / f"{table}.csv", index=False)
        (source / f"{table}.parquet").unlink()
    run_on_spark(str(source), str(tmp_path / "csv-results"), only=["campaign_kpis"])
    from_csv = spark.read.parquet(str(tmp_path / "csv-results" / "campaign_kpis")).toPandas()
    key = ["campaign_id"]
    a, b = from_parquet.sort_values(key).reset_index(drop=True), from_csv.sort_values(key).reset_index(drop=True)
    assert a[["campaign_id", "impressions", "clicks"]].equals(b[["campaign_id", "impressions", "clicks"]])
    assert (a["ctr"] - b["ctr"]).abs().max() < 1e-12


def test_graphframes_is_used_only_when_its_jar_is_there(spark, demo_parquet: Path, tmp_path: Path) -> None:
    """GraphFrames' jar cannot be installed here (Maven is unreachable): the engine must see
    that and keep to its own DataFrame algorithms."""
    from socialscope.engine.spark import SparkEngine, graphframes_available

    assert not graphframes_available(spark)
    assert "graph.graphframes" not in SparkEngine(spark, str(demo_parquet), str(tmp_path)).capabilities


def test_results_an_engine_cannot_compute_are_skipped_with_the_reason(demo_db: Path) -> None:
    class TablesOnly(EmbeddedEngine):
        capabilities = frozenset({"table_metrics"})

    with Store(demo_db, read_only=True) as store:
        run = run_on_engine(TablesOnly(store))
    assert "campaign_kpis" in run.frames and "network_metrics" not in run.frames
    assert run.skipped["attribution_by_channel"] == "engine duckdb lacks journeys"
    assert run.skipped["customers"].startswith("retention and CLV") and "lacks store.sql" in run.skipped["customers"]
    assert set(SPARK_CAPABILITIES) < set(CAPABILITIES)
