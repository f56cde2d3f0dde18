"""Screenshots of every dashboard page for the README: serve a store, drive Chromium, save PNGs.

Usage: python scripts/screenshots.py [--db socialscope.duckdb] [--out docs/screenshots]
(run `socialscope demo` first for the full demo world).
"""

from __future__ import annotations

import argparse
import shutil
import threading
import time
from pathlib import Path

PAGES = {"overview": "/", "network": "/network", "people": "/people", "content": "/content",
         "campaigns": "/campaigns", "attribution": "/attribution", "data": "/data"}  # fmt: skip
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from socialscope.web import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("socialscope.duckdb"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--port", type=int, default=8791)
    args = parser.parse_args()
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=args.port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for name, path in PAGES.items():
            page.goto(f"http://127.0.0.1:{args.port}{path}", wait_until="networkidle")
            if name == "network":
                page.wait_for_selector("#network[data-ready=true]", timeout=120_000)
            page.screenshot(path=str(args.out / f"{name}.png"), full_page=name not in ("network",))
            print(f"saved {args.out / f'{name}.png'}")
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
