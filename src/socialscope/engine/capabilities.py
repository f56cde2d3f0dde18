"""What each engine can compute, declared as data; callers branch on capabilities, never on names."""

from __future__ import annotations

CAPABILITIES: dict[str, str] = {
    "store.sql": "analyses written as SQL over the DuckDB store (cadence, response times, retention, …)",
    "table_metrics": "campaign KPIs, engagement, channel grouping and funnels (portable Ibis expressions)",
    "journeys": "journey building and rule-based attribution (portable Ibis expressions)",
    "journey_paths": "ordered journey paths: Markov-chain and Shapley attribution",
    "graph.degree": "in/out/total and weighted degree",
    "graph.pagerank": "PageRank, damping 0.85, dangling mass spread uniformly (NetworkX's convention)",
    "graph.components": "weakly connected components",
    "graph.kcore": "k-core number on the undirected view",
    "graph.communities.leiden": "Leiden communities (modularity, seeded; on Spark on the driver, when the graph "
    "or its label-propagation coarsening fits)",
    "graph.communities.label_propagation": "label-propagation communities",
    "graph.graphframes": "GraphFrames on the cluster (its jar present): components and label propagation by it",
    "graph.paths": "betweenness and harmonic closeness: exact, or from sampled sources with a stated error bound",
    "graph.brokerage": "Burt's constraint, effective size and hierarchy (on Spark up to a stated degree cap)",
    "graph.spectral": "eigenvector centrality and HITS (on Spark: igraph on the driver when the graph fits, "
    "else power iterations on the cluster)",
    "graph.clustering": "local clustering coefficient from triangle counts",
    "graph.reciprocity": "per-account reciprocity",
    "graph.bridges": "bridge ties (on Spark: the embedded function on the driver when the graph fits, else a "
    "spanning-forest XOR fold on the cluster)",
    "graph.key_person_risk": "key-person risk: each candidate removed and the graph re-measured (on Spark on "
    "the driver, when the graph fits; up to 20,000 accounts on both engines by default)",
    "graph.summary": "the graph-level row (network_graphs): size, density, reciprocity, transitivity, "
    "assortativity, components, diameter (exact, or the double-sweep bound on large graphs), modularity",
    "graph.influence": "reach, engagement received and the influence score (PageRank, reach, engagement)",
    "graph.single_machine": "what is drawn or profiled from the whole graph in one process: Leiden's community "
    "profiles and the community meta-graph, layouts",
    "text": "sentiment and networking/marketing classification",
    "transactions": "all-or-nothing writes into the DuckDB store",
}


def describe(capabilities: frozenset[str]) -> list[tuple[str, str]]:
    """(capability, description) for every capability an engine has, in catalogue order."""
    return [(name, text) for name, text in CAPABILITIES.items() if name in capabilities]
