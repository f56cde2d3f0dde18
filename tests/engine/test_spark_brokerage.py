"""Spark's Burt measures equal the embedded engine's and NetworkX's (to 1e-9), and the degree
cap leaves exactly the accounts above it null."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from socialscope.engine import spark_brokerage
from socialscope.network import structural_holes
from socialscope.network.build import graph_from_edges

# the slow tier (`make test-slow`, which .ci/run also runs): Burt's measures on Spark against NetworkX: Spark jobs per ego pair
pytestmark = pytest.mark.slow


def test_weighted_directed_ties_equal_the_embedded_engine_and_networkx(spark) -> None:
    rng = np.random.default_rng(5)
    pairs = pd.DataFrame(rng.integers(0, 30, size=(120, 2)), columns=["s", "d"]).astype(str)
    pairs = pairs[pairs.s != pairs.d].drop_duplicates()
    pairs["w"] = rng.integers(1, 6, len(pairs)).astype(float)
    g = graph_from_edges(pairs["s"].to_numpy(), pairs["d"].to_numpy(), directed=True, weights=pairs["w"].to_numpy())
    local = structural_holes(g)
    got = spark_brokerage.structural_holes(spark.createDataFrame(pairs)).toPandas().set_index("id").loc[g.account_ids]
    for column in ("constraint", "effective_size", "hierarchy"):
        np.testing.assert_allclose(got[column].astype(float), getattr(local, column), rtol=1e-9, atol=1e-15)
    reference = nx.from_pandas_edgelist(pairs, "s", "d", edge_attr="w", create_using=nx.DiGraph)
    np.testing.assert_allclose(
        got["constraint"].astype(float), [nx.constraint(reference, weight="w")[v] for v in g.account_ids], rtol=1e-9
    )
    size = pd.Series(nx.effective_size(reference, nodes=list(reference), weight="w")).dropna()  # nan: no successors
    assert len(size) > 0.8 * g.n
    np.testing.assert_allclose(got.loc[size.index, "effective_size"].astype(float), size.to_numpy(), rtol=1e-9)


def test_degree_cap_on_karate(spark) -> None:
    """Karate club (undirected): below the cap the values are NetworkX's; the five members with
    more than 8 contacts are null."""
    karate = nx.relabel_nodes(nx.karate_club_graph(), str)
    pairs = pd.DataFrame(list(karate.edges()), columns=["s", "d"]).assign(w=1.0)
    got = spark_brokerage.structural_holes(spark.createDataFrame(pairs), max_contacts=8).toPandas().set_index("id")
    capped = [v for v in karate if karate.degree(v) > 8]
    assert sorted(got.index[got["constraint"].isna()]) == sorted(capped) and len(capped) == 5
    kept = [v for v in karate if v not in capped]
    reference = nx.constraint(karate)
    np.testing.assert_allclose(got.loc[kept, "constraint"], [reference[v] for v in kept], rtol=1e-9)
    size = nx.effective_size(karate, nodes=kept)
    np.testing.assert_allclose(got.loc[kept, "effective_size"], [size[v] for v in kept], rtol=1e-9)
