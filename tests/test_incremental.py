"""``analyze`` recomputes only what changed (:mod:`socialscope.incremental`,
:func:`socialscope.pipeline.run_analyses`), and the incremental results equal a full run."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from socialscope.analyses import ANALYSES
from socialscope.demo import DemoConfig, load_demo
from socialscope.pipeline import run_analyses
from socialscope.store import Store
from socialscope.store.loader import merge
from socialscope.store.results import write_result
from socialscope.store.schema import CANONICAL_TABLES, META_TABLES


@pytest.fixture
def analysed(tmp_path: Path, demo_db: Path):
    """A copy of the analysed demo store (its runs recorded what they read)."""
    path = tmp_path / "copy.duckdb"
    shutil.copyfile(demo_db, path)
    with Store(path) as store:
        yield store


def _recomputed(results) -> set[str]:
    return {r.name for r in results if r.reason}


def test_nothing_changed_nothing_recomputed(analysed):
    before = {r[0]: r[1] for r in analysed.con.execute("SELECT analysis, run_id FROM analysis_runs").fetchall()}
    results = run_analyses(analysed)
    assert _recomputed(results) == set()
    assert all(r.unchanged and r.run_id == before[r.name] for r in results)
    assert all(r.summary for r in results)  # the previous run's headline numbers


def test_a_changed_table_reruns_exactly_its_dependants(analysed):
    analysed.con.execute("UPDATE campaigns SET name = name || ' (renamed)' WHERE campaign_id = "
                         "(SELECT min(campaign_id) FROM campaigns)")  # fmt: skip
    results = run_analyses(analysed)
    assert _recomputed(results) == {"engagement", "topics", "campaigns"}
    assert {r.reason for r in results if r.reason} == {"campaigns changed"}
    assert _recomputed(run_analyses(analysed)) == set()


def test_full_and_a_rewritten_result_recompute(analysed):
    results = run_analyses(analysed, names=["audience", "campaigns"], full=True)
    assert [(r.name, r.reason) for r in results] == [("audience", "--full"), ("campaigns", "--full")]
    with analysed.transaction():  # another command replaces a result table
        write_result(
            analysed, "campaign_kpis", analysed.df("SELECT * EXCLUDE (run_id) FROM campaign_kpis LIMIT 1"), "other-run"
        )
    results = run_analyses(analysed, names=["audience", "campaigns"])
    assert [(r.name, r.reason) for r in results] == [
        ("audience", None),
        ("campaigns", "campaign_kpis was rewritten or removed since"),
    ]
    assert analysed.count("campaign_kpis") > 1


def test_a_new_sentiment_model_rescores_every_text(analysed, tmp_path):
    from socialscope.engagement.sentiment import MODEL_META_KEY, TextSentimentModel

    texts = ["love it, great day", "this is awful and sad", "meeting at noon", "happy happy joy", "terrible service",
             "the report is attached"] * 3  # fmt: skip
    labels = ["positive", "negative", "neutral", "positive", "negative", "neutral"] * 3
    path = TextSentimentModel(name="mine").fit(texts, labels).save(tmp_path / "mine.joblib")
    analysed.set_meta(MODEL_META_KEY, str(path))
    results = run_analyses(analysed)
    assert _recomputed(results) == {"sentiment"}
    assert [r.reason for r in results if r.reason] == ["model changed"]
    assert analysed.scalar("SELECT count(*) FROM post_sentiment WHERE model <> 'mine'") == 0
    assert analysed.scalar("SELECT count(*) FROM post_sentiment") == analysed.scalar(
        "SELECT count(*) FROM posts WHERE trim(text) <> ''"
    )


def test_a_graph_whose_tables_are_unchanged_is_kept_without_querying_its_edges(analysed):
    """A new post nobody acted on changes ``posts``, an input of the network analysis and of
    the interactions graph: that graph's edges are queried and found unchanged; the follows
    and collaboration graphs' tables are unchanged, so their edge queries do not even run."""
    post = analysed.df("SELECT * FROM posts LIMIT 1").assign(post_id="a-new-post", text="hello, anyone?")
    _merge(analysed, "posts", post)
    analysed.con.execute("CALL enable_logging('QueryLog')")
    (network,) = run_analyses(analysed, names=["network"])
    log = [r[0] for r in analysed.con.execute("SELECT message FROM duckdb_logs WHERE type = 'QueryLog'").fetchall()]
    analysed.con.execute("CALL disable_logging()")
    assert network.reason.startswith("posts changed")
    assert network.summary["graphs_reused"] == "follows, interactions, collaboration"
    edge_queries = [q for q in log if '"s"' in q and '"d"' in q and "hash(_r)" not in q]
    assert edge_queries and all('"interactions"' in q for q in edge_queries)
    assert not any('"follows"' in q for q in edge_queries)
    stored = analysed.df("SELECT graph, tables_fingerprint FROM graph_inputs ORDER BY graph")
    assert stored["tables_fingerprint"].notna().all()
    assert "network" not in _recomputed(run_analyses(analysed))  # the others catch up with the new post


def test_every_table_an_analysis_writes_is_declared(demo_db):
    with Store(demo_db, read_only=True) as store:
        written = set(store.tables()) - set(CANONICAL_TABLES) - set(META_TABLES)
    assert written == {t for a in ANALYSES for t in a.outputs}


# -- a store imported in two parts, analysed after each, equals one full run -------------------
def _merge(store: Store, name: str, frame: pd.DataFrame) -> None:
    """Import rows through the importer's merge (rows with a known key are deleted and
    inserted again), with the demo loader's casts."""
    table = CANONICAL_TABLES[name]
    store.con.register("_part", frame.reindex(columns=table.column_names))
    select = ", ".join(f'CAST("{c.name}" AS {c.sql_type}) AS "{c.name}"' for c in table.columns)
    with store.transaction() as con:
        merge(con, table, f"SELECT row_number() OVER () AS _row, {select}, NULL::JSON AS extra FROM _part")
    store.con.unregister("_part")


# where the store's own model is named: covered by the analysis's model version
_MODEL_META = {"workspace_meta"}


def _tables_read(store: Store, segments: dict[str, list[str]]) -> dict[str, set[str]]:
    """Per analysis, the store tables its queries read (FROM/JOIN), from DuckDB's query log."""
    names = set(store.tables())
    pattern = re.compile(r'\b(?:FROM|JOIN)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?', re.IGNORECASE)
    return {
        analysis: {m for q in queries for m in pattern.findall(q) if m in names and "hash(_r)" not in q}
        for analysis, queries in segments.items()
    }


# when and how long each stage of a graph's analysis ran: different in every run by nature
RUN_FACTS = {"run_id", "fast_at", "fast_seconds", "sampled_at", "sampled_seconds", "sampled_run_id"}


def _compare(reference: Store, incremental: Store, table: str) -> None:
    columns = [r[0] for r in reference.con.execute(f'DESCRIBE "{table}"').fetchall() if r[0] not in RUN_FACTS]
    select = ", ".join(f'"{c}"' for c in columns)
    expected = reference.df(f'SELECT {select} FROM "{table}" ORDER BY ALL')
    found = incremental.df(f'SELECT {select} FROM "{table}" ORDER BY ALL')
    assert len(found) == len(expected), table
    for column in columns:
        a, b = expected[column], found[column]
        if pd.api.types.is_float_dtype(a):
            np.testing.assert_allclose(b.to_numpy(float), a.to_numpy(float), rtol=1e-9, atol=1e-12,
                                       err_msg=f"{table}.{column}")  # fmt: skip
        else:
            assert b.astype(str).tolist() == a.astype(str).tolist(), f"{table}.{column}"


@pytest.mark.slow  # two full analyses of a demo world (~1 min quiet, 4 min loaded)
def test_two_imports_analysed_incrementally_equal_one_full_run(tmp_path, demo_tables, demo_db):
    """Part 1: the demo world before the last ~20% of its posts and interactions; part 2: every
    table imported again in full (new rows added, the rest deleted and re-inserted, as a
    monthly export overlapping the last one). Analysed after each part, every result table
    equals ``demo_db`` (the same world analysed once): exactly, and floats to 1e-9 — the
    seeded Leiden partitions included. Also checks from DuckDB's query log that every table
    an analysis reads is declared in its inputs or outputs."""
    cutoff = pd.Timestamp("2025-10-20")
    part1 = dict(demo_tables)
    for name, column in (("posts", "created_at"), ("interactions", "created_at")):
        frame = demo_tables[name]
        part1[name] = frame[pd.to_datetime(frame[column]) < cutoff]
    with Store(tmp_path / "two_parts.duckdb") as store:
        load_demo(store, part1, DemoConfig(scale=0.1, seed=3))
        store.con.execute("CALL enable_logging('QueryLog')")
        marks: list[str] = []

        def start(analysis):
            marks.append(analysis.name)
            store.con.execute(f"SELECT 'analysis:{analysis.name}'")

        run_analyses(store, on_start=start)
        log = [r[0] for r in store.con.execute("SELECT message FROM duckdb_logs WHERE type = 'QueryLog'").fetchall()]
        store.con.execute("CALL disable_logging()")
        segments: dict[str, list[str]] = {}
        current = None
        for query in log:
            found = re.fullmatch(r"SELECT 'analysis:(\w+)'", query.strip())
            if found:
                current = found.group(1)
            elif query.startswith("INSERT INTO analysis_runs"):  # the run's last statement
                current = None
            elif current:
                segments.setdefault(current, []).append(query)
        assert set(segments) == {a.name for a in ANALYSES}
        read = _tables_read(store, segments)
        undeclared = {
            a.name: sorted(read[a.name] - set(a.inputs) - set(a.outputs) - (_MODEL_META if a.model else set()))
            for a in ANALYSES
        }
        assert not {name: tables for name, tables in undeclared.items() if tables}

        for name in CANONICAL_TABLES:
            _merge(store, name, demo_tables[name])
        results = run_analyses(store)
        assert _recomputed(results) == {"intent", "sentiment", "engagement", "network", "topics"}
        network = next(r for r in results if r.name == "network")
        assert network.summary["graphs_reused"] == "follows"
        with Store(demo_db, read_only=True) as reference:
            tables = set(reference.tables()) - set(META_TABLES)
            assert tables <= set(store.tables())
            for table in sorted(tables):
                _compare(reference, store, table)
