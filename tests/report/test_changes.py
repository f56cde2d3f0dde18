"""What changed: the robust z-score finds a planted shift and ignores a one-off spike in the
trailing days; on the demo, a community whose engagement is planted to collapse in the last
week comes first, by name, with a link to its page; the digest says the same and is posted
to a webhook only when asked."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app
from socialscope.network.names import community_names
from socialscope.report.changes import robust_change, what_changed
from socialscope.report.kpis import data_bounds
from socialscope.store import Store


def _days(values):
    return pd.Series(values, index=pd.date_range("2025-01-01", periods=len(values), freq="D"), dtype=float)


def test_a_planted_shift_scores_high_and_a_trailing_spike_does_not_hide_it():
    rng = np.random.default_rng(0)
    trailing = 100 + rng.normal(0, 5, 28)
    trailing[10] = 5_000  # one viral day: would swamp a mean and standard deviation
    daily = _days(np.concatenate([trailing, 60 + rng.normal(0, 5, 7)]))
    z, relative, mean, median = robust_change(daily, daily.index[28].date())
    assert z < -10
    assert relative == pytest.approx((mean - median) / median)
    assert -0.45 < relative < -0.35
    calm = _days(np.concatenate([trailing, 100 + rng.normal(0, 5, 7)]))
    assert abs(robust_change(calm, calm.index[28].date())[0]) < 3


@pytest.fixture(scope="module")
def planted(demo_db, tmp_path_factory):
    """The demo with the largest interaction community's engagement tripled in the last week:
    each of its members' likes and comments of the three weeks before is repeated in it."""
    path = tmp_path_factory.mktemp("changes") / "planted.duckdb"
    shutil.copy(demo_db, path)
    with Store(path) as store:
        _, last = data_bounds(store)
        since = last - timedelta(days=6)
        community = store.scalar(
            "SELECT community FROM communities WHERE graph = 'interactions' ORDER BY size DESC LIMIT 1"
        )
        store.con.execute(
            """INSERT INTO interactions
               SELECT i.interaction_id || '-planted-' || k, i.actor_account_id, i.kind, i.post_id, i.target_account_id,
                      ?::TIMESTAMP + to_days(CAST(hash(i.interaction_id, k) % 7 AS INTEGER)), i.text, i.channel, i.extra
               FROM interactions i CROSS JOIN range(3) r(k)
               WHERE i.created_at >= ?::TIMESTAMP - INTERVAL 21 DAY AND i.created_at < ?
                 AND i.kind NOT IN ('message', 'email') AND i.actor_account_id IN
                 (SELECT account_id FROM network_metrics WHERE graph = 'interactions' AND community = ?)""",
            [since, since, since, community],
        )
        name = community_names(store, "interactions")[community]
    return path, since, last, community, name


def test_a_planted_collapse_comes_first_by_name_with_its_link(planted):
    path, since, last, community, name = planted
    with Store(path, read_only=True) as store:
        result = what_changed(store, since=since, until=last)
    first = result["changes"][0]
    assert first["sentence"].startswith(f"Engagement from the {name} community rose")
    assert first["link"] == f"/network?graph=interactions&community={community}"
    assert first["z"] >= 2
    assert len(result["changes"]) <= 5
    assert "robust z-score" in result["method"]


def test_the_overview_shows_the_same_changes(planted):
    from fastapi.testclient import TestClient

    from socialscope.web import create_app

    path, since, last, _, name = planted
    client = TestClient(create_app(path), base_url="http://localhost")
    api = client.get(f"/api/overview?since={since}&until={last}").json()
    assert api["what_changed"]["changes"][0]["sentence"].startswith(f"Engagement from the {name} community rose")
    page = client.get(f"/?since={since}&until={last}").text
    assert "What changed" in page and "robust z-score" in page


def test_digest_writes_markdown_and_posts_only_when_asked(planted, httpserver):
    path, since, last, _, name = planted
    runner = CliRunner()
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    plain = runner.invoke(app, ["--db", str(path), "digest", "--since", "7d", "--format", "md"])
    assert plain.exit_code == 0, plain.output
    assert f"# socialscope digest: {since} to {last}" in plain.output
    assert f"Engagement from the {name} community rose" in plain.output
    assert len(httpserver.log) == 0  # nothing is sent without --post-to
    posted = runner.invoke(
        app,
        ["--db", str(path), "digest", "--since", "7d", "--format", "html", "--post-to", httpserver.url_for("/hook")],
    )
    assert posted.exit_code == 0, posted.output
    assert len(httpserver.log) == 1
    request, _ = httpserver.log[0]
    body = json.loads(request.data)
    assert body["format"] == "html"
    assert body["text"].startswith("<h1>socialscope digest")
    assert body["digest"]["changes"][0]["sentence"].startswith(f"Engagement from the {name} community rose")
    assert body["digest"]["changes"][0]["link"].startswith("http://127.0.0.1:8000/network?")


def test_digest_reports_a_refusing_webhook_and_bad_options(planted, httpserver):
    path = planted[0]
    runner = CliRunner()
    httpserver.expect_request("/down").respond_with_data("no", status=503)
    refused = runner.invoke(app, ["--db", str(path), "digest", "--post-to", httpserver.url_for("/down")])
    assert refused.exit_code == 1
    assert "HTTP 503" in refused.output
    assert runner.invoke(app, ["--db", str(path), "digest", "--since", "soon"]).exit_code == 2
    assert runner.invoke(app, ["--db", str(path), "digest", "--format", "pdf"]).exit_code == 2


def test_headline_pairs_the_largest_networking_and_marketing_moves():
    from socialscope.report.changes import Change, headline

    changes = [
        Change("engagement from the running community", "networking", "", "/n", -5.0, -0.38, 6.2, 10.0),
        Change("cost per acquisition (paid CPA)", "marketing", "", "/c", 3.0, 0.22, 12.2, 10.0),
        Change("ad spend", "marketing", "", "/c", 2.5, 0.1, 11.0, 10.0),
    ]
    assert headline(changes) == (
        "Engagement from the running community fell 38% while cost per acquisition (paid CPA) rose 22%."
    )
    assert headline(changes[1:]) is None
