"""``socialscope report``: one self-contained HTML file that opens offline, with what each
community and campaign talks about."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app
from socialscope.engagement.topics import TERMS_SHOWN
from socialscope.report.privacy import min_group_size
from socialscope.store import Store
from tests.web.conftest import chips, planted_interests, stored_terms

runner = CliRunner()


@pytest.fixture(scope="module")
def report_file(web_db, tmp_path_factory) -> Path:
    """The demo's report, written once by the CLI for this module's tests."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = runner.invoke(app, ["--db", str(web_db), "report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_is_self_contained(report_file):
    html = report_file.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html) and not re.search(r"<link[^>]+href=", html)
    assert "Plotly.newPlot" in html and html.count("plotly.js v") >= 1
    for section in ("Social networking", "Social media marketing", "Who matters in the follows graph",
                    "Largest communities", "What communities and campaigns talk about", "Campaigns (top 20 by spend)",
                    "Attribution"):  # fmt: skip
        assert section in html


def test_report_opens_offline_in_chromium(browser, report_file):
    page = browser.new_page()
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report_file.as_uri(), wait_until="load")
    assert page.locator(".js-plotly-plot .main-svg").count() >= 3
    assert errors == [] and all(url.startswith("file:") or url.startswith("data:") for url in requests)
    page.close()


def test_report_lists_community_and_campaign_terms(report_file, web_db):
    html = report_file.read_text(encoding="utf-8")
    with Store(web_db, read_only=True) as store:
        planted = planted_interests(store, "follows")
        largest = store.df(
            "SELECT community, size FROM communities WHERE graph = 'follows' ORDER BY size DESC LIMIT 10"
        )
        follows = [stored_terms(store, "follows", c) for c in largest["community"]]
        people = store.df("SELECT community, size FROM communities WHERE graph = 'collaboration' ORDER BY size DESC")
        campaigns = store.df(
            "SELECT campaign_id, list(term ORDER BY rank) AS terms FROM campaign_topics WHERE rank <= ? GROUP BY 1",
            [TERMS_SHOWN],
        )
    section = html[html.index('id="topics"') : html.index("Campaigns (top 20 by spend)")]
    graphs = {part.split(" graph")[0]: part for part in section.split("<h3>Communities of the ")[1:]}
    # the follows graph's communities, largest first, each with its planted interest on top
    positions = [graphs["follows"].index(chips(terms)) for terms in follows]
    assert positions == sorted(positions)
    for community, size, terms in zip(largest["community"], largest["size"], follows, strict=True):
        if size >= 20:
            assert terms[0] == planted[community]
    # a people graph's small groups: their row carries the notice, not their terms
    small = int((people["size"] < min_group_size()).sum())
    assert small and graphs["collaboration"].count("suppressed: fewer than") == small
    assert graphs["collaboration"].count('<ul class="terms">') == len(people) - small
    for terms in campaigns["terms"]:
        assert chips(list(terms)) in section


def test_serve_refuses_a_missing_store(tmp_path):
    result = runner.invoke(app, ["--db", str(tmp_path / "none.duckdb"), "serve"])
    assert result.exit_code == 1 and "no store" in result.output
    assert runner.invoke(app, ["serve", "--help"]).exit_code == 0
