"""Real graphs for the network tests: ego-Facebook (via the store) and email-Eu-core."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from socialscope.ingest import import_files
from socialscope.network import build_graph, graph_from_edges
from socialscope.store import Store
from tests.conftest import DATA

EGO = DATA / "facebook_ego" / "facebook_combined.txt"
EMAIL = DATA / "email_eu_core" / "email-Eu-core.txt"
EMAIL_LABELS = DATA / "email_eu_core" / "email-Eu-core-department-labels.txt"


@pytest.fixture(scope="session")
def ego_store(tmp_path_factory):
    """ego-Facebook imported exactly as a user would: edge list, undirected."""
    path = tmp_path_factory.mktemp("ego") / "ego.duckdb"
    with Store(path) as store:
        import_files(store, "follows", [EGO], fmt="edgelist", undirected=True)
    return path


@pytest.fixture(scope="session")
def ego(ego_store):
    with Store(ego_store, read_only=True) as store:
        return build_graph(store, "follows")


@pytest.fixture(scope="session")
def ego_nx():
    return nx.read_edgelist(EGO, nodetype=str)


@pytest.fixture(scope="session")
def email_nx():
    graph = nx.read_edgelist(EMAIL, nodetype=str, create_using=nx.DiGraph)
    graph.remove_edges_from(list(nx.selfloop_edges(graph)))
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])  # only self-loops
    return graph


@pytest.fixture(scope="session")
def email(email_nx):
    edges = np.asarray(list(email_nx.edges()), dtype=object)
    return graph_from_edges(edges[:, 0], edges[:, 1], directed=True, name="email")


@pytest.fixture(scope="session")
def email_departments():
    return dict(line.split() for line in EMAIL_LABELS.read_text().splitlines() if line.strip())


def by_id(graph, values):
    """Our per-vertex array as {account_id: value}."""
    return dict(zip(graph.account_ids, values, strict=True))
