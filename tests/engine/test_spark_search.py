"""Spark's breadth-first searches against NetworkX (every vertex a source) and against the
embedded estimator (the same sampled sources): betweenness and harmonic closeness to 1e-9."""

from __future__ import annotations

import warnings

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from socialscope.engine import spark_search
from socialscope.network import centrality
from socialscope.network.build import graph_from_edges

# the slow tier (`make test-slow`, which .ci/run also runs): exact NetworkX references and the sampled estimator on Spark: ~2.5 min of Spark jobs
pytestmark = pytest.mark.slow


def _frame(spark, pairs: pd.DataFrame):
    return spark.createDataFrame(pairs.assign(w=1.0))


def _values(frame, order) -> pd.DataFrame:
    return frame.toPandas().set_index("id").loc[list(order)]


def test_every_source_on_karate_equals_networkx(spark) -> None:
    karate = nx.relabel_nodes(nx.karate_club_graph(), str)
    pairs = pd.DataFrame(list(karate.edges()), columns=["s", "d"])
    values, estimated = spark_search.betweenness_and_harmonic(_frame(spark, pairs), directed=False)
    got = _values(values, karate.nodes())
    assert not estimated
    reference = nx.betweenness_centrality(karate)
    np.testing.assert_allclose(got["betweenness"], [reference[v] for v in karate], rtol=1e-9, atol=1e-15)
    harmonic = nx.harmonic_centrality(karate)  # its keys are not in node order
    np.testing.assert_allclose(got["harmonic"], [harmonic[v] for v in karate], rtol=1e-9)


@pytest.fixture(scope="module")
def directed_pairs() -> pd.DataFrame:
    """A small directed graph with reciprocated and one-way ties, a sink and a vertex no one
    reaches."""
    rng = np.random.default_rng(11)
    pairs = pd.DataFrame(rng.integers(0, 24, size=(70, 2)), columns=["s", "d"]).astype(str)
    pairs = pairs[pairs.s != pairs.d].drop_duplicates()
    return pd.concat([pairs, pd.DataFrame([("0", "sink"), ("source", "0")], columns=["s", "d"])], ignore_index=True)


def test_every_source_on_a_directed_graph_equals_networkx(spark, directed_pairs) -> None:
    g = nx.from_pandas_edgelist(directed_pairs, "s", "d", create_using=nx.DiGraph)
    values, estimated = spark_search.betweenness_and_harmonic(_frame(spark, directed_pairs), directed=True)
    got = _values(values, g.nodes())
    assert not estimated
    between, harmonic = nx.betweenness_centrality(g), nx.harmonic_centrality(g)
    np.testing.assert_allclose(got["betweenness"], [between[v] for v in g], rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(got["harmonic"], [harmonic[v] for v in g], rtol=1e-9)


def test_sampled_sources_are_the_embedded_estimators(spark, directed_pairs) -> None:
    """Asked for 6 sources, both engines draw the same 6 (seeded, by vertex code) and give
    the same estimates; the estimates stay within the stated Hoeffding bound of the exact
    values."""
    edges = _frame(spark, directed_pairs)
    g = graph_from_edges(directed_pairs["s"].to_numpy(), directed_pairs["d"].to_numpy(), directed=True)
    codes = centrality.sample_sources(g, 6, 42)
    chosen = spark_search.chosen_sources(edges, codes).toPandas()["src"]
    assert sorted(chosen) == sorted(g.account_ids[codes])
    values, estimated = spark_search.betweenness_and_harmonic(edges, directed=True, samples=6, seed=42)
    got = _values(values, g.account_ids)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", centrality.EstimateWarning)
        between = centrality.betweenness(g, samples=6, seed=42)
        harmonic = centrality.harmonic(g, samples=6, seed=42)
    assert estimated and between.estimated
    np.testing.assert_allclose(got["betweenness"], between.values, rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(got["harmonic"], harmonic.values, rtol=1e-9, atol=1e-15)
    exact = centrality.betweenness(g).values
    bound = float(between.error_bound.split()[0].lstrip("±"))
    assert np.abs(got["betweenness"].to_numpy() - exact).max() <= bound
