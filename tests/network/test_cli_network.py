"""The network commands on a demo store: analyze, top, person, export, evolution."""

from __future__ import annotations

import json
import shutil

import igraph as ig
import networkx as nx
import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app

runner = CliRunner()


@pytest.fixture
def db(demo_db, tmp_path):
    copy = tmp_path / "net.duckdb"
    shutil.copy(demo_db, copy)
    return str(copy)


def run(db, *args):
    return runner.invoke(app, ["--db", db, *args])


def test_analyze_writes_every_table(db):
    result = run(db, "network", "analyze", "--graph", "interactions", "--kinds", "comment,reply,mention")
    assert result.exit_code == 0, result.output
    assert "modularity" in result.output
    status = json.loads(run(db, "status", "--json").output)["results"]
    for table in ("network_metrics", "network_graphs", "communities", "community_links", "key_person_risk"):
        assert status[table] > 0


def test_top_person_and_json(db):
    top = run(db, "network", "top", "--by", "risk", "--graph", "collaboration", "-n", "3", "--format", "json")
    assert top.exit_code == 0
    rows = json.loads(top.output)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    person = run(db, "network", "person", rows[0]["account_id"], "--graph", "collaboration", "--json")
    assert person.exit_code == 0, person.output
    profile = json.loads(person.output)
    assert profile["key_person_risk"]["risk_score"] == pytest.approx(rows[0]["risk_score"])
    assert 0 <= profile["metrics"]["pagerank"]["percentile"] <= 1
    assert profile["strongest_ties"] and profile["engagement"]["given"]
    by_handle = run(db, "network", "person", "@acme")  # x:acme is the one in the follows graph
    assert by_handle.exit_code == 0 and "x:acme" in by_handle.output


def test_errors_and_exit_codes(db):
    assert run(db, "network", "person", "nobody-at-all").exit_code == 1
    assert run(db, "network", "analyze", "--graph", "friends").exit_code == 2
    assert run(db, "network", "top", "--by", "shoe-size").exit_code == 2


def test_exports_open_in_standard_readers(db, tmp_path):
    assert (
        run(
            db,
            "network",
            "export",
            "--format",
            "gexf",
            "--graph",
            "collaboration",
            "--out",
            str(tmp_path / "team.gexf"),
        ).exit_code
        == 0
    )
    team = nx.read_gexf(tmp_path / "team.gexf")
    assert team.number_of_nodes() > 10 and "community" in next(iter(team.nodes(data=True)))[1]
    assert run(db, "network", "export", "--format", "graphml", "--out", str(tmp_path / "f.graphml")).exit_code == 0
    follows = ig.Graph.Read_GraphML(str(tmp_path / "f.graphml"))
    assert follows.is_directed() and {"pagerank", "account_id"} <= set(follows.vs.attributes())
    assert run(db, "network", "export", "--format", "csv", "--out", str(tmp_path / "f")).exit_code == 0
    assert (tmp_path / "f.nodes.csv").read_text().startswith("account_id,handle")


def test_evolution(db):
    result = run(db, "network", "evolution", "--graph", "interactions", "--period", "quarter", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["event"] for r in rows} >= {"formation"}
    assert all(r["size"] >= 0 for r in rows)


def test_a_graph_without_ties_is_a_clear_error_not_a_traceback(tmp_path):
    """A Slack export fills the collaboration graph only: asking for its interactions graph
    says so (it used to end in NumPy's 'zero-size array' deep in Burt's measures)."""
    from typer.testing import CliRunner

    from socialscope.cli.main import app
    from socialscope.ingest.formats import import_export
    from socialscope.store import Store
    from tests.conftest import DATA

    db = tmp_path / "slack.duckdb"
    with Store(db) as store:
        import_export(store, DATA / "formats" / "slack_export" / "export")
    result = CliRunner().invoke(app, ["--db", str(db), "network", "analyze", "--graph", "interactions"])
    assert result.exit_code == 1 and "has no ties" in result.output and "collaboration" in result.output
    assert "Traceback" not in result.output
