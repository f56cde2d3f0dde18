"""The network measures added to the Spark engine, against the embedded engine, on one machine.

``python -m benchmarks.spark_graph [--size S] [--master local[2]] [--skip-store]``:

- communities: modularity of Spark's label propagation, of Leiden on the driver (whole graph
  and coarsened by the label groups) and of the embedded Leiden on ego-Facebook, email-Eu-core
  (tests/data) and a planted partition with weak structure;
- ego-Facebook betweenness and harmonic closeness from 16 sampled sources on both engines
  (the same sources): the largest difference, against the stated Hoeffding bound;
- per measure, each graph of a demo world of ``--size``: Spark (``--master``) vs embedded;
- ``--bridges``: bridge ties on the cluster (above the driver rule) vs embedded, on ego-Facebook.

Writes benchmarks/results/spark_graph_<size>.json; the numbers go to docs/scale.md by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import RESULTS, SIZES

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _time(fn) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _pairs(name: str):
    import networkx as nx
    import pandas as pd

    if name == "ego-Facebook":
        pairs = pd.read_csv(DATA / "facebook_ego" / "facebook_combined.txt", sep=r"\s+", header=None, names=["s", "d"])
        return pairs.astype(str).assign(w=1.0), False
    if name == "email-Eu-core":
        pairs = pd.read_csv(DATA / "email_eu_core" / "email-Eu-core.txt", sep=r"\s+", header=None, names=["s", "d"])
        pairs = pairs[pairs.s != pairs.d].drop_duplicates()
        return pairs.astype(str).assign(w=1.0), True
    # weak structure: 8 groups of 125, ties 2× as likely inside a group as between groups
    planted = nx.planted_partition_graph(8, 125, 0.06, 0.03, seed=1)
    return pd.DataFrame([(f"v{a:04d}", f"v{b:04d}") for a, b in planted.edges()], columns=["s", "d"]).assign(
        w=1.0
    ), False


def communities(session) -> list[dict[str, Any]]:
    from socialscope.engine import spark_community, spark_graph
    from socialscope.network import community
    from socialscope.network.build import graph_from_edges

    rows = []
    for name in ("ego-Facebook", "email-Eu-core", "planted partition (weak)"):
        pairs, directed = _pairs(name)
        _say(f"communities: {name}")
        g = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=directed)
        embedded_seconds, local = _time(lambda g=g: community.leiden(g))
        edges = session.createDataFrame(pairs).localCheckpoint()
        lpa_seconds, labels = _time(lambda e=edges: spark_graph.label_propagation(e).localCheckpoint())
        whole_seconds, (whole, _, _) = _time(
            lambda e=edges, d=directed: spark_community.leiden_on_driver(e, directed=d)
        )
        coarse_seconds, (coarse, _, _) = _time(
            lambda e=edges, d=directed, lab=labels, limit=g.m - 1: spark_community.leiden_on_driver(
                e, directed=d, labels=lab, max_edges=limit
            )
        )
        rows.append(
            {
                "graph": name,
                "vertices": g.n,
                "edges": g.m,
                "embedded leiden": local.modularity,
                "embedded leiden seconds": embedded_seconds,
                "spark label propagation": spark_community.modularity(edges, labels),
                "label propagation communities": labels.select("community").distinct().count(),
                "spark label propagation seconds": lpa_seconds,
                "spark leiden on driver": spark_community.modularity(edges, whole),
                "spark leiden on driver seconds": whole_seconds,
                "spark leiden coarsened": spark_community.modularity(edges, coarse),
                "spark leiden coarsened seconds": coarse_seconds,
            }
        )
        _say(json.dumps(rows[-1]))
    return rows


def ego_betweenness(session, samples: int = 16) -> dict[str, Any]:
    from socialscope.engine import spark_search
    from socialscope.network import centrality
    from socialscope.network.build import graph_from_edges

    pairs, _ = _pairs("ego-Facebook")
    g = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=False)
    edges = session.createDataFrame(pairs).localCheckpoint()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", centrality.EstimateWarning)
        embedded_seconds, (between, harmonic) = _time(
            lambda: (centrality.betweenness(g, samples=samples), centrality.harmonic(g, samples=samples))
        )
        exact = centrality.betweenness(g).values
    spark_seconds, (values, _) = _time(
        lambda: spark_search.betweenness_and_harmonic(edges, directed=False, samples=samples)
    )
    got = values.toPandas().set_index("id").loc[g.account_ids]
    out = {
        "samples": samples,
        "bound": between.error_bound,
        "max |spark - embedded| betweenness": float(np.abs(got["betweenness"].to_numpy() - between.values).max()),
        "max |spark - embedded| harmonic (relative)": float(
            np.abs(got["harmonic"].to_numpy() - harmonic.values).max() / harmonic.values.max()
        ),
        "max |spark - exact| betweenness": float(np.abs(got["betweenness"].to_numpy() - exact).max()),
        "embedded seconds": embedded_seconds,
        "spark seconds": spark_seconds,
    }
    _say(json.dumps(out))
    return out


def per_measure(session, size: str) -> list[dict[str, Any]]:
    """Each new measure on each graph of a demo world, embedded vs Spark."""
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.engine import spark_brokerage, spark_community, spark_graph, spark_search
    from socialscope.engine.spark import SparkEngine
    from socialscope.network import brokerage, centrality, community
    from socialscope.network.build import build_graph
    from socialscope.network.edges import DIRECTED, available_graphs, graph_edges
    from socialscope.store.connection import Store
    from socialscope.store.maintenance import export_tables

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.duckdb"
        with Store(path) as store:
            config = DemoConfig(scale=SIZES[size], seed=7)
            load_demo(store, generate(config), config)
            export_tables(store, Path(folder) / "input")
            graphs = {name: build_graph(store, name) for name in available_graphs(store.ibis())}
        engine = SparkEngine(session, str(Path(folder) / "input"), str(Path(folder) / "output"))
        for name, g in graphs.items():
            _say(f"{size} {name}: {g.n} accounts, {g.m} ties")
            row: dict[str, Any] = {"graph": name, "accounts": g.n, "ties": g.m}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", centrality.EstimateWarning)
                row["embedded betweenness + harmonic"], _ = _time(
                    lambda g=g: (centrality.betweenness(g), centrality.harmonic(g))
                )
            row["embedded structural holes"], _ = _time(lambda g=g: brokerage.structural_holes(g))
            row["embedded leiden"], _ = _time(lambda g=g: community.leiden(g))
            edges = spark_graph.checkpoint(engine.frame(graph_edges(engine.backend(), name)))
            edges.count()
            row["spark betweenness + harmonic"], (values, estimated) = _time(
                lambda e=edges, name=name: (lambda out: (out[0].localCheckpoint(), out[1]))(
                    spark_search.betweenness_and_harmonic(e, directed=DIRECTED[name])
                )
            )
            row["sampled"] = estimated
            row["spark structural holes"], _ = _time(
                lambda e=edges: spark_brokerage.structural_holes(e).write.format("noop").mode("overwrite").save()
            )
            row["spark label propagation"], labels = _time(
                lambda e=edges: spark_graph.label_propagation(e).localCheckpoint()
            )
            row["spark leiden on driver"], _ = _time(
                lambda e=edges, name=name, lab=labels: spark_community.leiden_on_driver(
                    e, directed=DIRECTED[name], labels=lab
                )
            )
            row["spark modularity"], _ = _time(lambda e=edges, lab=labels: spark_community.modularity(e, lab))
            rows.append(row)
            _say(json.dumps(row))
    return rows


def _measured(fn) -> dict[str, Any]:
    """Wall and CPU seconds of ``fn()`` with the load average before it (the machine is shared)."""
    import os

    load = os.getloadavg()[0]
    cpu = time.process_time()
    seconds, _ = _time(fn)
    return {"seconds": round(seconds, 3), "cpu": round(time.process_time() - cpu, 3), "load": round(load, 2)}


def added_measures(session, store_path: Path, input_dir: Path) -> list[dict[str, Any]]:
    """The measures added to Spark's ``network_metrics`` and ``key_person_risk`` (issue #27,
    second part), each graph of an analysed-or-not store: embedded (igraph/NetworKit/NumPy) vs
    Spark (``--master``) — triangle-count clustering and reciprocity as one job each, the
    driver path (collect the edges, then the embedded functions), and the power iterations
    for graphs above the driver rule, timed over one block of ``BLOCK`` steps (per step: /BLOCK;
    Spark's driver-side CPU is in ``cpu``, the executors' is not)."""
    from socialscope.engine import spark_driver, spark_graph, spark_spectral, spark_triangles
    from socialscope.engine.spark import SparkEngine
    from socialscope.network import bridges, centrality, community, risk
    from socialscope.network.analysis import RISK_DEFAULT_LIMIT
    from socialscope.network.build import build_graph
    from socialscope.network.edges import DIRECTED, available_graphs, graph_edges
    from socialscope.store.connection import Store

    def noop(frame) -> None:
        frame.write.format("noop").mode("overwrite").save()

    def one(engine: Any, name: str, g: Any) -> dict[str, Any]:
        directed = DIRECTED[name]
        _say(f"{name}: {g.n} accounts, {g.m} ties")
        row: dict[str, Any] = {"graph": name, "accounts": g.n, "ties": g.m}
        row["embedded eigenvector + HITS"] = _measured(lambda: (centrality.eigenvector(g), centrality.hits(g)))
        row["embedded clustering"] = _measured(lambda: centrality.clustering(g))
        row["embedded reciprocity"] = _measured(lambda: centrality.reciprocity(g))
        row["embedded bridges"] = _measured(lambda: bridges.bridge_ties(g))
        partition = community.leiden(g)
        small = g.n <= RISK_DEFAULT_LIMIT
        if small:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", centrality.EstimateWarning)
                row["embedded key-person risk (incl. betweenness)"] = _measured(
                    lambda: risk.key_person_risk(g, partition.membership, centrality.betweenness(g).values)
                )
        edges = spark_graph.checkpoint(engine.frame(graph_edges(engine.backend(), name)))
        edges = spark_graph.checkpoint(edges.withColumn("w", edges["w"].cast("double")))
        edges.count()
        row["spark clustering (triangle joins)"] = _measured(lambda: noop(spark_triangles.clustering(edges)))
        row["spark reciprocity"] = _measured(lambda: noop(spark_graph.reciprocity(edges, directed=directed)))
        held: dict[str, Any] = {}
        row["spark: collect the edges on the driver"] = _measured(
            lambda: held.update(g=spark_driver.driver_graph(edges, directed=directed, max_edges=10**9))
        )
        row["spark: eigenvector, HITS, bridges on the driver"] = _measured(
            lambda: spark_driver.single_machine_measures(held["g"])
        )
        if small:
            row["spark: key-person risk on the driver"] = _measured(
                lambda: spark_driver.key_person_risk(held["g"], partition.membership)
            )
        block = spark_spectral.BLOCK
        row[f"spark eigenvector, one block of {block} steps"] = _measured(
            lambda: noop(spark_spectral.eigenvector_centrality(edges, max_iterations=block))
        )
        if directed:
            row[f"spark HITS, one block of {block} steps"] = _measured(
                lambda: noop(spark_spectral.hits(edges, directed=True, max_iterations=block))
            )
        _say(json.dumps(row))
        return row

    with Store(store_path, read_only=True) as store:
        graphs = {name: build_graph(store, name) for name in available_graphs(store.ibis())}
    with tempfile.TemporaryDirectory() as scratch:
        engine = SparkEngine(session, str(input_dir), scratch)
        return [one(engine, name, g) for name, g in graphs.items()]


def cluster_bridges(session, name: str = "ego-Facebook") -> dict[str, Any]:
    """Bridge ties above the driver rule (:mod:`socialscope.engine.spark_bridges`) on a real
    graph against the embedded NumPy labelling: wall and CPU seconds, the load average, the
    Spark jobs, the forest's depth (levels) and whether the counts agree. Components are timed
    apart: ``graph_metrics`` computes them anyway and hands them over."""
    from socialscope.engine import spark_bridges, spark_graph
    from socialscope.network import bridges
    from socialscope.network.build import graph_from_edges

    pairs, directed = _pairs(name)
    g = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=directed)
    row: dict[str, Any] = {"graph": name, "accounts": g.n, "edges": len(pairs)}
    held: dict[str, Any] = {}
    row["embedded bridges"] = _measured(lambda: held.update(local=bridges.bridge_ties(g)))
    edges = spark_graph.checkpoint(session.createDataFrame(pairs))
    edges.count()
    tracker, context = session.sparkContext.statusTracker(), session.sparkContext

    def jobs(label: str, fn) -> dict[str, Any]:
        context.setJobGroup(label, label)
        out = _measured(fn)
        out["jobs"] = len(tracker.getJobIdsForGroup(label))
        return out

    row["spark components"] = jobs(
        "components", lambda: held.update(c=spark_graph.checkpoint(spark_graph.components(edges)))
    )
    row["spark bridges (components given)"] = jobs(
        "bridges",
        lambda: held.update(spark=spark_bridges.bridge_ties(edges, component=held["c"]).toPandas()),
    )
    got = held["spark"].set_index("id")["bridge_ties"].loc[g.account_ids.astype(str)].to_numpy()
    row["bridge ties"] = int(held["local"].sum()) // 2
    row["equal"] = bool((got == held["local"]).all())
    # breadth-first levels are distances from the roots: any BFS forest from them has this depth
    row["forest levels"] = int(bridges._depths(bridges.spanning_forest(g)).max()) + 1
    _say(json.dumps(row))
    return row


def _process_cpu() -> float:
    """CPU seconds of this process and its descendants (in local mode the JVM, whose executor
    threads do the work, and the Python workers), from /proc: ``time.process_time`` sees the
    driver's Python alone."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        stats[int(entry)] = fields
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        if pid in stats:
            total += (int(stats[pid][11]) + int(stats[pid][12])) / tick  # utime + stime
        todo.extend(children.get(pid, []))
    return total


def _bounded(session, fn, limit: float) -> dict[str, Any]:
    """:func:`_measured` with the JVM's CPU too, and Spark's jobs cancelled after ``limit``
    seconds (recorded as not finished) — the machine is shared, and a step that takes longer
    than this at L is a finding, not something to wait for."""
    import os
    import threading

    timer = threading.Timer(limit, session.sparkContext.cancelAllJobs)
    load, cpu, all_cpu = os.getloadavg()[0], time.process_time(), _process_cpu()
    start = time.perf_counter()
    timer.start()
    out: dict[str, Any] = {}
    try:
        value = fn()
        if isinstance(value, dict):
            out.update(value)
    except Exception as error:  # cancelled (or failed): keep the figure, go on
        out["not finished"] = f"> {limit:.0f} s" if time.perf_counter() - start >= limit else repr(error)[:300]
    finally:
        timer.cancel()
    out.update(
        seconds=round(time.perf_counter() - start, 3),
        driver_cpu=round(time.process_time() - cpu, 3),
        process_cpu=round(_process_cpu() - all_cpu, 3),
        load_before=round(load, 2),
        load_after=round(os.getloadavg()[0], 2),
    )
    _say(json.dumps(out))
    return out


def _bfs_levels(edges, *, directed: bool, sources: int, levels: int, limit: float, session) -> list[dict[str, Any]]:
    """The forward levels of one batch of ``sources`` breadth-first searches, as
    :func:`socialscope.engine.spark_search._batch_sums` runs them (join the frontier with the
    arcs, drop what earlier levels reached, sum σ; checkpoint): per level, its seconds and rows."""
    from pyspark.sql import functions as F

    from socialscope.engine.spark_graph import checkpoint, vertices
    from socialscope.engine.spark_search import _materialise, next_level, search_arcs

    arcs = checkpoint(search_arcs(edges, directed=directed))
    chosen = vertices(arcs).orderBy(F.rand(42)).limit(sources).select(F.col("id").alias("src"))
    reached_levels = [_materialise(chosen.select("src", F.col("src").alias("v"), F.lit(1.0).alias("sigma")))[0]]
    out = []
    for depth in range(1, levels + 1):
        state: dict[str, Any] = {}

        def level(depth=depth, state=state) -> dict[str, Any]:
            state["frontier"], size = next_level(arcs, reached_levels, undirected=not directed)
            return {"level": depth, "new (source, vertex) rows": size}

        row = _bounded(session, level, limit)
        out.append(row)
        if "not finished" in row or not row.get("new (source, vertex) rows"):
            break
        reached_levels.append(state["frontier"])
    return out


def per_step(session, input_dir: Path, names: list[str], measures: list[str], limit: float) -> list[dict[str, Any]]:
    """One step (or level) of each iterative Spark job, and the one-job measures, on each graph
    of an exported store (issue #27, at L): PageRank with one step and with one batch of three
    (the per-step cost is their difference / 2), one eigenvector step (block of one) and a
    block of three, HITS likewise, the forward levels of one batch of breadth-first searches (as
    many sources as ``ROWS_PER_BATCH`` allows: the first three, or ``bfs all levels`` until the
    searches reach nothing new), the triangle-count clustering, Burt's measures
    (one job), one components and one k-core iteration, reciprocity. Each measure
    is cancelled after ``limit`` seconds; wall, driver and whole-process CPU, load beside."""
    from pyspark.sql import functions as F

    from socialscope.engine import spark_brokerage, spark_graph, spark_search, spark_spectral, spark_triangles
    from socialscope.engine.spark import SparkEngine
    from socialscope.network.edges import DIRECTED, graph_edges

    def noop(frame) -> None:
        frame.write.format("noop").mode("overwrite").save()

    def one(engine: Any, name: str) -> dict[str, Any]:
        directed = DIRECTED[name]
        held: dict[str, Any] = {}

        def load() -> dict[str, Any]:
            edges = spark_graph.checkpoint(engine.frame(graph_edges(engine.backend(), name)))
            edges = spark_graph.checkpoint(edges.withColumn("w", F.col("w").cast("double")))
            held["edges"] = edges
            return {"ties": edges.count(), "accounts": spark_graph.vertices(edges).count()}

        _say(f"{name}: edges")
        loaded = _bounded(session, load, limit)
        row: dict[str, Any] = {"graph": name, "ties": loaded.get("ties"), "accounts": loaded.get("accounts")}
        row["edges (graph_edges, checkpointed)"] = loaded
        edges = held.get("edges")
        if edges is None or "not finished" in loaded:
            return row
        per_batch = max(1, int(spark_search.ROWS_PER_BATCH // max(row["accounts"], 1)))
        jobs = {
            "reciprocity": lambda: noop(spark_graph.reciprocity(edges, directed=directed)),
            "pagerank 1 step": lambda: noop(
                spark_graph.pagerank(edges, directed=directed, max_iterations=1, first_batch=1)
            ),
            "eigenvector 1 step": lambda: noop(spark_spectral.eigenvector_centrality(edges, max_iterations=1, block=1)),
            "clustering (triangle joins)": lambda: noop(spark_triangles.clustering(edges)),
            "pagerank 1 batch of 3 steps": lambda: noop(
                spark_graph.pagerank(edges, directed=directed, max_iterations=3, first_batch=3, max_batch=3)
            ),
            "eigenvector 1 block of 3 steps": lambda: noop(
                spark_spectral.eigenvector_centrality(edges, max_iterations=3, block=3)
            ),
            "hits 1 step": lambda: noop(spark_spectral.hits(edges, directed=directed, max_iterations=1, block=1)),
            "hits 1 block of 3 steps": lambda: noop(
                spark_spectral.hits(edges, directed=directed, max_iterations=3, block=3)
            ),
            "burt (2-hop join; one job)": lambda: noop(spark_brokerage.structural_holes(edges)),
            "components 1 iteration": lambda: noop(spark_graph.components(edges, max_iterations=1)),
            "k-core 1 iteration": lambda: noop(spark_graph.core_numbers(edges, max_iterations=1)),
        }
        for measure in measures:
            _say(f"{name}: {measure}")
            if measure in ("bfs levels", "bfs all levels"):  # each level bounded on its own
                depth = 3 if measure == "bfs levels" else 50  # all: until no new vertex is reached
                row[measure] = {
                    "sources": per_batch,
                    "levels": _bfs_levels(
                        edges, directed=directed, sources=per_batch, levels=depth, limit=limit, session=session
                    ),
                }
            else:
                row[measure] = _bounded(session, jobs[measure], limit)
            (RESULTS / f"spark_graph_steps_partial_{name}.json").write_text(
                json.dumps(rows + [row], indent=1, default=str)
            )
        _say(json.dumps(row))
        return row

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        engine = SparkEngine(session, str(input_dir), scratch)
        for name in names:
            rows.append(one(engine, name))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.spark_graph", description=__doc__)
    parser.add_argument("--size", default="S", help="demo-world size for the per-measure timings: XS, S, M")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--skip-store", action="store_true", help="only the real graphs, no demo world")
    parser.add_argument("--only-store", action="store_true", help="only the demo world's per-measure timings")
    parser.add_argument(
        "--added", nargs=2, metavar=("STORE", "INPUT"),
        help="only the measures added second (clustering, eigenvector/HITS, driver path) on STORE, exported to INPUT",
    )  # fmt: skip
    parser.add_argument("--label", default="M", help="the name of the --added store in the results file")
    parser.add_argument("--bridges", action="store_true", help="only bridge ties on the cluster, on ego-Facebook")
    parser.add_argument(
        "--steps", metavar="INPUT",
        help="only one step/level of each iterative job (and the one-job measures) on the export INPUT",
    )  # fmt: skip
    parser.add_argument("--graphs", default="interactions,follows", help="--steps: the graphs, in order")
    parser.add_argument(
        "--measures", default="reciprocity,pagerank 1 step,eigenvector 1 step,bfs levels,clustering (triangle joins)",
        help="--steps: the measures, in order (also: pagerank 1 batch of 3 steps, eigenvector 1 block of 3 steps, "
        "hits 1 step, hits 1 block of 3 steps, burt (2-hop join; one job), components 1 iteration, "
        "k-core 1 iteration, bfs all levels)",
    )  # fmt: skip
    parser.add_argument("--limit", type=float, default=900.0, help="--steps: cancel a measure after this many seconds")
    args = parser.parse_args(argv)

    from socialscope.engine.spark import spark_session

    session = spark_session(args.master, driver_memory="6g")
    result: dict[str, Any] = {"master": args.master}
    if args.bridges:
        result["cluster bridges"] = cluster_bridges(session)
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "spark_graph_bridges.json").write_text(json.dumps(result, indent=1, default=str))
        session.stop()
        return 0
    if args.steps:
        RESULTS.mkdir(parents=True, exist_ok=True)
        result["per step"] = per_step(
            session, Path(args.steps), args.graphs.split(","), args.measures.split(","), args.limit
        )
        (RESULTS / f"spark_graph_steps_{args.label}.json").write_text(json.dumps(result, indent=1, default=str))
        session.stop()
        return 0
    if args.added:
        result["added measures"] = added_measures(session, Path(args.added[0]), Path(args.added[1]))
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"spark_graph_added_{args.label}.json").write_text(json.dumps(result, indent=1, default=str))
        session.stop()
        return 0
    if not args.only_store:
        result["communities"] = communities(session)
        result["ego-Facebook betweenness"] = ego_betweenness(session)
    if not args.skip_store:
        result["per measure"] = per_measure(session, args.size)
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "spark_graph_real" if args.skip_store else f"spark_graph_{args.size}"
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1, default=str))
    session.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
