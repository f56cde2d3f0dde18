"""Generic graph files: GraphML and GEXF (Gephi), read with NetworkX's parsers.

Nodes → accounts (``label``/``name`` as display name, other attributes in ``attributes``),
edges → follows (an undirected graph is stored both ways, as edge lists are); edge weight and
other edge attributes go to ``extra``. Account ids are ``<prefix>:<node id>`` (prefix ``graph``
unless given).
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import ParseError

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.records import Part


def detect_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in (".graphml", ".gexf")


def parse(path: str, prefix: str = "graph") -> list[Part]:
    import networkx as nx

    source = Path(path)
    reader = nx.read_gexf if source.suffix.lower() == ".gexf" else nx.read_graphml
    try:
        graph = reader(source)
    except (ParseError, nx.NetworkXError, KeyError, ValueError) as exc:
        raise InputError(Problem(str(source), None, None, f"not a readable {source.suffix[1:]} graph: {exc}")) from None
    ids = {node: f"{prefix}:{node}" for node in graph.nodes}
    accounts = pd.DataFrame({
        "_row": range(1, graph.number_of_nodes() + 1), "account_id": list(ids.values()), "platform": prefix,
        "display_name": [data.get("label") or data.get("name") for _, data in graph.nodes(data=True)],
        "attributes": [{k: v for k, v in data.items() if k not in ("label", "name")} or None
                       for _, data in graph.nodes(data=True)],
    })  # fmt: skip
    edges = [(ids[u], ids[v], data) for u, v, data in graph.edges(data=True)]
    if not graph.is_directed():
        edges += [(v, u, data) for u, v, data in edges if u != v]
    follows = pd.DataFrame({
        "_row": [i % max(graph.number_of_edges(), 1) + 1 for i in range(len(edges))],
        "src_account_id": [e[0] for e in edges], "dst_account_id": [e[1] for e in edges], "platform": prefix,
        "extra": [e[2] or None for e in edges],
    })  # fmt: skip
    return [Part("accounts", str(source), accounts), Part("follows", str(source), follows)]
