"""The Spark engine: the portable analyses on Apache Spark (PySpark), reading the canonical
tables as Parquet or CSV from any path Spark can read (local, HDFS, S3) and writing results
back as Parquet, all-or-nothing.

Input layout: ``INPUT/<table>.parquet`` (a file or a folder of parts), ``INPUT/<table>/``
(Parquet parts) or ``INPUT/<table>.csv`` (with a header) for each canonical table; a table
that is absent is empty. ``socialscope export DIR`` writes a store in this layout.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import numpy as np

from socialscope.errors import InputError, MissingDependencyError, Problem, SocialscopeError, StoreError
from socialscope.store.schema import CANONICAL_TABLES

SPARK_TYPES = {
    "text": "string",
    "integer": "bigint",
    "number": "double",
    "boolean": "boolean",
    "timestamp": "timestamp",
    "date": "date",
    "json": "string",
}

# No "store.sql": the analyses written as SQL over the DuckDB store stay embedded-only.
SPARK_CAPABILITIES = frozenset(
    {"table_metrics", "journeys", "journey_paths", "graph.degree", "graph.pagerank", "graph.components",
     "graph.kcore", "graph.communities.label_propagation", "graph.communities.leiden", "graph.paths",
     "graph.brokerage", "graph.spectral", "graph.clustering", "graph.reciprocity", "graph.bridges",
     "graph.key_person_risk", "graph.summary", "graph.influence", "text"}
)  # fmt: skip

MANIFEST = "_socialscope_run"

RISK_COLUMNS = (
    "graph string, account_id string, lcc_share_drop double, orphaned_communities bigint, "
    "path_length_increase double, nonredundant_ties bigint, risk_score double, degree bigint, "
    "betweenness double, rank bigint"
)


def spark_session(master: str | None = None, *, driver_memory: str | None = None) -> Any:
    """A SparkSession (the active one when there is one) with UTC session time: ``master`` from
    the argument, ``$SOCIALSCOPE_SPARK_MASTER``, spark-submit's ``--master`` when launched by
    spark-submit, else ``local[*]``. Local mode gets no web UI, 4 shuffle partitions (or
    ``$SOCIALSCOPE_SPARK_PARTITIONS``) and ``$SOCIALSCOPE_SPARK_DRIVER_MEMORY`` (4g)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MissingDependencyError("pyspark", "spark") from None

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName("socialscope").config("spark.sql.session.timeZone", "UTC")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit: its settings rule
    master = master or os.environ.get("SOCIALSCOPE_SPARK_MASTER") or (None if submitted else "local[*]")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use this interpreter and its packages
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.memory", driver_memory or os.environ.get("SOCIALSCOPE_SPARK_DRIVER_MEMORY", "4g"))
        )
    partitions = os.environ.get("SOCIALSCOPE_SPARK_PARTITIONS") or (
        "4" if master and master.startswith("local") else None
    )
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", partitions)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    if os.environ.get("SOCIALSCOPE_SPARK_CHECKPOINT_DIR"):
        session.sparkContext.setCheckpointDir(os.environ["SOCIALSCOPE_SPARK_CHECKPOINT_DIR"])
    return session


def graphframes_available(session: Any) -> bool:
    """True when both the ``graphframes`` Python package and its JVM classes are present (a
    cluster started with ``--packages graphframes:…``). Not the case here: the jar comes from
    Maven, which these machines cannot reach."""
    try:
        import graphframes  # noqa: F401

        session.sparkContext._jvm.java.lang.Class.forName("org.graphframes.GraphFrame")
    except Exception:  # ImportError, or Py4J's ClassNotFoundException
        return False
    return True


class SparkEngine:
    """The registry's portable tables on Spark. ``input`` holds the canonical tables, ``output`` receives
    one Parquet folder per result table plus a ``_socialscope_run`` manifest."""

    name = "spark"
    capabilities = SPARK_CAPABILITIES

    def __init__(self, session: Any, input: str, output: str) -> None:
        self.session = session
        self.input = input.rstrip("/")
        self.output = output.rstrip("/")
        self.sources: dict[str, str | None] = {}
        self._backend: Any = None
        self._counts: dict[str, int] = {}
        self._text: dict[str, Any] = {}
        self._edges: dict[str, Any] = {}  # each graph's edges and label propagation, shared by its tables
        self._labels: dict[str, Any] = {}
        self._driver: dict[str, Any] = {}  # each graph collected on the driver (None: too large)
        self._leiden: dict[str, Any] = {}
        self._metrics: dict[str, Any] = {}  # each graph's network_metrics frame (checkpointed)
        self._seconds: dict[str, float] = {}  # the time they took
        self._triangles: dict[str, Any] = {}  # each graph's triangles and contacts per account
        if graphframes_available(session):
            self.capabilities = SPARK_CAPABILITIES | {"graph.graphframes"}
        self._load()

    # -- files -------------------------------------------------------------------------------
    def _fs(self, path: str) -> tuple[Any, Any]:
        jvm = self.session.sparkContext._jvm
        hpath = jvm.org.apache.hadoop.fs.Path(path)
        return hpath.getFileSystem(self.session.sparkContext._jsc.hadoopConfiguration()), hpath

    def _exists(self, path: str) -> bool:
        fs, hpath = self._fs(path)
        return bool(fs.exists(hpath))

    def _load(self) -> None:
        """Register every canonical table as a temp view with the canonical column types."""
        from pyspark.sql import functions as F
        from pyspark.sql.utils import AnalysisException

        if not self._exists(self.input):
            raise InputError(Problem(self.input, None, None, "no such input folder for the Spark engine"))
        for name, table in CANONICAL_TABLES.items():
            ddl = ", ".join(f"`{c.name}` {SPARK_TYPES[c.type]}" for c in table.columns)
            source = next(
                (p for p in (f"{self.input}/{name}.parquet", f"{self.input}/{name}", f"{self.input}/{name}.csv")
                 if self._exists(p)),
                None,
            )  # fmt: skip
            self.sources[name] = source
            try:
                if source is None:
                    frame = self.session.createDataFrame([], ddl)
                else:
                    if source.endswith(".csv"):
                        raw = self.session.read.csv(source, header=True, mode="FAILFAST")
                    else:
                        raw = self.session.read.parquet(source)
                    missing = [c.name for c in table.columns if c.name not in raw.columns]
                    required = [c for c in missing if table.column(c).required]
                    if required:
                        raise InputError(
                            [Problem(source, None, c, f"table {name} needs this column") for c in required]
                        )
                    frame = raw.select(
                        *(
                            (F.col(f"`{c.name}`") if c.name in raw.columns else F.lit(None))
                            .cast(SPARK_TYPES[c.type])
                            .alias(c.name)
                            for c in table.columns
                        )
                    )
            except AnalysisException as exc:
                message = f"cannot read table {name}: {str(exc).splitlines()[0]}"
                raise InputError(Problem(source or self.input, None, None, message)) from exc
            frame.createOrReplaceTempView(name)

    # -- the engine protocol -----------------------------------------------------------------
    def backend(self) -> Any:
        if self._backend is None:
            import ibis

            self._backend = ibis.pyspark.connect(self.session)
        return self._backend

    def count(self, table: str) -> int:
        if table not in self._counts:
            self._counts[table] = self.session.table(table).count()
        return self._counts[table]

    def frame(self, expr: Any) -> Any:
        return self.session.sql(self.backend().compile(expr))

    def cached(self, expr: Any, name: str) -> Any:
        from socialscope.engine.spark_graph import checkpoint

        checkpoint(self.frame(expr)).createOrReplaceTempView(name)
        return self.backend().table(name)

    def from_pandas(self, frame: Any) -> Any:
        return self.session.createDataFrame(frame)

    def path_counts(self, touches: Any) -> Any:
        """Journey paths and their counts (:mod:`socialscope.engine.spark_paths`), as pandas."""
        from socialscope.engine.spark_paths import path_counts

        return path_counts(self.frame(touches))

    def text_table(self, table: str) -> Any:
        """Intent, language or sentiment of every post or interaction text, scored in pandas
        UDFs by the shipped models (:mod:`socialscope.engine.spark_text`)."""
        from socialscope.engine.spark_text import text_tables

        if table not in self._text:
            self._text.update(text_tables(self.session, table))
        return self._text[table]

    def available_graphs(self) -> list[str]:
        from socialscope.network.edges import available_graphs

        return available_graphs(self.backend())

    def concat(self, frames: list[Any]) -> Any:
        out = frames[0]
        for frame in frames[1:]:
            out = out.unionByName(frame)
        return out

    def graph_metrics(self, graph: str, edges: Any, *, directed: bool) -> Any:
        """Every ``network_metrics`` column of ``graph``, computed once per run.

        A graph that fits on the driver (:func:`socialscope.engine.spark_driver.driver_edges`
        edges, the embedded engine's large-graph threshold) is measured there by the embedded
        engine's own :func:`~socialscope.network.analysis.compute_metrics` — the same values,
        in seconds, where the cluster's iterations would cost a Spark job per step (PageRank on
        the demo's 4,549 follows: ~30 s of ~140 half-second steps, for what igraph solves in
        milliseconds). A larger graph is measured on the cluster
        (:meth:`_cluster_metrics`). Either way the community of every account is Leiden's when
        it ran on the driver, else label propagation's (``community_method`` says which), and
        reach, engagement received and influence come from
        :mod:`socialscope.engine.spark_influence`."""
        if graph not in self._metrics:
            started = time.perf_counter()
            self._metrics[graph] = self._compute_metrics(graph, edges, directed=directed)
            self._seconds[graph] = time.perf_counter() - started
        return self._metrics[graph]

    def _compute_metrics(self, graph: str, edges: Any, *, directed: bool) -> Any:
        from pyspark.sql import functions as F

        from socialscope.engine import spark_graph
        from socialscope.engine.spark_influence import add_influence

        g = self._driver_graph(graph, edges, directed=directed)
        if g is not None and g.n:
            out = self._driver_metrics(graph, g)
        else:  # too large for the driver, or no ties at all (the cluster's jobs give no rows)
            out = self._cluster_metrics(graph, self._graph_edges(graph, edges), directed=directed)
        communities, method = self.communities(graph, edges, directed=directed)
        out = add_influence(out.join(communities, "id").transform(spark_graph.checkpoint))
        return out.select(
            F.lit(graph).alias("graph"),
            F.col("id").alias("account_id"),
            *(c for c in out.columns if c != "id"),
            F.lit(method).alias("community_method"),
        ).transform(spark_graph.checkpoint)

    def _driver_metrics(self, graph: str, g: Any) -> Any:
        """The embedded engine's per-account measures of ``g`` (collected on the driver), its
        ``community`` left to :meth:`communities` (its Leiden partition kept as the run's, so
        Leiden runs once), and each account's ``component`` named as the cluster names it: the
        smallest account id in the component (``g``'s vertices are in sorted id order, so the
        smallest vertex number)."""
        from socialscope.engine.spark_community import leiden_frame
        from socialscope.engine.spark_driver import vertex_frame
        from socialscope.network.analysis import compute_metrics
        from socialscope.network.graph_stats import components

        # the same seeded Leiden as leiden_on_driver's (resolution 1, seed 42, the same graph)
        frame, partition, _ = compute_metrics(g, seed=42)
        self._leiden.setdefault(graph, (leiden_frame(self.session, g, partition), "leiden", partition))
        labels = components(g)
        first = np.full(labels.max() + 1 if g.n else 0, g.n, dtype=np.int64)
        np.minimum.at(first, labels, np.arange(g.n))
        columns = {c: frame[c].to_numpy() for c in frame.columns if c not in ("account_id", "community")}
        columns["component"] = g.account_ids[first[labels]].astype(str)
        return vertex_frame(self.session, g, columns)

    def _cluster_metrics(self, graph: str, e: Any, *, directed: bool) -> Any:
        """Degree, PageRank, component, core number, betweenness and harmonic closeness (exact
        or sampled by the embedded engine's rule), Burt's measures (up to the degree cap),
        reciprocity, clustering, eigenvector centrality, HITS and bridge ties of ``graph``
        (its edges ``e``) as Spark jobs on the cluster."""
        from pyspark.sql import functions as F

        from socialscope.engine import (
            spark_bridges,
            spark_brokerage,
            spark_graph,
            spark_search,
            spark_spectral,
            spark_triangles,
        )

        out = spark_graph.degrees(e, directed=directed)
        out = out.join(spark_graph.pagerank(e, directed=directed), "id")
        if "graph.graphframes" in self.capabilities:  # a cluster with the GraphFrames jar
            components, communities = spark_graph.graphframes_components_and_communities(e)
            self._labels[graph] = communities
        else:
            components = spark_graph.components(e)
        out = out.join(components, "id")
        out = out.join(spark_graph.core_numbers(e), "id", "left").fillna(0, ["core_number"])
        paths, estimated = spark_search.betweenness_and_harmonic(e, directed=directed)
        out = out.join(paths, "id").withColumn("betweenness_estimated", F.lit(estimated))
        holes = spark_brokerage.structural_holes(e).drop("contacts")
        out = out.join(holes, "id", "left")
        out = out.join(spark_graph.reciprocity(e, directed=directed), "id", "left")
        self._triangles[graph] = spark_triangles.clustering(e).transform(spark_graph.checkpoint)
        out = out.join(self._triangles[graph].drop("triangles", "contacts"), "id", "left")
        out = out.join(spark_spectral.eigenvector_centrality(e), "id", "left")
        out = out.join(spark_spectral.hits(e, directed=directed), "id", "left")
        return out.join(spark_bridges.bridge_ties(e, component=components), "id", "left")

    def graph_summary(self, graph: str, edges: Any, *, directed: bool) -> Any:
        """The graph-level row of ``graph`` (``network_graphs``): the embedded engine's
        :func:`~socialscope.network.graph_stats.graph_summary` on the driver when the graph fits
        there, else :func:`socialscope.engine.spark_summary.cluster_summary` (the diameter then
        the double-sweep bound, as the embedded engine gives it for large graphs); the
        communities and modularity of the method behind ``community``; one stage (``all``)."""
        from socialscope.engine.spark_community import modularity
        from socialscope.engine.spark_summary import cluster_summary
        from socialscope.network.edges import edge_params
        from socialscope.network.graph_stats import graph_summary
        from socialscope.store.result_schema import result_schema

        metrics = self.graph_metrics(graph, edges, directed=directed).withColumnRenamed("account_id", "id")
        g = self._driver_graph(graph, edges, directed=directed)
        if g is not None:
            summary = graph_summary(g)
        else:
            summary = cluster_summary(
                self._graph_edges(graph, edges), metrics, self._triangles[graph], directed=directed
            )
        found = self._leiden_result(graph, edges, directed=directed)
        if found is not None and found[2] is not None:  # the embedded engine's Leiden, whole graph
            communities, score, resolution = len(np.unique(found[2].membership)), found[2].modularity, 1.0
        else:
            membership = metrics.select("id", "community")
            communities = membership.select("community").distinct().count()
            score = modularity(self._graph_edges(graph, edges), membership)
            resolution = 1.0 if found is not None else None
        method = metrics.select("community_method").first()[0] if summary["nodes"] else None
        now = datetime.now(UTC).replace(tzinfo=None)
        row = {
            **summary,
            "graph": graph,
            "communities": communities,
            "modularity": score,
            "resolution": resolution,
            "params": json.dumps(edge_params(graph)),
            "notes": f"Spark engine; communities: {method}" if method else "Spark engine",
            "stage": "all",
            "fast_at": now,
            "fast_seconds": self._seconds.get(graph),
            "sampled_at": now,  # one pass, as the embedded engine's below the large-graph threshold
            "sampled_seconds": None,
            "sampled_run_id": None,
        }
        schema = result_schema("network_graphs")
        types = ", ".join(f"{c.name} {SPARK_TYPES[c.type]}" for c in schema.columns if c.name in row)
        values = [row[c.name] for c in schema.columns if c.name in row]
        return self.session.createDataFrame(
            [tuple(v.item() if isinstance(v, np.generic) else v for v in values)], types
        )

    def communities(self, graph: str, edges: Any, *, directed: bool) -> tuple[Any, str]:
        """Every account's community (``id``, ``community``: an integer, 0 = the largest) and
        the method: the embedded engine's Leiden, numbered as there, when the whole graph fits
        on the driver; else Leiden on the graph coarsened by label propagation when that fits;
        else label propagation — each numbered from the largest community."""
        from pyspark.sql import functions as F

        found = self._leiden_result(graph, edges, directed=directed)
        if found is None:
            return _numbered(self.label_propagation(graph, edges)), "label_propagation"
        frame, method, _ = found
        if method == "leiden":  # already numbered from the largest, ties as the embedded engine breaks them
            return frame.select("id", F.col("community").cast("bigint").alias("community")), method
        return _numbered(frame), method

    def key_person_risk(self, graph: str, edges: Any, *, directed: bool) -> Any:
        """Key-person risk of ``graph``, computed on the driver
        (:func:`socialscope.engine.spark_driver.key_person_risk`) when the graph fits there;
        no rows when it does not (or has more accounts than the embedded engine's rule)."""
        from socialscope.engine.spark_driver import key_person_risk

        g = self._driver_graph(graph, edges, directed=directed)
        found = self._leiden_result(graph, edges, directed=directed) if g is not None else None
        if g is None or found is None or found[2] is None:
            return self.session.createDataFrame([], RISK_COLUMNS)
        frame = key_person_risk(g, found[2].membership).assign(graph=graph)
        columns = [c.split()[0] for c in RISK_COLUMNS.split(", ")]
        return self.session.createDataFrame(frame[columns], RISK_COLUMNS)

    def _driver_graph(self, graph: str, edges: Any, *, directed: bool) -> Any:
        """``graph`` collected on the driver once per run, or None when it does not fit."""
        if graph not in self._driver:
            from socialscope.engine.spark_driver import driver_graph

            self._driver[graph] = driver_graph(self._graph_edges(graph, edges), directed=directed, name=graph)
        return self._driver[graph]

    def _leiden_result(self, graph: str, edges: Any, *, directed: bool) -> Any:
        """Leiden on the driver (:func:`socialscope.engine.spark_community.leiden_on_driver`),
        once per run."""
        if graph not in self._leiden:
            from socialscope.engine.spark_community import leiden_on_driver

            g = self._driver_graph(graph, edges, directed=directed)
            labels = None if g is not None else self.label_propagation(graph, edges)
            self._leiden[graph] = leiden_on_driver(
                self._graph_edges(graph, edges), directed=directed, labels=labels, driver=g
            )
        return self._leiden[graph]

    def _graph_edges(self, graph: str, edges: Any) -> Any:
        if graph not in self._edges:
            from pyspark.sql import functions as F

            from socialscope.engine.spark_graph import checkpoint

            # a literal weight (follows: 1.0) reaches Spark as a DECIMAL; the graph jobs work in doubles
            self._edges[graph] = checkpoint(self.frame(edges).withColumn("w", F.col("w").cast("double")))
        return self._edges[graph]

    def label_propagation(self, graph: str, edges: Any) -> Any:
        """The label-propagation communities of ``graph``, computed once per run."""
        if graph not in self._labels:
            from socialscope.engine.spark_graph import label_propagation

            self._labels[graph] = label_propagation(self._graph_edges(graph, edges))
        return self._labels[graph]

    def community_modularity(self, graph: str, edges: Any, *, directed: bool) -> Any:
        """Modularity of label propagation's communities and of Leiden's on the driver (the
        whole graph, or the graph coarsened by label propagation, when it fits): rows
        ``graph``, ``method``, ``communities``, ``modularity``."""
        from socialscope.engine.spark_community import modularity

        e = self._graph_edges(graph, edges)
        partitions = [("label_propagation", self.label_propagation(graph, edges))]
        found = self._leiden_result(graph, edges, directed=directed)
        if found is not None:
            partitions.append((found[1], found[0]))
        rows = [
            (graph, method, frame.select("community").distinct().count(), modularity(e, frame))
            for method, frame in partitions
        ]
        return self.session.createDataFrame(rows, "graph string, method string, communities long, modularity double")

    # -- writing -----------------------------------------------------------------------------
    def publish(self, frames: dict[str, Any], *, run_id: str | None = None) -> dict[str, int]:
        """Write every frame under ``output`` all-or-nothing: each is computed into a staging
        folder first, and only when all have been written do they replace the previous
        results (a folder rename each). Returns the row count of each table."""
        run_id = run_id or uuid.uuid4().hex[:12]
        staging = f"{self.output}/_staging-{run_id}"
        counts: dict[str, int] = {}
        not_computed: dict[str, list[str]] = {}
        try:
            for table, frame in frames.items():
                frame, absent = conform(frame, table, run_id)
                if absent:
                    not_computed[table] = absent
                frame.write.mode("error").parquet(f"{staging}/{table}")
                counts[table] = self.session.read.parquet(f"{staging}/{table}").count()
        except Exception:
            self._delete(staging)
            raise
        manifest = {
            "run_id": run_id,
            "finished_at": datetime.now(UTC).isoformat(),
            "engine": self.name,
            "input": self.input,
            "tables": counts,
            "not_computed": not_computed,  # declared columns this engine leaves NULL (embedded-only measures)
        }
        self.session.createDataFrame([(json.dumps(manifest),)], "manifest string").coalesce(1).write.mode("error").text(
            f"{staging}/{MANIFEST}"
        )
        fs, _ = self._fs(self.output)
        jvm = self.session.sparkContext._jvm
        for table in [*frames, MANIFEST]:
            target = jvm.org.apache.hadoop.fs.Path(f"{self.output}/{table}")
            if fs.exists(target):
                fs.delete(target, True)
            if not fs.rename(jvm.org.apache.hadoop.fs.Path(f"{staging}/{table}"), target):
                raise StoreError(f"could not move {staging}/{table} to {self.output}/{table}")
        self._delete(staging)
        return counts

    def _delete(self, path: str) -> None:
        fs, hpath = self._fs(path)
        if fs.exists(hpath):
            fs.delete(hpath, True)


def _numbered(communities: Any) -> Any:
    """Communities numbered 0, 1, … from the largest (ties by label), as the embedded engine
    numbers Leiden's, so ``community`` is an integer on both engines."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    sizes = communities.groupBy("community").agg(F.count("*").alias("size"))
    order = Window.orderBy(F.col("size").desc(), F.col("community"))
    number = sizes.select("community", (F.row_number().over(order) - 1).cast("bigint").alias("number"))
    return communities.join(number, "community").select("id", F.col("number").alias("community"))


def conform(frame: Any, table: str, run_id: str) -> tuple[Any, list[str]]:
    """``frame`` in ``table``'s declared columns and types (:mod:`socialscope.store.result_schema`),
    ``run_id`` first where the table has one, as the embedded store writes it; the declared columns it lacks are NULL and
    returned by name. A ``ValueError`` when it has a column the schema does not declare."""
    from pyspark.sql import functions as F

    from socialscope.store.result_schema import result_schema

    schema = result_schema(table)
    present = set(frame.columns)
    unknown = sorted(present - set(schema.column_names))
    if unknown:
        raise ValueError(
            f"result table {table!r} has undeclared columns {unknown} (socialscope/store/result_schema.py)"
        )
    columns = [
        (F.col(f"`{c.name}`") if c.name in present else F.lit(None)).cast(SPARK_TYPES[c.type]).alias(c.name)
        for c in schema.columns
    ]
    absent = [c.name for c in schema.columns if c.name not in present and not c.optional]
    run = [F.lit(run_id).alias("run_id")] if schema.has_run_id else []  # text scores are keyed by their row
    return frame.select(*run, *columns), absent


def read_manifest(session: Any, output: str) -> dict[str, Any] | None:
    """The manifest of the last published run under ``output`` (None when there is none)."""
    path = f"{output.rstrip('/')}/{MANIFEST}"
    try:
        rows = session.read.text(path).collect()
    except Exception:
        return None
    return json.loads(rows[0][0]) if rows else None


def run_on_spark(
    input: str,
    output: str,
    *,
    master: str | None = None,
    only: list[str] | None = None,
    on_start: Callable[[Any], None] | None = None,
) -> tuple[dict[str, int], dict[str, str]]:
    """Build every table of the analysis registry that Spark is capable of on the tables under
    ``input`` and publish them under ``output``. Returns (rows per written table, what was
    skipped with the reason). A failing job raises and leaves the previous results in
    ``output`` as they were."""
    from socialscope.analyses import run_on_engine

    session = spark_session(master)
    try:
        engine = SparkEngine(session, input, output)
        run = run_on_engine(engine, only=only, on_start=on_start)
        return engine.publish(run.frames), run.skipped
    except SocialscopeError:
        raise
    except Exception as exc:  # Py4J and PySpark errors
        raise StoreError(
            f"the Spark job failed; the previous results in {output} are unchanged: {spark_error_message(exc)}"
        ) from exc


def spark_error_message(exc: BaseException) -> str:
    """The line of a Spark/Py4J error that says what went wrong (Spark's error class and its
    text, which names the file), not the Java stack trace around it."""
    import re

    text = str(exc)
    found = re.search(r"Exception: (\[[A-Z_.]+\][^\n]*)", text) or re.search(r"^(\[[A-Z_.]+\][^\n]*)", text, re.M)
    if found:
        return found.group(1).strip()
    return next((line.strip() for line in text.splitlines() if line.strip()), type(exc).__name__)
