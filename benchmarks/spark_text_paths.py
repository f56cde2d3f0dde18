"""Text scoring and path-based attribution: the embedded engine vs Spark, same store.

``python -m benchmarks --only spark-text --store PATH --sizes M`` copies the store, drops its
text tables and scores every text from scratch the embedded way (``classify_content``, then
``score_store``: language detection and sentiment), builds journeys and runs every attribution
model (no bootstrap); then exports the canonical tables and builds the same result tables on
Spark local[2] into Spark's ``noop`` sink: cold (the first pass starts the Python workers and
loads each model once per worker) and warm (a second pass: workers and models kept). The path
counts' size (what Spark hands the driver) is reported beside. Results go to docs/scale.md.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TEXT_TABLES = (
    "content_intent",
    "interaction_intent",
    "post_language",
    "post_sentiment",
    "interaction_language",
    "interaction_sentiment",
)


def _time(fn) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _without_text_scores(store: Any) -> int:
    """Drop ``store``'s text-score tables, so every text is scored from scratch; the number of
    posts and interactions."""
    for table in TEXT_TABLES:
        store.con.execute(f'DROP TABLE IF EXISTS "{table}"')
    return store.scalar("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM interactions)")


def _embedded(store_path: Path) -> dict[str, Any]:
    from socialscope.attribution import attribute, build_journeys
    from socialscope.attribution.registry import PATH_MODELS
    from socialscope.classify.content import classify_content
    from socialscope.engagement.sentiment import score_store
    from socialscope.store.connection import Store

    out: dict[str, Any] = {}
    with Store(store_path) as store:
        out["texts"] = _without_text_scores(store)
        out["intent (posts + interactions)"], _ = _time(lambda: classify_content(store, full=True))
        out["language + sentiment (posts + interactions)"], _ = _time(lambda: score_store(store))
        out["journeys + path counts"], journeys = _time(lambda: build_journeys(store))
        out["path models (driver)"], _ = _time(lambda: attribute(journeys, list(PATH_MODELS)))
        out["all 14 attribution models"], _ = _time(lambda: attribute(journeys))
        out["distinct paths"] = len(journeys.paths)
        out["journeys"] = float((journeys.paths["conversions"] + journeys.paths["nulls"]).sum())
    return out


def _spark(input_dir: str, master: str) -> dict[str, Any]:
    from socialscope.analyses import result_tables
    from socialscope.attribution.journeys import Journeys, journey_touches
    from socialscope.attribution.registry import PATH_MODELS, attribute
    from socialscope.engine.spark import SparkEngine, spark_session

    startup, session = _time(lambda: spark_session(master, driver_memory="8g"))
    out: dict[str, Any] = {"startup": startup, "master": session.sparkContext.master}
    tables = {t.name: t for t in result_tables()}
    with tempfile.TemporaryDirectory() as scratch:
        for rerun in ("cold", "warm"):
            engine = SparkEngine(session, input_dir, scratch)
            for name in TEXT_TABLES:
                out[f"{name} ({rerun})"], _ = _time(
                    lambda n=name, e=engine: tables[n].build(e).write.format("noop").mode("overwrite").save()
                )
        touches = engine.cached(journey_touches(engine.backend()), "_journey_touches")
        out["journey touches (cached)"], _ = _time(lambda: engine.session.table("_journey_touches").count())
        out["path counts (collected)"], paths = _time(lambda: engine.path_counts(touches))
        out["path models (driver)"], _ = _time(lambda: attribute(Journeys.of_paths(paths), list(PATH_MODELS)))
        out["attribution_by_channel (all 14 models)"], _ = _time(
            lambda: tables["attribution_by_channel"].build(engine).write.format("noop").mode("overwrite").save()
        )
        out["distinct paths"] = len(paths)
    session.stop()
    return out


def run(store_path: Path, master: str = "local[2]") -> dict[str, Any]:
    """The embedded steps on a copy of the store, then Spark on its export (see the module doc)."""
    from socialscope.store.connection import Store
    from socialscope.store.maintenance import export_tables

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.duckdb"
        shutil.copy(store_path, copy)
        with Store(copy, read_only=True) as store:
            _, counts = _time(lambda: export_tables(store, Path(folder) / "input"))
        print("duckdb …", file=sys.stderr, flush=True)
        results: dict[str, Any] = {"rows": counts, "duckdb": _embedded(copy)}
        print(f"spark {master} …", file=sys.stderr, flush=True)
        results[f"spark {master}"] = _spark(str(Path(folder) / "input"), master)
    return results


def run_bounded(store_path: Path, input_dir: Path, steps: list[str], limit: float, master: str = "local[2]") -> dict:
    """For the L world: each step of :func:`run` on its own, timed with the load average and
    CPU beside (``benchmarks.spark_graph._bounded``: Spark's jobs cancelled after ``limit``
    seconds), embedded on the store opened read-only, Spark on the export ``input_dir``.
    ``steps``: ``paths`` (journeys + path counts, the 8 path models on the driver) and any of
    :data:`TEXT_TABLES` (built on Spark into ``noop``; the embedded text runs on a copy of
    the store: set ``text-embedded``)."""
    from benchmarks.spark_graph import _bounded
    from socialscope.analyses import result_tables
    from socialscope.attribution import attribute, build_journeys
    from socialscope.attribution.journeys import Journeys, journey_touches
    from socialscope.attribution.registry import PATH_MODELS
    from socialscope.engine.spark import SparkEngine, spark_session
    from socialscope.store.connection import Store

    session = spark_session(master, driver_memory="6g")
    out: dict[str, Any] = {"master": session.sparkContext.master, "limit seconds": limit}
    held: dict[str, Any] = {}
    if "paths" in steps:
        with Store(store_path, read_only=True) as store:

            def journeys() -> dict[str, Any]:
                held["journeys"] = build_journeys(store)
                return {"distinct paths": len(held["journeys"].paths)}

            out["duckdb journeys + path counts"] = _bounded(session, journeys, limit)
            if "journeys" in held:
                out["duckdb path models (driver)"] = _bounded(
                    session, lambda: (attribute(held["journeys"], list(PATH_MODELS)), {})[1], limit
                )
    if "text-embedded" in steps:
        out.update(_embedded_text_bounded(session, store_path, limit))
    tables = {t.name: t for t in result_tables()}
    with tempfile.TemporaryDirectory() as scratch:
        engine = SparkEngine(session, str(input_dir), scratch)
        if "paths" in steps:

            def touches() -> dict[str, Any]:
                held["touches"] = engine.cached(journey_touches(engine.backend()), "_journey_touches")
                return {"touches": engine.session.table("_journey_touches").count()}

            def paths() -> dict[str, Any]:
                held["paths"] = engine.path_counts(held["touches"])
                return {"distinct paths": len(held["paths"])}

            out["spark journey touches (cached)"] = _bounded(session, touches, limit)
            out["spark path counts (collected)"] = _bounded(session, paths, limit)
            if "paths" in held:
                out["spark path models (driver)"] = _bounded(
                    session, lambda: (attribute(Journeys.of_paths(held["paths"]), list(PATH_MODELS)), {})[1], limit
                )
        for name in (s for s in steps if s in TEXT_TABLES):
            out[f"spark {name} (cold)"] = _bounded(
                session, lambda n=name: tables[n].build(engine).write.format("noop").mode("overwrite").save(), limit
            )
    session.stop()
    return out


def _embedded_text_bounded(session, store_path: Path, limit: float) -> dict[str, Any]:
    """The embedded engine's text scoring from scratch on a copy of the store (its text tables
    dropped): intent of every post and interaction text (``classify_content``), then language
    and sentiment (``score_store``), each timed as :func:`benchmarks.spark_graph._bounded`
    times a Spark step (not cancellable: ``limit`` is not applied)."""
    from benchmarks.spark_graph import _bounded
    from socialscope.classify.content import classify_content
    from socialscope.engagement.sentiment import score_store
    from socialscope.store.connection import Store

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "store.duckdb"
        shutil.copyfile(store_path, copy)
        with Store(copy) as store:
            out["embedded texts (posts + interactions)"] = _without_text_scores(store)
            out["embedded intent (posts + interactions)"] = _bounded(
                session, lambda: classify_content(store, full=True), limit
            )
            out["embedded language + sentiment (posts + interactions)"] = _bounded(
                session, lambda: score_store(store, full=True), limit
            )
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    from benchmarks.common import RESULTS

    parser = argparse.ArgumentParser(prog="python -m benchmarks.spark_text_paths", description=run_bounded.__doc__)
    parser.add_argument("store", type=Path, help="the store (opened read-only)")
    parser.add_argument("input", type=Path, help="its canonical tables exported as Parquet")
    parser.add_argument("--steps", default="paths", help="comma-separated: paths and/or text tables")
    parser.add_argument("--limit", type=float, default=900.0)
    parser.add_argument("--label", default="L")
    args = parser.parse_args(argv)
    result = run_bounded(args.store, args.input, args.steps.split(","), args.limit)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"spark_text_paths_{args.label}_bounded.json").write_text(json.dumps(result, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
