"""Under load: 32 requests in flight against `socialscope serve`, every endpoint, zero errors.

The same client as the 10,000-request benchmark (`python -m benchmarks --only load`), with
fewer requests; no timing is asserted here."""

from __future__ import annotations

import shutil

from benchmarks.web import ENDPOINTS, load_test


def test_serve_answers_every_request_at_concurrency_32(web_db, tmp_path):
    path = tmp_path / "load.duckdb"
    shutil.copy(web_db, path)
    result = load_test("S", requests=20 * len(ENDPOINTS), concurrency=32, store=path)
    assert result["errors"] == 0, result["statuses"]
    assert result["statuses"] == {"200": 20 * len(ENDPOINTS)}
    assert result["p50"] <= result["p99"] <= result["max"]
