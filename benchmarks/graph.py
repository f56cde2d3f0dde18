"""Graph algorithms: socialscope (igraph core) vs NetworKit vs NetworkX on one graph.

The graph is the demo generator's follower graph at the chosen size (community structure,
heavy-tailed degrees), cached as Parquet. NetworkX is pure Python: above 500,000 edges it
runs on a uniform sample of 500,000 edges (stated in the output), and its time is then
compared per edge.
"""

from __future__ import annotations

import time
import warnings
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import CACHE, SIZES, Case, interleave, rss_bytes

NX_EDGE_LIMIT = 500_000


def load_edges(size: str) -> tuple[np.ndarray, np.ndarray, int]:
    """(src, dst, n) of the demo follower graph at ``size``, generated once and cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"follows_{size}.parquet"
    if not path.exists():
        from socialscope.demo import DemoConfig
        from socialscope.demo.social import build_graph

        world = build_graph(DemoConfig(scale=SIZES[size], seed=7), np.random.default_rng(7))
        pd.DataFrame({"src": world.src, "dst": world.dst}).to_parquet(path)
    frame = pd.read_parquet(path)
    src, dst = frame["src"].to_numpy(np.int64), frame["dst"].to_numpy(np.int64)
    return src, dst, int(max(src.max(), dst.max()) + 1)


def build_all(src: np.ndarray, dst: np.ndarray, n: int) -> dict[str, Any]:
    """The graph in each library, with build time and the memory it added."""
    import networkit as nk
    import networkx as nx

    from socialscope.network.build import SocialGraph

    out: dict[str, Any] = {}
    before, start = rss_bytes(), time.perf_counter()
    pairs = np.column_stack([src, dst])
    g = SocialGraph("bench", np.arange(n).astype(str).astype(object), pairs, np.ones(len(pairs)), True)
    out["socialscope"] = g
    if not g.large:  # views built once, as `network analyze` does (igraph only below the large-graph limit)
        g.undirected()
    from socialscope.network.centrality import to_networkit

    to_networkit(g, undirected=True)
    to_networkit(g)
    out["socialscope_build"] = (time.perf_counter() - start, rss_bytes() - before)

    before, start = rss_bytes(), time.perf_counter()
    nkg = nk.Graph(n, directed=True)
    nkg.addEdges((np.ascontiguousarray(src, dtype=np.uint64), np.ascontiguousarray(dst, dtype=np.uint64)))
    out["networkit"] = nkg
    out["networkit_undirected"] = nk.graphtools.toUndirected(nkg)
    out["networkit_build"] = (time.perf_counter() - start, rss_bytes() - before)

    keep = np.zeros(len(src), dtype=bool)
    keep[np.random.default_rng(0).permutation(len(src))[:NX_EDGE_LIMIT]] = True
    before, start = rss_bytes(), time.perf_counter()
    nxg = nx.DiGraph()
    nxg.add_edges_from(zip(src[keep].tolist(), dst[keep].tolist(), strict=True))
    out["networkx"] = nxg
    out["networkx_build"] = (time.perf_counter() - start, rss_bytes() - before)
    out["networkx_share"] = keep.sum() / len(src)
    return out


def cases(graphs: dict[str, Any], *, include_networkx: bool = True) -> list[Case]:
    import networkit as nk
    import networkx as nx

    from socialscope.network import centrality, community, graph_stats

    g = graphs["socialscope"]
    nkg, nku, nxg = graphs["networkit"], graphs["networkit_undirected"], graphs["networkx"]
    nxu = nxg.to_undirected(as_view=True)
    edges = g.m
    pivots = 256 if edges < 200_000 else (64 if edges < 5_000_000 else 16)
    sub = "" if graphs["networkx_share"] == 1 else f"subsample: {graphs['networkx_share']:.1%} of edges"
    warnings.simplefilter("ignore")

    method = "Leiden (NetworKit), one thread" if g.large else "Leiden (igraph), until stable"

    out = [
        Case("pagerank", "socialscope", lambda: centrality.pagerank(g)),
        Case("pagerank", "networkit", lambda: nk.centrality.PageRank(nkg, 0.85, 1e-9, normalized=True).run()),
        Case("k-core", "socialscope", lambda: centrality.core_number(g)),
        Case("k-core", "networkit", lambda: nk.centrality.CoreDecomposition(nku).run()),
        Case("components", "socialscope", lambda: graph_stats.components(g)),
        Case("components", "networkit", lambda: nk.components.ConnectedComponents(nku).run()),
        Case("communities", "socialscope", lambda: community.leiden(g, seed=1), method),
        Case("communities", "networkit", lambda: nk.community.PLM(nku, refine=True).run(), "PLM (Louvain) + refine"),
        Case(
            "betweenness (sampled)",
            "socialscope",
            lambda: centrality.betweenness(g, samples=pivots),
            f"{pivots} sampled sources",
        ),
        Case(
            "betweenness (sampled)",
            "networkit",
            lambda: nk.centrality.EstimateBetweenness(nkg, pivots, True, True).run(),
            f"{pivots} sampled sources",
        ),
    ]
    if include_networkx:
        out += [
            Case("pagerank", "networkx", lambda: nx.pagerank(nxg, tol=1e-9), sub),
            Case("k-core", "networkx", lambda: nx.core_number(nx.Graph(nxu)), sub),
            Case("components", "networkx", lambda: list(nx.connected_components(nxu)), sub),
            Case(
                "communities",
                "networkx",
                lambda: nx.community.louvain_communities(nxu, seed=1),
                f"Louvain {sub}".strip(),
            ),
            Case(
                "betweenness (sampled)",
                "networkx",
                lambda: nx.betweenness_centrality(nxg, k=min(pivots, nxg.number_of_nodes()), seed=1),
                f"{pivots} sampled sources {sub}".strip(),
            ),
        ]
    return out


def run(size: str, repetitions: int = 3, include_networkx: bool = True) -> dict[str, Any]:
    src, dst, n = load_edges(size)
    graphs = build_all(src, dst, n)
    todo = cases(graphs, include_networkx=include_networkx)
    interleave(todo, repetitions)
    return {
        "size": size,
        "nodes": n,
        "edges": len(src),
        "networkx_share": float(graphs["networkx_share"]),
        "builds": {k.removesuffix("_build"): v for k, v in graphs.items() if k.endswith("_build")},
        "cases": [
            {"task": c.task, "implementation": c.implementation, "median": c.median, "note": c.note, "times": c.times}
            for c in todo
        ],
    }
