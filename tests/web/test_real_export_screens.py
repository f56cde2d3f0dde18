"""The dashboard on a store built only from genuine exports (an X archive, a Slack workspace
export and a Google Ads report, imported and analysed as a user would), in real headless
Chromium at a phone's size and a laptop's: every page loads without a script error and without
horizontal scroll, and shows people by their handles, not internal ids."""

from __future__ import annotations

import re

import pytest

from socialscope.ingest.formats import import_export
from socialscope.pipeline import run_analyses
from socialscope.store import Store
from tests.conftest import DATA
from tests.web.conftest import serving
from tests.web.test_screens import SIZES

EXPORTS = [
    DATA / "formats" / "x_archive",
    DATA / "formats" / "slack_export" / "export",
    next((DATA / "real" / "google_ads" / "en_gb_utf8_2026").glob("*.csv")),
]


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("real-web") / "real.duckdb"
    with Store(path) as store:
        for export in EXPORTS:
            import_export(store, export)
        run_analyses(store)
        owner = store.scalar("SELECT account_id FROM accounts WHERE is_own ORDER BY account_id LIMIT 1")
        handle = store.scalar("SELECT handle FROM accounts WHERE account_id = ?", [owner])
    return path, owner, handle


@pytest.fixture(scope="module")
def real_server(real_store):
    with serving(real_store[0]) as url:
        yield url


@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_of_a_real_export_fits_and_reads(size, browser, real_server, real_store):
    _, owner, handle = real_store
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    too_wide = {}
    for path in ["/", "/network", "/people", "/content", "/campaigns", "/attribution", "/data", f"/people/{owner}"]:
        page.goto(real_server + path, wait_until="networkidle")
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            too_wide[path] = (scroll, inner)
        assert page.locator("h1").first.inner_text().strip(), path
    assert too_wide == {} and errors == []
    page.goto(real_server + f"/people/{owner}", wait_until="networkidle")
    assert f"@{handle}" in page.locator("h1").first.inner_text() + page.inner_text("body")
    page.goto(real_server + "/campaigns", wait_until="networkidle")
    table = page.inner_text("#campaign-table")
    assert re.search(r"£|GBP", page.inner_text("body")), "the report's currency is shown"
    assert "google" in table.lower() or "google_ads" in table.lower()
    context.close()
