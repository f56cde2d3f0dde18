"""Networking analytics: graphs from the store, centrality, brokerage, communities, risk."""

from socialscope.network.analysis import NetworkResult, analyze_network, top_accounts, write_network
from socialscope.network.bridges import bridge_ties
from socialscope.network.brokerage import structural_holes
from socialscope.network.build import GRAPHS, LARGE_GRAPH_EDGES, SocialGraph, build_graph, graph_from_edges
from socialscope.network.centrality import (
    betweenness,
    clustering,
    core_number,
    degrees,
    eigenvector,
    harmonic,
    hits,
    pagerank,
    reciprocity,
)
from socialscope.network.community import leiden, modularity
from socialscope.network.graph_stats import components, graph_summary
from socialscope.network.risk import key_person_risk

__all__ = [
    "GRAPHS",
    "LARGE_GRAPH_EDGES",
    "NetworkResult",
    "SocialGraph",
    "analyze_network",
    "betweenness",
    "bridge_ties",
    "build_graph",
    "clustering",
    "components",
    "core_number",
    "degrees",
    "eigenvector",
    "graph_from_edges",
    "graph_summary",
    "harmonic",
    "hits",
    "key_person_risk",
    "leiden",
    "modularity",
    "pagerank",
    "reciprocity",
    "structural_holes",
    "top_accounts",
    "write_network",
]
