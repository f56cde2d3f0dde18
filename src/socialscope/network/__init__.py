"""Networking analytics: graphs from the store, centrality, brokerage, communities, risk."""

import lazy_loader

# The public API, imported on first use (lazy_loader): importing one submodule, or the
# CLI at start-up, does not load the whole package and its libraries.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "analysis": ["NetworkResult", "analyze_network", "top_accounts", "write_network"],
        "bridges": ["bridge_ties"],
        "brokerage": ["structural_holes"],
        "build": ["GRAPHS", "LARGE_GRAPH_EDGES", "SocialGraph", "build_graph", "graph_from_edges"],
        "centrality": [
            "betweenness",
            "clustering",
            "core_number",
            "degrees",
            "eigenvector",
            "harmonic",
            "hits",
            "pagerank",
            "reciprocity",
        ],
        "community": ["leiden", "modularity"],
        "graph_stats": ["components", "graph_summary"],
        "risk": ["key_person_risk"],
    },
)
