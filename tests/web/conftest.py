"""A demo store served by the real app: through FastAPI's test client, and by uvicorn on a
loopback port for the browser tests."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from socialscope.engagement.topics import TERMS_SHOWN
from socialscope.web import create_app

# Saved by every run (gitignored); docs/screenshots/ keeps the ones the README shows.
SCREENSHOTS = Path(
    os.environ.get("SOCIALSCOPE_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "build" / "screenshots"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def web_db(demo_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture(scope="session")
def client(web_db) -> TestClient:
    return TestClient(create_app(web_db), base_url="http://localhost")


@contextmanager
def serving(db: Path):
    """The real app on a loopback port, served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(web_db):
    with serving(web_db) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def chips(terms: list[str]) -> str:
    """Terms as the dashboard and the report render them."""
    return '<ul class="terms">' + "".join(f"<li>{escape(t)}</li>" for t in terms) + "</ul>"


def stored_terms(store, graph: str, community: int) -> list[str]:
    """A community's shown terms, read straight from the stored result table."""
    rows = store.con.execute(
        "SELECT term FROM community_topics WHERE graph = ? AND community = ? ORDER BY rank LIMIT ?",
        [graph, community, TERMS_SHOWN],
    ).fetchall()
    return [r[0] for r in rows]


def planted_interests(store, graph: str) -> dict[int, str]:
    """The demo's planted truth: each community's most common member interest (the demo
    gives persons an interest and has them post about it)."""
    planted = store.df(
        """SELECT m.community, json_extract_string(a.attributes, '$.interest') AS interest
           FROM network_metrics m JOIN accounts a USING (account_id)
           WHERE m.graph = ? AND json_extract_string(a.attributes, '$.interest') IS NOT NULL""",
        [graph],
    )
    return planted.groupby("community")["interest"].agg(lambda s: s.value_counts().index[0]).to_dict()
