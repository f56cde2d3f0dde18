"""Run every network measure on one graph and write the result tables.

Tables (rows stamped with ``run_id``; a new run replaces the rows of the same ``graph``):
``network_metrics`` (one row per graph × account), ``network_graphs``, ``communities``,
``community_links`` (the community meta-graph), ``key_person_risk``, and the cached drawing
positions ``network_layout`` (accounts) and ``community_layout`` (meta-graph).
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from socialscope.names import RANKABLE
from socialscope.network import bridges, brokerage, centrality, community, layout, risk
from socialscope.network.build import SocialGraph, build_graph
from socialscope.network.graph_stats import graph_summary
from socialscope.store.connection import Store
from socialscope.store.results import record_run, replace_rows

Step = Callable[[str], None]


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


def compute_metrics(
    g: SocialGraph,
    *,
    resolution: float = 1.0,
    seed: int = 42,
    step: Step | None = None,
    betweenness_samples: int | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[pd.DataFrame, community.Partition, list[str]]:
    """Every per-account metric of ``g`` as one frame (vertex order).

    Small graphs run the measures one after the other. Large graphs (``g.large``) run them on
    two threads (:func:`_on_two_threads`); ``timings``, when given, receives each measure's
    wall time.
    """
    say = step or (lambda _: None)
    notes: list[str] = []
    frame = pd.DataFrame({"account_id": g.account_ids})
    say("degrees")
    for key, values in centrality.degrees(g).items():
        frame[key] = values
    tasks = _measures(g, resolution=resolution, seed=seed, betweenness_samples=betweenness_samples)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", centrality.EstimateWarning)
        if g.large:
            say("network measures on two threads: " + "; ".join(", ".join(name for name, _ in task) for task in tasks))
            results = _on_two_threads(g, tasks, seed=seed, timings=timings)
        else:
            results = {}
            for name, measure in (item for task in tasks for item in task):
                say(name)
                started = time.perf_counter()
                results.update(measure())
                if timings is not None:
                    timings[name] = time.perf_counter() - started
    between, harmonic, holes = results["betweenness"], results["harmonic"], results["holes"]
    frame["pagerank"] = results["pagerank"]
    frame["betweenness"] = between.values
    frame["betweenness_estimated"] = between.estimated
    if between.estimated:
        notes.append(f"betweenness estimated: {between.error_bound}")
    for column in ("eigenvector", "hub", "authority"):
        frame[column] = results[column]
    frame["harmonic"] = harmonic.values
    if harmonic.estimated:
        notes.append(f"harmonic closeness {harmonic.error_bound}")
    for column in ("core_number", "clustering", "reciprocity", "bridge_ties"):
        frame[column] = results[column]
    frame["constraint"] = holes.constraint
    frame["effective_size"] = holes.effective_size
    frame["hierarchy"] = holes.hierarchy
    if holes.partial:
        notes.append("structural holes computed for the highest-degree accounts only")
    partition = results["partition"]
    frame["community"] = partition.membership
    return frame, partition, notes


Measure = Callable[[], dict[str, Any]]
Task = list[tuple[str, Measure]]


def _measures(g: SocialGraph, *, resolution: float, seed: int, betweenness_samples: int | None) -> list[Task]:
    """The measures as tasks, longest first (on a 1M-account, 10M-follow graph: Leiden ~40 s,
    the sampled searches ~20 s, structural holes, k-core + clustering + bridges ~15 s each,
    ARPACK ~10 s, PageRank ~6 s). Measures that share work (the searches of betweenness and
    harmonic closeness; the clustering behind transitivity) are one task, run in order.
    On large graphs NetworKit's generator is seeded once, before the threads start
    (``seed=None`` below), and Leiden is the first task of its thread (:func:`_on_two_threads`)."""
    nk_seed = None if g.large else seed

    def hits() -> dict[str, Any]:
        hub, authority = centrality.hits(g)
        return {"eigenvector": centrality.eigenvector(g), "hub": hub, "authority": authority}

    neighbourhood: Task = [
        (
            "k-core, clustering, bridges",
            lambda: {
                "core_number": centrality.core_number(g),
                "clustering": centrality.clustering(g),
                "bridge_ties": bridges.bridge_ties(g),
            },
        )
    ]
    if g.large:  # small graphs leave the graph-level row to analyze_network
        neighbourhood.append(("graph-level measures", lambda: {"summary": graph_summary(g, seed=seed)}))
    return [
        [("communities (Leiden)", lambda: {"partition": community.leiden(g, resolution=resolution, seed=nk_seed)})],
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
        neighbourhood,
        [("eigenvector, HITS", hits)],
        [("pagerank", lambda: {"pagerank": centrality.pagerank(g)})],
        [("reciprocity", lambda: {"reciprocity": centrality.reciprocity(g)})],
    ]


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

    store.con.register("_ids", frame[["account_id", "in_degree"]])
    extra = store.con.execute(
        """SELECT i.account_id, coalesce(a.followers_count, i.in_degree) AS reach,
                  coalesce(e.engagement, 0) AS engagement_received
           FROM _ids i LEFT JOIN accounts a USING (account_id)
           LEFT JOIN (SELECT account_id, sum(coalesce(likes, 0) + coalesce(comments, 0)
                             + coalesce(shares, 0)) AS engagement
                      FROM posts WHERE repost_of_post_id IS NULL GROUP BY account_id) e
             USING (account_id)"""
    ).df()
    store.con.unregister("_ids")
    out = frame.merge(extra, on="account_id", how="left")
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
    graph: str = "follows",
    *,
    resolution: float = 1.0,
    seed: int = 42,
    risk_candidates: int | None = None,
    betweenness_samples: int | None = None,
    step: Step | None = None,
    timings: dict[str, float] | None = None,
    **build_options: Any,
) -> NetworkResult:
    """Build ``graph`` from the store and compute everything the network tables hold.

    Key-person risk removes each candidate and re-measures the whole graph; by default 30
    candidates are tested on graphs of up to 20,000 accounts and none above (pass
    ``risk_candidates`` to insist) — it is meant for collaboration networks.
    """
    say = step or (lambda _: None)
    say(f"building the {graph} graph")
    g = build_graph(store, graph, **build_options)
    if g.n == 0:
        from socialscope.errors import NotFoundError
        from socialscope.network.edges import available_graphs

        having = ", ".join(available_graphs(store.ibis())) or "none"
        raise NotFoundError(f"the {graph} graph has no ties in this store (graphs with ties: {having})")
    frame, partition, notes = compute_metrics(
        g, resolution=resolution, seed=seed, step=say, betweenness_samples=betweenness_samples, timings=timings
    )
    frame = add_influence(store, frame)
    say("community profiles")
    communities, links = community.community_table(
        g, partition, frame["pagerank"].to_numpy(), frame["betweenness"].to_numpy()
    )
    if risk_candidates is None:
        risk_candidates = 30 if g.n <= RISK_DEFAULT_LIMIT else 0
        if not risk_candidates:
            notes.append(f"key-person risk skipped above {RISK_DEFAULT_LIMIT:,} accounts (ask with --risk-candidates)")
    say("key-person risk")
    risky = risk.key_person_risk(
        g, partition.membership, frame["betweenness"].to_numpy(), candidates=risk_candidates, seed=seed
    )
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
        notes="; ".join(notes) or None,
    )
    g.release()
    return NetworkResult(g, frame, summary, communities, links, risky, notes, positions, community_positions)


def write_network(store: Store, result: NetworkResult, run_id: str) -> None:
    """Replace this graph's rows in the network tables (inside the caller's transaction)."""
    name = result.graph.name
    communities = result.communities.copy()
    for column in ("top_members", "brokers"):
        communities[column] = communities[column].map(json.dumps)
    tables = {
        "network_metrics": result.metrics,
        "network_graphs": pd.DataFrame([result.summary]),
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


def analyze_and_write(
    store: Store, graph: str, *, run_id: str | None = None, **options: Any
) -> tuple[NetworkResult, str]:
    """The one "analyse, record, write" sequence for a graph (``network analyze``, the Python
    API and ``socialscope analyze`` all use it): :func:`analyze_network` with ``options``, then
    one ``analysis_runs`` row and the graph's rows of every network table in one transaction.
    Given the ``run_id`` of a run its caller records (``analyze``, inside its own transaction),
    only the tables are written."""
    result = analyze_network(store, graph, **options)
    if run_id is not None:
        write_network(store, result, run_id)
        return result, run_id
    params = {"graph": graph, **{k: str(v) for k, v in options.items() if k != "step"}}
    with store.transaction():
        run_id = record_run(store, "network", params, {"graph": graph, "nodes": result.summary["nodes"]})
        write_network(store, result, run_id)
    return result, run_id


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
