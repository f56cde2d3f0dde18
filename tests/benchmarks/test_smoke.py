"""Every benchmark runs at a tiny size, so the suite cannot rot (no timing is asserted)."""

from __future__ import annotations

import json
import re
import shutil

from benchmarks import attribution, engagement, graph, pipeline, text, web
from benchmarks.common import RESULTS
from benchmarks.report import write_report


def test_benchmarks_run_and_report(tmp_path, monkeypatch):
    monkeypatch.setattr("benchmarks.graph.CACHE", tmp_path / "cache")
    result = graph.run("XS", repetitions=1)
    tasks = {(c["task"], c["implementation"]) for c in result["cases"]}
    assert ("pagerank", "networkx") in tasks and ("communities", "networkit") in tasks
    assert all(len(c["times"]) == 1 for c in result["cases"])
    analyzed = pipeline.network_analyze("XS")
    assert analyzed["nodes"] > 0 and analyzed["steps"]
    imported = pipeline.import_speed(rows=2_000)
    whole = pipeline.end_to_end("XS")
    assert [name for name, _ in whole["steps"]][:3] == ["audience", "intent", "sentiment"] and whole["analyze"] > 0
    assert imported["csv"] > 0 and imported["parquet"] > 0

    attributed = attribution.run("XS", repetitions=1)
    assert {c["implementation"] for c in attributed["cases"]} == {"socialscope", "pandas + ChannelAttribution"}

    engaged = engagement.run("XS", 1)
    assert {c["implementation"] for c in engaged["cases"]} == {"socialscope", "pandas"}
    texts = text.run(1, limit=400)
    assert {c["task"] for c in texts["cases"]} >= {
        "sentiment (default model), distinct texts",
        "intent, distinct texts",
    }
    latency = web.api_latency("XS", clients=2, requests=4)
    assert [e["errors"] for e in latency["endpoints"]] == [0] * len(web.ENDPOINTS)
    loaded = web.load_test("XS", requests=2 * len(web.ENDPOINTS), concurrency=4)
    assert loaded["errors"] == 0

    results = tmp_path / "results"
    results.mkdir()
    stamp = {"date": "today", "machine": {"cores": "2", "versions": "test"}}
    (results / "graph_XS.json").write_text(json.dumps({**stamp, **result}))
    (results / "analyze_XS.json").write_text(json.dumps({**stamp, **analyzed}))
    (results / "import.json").write_text(json.dumps({**stamp, **imported}))
    (results / "e2e_XS.json").write_text(json.dumps({**stamp, **whole}))
    (results / "attribution_XS.json").write_text(json.dumps({**stamp, **attributed}))
    (results / "text.json").write_text(json.dumps({**stamp, **texts}))
    (results / "engagement_XS.json").write_text(json.dumps({**stamp, **engaged}))
    (results / "api_S.json").write_text(json.dumps({**stamp, **latency}))
    (results / "load_S.json").write_text(json.dumps({**stamp, **loaded}))
    # incremental.run analyses a store four times (~1 min even at XS): its report is built from
    # the result measured at S instead
    shutil.copy(RESULTS / "incremental_S.json", results / "incremental_S.json")
    report = write_report(tmp_path / "benchmarks.md", results).read_text()
    assert "| pagerank | networkit |" in report and "network analyze" in report and "rows/s" in report
    assert "raw touchpoints" in report
    assert "incremental vs `--full`" in report and "< 10% of `--full` (at S)" in report
    assert "Engagement and campaign metrics at scale" in report and "end to end (every analysis)" in report
    assert "texts/s" in report and "API p95 < 100 ms" in report
    assert re.search(
        r"\| `/api/overview` \| [\d.,]+ (?:µs|ms|s) \| 4 \| 0 \|", report
    )  # cold first request, then the load
    assert "Load test, size XS" in report and "zero errors" in report
