"""Network: the chosen graph drawn from the cached layout (WebGL), or its community meta-graph
when the graph is too big to draw node by node, with drill-down into one community."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from fastapi import APIRouter, Depends, Query, Request, Response

from socialscope.engagement.topics import TOPICS_NOT_STORED, stored_community_topics
from socialscope.errors import NotFoundError, UsageError
from socialscope.network.build import GRAPHS
from socialscope.network.names import account_labels, community_names
from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import columns, records
from socialscope.web.templating import templates

router = APIRouter()
MAX_EDGES = 25_000  # the heaviest ties drawn (more are unreadable and slow to draw); every node is drawn
COMMUNITY_DRILL_LIMIT = 20_000


def analysed_graphs(store: Store) -> list[str]:
    if not store.has_table("network_graphs"):
        return []
    return [r[0] for r in store.con.execute("SELECT graph FROM network_graphs ORDER BY graph").fetchall()]


@cached_by_store
def network_data(store: Store, *, graph: str = "follows", community: int | None = None) -> dict[str, Any]:
    """Nodes (x, y, community, PageRank, handle) and the heaviest edges of ``graph``; above the
    layout limit, the community meta-graph (or one community's members with ``community``)."""
    if graph not in GRAPHS:
        raise UsageError(f"graph must be one of: {', '.join(GRAPHS)}")
    graphs = analysed_graphs(store)
    if graph not in graphs:
        raise NotFoundError(
            f"the {graph} graph has not been analysed: run 'socialscope network analyze --graph {graph}'"
        )
    from socialscope.network.analysis import graph_stage

    stage = graph_stage(store, graph)
    has_layout = store.has_table("network_layout") and store.scalar(
        "SELECT count(*) FROM network_layout WHERE graph = ?", [graph]
    )
    if community is None and not has_layout:
        return {"graph": graph, "graphs": graphs, "stage": stage, "view": "communities", **_meta_graph(store, graph)}
    nodes = store.df(
        """SELECT m.account_id AS id, a.handle, a.display_name, a.kind, m.community, m.pagerank,
                  m.in_degree, m.out_degree, m.betweenness, l.x, l.y
           FROM network_metrics m LEFT JOIN accounts a USING (account_id)
           LEFT JOIN network_layout l ON l.graph = m.graph AND l.account_id = m.account_id
           WHERE m.graph = ? AND (?::BIGINT IS NULL OR m.community = ?::BIGINT)
           ORDER BY m.account_id""",
        [graph, community, community],
    )
    if community is not None and nodes.empty:
        raise NotFoundError(f"community {community} is not in the {graph} graph")
    if len(nodes) > COMMUNITY_DRILL_LIMIT:
        raise UsageError(f"community {community} has {len(nodes):,} members: too many to draw one by one")
    source, target = _edges(store, graph, nodes["id"])
    if nodes["x"].isna().any():
        _layout_in_place(nodes, source, target)
    elif community is None:
        _group_by_community(store, graph, nodes)
    nodes[["x", "y"]] = nodes[["x", "y"]].round(5)
    names = community_names(store, graph)
    nodes["label"] = nodes["id"].map(account_labels(store, nodes["id"]))
    sizes = nodes["community"].value_counts()
    # labelled: the most central account of each community in the legend, then the most central overall
    by_rank = nodes.assign(_pos=np.arange(len(nodes))).sort_values("pagerank", ascending=False, na_position="last")
    leaders = by_rank.drop_duplicates("community").set_index("community")["_pos"]
    labelled = [int(leaders[c]) for c in sizes.head(LEGEND).index if c in leaders]
    labelled += [int(i) for i in by_rank["_pos"].head(5) if int(i) not in labelled]
    return {
        "graph": graph,
        "graphs": graphs,
        "stage": stage,
        "view": "accounts",
        "community": community,
        # columnar: one array per field, edges as positions in those arrays (compact for 20k+ nodes)
        "nodes": columns(nodes),
        "edges": {"source": source.tolist(), "target": target.tolist()},
        "edges_drawn": len(source),
        "edges_total": _ties_among(store, graph, community),
        # the accounts labelled on the drawing, and the communities in the legend (largest first)
        "labelled": labelled,
        "legend": [
            {"community": int(c), "name": names.get(int(c), f"community {c}"), "members": int(n)}
            for c, n in sizes.head(LEGEND).items()
        ],  # fmt: skip
    }


LEGEND = 12


def _ties_among(store: Store, graph: str, community: int | None) -> int | None:
    """All ties of the graph (or inside one community), to say how many the drawing leaves out."""
    if community is None:
        return store.scalar("SELECT edges FROM network_graphs WHERE graph = ?", [graph])
    return store.scalar("SELECT internal_ties FROM communities WHERE graph = ? AND community = ?", [graph, community])


def _group_by_community(store: Store, graph: str, nodes: pd.DataFrame) -> None:
    """Draw each community in its own disc (:func:`socialscope.network.layout.grouped_layout`)."""
    from socialscope.network.layout import grouped_layout

    if not store.has_table("community_layout"):
        return
    centres = store.df("SELECT community, x, y FROM community_layout WHERE graph = ?", [graph])
    sizes = store.df("SELECT community, size FROM communities WHERE graph = ?", [graph]).set_index("community")["size"]
    x, y = grouped_layout(nodes["x"].to_numpy(), nodes["y"].to_numpy(), nodes["community"].to_numpy(), centres, sizes)
    # back into the unit square, one scale for both axes so the discs stay round
    low = min(x.min(), y.min()) if len(x) else 0.0
    span = (max(x.max(), y.max()) - low) if len(x) else 1.0
    nodes["x"], nodes["y"] = (x - low) / (span or 1.0), (y - low) / (span or 1.0)


def _edges(store: Store, graph: str, node_ids: Any) -> tuple[np.ndarray, np.ndarray]:
    """The heaviest ties (at most ``MAX_EDGES``) among ``node_ids``, as positions in it."""
    from socialscope.network.build import rebuild_graph

    g = rebuild_graph(store, graph)
    edges = g.edges()
    # vertex -> row of node_ids, -1 when the vertex is not drawn
    position = pd.Index(node_ids).get_indexer(np.asarray(g.account_ids, dtype=object))
    src, dst = position[edges[:, 0]], position[edges[:, 1]]
    order = np.flatnonzero((src >= 0) & (dst >= 0))
    if len(order) > MAX_EDGES:
        weight = g.weights[order]
        order = order[np.argsort(-weight, kind="stable")[:MAX_EDGES]]
    return src[order], dst[order]


def _layout_in_place(nodes: Any, source: np.ndarray, target: np.ndarray) -> None:
    """Fruchterman–Reingold for a drilled-down community of a graph too big to lay out whole."""
    import igraph as ig

    sub = ig.Graph(n=len(nodes), edges=np.column_stack([source, target]).tolist())
    coords = np.asarray(sub.layout_fruchterman_reingold(grid="auto").coords) if len(nodes) else np.zeros((0, 2))
    if len(coords):
        span = np.where(np.ptp(coords, axis=0) > 0, np.ptp(coords, axis=0), 1.0)
        coords = (coords - coords.min(axis=0)) / span
        nodes["x"], nodes["y"] = coords[:, 0], coords[:, 1]


def _meta_graph(store: Store, graph: str) -> dict[str, Any]:
    communities = store.df(
        """SELECT c.community AS id, c.size, c.internal_density, l.x, l.y
           FROM communities c LEFT JOIN community_layout l ON l.graph = c.graph AND l.community = c.community
           WHERE c.graph = ? ORDER BY c.community""",
        [graph],
    )
    links = store.df(
        "SELECT community_a AS source, community_b AS target, ties FROM community_links WHERE graph = ?", [graph]
    )
    from socialscope.report.privacy import drop_small_groups

    communities, links = drop_small_groups(communities, links, graph)
    position = pd.Index(communities["id"])
    return {
        "nodes": columns(communities),
        "edges": {
            "source": position.get_indexer(links["source"]).tolist(),
            "target": position.get_indexer(links["target"]).tolist(),
        },
    }


@router.get("/api/network", tags=["network"], summary="Graph drawing data: nodes, positions, edges")
def network_api(
    request: Request,
    graph: str = Query("follows", description="follows, interactions or collaboration."),
    community: int | None = Query(None, description="Only this community's members (drill-down)."),
) -> Response:
    return api_json(
        request,
        "network",
        lambda s: network_data(s, graph=graph, community=community),
        graph=graph,
        community=community,
    )


@router.get("/network", include_in_schema=False)
def network_page(
    request: Request,
    graph: str = Query("follows"),
    community: int | None = Query(None),
    store: Store = Depends(read_store),
) -> Any:
    from socialscope.network.analysis import graph_stage

    graphs = analysed_graphs(store)
    if graph not in GRAPHS:
        raise UsageError(f"graph must be one of: {', '.join(GRAPHS)}")
    summary = store.df("SELECT * EXCLUDE (run_id) FROM network_graphs WHERE graph = ?", [graph]) if graphs else None
    from socialscope.network.names import named_communities

    communities = named_communities(store, graph, limit=12) if graph in graphs else None
    topics = stored_community_topics(store, graph) if graph in graphs else None
    if communities is not None:
        from socialscope.report.privacy import suppress_small_groups

        communities = suppress_small_groups(with_terms(communities, topics), graph)
    focus = None
    if community is not None and graph in graphs:
        from socialscope.network.profile import community_profile
        from socialscope.report.privacy import suppress_small_groups

        profile = with_terms(pd.DataFrame([community_profile(store, graph, community)]), topics)
        focus = records(suppress_small_groups(profile, graph))[0]
    context = {
        "focus": focus,
        "page": "network",
        "graph": graph,
        "graphs": graphs,
        "community": community,
        "summary": records(summary)[0] if summary is not None and len(summary) else None,
        "stage": graph_stage(store, graph) if graph in graphs else None,
        "communities": records(communities) if communities is not None else [],
        "topics_missing": TOPICS_NOT_STORED if graph in graphs and topics is None else None,
    }
    return templates.TemplateResponse(request, "network.html", context)


def with_terms(communities: pd.DataFrame, topics: pd.DataFrame | None) -> pd.DataFrame:
    """``communities`` plus a ``terms`` column (a list, or null) — before privacy suppression,
    so a withheld group's terms are withheld too."""
    if topics is None:
        return communities.assign(terms=None)
    merged = communities.merge(topics[["community", "terms"]], on="community", how="left")
    merged["terms"] = merged["terms"].where(merged["terms"].notna(), None)  # a community without terms
    return merged


@cached_by_store
def network_topics_data(store: Store, *, graph: str = "follows") -> dict[str, Any]:
    """Each community's distinctive terms (largest communities first), the people-graph
    privacy rule applied; ``topics`` null and ``missing`` saying what to run before ``analyze``."""
    from socialscope.report.privacy import suppress_small_groups

    if graph not in GRAPHS:
        raise UsageError(f"graph must be one of: {', '.join(GRAPHS)}")
    topics = stored_community_topics(store, graph)
    if topics is None:
        return {"graph": graph, "topics": None, "missing": TOPICS_NOT_STORED}
    return {"graph": graph, "topics": records(suppress_small_groups(topics, graph, size="members")), "missing": None}


@router.get("/api/network/topics", tags=["network"], summary="Distinctive terms of each community")
def network_topics_api(
    request: Request, graph: str = Query("follows", description="follows, interactions or collaboration.")
) -> Response:
    return api_json(request, "network_topics", lambda s: network_topics_data(s, graph=graph), graph=graph)
