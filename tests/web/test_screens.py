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
