"""Every page at a phone's size (390×844) and a laptop's (1440×900) in real headless
Chromium: no horizontal page scroll, tables scroll in their own box, the navigation
collapses behind a menu button on the phone."""

from __future__ import annotations

import pytest

PAGES = ["/", "/network", "/people", "/content", "/campaigns", "/attribution", "/data", "/people/x:acme"]
SIZES = {"phone": (390, 844), "laptop": (1440, 900)}


@pytest.fixture(params=list(SIZES))
def sized_page(request, browser):
    width, height = SIZES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.size = request.param
    yield page
    context.close()


def test_every_page_fits_the_screen_width(sized_page, live_server):
    page = sized_page
    too_wide = {}
    for path in PAGES:
        page.goto(live_server + path, wait_until="networkidle")
        if path == "/network":
            page.wait_for_selector("#network[data-ready=true]", timeout=30_000)
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            too_wide[path] = (scroll, inner)
        assert page.locator("h1").first.inner_text().strip(), path
    assert too_wide == {}
    assert page.errors == []


def test_navigation_collapses_on_a_phone(sized_page, live_server):
    page = sized_page
    page.goto(live_server + "/")
    nav = page.locator("#site-nav")
    if page.size == "laptop":
        assert nav.is_visible()
        assert not page.locator(".menu-toggle").is_visible()
        return
    assert not nav.is_visible()
    page.click(".menu-toggle")
    assert nav.is_visible()
    page.click("#site-nav a:text-is('Campaigns')")
    page.wait_for_url("**/campaigns**")
    assert page.locator("h1").inner_text() == "Campaigns"
    # the wide KPI table scrolls inside its own box, not the page
    table = page.locator("#campaign-table")
    assert table.evaluate("t => t.scrollWidth > t.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_what_a_user_reads_on_both_screens(sized_page, live_server, web_db):
    """The period chosen on the Overview travels to Campaigns; KPIs show their change in
    words a user reads; an inverted range is explained; a cascade opens as a tree."""
    from socialscope.report.kpis import data_bounds
    from socialscope.store import Store

    page = sized_page
    with Store(web_db, read_only=True) as store:
        ad_last = store.scalar("SELECT max(date) FROM ad_stats")
        first, _ = data_bounds(store)
    until = ad_last
    since = until.fromordinal(until.toordinal() - 27)
    page.goto(f"{live_server}/?since={since}&until={until}")
    assert "compared with the 28 days before" in page.inner_text("#period-note")
    delta = page.locator("#marketing-kpis .kpi").first.locator(".kpi-delta").inner_text()
    assert delta[0] in "▲▼▶" and delta.endswith("%")
    assert page.locator("#marketing-kpis .kpi-value").first.inner_text().startswith("$")
    assert "robust z-score" in page.inner_text("#what-changed")
    if page.size == "phone":
        page.click(".menu-toggle")
    page.click("#site-nav a:text-is('Campaigns')")
    page.wait_for_url("**/campaigns?**")
    assert f"since={since}" in page.url
    assert page.input_value("input[name=since]") == str(since)
    page.goto(f"{live_server}/campaigns?since={until}&until={since}")
    assert "starts on" in page.inner_text("#filter-notice")
    page.goto(f"{live_server}/content")
    cascade = page.locator("details.cascade").first
    cascade.locator("summary").click()
    assert cascade.locator(".tree li").first.is_visible()
    assert cascade.locator(".tree li b").first.inner_text().startswith("@")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.errors == []
