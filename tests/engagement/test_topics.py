"""Distinctive terms per community and campaign: the c-TF-IDF formula by hand, a brute-force
reference on a real Slack export, and the demo's planted community interests."""

from __future__ import annotations

import math
import re
import shutil
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from socialscope.engagement.sentiment import score_store
from socialscope.engagement.topics import (
    TOKEN_PATTERN,
    campaign_topics,
    class_tfidf,
    community_topics,
    distinctive_terms,
    stop_words,
    stored_campaign_topics,
    stored_community_topics,
    topics,
)
from socialscope.errors import UsageError
from socialscope.ingest.formats import import_export
from socialscope.network.analysis import analyze_network, write_network
from socialscope.store.connection import Store
from tests.conftest import DATA


def test_class_tfidf_by_hand():
    counts = np.array([[4, 0, 2], [1, 3, 2]])
    weights = class_tfidf(sparse.csr_matrix(counts)).toarray()
    average = counts.sum() / 2  # A: average terms per class
    for c in range(2):
        for t in range(3):
            expected = counts[c, t] / counts[c].sum() * math.log(1 + average / counts[:, t].sum())
            assert weights[c, t] == pytest.approx(expected)


def test_stop_words_removed_in_each_texts_language():
    texts = ["the hiking and the trail", "der Wald und der Berg", "the trail and the hiking", "der Berg und der Wald"]
    out = distinctive_terms(texts, ["a", "b", "a", "b"], languages=["en", "de", "en", "de"], n=5)
    terms = set(out["term"])
    assert {"hiking", "trail", "wald", "berg"} <= terms
    assert not terms & {"the", "and", "der", "und"}
    assert "und" in stop_words("de") and "the" in stop_words("en") and stop_words("xx") == frozenset()


def _reference(texts: pd.DataFrame) -> dict[object, dict[str, float]]:
    """c-TF-IDF the slow way: Python sets and Counters, the formula as written in the paper."""
    document_frequency = Counter(
        t
        for text in texts["text"]
        for t in set(re.findall(TOKEN_PATTERN, re.sub(r"@\w+|https?://\S+|www\.\S+", " ", text).lower()))
    )
    per_group: dict[object, Counter] = defaultdict(Counter)
    for (group, _author), rows in texts.groupby(["group", "author"]):
        used = set()
        for text, language in zip(rows["text"], rows["language"], strict=True):
            words = re.findall(TOKEN_PATTERN, re.sub(r"@\w+|https?://\S+|www\.\S+", " ", text).lower())
            used |= {w for w in words if w not in stop_words(language) and document_frequency[w] >= 2}
        per_group[group].update(used)
    total = Counter()
    for counts in per_group.values():
        total.update(counts)
    average = sum(total.values()) / len(per_group)
    out = {}
    for group, counts in per_group.items():
        size = sum(counts.values())
        weights = {t: c / size * math.log(1 + average / total[t]) for t, c in counts.items()}
        out[group] = weights
    return out


@pytest.fixture(scope="module")
def slack_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("slack") / "s.duckdb"
    with Store(path) as store:
        import_export(store, DATA / "formats" / "slack_export" / "export")
        with store.transaction():
            score_store(store)  # detects each message's language too
            write_network(store, analyze_network(store, "collaboration"), "test")
    return path


def test_real_slack_export_matches_a_brute_force_reference(slack_store):
    with Store(slack_store, read_only=True) as store:
        found = community_topics(store, graph="collaboration", n=8)
        texts = store.df(
            """SELECT m.community AS "group", i.actor_account_id AS author, i.text, l.language, l.confidence
               FROM interactions i JOIN network_metrics m ON m.account_id = i.actor_account_id AND m.graph = 'collaboration'
               LEFT JOIN interaction_language l USING (interaction_id)
               WHERE i.text IS NOT NULL AND trim(i.text) <> ''"""
        )
    sure = (texts["confidence"] >= 0.5) & (texts["language"] != "und")
    texts["language"] = texts["language"].where(sure, texts.loc[sure, "language"].mode().iloc[0])
    reference = _reference(texts)
    assert found["community"].nunique() >= 2 and len(found) > 10
    for community, rows in found.groupby("community"):
        expected = reference[community]
        # the same weights for the same terms, and they are the group's highest (ties may swap)
        np.testing.assert_allclose(rows["weight"], [expected[t] for t in rows["term"]], rtol=1e-9)
        np.testing.assert_allclose(rows["weight"], sorted(expected.values(), reverse=True)[: len(rows)], rtol=1e-9)


def test_planted_community_interests_come_out_on_top(demo_db, tmp_path):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    with Store(path) as store:
        with store.transaction():
            score_store(store)
            write_network(store, analyze_network(store, "follows"), "test")
        found = community_topics(store, graph="follows", n=3)
        planted = store.df(
            """SELECT m.community, json_extract_string(a.attributes, '$.interest') AS interest
               FROM network_metrics m JOIN accounts a USING (account_id)
               WHERE m.graph = 'follows' AND a.attributes IS NOT NULL"""
        )
    majority = planted.dropna().groupby("community")["interest"].agg(lambda s: s.value_counts().index[0])
    big = found[found["members"] >= 20]
    assert big["community"].nunique() >= 3
    for community, rows in big.groupby("community"):
        assert rows["term"].iloc[0] == majority[community], (community, list(rows["term"]))


def test_campaign_topics_and_errors(demo_db, tmp_path):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    with Store(path) as store:
        found = campaign_topics(store, n=3)
        posts = store.df("SELECT campaign_id, count(*) AS n FROM posts WHERE campaign_id IS NOT NULL GROUP BY 1")
        with pytest.raises(UsageError, match="by must be one of: community, campaign"):
            topics(store, by="platform")
        with pytest.raises(LookupError, match="network analyze"):
            topics(store, by="community", graph="no-such-graph")
    assert set(found["campaign_id"]) == set(posts["campaign_id"])
    assert (found.groupby("campaign_id")["rank"].max() <= 3).all()
    merged = found.drop_duplicates("campaign_id").merge(posts, on="campaign_id")
    assert (merged["posts"] == merged["n"]).all()


def test_stored_topics_read_back_what_analyze_wrote(demo_db, tmp_path, store):
    assert stored_community_topics(store, "follows") is None and stored_campaign_topics(store) is None
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    with Store(path) as demo:
        table = demo.df("SELECT * FROM community_topics WHERE graph = 'interactions' ORDER BY community, rank")
        shown = stored_community_topics(demo, "interactions", n=3)
        campaigns = stored_campaign_topics(demo, n=2)
        first = dict(demo.con.execute("SELECT campaign_id, term FROM campaign_topics WHERE rank = 1").fetchall())
        # communities found again after the terms (renumbered): the stored terms no longer apply
        demo.con.execute(
            """UPDATE analysis_runs SET finished_at = finished_at + INTERVAL 1 HOUR
               WHERE run_id IN (SELECT run_id FROM network_metrics WHERE graph = 'follows')"""
        )
        assert stored_community_topics(demo, "follows") is None
    assert list(shown["members"]) == sorted(shown["members"], reverse=True)
    for row in shown.itertuples():
        assert row.terms == list(table.loc[table["community"] == row.community, "term"].head(3))
    assert all(len(t) <= 2 for t in campaigns["terms"]) and list(campaigns["posts"]) == sorted(
        campaigns["posts"], reverse=True
    )
    assert {c: t[0] for c, t in zip(campaigns["campaign_id"], campaigns["terms"], strict=True)} == first
