"""``socialscope report``: one self-contained HTML file that opens offline."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from socialscope.cli.main import app

runner = CliRunner()


def test_report_is_self_contained(web_db, tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["--db", str(web_db), "report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html) and not re.search(r"<link[^>]+href=", html)
    assert "Plotly.newPlot" in html and html.count("plotly.js v") >= 1
    for section in ("Social networking", "Social media marketing", "Who matters in the follows graph",
                    "Largest communities", "Campaigns (top 20 by spend)", "Attribution"):  # fmt: skip
        assert section in html


def test_report_opens_offline_in_chromium(browser, web_db, tmp_path):
    out = tmp_path / "report.html"
    runner.invoke(app, ["--db", str(web_db), "report", "--out", str(out)])
    page = browser.new_page()
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri(), wait_until="load")
    assert page.locator(".js-plotly-plot .main-svg").count() >= 3
    assert errors == [] and all(url.startswith("file:") or url.startswith("data:") for url in requests)
    page.close()


def test_serve_refuses_a_missing_store(tmp_path):
    result = runner.invoke(app, ["--db", str(tmp_path / "none.duckdb"), "serve"])
    assert result.exit_code == 1 and "no store" in result.output
    assert runner.invoke(app, ["serve", "--help"]).exit_code == 0
