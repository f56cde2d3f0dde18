"""Run every network measure on one graph and write the result tables.

Tables (rows stamped with ``run_id``; a new run replaces the rows of the same ``graph``):
``network_metrics`` (one row per graph × account), ``network_graphs``, ``communities``,
``community_links`` (the community meta-graph), ``key_person_risk``, and the cached drawing
positions ``network_layout`` (accounts) and ``community_layout`` (meta-graph).

Stages. Graphs above the large-graph threshold (:func:`~socialscope.network.build.large_graph_edges`)
are analysed in two stages, each computed, recorded and written all-or-nothing in its own
transaction, so the first answers are in the store while the second stage runs:

- **fast**: the exact measures — degrees, PageRank, eigenvector and HITS, k-core, clustering,
  reciprocity, influence, components and the graph-level row, Leiden communities with their
  profiles and the community meta-graph, the drawing positions;
- **sampled**: the measures that sample shortest-path searches or work within a budget per
  account — betweenness, harmonic closeness, Burt's measures, bridge ties (:data:`SAMPLED_COLUMNS`),
  each community's brokers (ranked by betweenness) and key-person risk.

The fast stage writes the sampled columns as nulls; the sampled stage fills them in and
touches nothing the fast stage wrote, so a kill during it leaves the fast stage's results
whole. ``network_graphs`` says which stage a graph has (``stage``: ``fast`` or ``all``), when
each ran (``fast_at``, ``sampled_at``) and how long it took. ``stage="fast"`` stops after the
first stage (``network analyze --stage fast``; ``analyze`` does so by default on large
graphs). Graphs below the threshold are analysed in one pass.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd

from socialscope.names import RANKABLE
from socialscope.network import bridges, brokerage, centrality, community, layout, risk
from socialscope.network.build import SocialGraph, build_graph
from socialscope.network.graph_stats import graph_summary
from socialscope.store.connection import Store
from socialscope.store.results import record_run, replace_rows

Step = Callable[[str], None]

STAGES = ("fast", "all", "auto")
"""``auto``: the fast stage on graphs above the large-graph threshold, everything below it."""
SAMPLED_COLUMNS = (
    "betweenness",
    "betweenness_estimated",
    "harmonic",
    "bridge_ties",
    "constraint",
    "effective_size",
    "hierarchy",
)
"""The ``network_metrics`` columns of the sampled stage (null until it has run)."""
SAMPLED_VIEWS = ("csr_False", "symmetric_csr", "undirected_edges", "components")
"""The derived views of a graph (:meth:`SocialGraph.once` keys) the sampled stage reads."""
STAGE_COLUMNS = ("stage", "fast_at", "fast_seconds", "sampled_at", "sampled_seconds", "sampled_run_id")
"""``network_graphs`` columns saying which stage the graph has and when each ran (UTC)."""


@dataclass
class NetworkResult:
    graph: SocialGraph
    metrics: pd.DataFrame
    summary: dict[str, Any]
    communities: pd.DataFrame
    community_links: pd.DataFrame
    risk: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    layout: pd.DataFrame | None = None
    community_positions: pd.DataFrame | None = None
    partition: community.Partition | None = None

    @property
    def stage(self) -> str:
        """``fast`` (the sampled measures are still null) or ``all``."""
        return str(self.summary.get("stage", "all"))


def compute_metrics(
    g: SocialGraph,
    *,
    resolution: float = 1.0,
    seed: int = 42,
    step: Step | None = None,
    betweenness_samples: int | None = None,
    timings: dict[str, float] | None = None,
    stage: str = "all",
) -> tuple[pd.DataFrame, community.Partition, list[str]]:
    """Every per-account metric of ``g`` as one frame (vertex order); with ``stage="fast"``
    the :data:`SAMPLED_COLUMNS` are null (:func:`sampled_metrics` computes them).

    Small graphs run the measures one after the other. Large graphs (``g.large``) run them on
    two threads (:func:`_on_two_threads`); ``timings``, when given, receives each measure's
    wall time.
    """
    if stage not in ("fast", "all"):
        raise ValueError(f"compute_metrics computes the fast stage or all, not {stage!r}")
    say = step or (lambda _: None)
    say("degrees")
    degrees = centrality.degrees(g)
    fast = _fast_tasks(g, resolution=resolution, seed=seed)
    if stage == "fast":
        tasks = fast
    else:  # one pass: both stages' tasks on the same two threads, longest first
        sampled = _sampled_tasks(g, seed=seed, betweenness_samples=betweenness_samples)
        tasks = [fast[0], *sampled[:2], *fast[1:], *sampled[2:]]
    results = _run_tasks(g, tasks, seed=seed, say=say, timings=timings)
    frame = pd.DataFrame({"account_id": g.account_ids})
    for key, values in degrees.items():
        frame[key] = values
    frame["pagerank"] = results["pagerank"]
    frame["betweenness"] = np.nan
    frame["betweenness_estimated"] = pd.array([pd.NA] * g.n, dtype="boolean")
    for column in ("eigenvector", "hub", "authority"):
        frame[column] = results[column]
    frame["harmonic"] = np.nan
    for column in ("core_number", "clustering", "reciprocity"):
        frame[column] = results[column]
    frame["bridge_ties"] = pd.array([pd.NA] * g.n, dtype="Int64")
    for column in ("constraint", "effective_size", "hierarchy"):
        frame[column] = np.nan
    partition = results["partition"]
    frame["community"] = partition.membership
    notes = _fill_sampled(frame, results) if stage == "all" else []
    return frame, partition, notes


def sampled_metrics(
    g: SocialGraph,
    *,
    seed: int = 42,
    step: Step | None = None,
    betweenness_samples: int | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """The sampled stage's per-account metrics (``account_id`` and :data:`SAMPLED_COLUMNS`, vertex
    order) and the notes saying what was estimated."""
    say = step or (lambda _: None)
    results = _run_tasks(
        g, _sampled_tasks(g, seed=seed, betweenness_samples=betweenness_samples), seed=seed, say=say, timings=timings
    )
    frame = pd.DataFrame({"account_id": g.account_ids})
    notes = _fill_sampled(frame, results)
    return frame, notes


def _fill_sampled(frame: pd.DataFrame, results: dict[str, Any]) -> list[str]:
    """Put the sampled measures of ``results`` into ``frame``; the notes on their estimates."""
    notes = []
    between, harmonic, holes = results["betweenness"], results["harmonic"], results["holes"]
    frame["betweenness"] = between.values
    frame["betweenness_estimated"] = between.estimated
    if between.estimated:
        notes.append(f"betweenness estimated: {between.error_bound}")
    frame["harmonic"] = harmonic.values
    if harmonic.estimated:
        notes.append(f"harmonic closeness {harmonic.error_bound}")
    frame["bridge_ties"] = results["bridge_ties"]
    frame["constraint"] = holes.constraint
    frame["effective_size"] = holes.effective_size
    frame["hierarchy"] = holes.hierarchy
    if holes.partial:
        notes.append("structural holes computed for the highest-degree accounts only")
    return notes


def _check_stage(stage: str) -> None:
    if stage not in STAGES:
        from socialscope.errors import UsageError

        raise UsageError(f"stage must be one of: {', '.join(STAGES)} (got {stage!r})")


Measure = Callable[[], dict[str, Any]]
Task = list[tuple[str, Measure]]


def _fast_tasks(g: SocialGraph, *, resolution: float, seed: int) -> list[Task]:
    """The fast stage's measures as tasks in the order the two threads take them (on a
    1M-account, 10M-follow graph, alone: Leiden ~30 s after ~10 s building the undirected
    view it and the neighbourhood measures share; PageRank and HITS ~10 s on the directed
    matrices, so the second thread is busy while the first builds that view; then the
    eigenvector ~4 s, k-core, clustering and the graph-level row ~12 s). Measures that share
    work (the clustering behind transitivity) are one task, run in order. On large graphs
    NetworKit's generator is seeded once, before the threads start (``seed=None`` below), and
    Leiden is the first task of its thread (:func:`_on_two_threads`)."""
    nk_seed = None if g.large else seed

    def hits() -> dict[str, Any]:
        hub, authority = centrality.hits(g)
        return {"hub": hub, "authority": authority}

    neighbourhood: Task = [
        (
            "k-core, clustering",
            lambda: {"core_number": centrality.core_number(g), "clustering": centrality.clustering(g)},
        )
    ]
    if g.large:  # small graphs leave the graph-level row to the stage itself
        neighbourhood.append(("graph-level measures", lambda: {"summary": graph_summary(g, seed=seed)}))
    return [
        [("communities (Leiden)", lambda: {"partition": community.leiden(g, resolution=resolution, seed=nk_seed)})],
        [("pagerank", lambda: {"pagerank": centrality.pagerank(g)}), ("HITS", hits)],
        [("eigenvector", lambda: {"eigenvector": centrality.eigenvector(g)})],
        neighbourhood,
        [("reciprocity", lambda: {"reciprocity": centrality.reciprocity(g)})],
    ]


def _sampled_tasks(g: SocialGraph, *, seed: int, betweenness_samples: int | None) -> list[Task]:
    """The sampled stage's measures as tasks, longest first (1M accounts, 10M follows: the
    sampled searches ~20 s, structural holes ~12 s, bridges ~3 s). Betweenness and harmonic
    closeness share their breadth-first searches, so they are one task."""
    return [
        [
            (
                "betweenness",
                lambda: {"betweenness": centrality.betweenness(g, samples=betweenness_samples, seed=seed)},
            ),
            (  # the same sampled searches as betweenness (kept on the graph)
                "harmonic closeness",
                lambda: {"harmonic": centrality.harmonic(g, samples=betweenness_samples, seed=seed)},
            ),
        ],
        [("structural holes", lambda: {"holes": brokerage.structural_holes(g)})],
        [("bridges", lambda: {"bridge_ties": bridges.bridge_ties(g)})],
    ]


def _run_tasks(
    g: SocialGraph, tasks: list[Task], *, seed: int, say: Step, timings: dict[str, float] | None
) -> dict[str, Any]:
    """The tasks one after the other on small graphs, on two threads on large ones."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", centrality.EstimateWarning)
        if g.large:
            say("network measures on two threads: " + "; ".join(", ".join(name for name, _ in task) for task in tasks))
            return _on_two_threads(g, tasks, seed=seed, timings=timings)
        results: dict[str, Any] = {}
        for name, measure in (item for task in tasks for item in task):
            say(name)
            started = time.perf_counter()
            results.update(measure())
            if timings is not None:
                timings[name] = time.perf_counter() - started
        return results


def _on_two_threads(
    g: SocialGraph, tasks: list[Task], *, seed: int, timings: dict[str, float] | None
) -> dict[str, Any]:
    """Run the tasks on two threads, each taking the next task when it is free (longest
    first, so the two finish close together); SciPy's sparse products, NumPy's array work and
    NetworKit release the GIL.

    Views of the graph that several measures use (the undirected simple view, the sparse
    matrices, the NetworKit copy) are built by the first thread that needs them while the
    other goes on with its own work; a thread needing a view being built waits for it
    (:meth:`SocialGraph.once`). NetworKit's generator is per thread, seeded from the seed
    set here when the thread first draws from it; only Leiden draws, as the first task of a
    new thread. So the results are the same as a sequential run with that seed, whichever
    thread runs what (tested).
    """
    import networkit as nk

    nk.setSeed(seed, False)

    def run(task: Task) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, measure in task:
            started = time.perf_counter()
            out.update(measure())
            if timings is not None:
                timings[name] = time.perf_counter() - started
        return out

    results: dict[str, Any] = {}
    with ThreadPoolExecutor(2, thread_name_prefix="socialscope-network") as pool:
        for part in pool.map(run, tasks):
            results.update(part)
    if "summary" in results:
        g.memo["graph_summary"] = results.pop("summary")
    return results


def add_influence(store: Store, frame: pd.DataFrame) -> pd.DataFrame:
    """Add reach, engagement received, the influence parts and the influence score
    (:func:`socialscope.network.influence.influence_score`) to ``frame``.

    reach = the account's reported ``followers_count`` when known, else its in-degree;
    engagement received = likes + comments + shares on its original posts.
    """
    from socialscope.network.influence import influence_score

    ids = pd.DataFrame(
        {
            "account_id": frame["account_id"].to_numpy(),
            "in_degree": frame["in_degree"].to_numpy(),
            "_row": np.arange(len(frame)),
        }
    )
    store.con.register("_ids", ids)
    try:  # one row per account (accounts and the grouped posts are keyed by it), in the frame's order
        extra = store.con.execute(
            """SELECT coalesce(a.followers_count, i.in_degree) AS reach,
                      coalesce(e.engagement, 0) AS engagement_received
               FROM _ids i LEFT JOIN accounts a USING (account_id)
               LEFT JOIN (SELECT account_id, sum(coalesce(likes, 0) + coalesce(comments, 0)
                                 + coalesce(shares, 0)) AS engagement
                          FROM posts WHERE repost_of_post_id IS NULL GROUP BY account_id) e
                 USING (account_id)
               ORDER BY i._row"""
        ).df()
    finally:
        store.con.unregister("_ids")
    out = frame.copy()
    out["reach"] = extra["reach"].to_numpy()
    out["engagement_received"] = extra["engagement_received"].to_numpy()
    score = influence_score(out["pagerank"].to_numpy(), out["reach"].to_numpy(), out["engagement_received"].to_numpy())
    return pd.concat([out, score.set_axis(out.index)], axis=1)


INFLUENCE_COLUMNS = (
    "reach",
    "engagement_received",
    "pagerank_part",
    "reach_part",
    "engagement_received_part",
    "influence",
)


def refresh_influence(store: Store, graph: str, run_id: str) -> pd.DataFrame:
    """Recompute the influence columns (:func:`add_influence`) of ``graph``'s stored metrics
    and rewrite its ``network_metrics`` rows: what ``analyze`` does for a graph whose edges did
    not change, as accounts' reach and posts' engagement may have. Returns the metrics."""
    stored = store.df(
        "SELECT * EXCLUDE (run_id, graph) FROM network_metrics WHERE graph = ? ORDER BY account_id", [graph]
    )
    fresh = add_influence(store, stored.drop(columns=list(INFLUENCE_COLUMNS)))[stored.columns]
    replace_rows(store, "network_metrics", fresh.assign(graph=graph), run_id, key="graph", value=graph)
    return fresh


RISK_DEFAULT_LIMIT = 20_000


def analyze_network(
    store: Store,
    graph: str | SocialGraph = "follows",
    *,
    stage: str = "all",
    resolution: float = 1.0,
    seed: int = 42,
    risk_candidates: int | None = None,
    betweenness_samples: int | None = None,
    step: Step | None = None,
    timings: dict[str, float] | None = None,
    **build_options: Any,
) -> NetworkResult:
    """Build ``graph`` from the store (or take it as built) and compute everything the network
    tables hold, in one pass (``stage="all"``), or only the fast stage (``stage="fast"``: the
    sampled columns null; ``"auto"``: only on a graph above the large-graph threshold).

    Key-person risk removes each candidate and re-measures the whole graph; by default 30
    candidates are tested on graphs of up to 20,000 accounts and none above (pass
    ``risk_candidates`` to insist) — it is meant for collaboration networks.
    """
    _check_stage(stage)
    g = _build(store, graph, step, **build_options)
    result = fast_stage(
        store, g, resolution=resolution, seed=seed, step=step, timings=timings, one_pass=_one_pass(g, stage),
        betweenness_samples=betweenness_samples, risk_candidates=risk_candidates,
    )  # fmt: skip
    g.release()
    return result


def _build(store: Store, graph: str | SocialGraph, step: Step | None, **build_options: Any) -> SocialGraph:
    """``graph`` built from the store (or as given, when already built)."""
    if isinstance(graph, SocialGraph):
        g = graph
    else:
        (step or (lambda _: None))(f"building the {graph} graph")
        g = build_graph(store, graph, **build_options)
    if g.n == 0:
        from socialscope.errors import NotFoundError
        from socialscope.network.edges import available_graphs

        having = ", ".join(available_graphs(store.ibis())) or "none"
        raise NotFoundError(f"the {g.name} graph has no ties in this store (graphs with ties: {having})")
    return g


def _one_pass(g: SocialGraph, stage: str) -> bool:
    """Whether ``g`` is analysed whole in one pass by :func:`analyze_network`: always with
    ``all``, below the large-graph threshold with ``auto`` (:func:`analyze_and_write` stages a
    large graph itself)."""
    return stage == "all" or (stage == "auto" and not g.large)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def fast_stage(
    store: Store,
    g: SocialGraph,
    *,
    resolution: float = 1.0,
    seed: int = 42,
    step: Step | None = None,
    timings: dict[str, float] | None = None,
    one_pass: bool = False,
    betweenness_samples: int | None = None,
    risk_candidates: int | None = None,
) -> NetworkResult:
    """The fast stage of ``g`` (every measure, with ``one_pass``): per-account metrics, influence,
    community profiles, layouts and the graph-level row, whose :data:`STAGE_COLUMNS` say what
    ran and when."""
    say = step or (lambda _: None)
    started = time.perf_counter()
    frame, partition, notes = compute_metrics(
        g, resolution=resolution, seed=seed, step=say, betweenness_samples=betweenness_samples, timings=timings,
        stage="all" if one_pass else "fast",
    )  # fmt: skip
    frame = add_influence(store, frame)
    say("community profiles")
    communities, links = community.community_table(
        g, partition, frame["pagerank"].to_numpy(), frame["betweenness"].to_numpy() if one_pass else None
    )
    empty_risk = risk.key_person_risk(g, partition.membership, np.zeros(g.n), candidates=0)
    say("layout for drawing")
    positions = layout.node_layout(g, seed=seed)
    community_positions = layout.community_layout(communities, links, seed=seed)
    say("graph-level measures")
    summary = g.memo.pop("graph_summary", None) or graph_summary(g, seed=seed)
    summary.update(
        communities=len(communities),
        modularity=partition.modularity,
        resolution=resolution,
        params=json.dumps(g.params),
        notes=None,
        stage="fast",
        fast_at=_now(),
        fast_seconds=time.perf_counter() - started,
        sampled_at=None,
        sampled_seconds=None,
        sampled_run_id=None,
    )
    result = NetworkResult(
        g, frame, summary, communities, links, empty_risk, notes, positions, community_positions, partition
    )
    if one_pass:
        _key_person_risk(result, risk_candidates=risk_candidates, seed=seed, say=say)
        # one pass: one time for both stages, and fast_seconds is the whole analysis
        summary.update(stage="all", sampled_at=summary["fast_at"], fast_seconds=time.perf_counter() - started)
    summary["notes"] = "; ".join(result.notes) or None
    return result


def sampled_stage(
    result: NetworkResult,
    *,
    seed: int = 42,
    step: Step | None = None,
    timings: dict[str, float] | None = None,
    betweenness_samples: int | None = None,
    risk_candidates: int | None = None,
) -> None:
    """The sampled stage of a fast ``result`` (same graph, still in memory), filled into it:
    the :data:`SAMPLED_COLUMNS`, each community's brokers and key-person risk. Nothing the fast
    stage computed changes."""
    say = step or (lambda _: None)
    if result.stage != "fast" or result.partition is None:
        raise ValueError("the sampled stage runs on the result of a fast stage")
    started = time.perf_counter()
    g = result.graph
    sampled, notes = sampled_metrics(g, seed=seed, step=say, betweenness_samples=betweenness_samples, timings=timings)
    for column in SAMPLED_COLUMNS:
        result.metrics[column] = sampled[column].to_numpy()
    say("community brokers")
    result.communities["brokers"] = community.community_brokers(g, result.partition, sampled["betweenness"].to_numpy())
    result.notes.extend(notes)
    _key_person_risk(result, risk_candidates=risk_candidates, seed=seed, say=say)
    result.summary.update(
        stage="all", sampled_at=_now(), sampled_seconds=time.perf_counter() - started,
        notes="; ".join(result.notes) or None,
    )  # fmt: skip


def _key_person_risk(result: NetworkResult, *, risk_candidates: int | None, seed: int, say: Step) -> None:
    g = result.graph
    if risk_candidates is None:
        risk_candidates = 30 if g.n <= RISK_DEFAULT_LIMIT else 0
        if not risk_candidates:
            result.notes.append(
                f"key-person risk skipped above {RISK_DEFAULT_LIMIT:,} accounts (ask with --risk-candidates)"
            )
    say("key-person risk")
    assert result.partition is not None
    result.risk = risk.key_person_risk(
        g, result.partition.membership, result.metrics["betweenness"].to_numpy(), candidates=risk_candidates, seed=seed
    )


def write_network(store: Store, result: NetworkResult, run_id: str) -> None:
    """Replace this graph's rows in the network tables (inside the caller's transaction)."""
    name = result.graph.name
    communities = result.communities.copy()
    for column in ("top_members", "brokers"):
        communities[column] = communities[column].map(lambda v: None if v is None else json.dumps(v)).astype("string")
    tables = {
        "network_metrics": result.metrics,
        "network_graphs": _graph_row(result.summary),
        "communities": communities,
        "community_links": result.community_links,
        "key_person_risk": result.risk,
    }
    if result.layout is not None:
        tables["network_layout"] = result.layout
    if result.community_positions is not None:
        tables["community_layout"] = result.community_positions
    for table, frame in tables.items():
        replace_rows(store, table, frame.assign(graph=name), run_id, key="graph", value=name)


def _graph_row(summary: dict[str, Any]) -> pd.DataFrame:
    """The ``network_graphs`` row, its stage columns typed even when null."""
    return pd.DataFrame([summary]).astype(
        {
            "fast_at": "datetime64[us]",
            "sampled_at": "datetime64[us]",
            "fast_seconds": float,
            "sampled_seconds": float,
            "sampled_run_id": "string",
            "notes": "string",
        }
    )


def write_sampled(store: Store, result: NetworkResult, run_id: str) -> None:
    """Write the sampled stage of ``result`` over its fast stage's rows (inside the caller's
    transaction): the :data:`SAMPLED_COLUMNS` of ``network_metrics``, the brokers of
    ``communities``, this graph's ``key_person_risk`` rows and the stage columns of
    ``network_graphs``. The fast stage's values are not rewritten."""
    name = result.graph.name
    con = store.con
    sampled = result.metrics[["account_id", *SAMPLED_COLUMNS]]
    brokers = pd.DataFrame(
        {"community": result.communities["community"], "brokers": result.communities["brokers"].map(json.dumps)}
    )
    con.register("_sampled", sampled)
    con.register("_brokers", brokers)
    try:
        sets = ", ".join(f'"{c}" = s."{c}"' for c in SAMPLED_COLUMNS)
        con.execute(
            f"UPDATE network_metrics AS m SET {sets} FROM _sampled s WHERE m.graph = ? AND m.account_id = s.account_id",
            [name],
        )
        con.execute(
            "UPDATE communities AS c SET brokers = b.brokers FROM _brokers b WHERE c.graph = ? AND c.community = b.community",
            [name],
        )
    finally:
        con.unregister("_sampled")
        con.unregister("_brokers")
    replace_rows(store, "key_person_risk", result.risk.assign(graph=name), run_id, key="graph", value=name)
    summary = result.summary
    con.execute(
        """UPDATE network_graphs SET stage = ?, sampled_at = ?, sampled_seconds = ?, sampled_run_id = ?, notes = ?
           WHERE graph = ?""",
        [summary["stage"], summary["sampled_at"], summary["sampled_seconds"], run_id, summary["notes"], name],
    )
    summary["sampled_run_id"] = run_id


def analyze_and_write(
    store: Store,
    graph: str | SocialGraph,
    *,
    run_id: str | None = None,
    stage: str = "all",
    on_stage: Callable[[NetworkResult], None] | None = None,
    **options: Any,
) -> tuple[NetworkResult, str]:
    """The one "analyse, record, write" sequence for a graph (``network analyze``, the Python
    API and ``socialscope analyze`` all use it).

    Given the ``run_id`` of a run its caller records (``analyze``, inside its own transaction),
    :func:`analyze_network` with ``stage`` and ``options``, then only the tables are written.
    Otherwise each stage is recorded (one ``analysis_runs`` row, ``params.stage`` ``fast`` or
    ``sampled``) and written in its own transaction — a graph below the large-graph threshold
    in one pass (``params.stage`` ``all``) — and ``on_stage(result)`` is called after each
    commit. Returns the result and the id of the last run recorded."""
    _check_stage(stage)
    if run_id is not None:
        result = analyze_network(store, graph, stage=stage, **options)
        write_network(store, result, run_id)
        return result, run_id
    compute = {k: options.pop(k) for k in ("resolution", "seed", "step", "timings") if k in options}
    sampled = {k: options.pop(k) for k in ("betweenness_samples", "risk_candidates") if k in options}
    params = {
        "graph": graph if isinstance(graph, str) else graph.name,
        **{k: str(v) for k, v in {**compute, **sampled, **options}.items() if k not in ("step", "timings")},
    }
    g = _build(store, graph, compute.get("step"), **options)
    one_pass = _one_pass(g, stage) and not g.large
    started = _now()
    result = fast_stage(store, g, one_pass=one_pass, **compute, **sampled)
    with store.transaction():
        run_id = record_run(store, "network", {**params, "stage": result.stage}, _headline(result), started=started)
        write_network(store, result, run_id)
    if on_stage:
        on_stage(result)
    if stage == "all" and not one_pass:
        # the NetworKit copies, the weighted matrix and the clustering served the fast stage only
        g.forget(lambda key: key in SAMPLED_VIEWS)
        started = _now()
        sampled_stage(result, **{k: v for k, v in compute.items() if k in ("seed", "step", "timings")}, **sampled)
        with store.transaction():
            run_id = record_run(
                store, "network", {**params, "stage": "sampled", "fast_run_id": run_id}, _headline(result),
                started=started,
            )  # fmt: skip
            write_sampled(store, result, run_id)
        if on_stage:
            on_stage(result)
    g.release()
    return result, run_id


def _headline(result: NetworkResult) -> dict[str, Any]:
    return {"graph": result.graph.name, "nodes": result.summary["nodes"], "stage": result.stage}


def graph_stage(store: Store, graph: str) -> dict[str, Any] | None:
    """Which stage ``graph`` has in the store and when each ran (``network_graphs``): ``stage``
    (``fast`` or ``all``), ``fast_at`` / ``sampled_at`` (UTC, ISO 8601) and how many seconds
    each took; None when the graph was not analysed. A graph analysed before stages existed
    has every measure (``all``) and no times."""
    if not store.has_table("network_graphs"):
        return None
    frame = store.df("SELECT * FROM network_graphs WHERE graph = ?", [graph])
    if frame.empty:
        return None
    row = frame.iloc[0]
    out: dict[str, Any] = {"graph": graph, "stage": row.get("stage") or "all"}
    for key in STAGE_COLUMNS[1:5]:
        value = row.get(key)
        if value is None or pd.isna(value):
            out[key] = None
        else:
            out[key] = value.isoformat() if hasattr(value, "isoformat") else float(value)
    return out


def top_accounts(store: Store, graph: str, by: str, n: int = 10) -> pd.DataFrame:
    """The ``n`` accounts ranking highest ``by`` a metric (or ``risk`` / ``influence``)."""
    if by == "risk":
        sql = """SELECT r.rank, r.account_id, a.handle, a.display_name, r.risk_score,
                        r.lcc_share_drop, r.orphaned_communities, r.path_length_increase,
                        r.nonredundant_ties
                 FROM key_person_risk r LEFT JOIN accounts a USING (account_id)
                 WHERE r.graph = ? ORDER BY r.rank LIMIT ?"""
    else:
        if by not in RANKABLE:
            from socialscope.errors import UsageError

            raise UsageError(f"by must be one of: {', '.join(['risk', *RANKABLE])}")
        extra = (
            ", m.pagerank_part, m.reach_part, m.engagement_received_part, m.pagerank, m.reach, m.engagement_received"
            if by == "influence"
            else ""
        )
        sql = f"""SELECT row_number() OVER (ORDER BY m."{by}" DESC NULLS LAST, m.account_id) AS rank,
                         m.account_id, a.handle, a.display_name, a.kind, m."{by}", m.community{extra}
                  FROM network_metrics m LEFT JOIN accounts a USING (account_id)
                  WHERE m.graph = ? ORDER BY rank LIMIT ?"""
    return store.df(sql, [graph, n])
