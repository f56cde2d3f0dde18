"""Small groups in people graphs are reported without their members."""

from __future__ import annotations

import pandas as pd

from socialscope.jsonable import plain
from socialscope.report.privacy import drop_small_groups, suppress_small_groups
from socialscope.web.frames import records


def test_small_collaboration_groups_are_suppressed(monkeypatch):
    frame = pd.DataFrame({"community": [0, 1], "size": [12, 3], "top_members": ['["a", "b"]', '["c"]']})
    out = suppress_small_groups(frame, "collaboration")
    assert out["top_members"].tolist() == ['["a", "b"]', "(suppressed: fewer than 5 people)"]
    assert out["suppressed"].tolist() == [False, True]
    assert suppress_small_groups(frame, "follows") is frame  # public graphs are not people analytics
    monkeypatch.setenv("SOCIALSCOPE_MIN_GROUP_SIZE", "2")
    assert not suppress_small_groups(frame, "collaboration")["suppressed"].any()


def test_aggregates_of_small_groups_are_withheld_too():
    frame = pd.DataFrame(
        {
            "community": [0, 1],
            "size": [12, 3],
            "internal_ties": [30, 3],
            "internal_density": [0.45, 1.0],
            "brokers": ['["x"]', '["y"]'],
        }
    )
    out = suppress_small_groups(frame, "collaboration")
    assert out.loc[0, "internal_density"] == 0.45 and out.loc[0, "size"] == 12
    small = out.loc[1]
    assert pd.isna(small["size"]) and pd.isna(small["internal_ties"]) and pd.isna(small["internal_density"])
    assert small["brokers"].startswith("(suppressed")
    shown = records(out)  # what the API and the JSON outputs carry: counts stay whole numbers
    assert shown[0]["size"] == 12 and isinstance(shown[0]["size"], int) and shown[0]["internal_ties"] == 30
    assert shown[1]["size"] is None and shown[1]["internal_ties"] is None and shown[1]["internal_density"] is None
    assert [plain(v) for v in out["internal_ties"]] == [30, None]


def test_a_dissolved_group_is_judged_by_the_members_it_had():
    evolution = pd.DataFrame(
        {
            "community": [0, 1, 2],
            "size": [0, 0, 7],
            "event": ["dissolution", "dissolution", "growth"],
            "joined": [0, 0, 2],
            "left": [9, 3, 1],
        }
    )
    out = suppress_small_groups(evolution, "collaboration")
    assert out["suppressed"].tolist() == [False, True, False]
    assert pd.isna(out.loc[1, "left"]) and out.loc[0, "left"] == 9


def test_meta_graph_drops_small_groups_and_their_links():
    nodes = pd.DataFrame({"id": [0, 1, 2], "size": [20, 8, 2]})
    links = pd.DataFrame({"source": [0, 0, 1], "target": [1, 2, 2], "ties": [5, 1, 1]})
    kept, kept_links = drop_small_groups(nodes, links, "collaboration")
    assert kept["id"].tolist() == [0, 1]
    assert kept_links[["source", "target"]].values.tolist() == [[0, 1]]
    same_nodes, same_links = drop_small_groups(nodes, links, "interactions")
    assert len(same_nodes) == 3 and len(same_links) == 3


def test_evolution_report_withholds_small_collaboration_groups(tmp_path):
    import itertools

    from typer.testing import CliRunner

    from socialscope.cli.main import app

    def clique(members, day):
        return [(x, y, day) for a, b in itertools.combinations(members, 2) for x, y in ((a, b), (b, a))]

    big, small = [f"big{i}" for i in range(6)], ["s0", "s1", "s2"]
    rows = clique(big, "2025-01-10") + clique(small, "2025-01-10") + clique(big, "2025-02-10")
    path = tmp_path / "messages.csv"
    pd.DataFrame(rows, columns=["actor_account_id", "target_account_id", "created_at"]).assign(kind="message").to_csv(
        path, index=False
    )
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "import", "interactions", str(path)]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "network", "evolution", "--graph", "collaboration", "--format", "csv"])
    assert result.exit_code == 0, result.output
    shown = pd.read_csv(__import__("io").StringIO(result.output))
    assert shown["suppressed"].sum() == 2  # the 3-person group's formation and dissolution
    assert shown.loc[shown["suppressed"], ["size", "joined", "left"]].isna().all().all()
    assert (shown.loc[~shown["suppressed"], "size"] == 6).all()


def test_sentiment_of_a_small_community_is_withheld():
    by_community = pd.DataFrame(
        {
            "community": [0, 1],
            "positive": [40, 2],
            "negative": [10, 1],
            "texts": [60, 3],
            "net_sentiment": [0.6, 0.33],
            "variant": ["talkwalker", "talkwalker"],
            "members": [14, 2],
        }
    )
    out = suppress_small_groups(by_community, "collaboration", size="members")
    assert out.loc[0, "net_sentiment"] == 0.6 and out.loc[0, "members"] == 14
    assert out.loc[1, ["positive", "negative", "texts", "net_sentiment", "members"]].isna().all()
    assert out.loc[1, "community"] == 1 and out.loc[1, "variant"] == "talkwalker"
