"""The dashboard in real headless Chromium: pages load without JavaScript errors, nothing
leaves localhost, charts render, a node click opens the profile, search finds a person,
the overview filter changes the numbers, and a community shows what its members talk
about. Screenshots go to docs/screenshots/."""

from __future__ import annotations

from urllib.parse import unquote, urlparse

import pytest

from socialscope.store import Store
from tests.web.conftest import SCREENSHOTS, planted_interests

PAGES = {
    "overview": "/",
    "network": "/network",
    "people": "/people",
    "content": "/content",
    "campaigns": "/campaigns",
    "attribution": "/attribution",
    "data": "/data",
    "api-docs": "/docs",
}


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.errors = []
    page.outside = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)

    def check_request(request):
        host = urlparse(request.url).hostname
        if request.url.startswith(("http:", "https:", "ws:")) and host not in ("127.0.0.1", "localhost"):
            page.outside.append(request.url)

    page.on("request", check_request)
    yield page
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_cleanly_and_offline(page, live_server, name):
    response = page.goto(live_server + PAGES[name], wait_until="networkidle")
    assert response.status == 200
    if name == "network":
        page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
    if name == "api-docs":
        page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.errors == []
    assert page.outside == []
    if name not in ("data", "api-docs"):
        assert page.locator(".js-plotly-plot").count() >= 1
        assert page.locator(".js-plotly-plot .main-svg").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=name != "network")


def test_clicking_a_node_opens_the_profile(page, live_server):
    page.goto(live_server + "/network?graph=follows")
    page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
    # the pixel position of the account with the highest PageRank, from Plotly's own axes
    target = page.evaluate(
        """() => {
        const gd = document.getElementById('network');
        const trace = gd.data[1];
        let best = 0;
        trace.marker.size.forEach((s, i) => { if (s > trace.marker.size[best]) best = i; });
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, box = gd.getBoundingClientRect();
        return {id: trace.customdata[best],
                x: box.left + xa._offset + xa.l2p(trace.x[best]),
                y: box.top + ya._offset + ya.l2p(trace.y[best])};
    }"""
    )
    page.mouse.move(target["x"], target["y"])
    page.mouse.click(target["x"], target["y"])
    page.wait_for_url("**/people/**", timeout=15_000)
    assert target["id"] in unquote(page.url)
    assert page.locator("#metrics").count() == 1
    assert page.errors == []


def test_search_finds_a_person(page, live_server):
    page.goto(live_server + "/")
    page.fill("header .search input", "acme")
    page.press("header .search input", "Enter")
    page.wait_for_selector("#search-results table")
    page.click("#search-results a:text-is('acme')")
    page.wait_for_selector("#profile-name")
    assert "@acme" in page.inner_text("#profile-name")
    assert page.errors == []


def test_platform_filter_changes_the_numbers(page, live_server):
    page.goto(live_server + "/")
    spend = page.locator("#marketing-kpis .kpi").first.inner_text()
    options = page.locator("#platform option").all_inner_texts()
    ad_platform = "meta"
    assert ad_platform in options
    page.select_option("#platform", ad_platform)
    page.click("#filters button")
    page.wait_for_url(f"**platform={ad_platform}**")
    filtered = page.locator("#marketing-kpis .kpi").first.inner_text()
    assert filtered != spend
    assert page.errors == []


def test_campaign_table_sorts_by_clicked_column(page, live_server):
    page.goto(live_server + "/campaigns")
    page.click("#campaign-table th:text-is('Spend')")
    values = page.eval_on_selector_all(
        "#campaign-table tbody tr td:nth-child(3)", "cells => cells.map(c => parseFloat(c.dataset.value))"
    )
    assert values == sorted(values, reverse=True)


def test_network_drawing_is_readable(page, live_server):
    page.goto(live_server + "/network?graph=follows")
    page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
    status = page.inner_text("#network-status")
    assert "ties drawn" in status
    legend = page.locator("#network-legend a").all_inner_texts()
    assert len(legend) >= 2 and all("(" in item for item in legend)
    assert not any(item.startswith("community ") for item in legend[:3])  # named, not numbered
    labels = page.evaluate("document.getElementById('network').layout.annotations.map(a => a.text)")
    assert labels and all(label.startswith("@") for label in labels)
    # scroll-zoom only after a click on the drawing
    assert page.evaluate("document.getElementById('network')._context.scrollZoom") is False
    page.fill("#graph-search", "acme")
    page.press("#graph-search", "Enter")
    page.wait_for_selector("#network[data-found]")
    assert "acme" in page.get_attribute("#network", "data-found")
    assert "Found @acme" in page.inner_text("#network-status")
    page.click("#network-legend a >> nth=0")
    page.wait_for_selector("#community-kpis")
    assert page.locator("#community-kpis .kpi").count() == 6
    assert page.inner_text("#community-name") == legend[0].rsplit(" (", 1)[0] + " " + page.inner_text(
        "#community-name small"
    )
    assert page.errors == []


def test_network_page_shows_what_a_community_talks_about(page, live_server, web_db):
    with Store(web_db, read_only=True) as store:
        planted = planted_interests(store, "follows")
    page.goto(live_server + "/network?graph=follows")
    largest = page.locator("#community-table tbody tr").first
    terms = largest.locator("ul.terms li").all_inner_texts()
    assert 1 < len(terms) <= 8 and largest.locator("ul.terms").is_visible()
    largest.locator("a").click()
    page.wait_for_selector("#community-terms ul.terms")
    community = int(page.get_attribute("#network", "data-community"))
    assert terms[0] == planted[community]
    assert page.locator("#community-terms li").all_inner_texts() == terms
    assert page.errors == []
    # on a phone the terms wrap inside the screen (once the drawing has followed the resize)
    page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("document.documentElement.scrollWidth <= window.innerWidth", timeout=10_000)
    box = page.locator("#community-terms ul.terms").bounding_box()
    assert page.locator("#community-terms li").last.is_visible()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390


def test_network_page_shows_which_stage_a_graph_has_and_when_each_ran(browser, demo_db, tmp_path, monkeypatch):
    """A large graph (threshold lowered to 0 ties) with its fast stage only, then with both."""
    import shutil

    from socialscope.network import layout
    from socialscope.network.analysis import analyze_and_write
    from socialscope.store import Store
    from tests.web.conftest import serving

    monkeypatch.setenv("SOCIALSCOPE_LARGE_GRAPH_EDGES", "0")
    monkeypatch.setattr(layout, "LAYOUT_LIMIT", 0)  # drawn as the community meta-graph, as large graphs are
    db = tmp_path / "staged.duckdb"
    shutil.copy(demo_db, db)
    with Store(db) as store:
        analyze_and_write(store, "follows", stage="fast")
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        with serving(db) as url:
            page.goto(url + "/network?graph=follows")
            page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
            assert page.get_attribute("#graph-stage", "data-stage") == "fast"
            said = page.inner_text("#graph-stage")
            assert said.startswith("Fast stage only") and " UTC in " in said
            assert "socialscope network analyze --graph follows --stage all" in said
            assert "after the sampled stage" in page.inner_text("table.data")  # brokers not ranked yet
            api = page.evaluate("fetch('/api/network?graph=follows').then(r => r.json())")
            assert api["stage"]["stage"] == "fast" and api["stage"]["sampled_at"] is None
        with Store(db) as store:
            analyze_and_write(store, "follows", stage="all")
        with serving(db) as url:
            page.goto(url + "/network?graph=follows")
            page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
            assert page.get_attribute("#graph-stage", "data-stage") == "all"
            said = page.inner_text("#graph-stage")
            assert said.startswith("All measures: fast stage ") and ", sampled stage " in said
            assert "after the sampled stage" not in page.inner_text("table.data")
    finally:
        context.close()
    assert errors == []
