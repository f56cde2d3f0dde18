"""The same portable analyses on DuckDB and on Spark local mode (1 and 2 cores), same data.

``python -m benchmarks --only spark --store PATH`` exports the store's canonical tables to
Parquet once, then times every portable table result on each engine (Spark results are
computed into Spark's ``noop`` sink, DuckDB's into pandas), the interactions graph's edges and
degrees, and PageRank, components, k-core and label-propagation iterations (a fixed few,
reported per iteration: a full PageRank run to 1e-10 takes ~60). Results go to
docs/scale.md by hand, with the sizing reasoning.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PAGERANK_ITERATIONS = 3


def _time(fn) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _embedded(store_path: Path) -> dict[str, float]:
    from socialscope.analyses import result_tables
    from socialscope.engine import EmbeddedEngine
    from socialscope.network import centrality
    from socialscope.network.build import build_graph
    from socialscope.store.connection import Store

    out: dict[str, float] = {}
    with Store(store_path, read_only=True) as store:
        engine = EmbeddedEngine(store)
        for result in result_tables():
            if result.superset_on in engine.capabilities:
                continue  # written by the analysis's embedded run: timed by benchmarks/spark_text_paths.py
            # the embedded engine keeps Ibis expressions lazy: run each to an Arrow table
            out[result.name], _ = _time(lambda r=result: r.build(engine).to_pyarrow())
        out["interactions graph: edges + degrees"], g = _time(
            lambda: (lambda g: (centrality.degrees(g), g)[1])(build_graph(store, "interactions"))
        )
        out["pagerank (to 1e-10)"], _ = _time(lambda: centrality.pagerank(g))
        out["edges"] = g.m
    return out


def _spark(input_dir: str, master: str) -> dict[str, float]:
    from pyspark.sql import functions as F

    from socialscope.analyses import result_tables
    from socialscope.engine import spark_graph as sg
    from socialscope.engine.spark import SparkEngine, spark_session
    from socialscope.network.edges import graph_edges

    startup, session = _time(lambda: spark_session(master, driver_memory="12g"))
    out: dict[str, Any] = {"startup": startup, "master": session.sparkContext.master}
    with tempfile.TemporaryDirectory() as scratch:
        engine = SparkEngine(session, input_dir, scratch)
        for result in result_tables():
            if result.name == "network_metrics":
                continue
            out[result.name], _ = _time(lambda r=result: r.build(engine).write.format("noop").mode("overwrite").save())

        def edges_and_degrees():
            edges = engine.frame(graph_edges(engine.backend(), "interactions")).localCheckpoint()
            sg.degrees(edges, directed=True).write.format("noop").mode("overwrite").save()
            return edges

        out["interactions graph: edges + degrees"], edges = _time(edges_and_degrees)
        total, _ = _time(
            lambda: sg.pagerank(edges, directed=True, max_iterations=PAGERANK_ITERATIONS).agg(F.sum("pagerank")).first()
        )
        out["pagerank per iteration"] = total / PAGERANK_ITERATIONS
        for name, algorithm in (
            ("components per iteration", sg.components),
            ("core numbers per iteration", sg.core_numbers),
            ("label propagation per iteration", sg.label_propagation),
        ):
            total, _ = _time(
                lambda a=algorithm: (
                    a(edges, max_iterations=PAGERANK_ITERATIONS).write.format("noop").mode("overwrite").save()
                )
            )
            out[name] = total / PAGERANK_ITERATIONS
    session.stop()
    return out


def run(store_path: Path, masters: tuple[str, ...] = ("local[1]", "local[2]")) -> dict[str, Any]:
    """Every step on DuckDB, then on Spark with each master (see the module doc)."""
    from socialscope.store.connection import Store
    from socialscope.store.maintenance import export_tables

    with tempfile.TemporaryDirectory() as folder:
        with Store(store_path, read_only=True) as store:
            export_seconds, counts = _time(lambda: export_tables(store, folder))
        print(f"exported {counts} in {export_seconds:.1f} s", file=sys.stderr, flush=True)
        results: dict[str, Any] = {"rows": counts, "export_seconds": export_seconds}
        print("duckdb …", file=sys.stderr, flush=True)
        results["duckdb"] = _embedded(store_path)
        for master in masters:
            print(f"spark {master} …", file=sys.stderr, flush=True)
            results[f"spark {master}"] = _spark(folder, master)
    return results
