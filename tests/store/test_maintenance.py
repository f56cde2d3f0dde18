"""Integrity check, backup/restore round trip, erasure of a person, and crash safety (the
process killed with SIGKILL mid-import, then the store checked and the import redone)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from socialscope.cli.main import app
from socialscope.errors import StoreError, UsageError
from socialscope.ingest.tabular import import_files
from socialscope.store import Store
from socialscope.store.maintenance import backup_store, check_store, forget_account, restore_store
from tests.conftest import snapshot


@pytest.fixture
def demo_copy(demo_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, path)
    return path


def test_check_passes_on_a_sound_store_and_names_each_fault(demo_copy):
    with Store(demo_copy) as store:
        assert all(c.ok for c in check_store(store))
        store.con.execute(
            "INSERT INTO follows (src_account_id, dst_account_id, platform) VALUES ('ghost', 'x:acme', 'x')"
        )
        store.con.execute("INSERT INTO campaigns (campaign_id) SELECT campaign_id FROM campaigns LIMIT 1")
        store.con.execute("UPDATE network_graphs SET run_id = 'never-finished' WHERE graph = 'follows'")
        failed = {c.name: c.detail for c in check_store(store) if not c.ok}
    assert failed == {
        "follows.src_account_id → accounts": "1 rows point nowhere",
        "campaigns: natural key unique": "1 duplicated keys",
        "network_graphs: written by a finished run": "run ids ['never-finished'] are not in analysis_runs",
    }
    result = CliRunner().invoke(app, ["--db", str(demo_copy), "check"])
    assert result.exit_code == 1 and "FAILED" in result.output


def test_backup_and_restore_round_trip(demo_copy, tmp_path):
    with Store(demo_copy, read_only=True) as store:
        before = snapshot(store)
        backup_store(store, tmp_path / "backup")
        with pytest.raises(UsageError, match="not empty"):
            backup_store(store, tmp_path / "backup")
    restored = restore_store(tmp_path / "backup", tmp_path / "restored.duckdb")
    with Store(restored, read_only=True) as store:
        assert snapshot(store) == before
    with pytest.raises(UsageError, match="--force"):
        restore_store(tmp_path / "backup", restored)
    with pytest.raises(StoreError, match="not a socialscope backup"):
        restore_store(tmp_path, tmp_path / "other.duckdb")
    runner = CliRunner()
    out = runner.invoke(app, ["--db", str(tmp_path / "cli.duckdb"), "restore", str(tmp_path / "backup")])
    assert out.exit_code == 0


def test_forget_leaves_no_trace_and_nothing_else_missing(demo_copy):
    with Store(demo_copy) as store:
        person = store.scalar(
            "SELECT actor_account_id FROM interactions WHERE kind = 'message' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        )
        others = store.scalar(
            "SELECT count(*) FROM follows WHERE src_account_id <> ? AND dst_account_id <> ?", [person, person]
        )
        accounts = store.count("accounts")
        forget_account(store, person)
        for table in store.tables():
            columns = [r[0] for r in store.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()]  # fmt: skip
            hits = store.scalar(
                f'SELECT count(*) FROM "{table}" WHERE ' + " OR ".join(f'CAST("{c}" AS VARCHAR) = ?' for c in columns),
                [person] * len(columns),
            )
            assert hits == 0, table
            text = store.scalar(
                f'SELECT count(*) FROM "{table}" WHERE '
                + " OR ".join(f'contains(CAST("{c}" AS VARCHAR), ?)' for c in columns),
                [f"({person})"] * len(columns),
            )
            assert text == 0, table
        assert store.count("accounts") == accounts - 1
        assert store.count("follows") == others
        with pytest.raises(UsageError, match="no account"):
            forget_account(store, person)


def test_forget_erases_mentions_community_lists_and_the_deleted_bytes(demo_copy):
    """Issue #25: after `forget` the id stayed in communities.brokers/top_members, `@handle`
    mentions stayed in others' posts, and the file still held both in deleted rows."""
    with Store(demo_copy) as store:
        person, handle = store.con.execute(
            """SELECT a.account_id, a.handle FROM accounts a
               WHERE length(a.handle) >= 5
                 AND EXISTS (SELECT 1 FROM communities c WHERE contains(c.brokers::VARCHAR, '"' || a.account_id || '"'))
                 AND EXISTS (SELECT 1 FROM posts p WHERE p.account_id <> a.account_id
                             AND contains(p.text, '@' || a.handle))
                 AND NOT EXISTS (SELECT 1 FROM accounts b WHERE b.account_id <> a.account_id
                                 AND (contains(b.handle, a.handle) OR contains(b.account_id, a.account_id)))
               ORDER BY a.account_id LIMIT 1"""
        ).fetchall()[0]
        mentioning = store.scalar("SELECT count(*) FROM posts WHERE account_id <> ? AND contains(text, ?)",
                                  [person, f"@{handle}"])  # fmt: skip
        posts = store.count("posts")
        forget_account(store, person)
        for table in store.tables():
            columns = [r[0] for r in store.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()]  # fmt: skip
            for needle in (person, handle):
                hits = store.scalar(
                    f'SELECT count(*) FROM "{table}" WHERE '
                    + " OR ".join(f'contains(lower(CAST("{c}" AS VARCHAR)), ?)' for c in columns),
                    [needle.lower()] * len(columns),
                )
                assert hits == 0, (table, needle)
        # the mentioning posts are kept, the mention redacted
        assert store.scalar("SELECT count(*) FROM posts WHERE contains(text, '@[erased]')") >= mentioning > 0
        assert store.count("posts") < posts
    data = demo_copy.read_bytes()
    assert person.encode() not in data and handle.encode() not in data


def _big_csv(path, rows: int = 400_000) -> None:
    rng = np.random.default_rng(1)
    pd.DataFrame({
        "interaction_id": np.char.add("i", np.arange(rows).astype(str)),
        "actor_account_id": np.char.add("u", rng.integers(0, 5000, rows).astype(str)),
        "target_account_id": np.char.add("u", rng.integers(0, 5000, rows).astype(str)),
        "kind": "message", "created_at": "2025-01-01T10:00:00", "text": "hello there, see the doc",
    }).to_csv(path, index=False)  # fmt: skip


def test_killed_mid_import_the_store_stays_sound_and_the_import_completes(tmp_path):
    csv = tmp_path / "big.csv"
    _big_csv(csv)
    db = tmp_path / "crash.duckdb"
    seed = tmp_path / "seed.csv"
    seed.write_text("account_id\nseed\n")
    with Store(db) as store:  # a store with one logged import, whenever the first kill lands
        import_files(store, "accounts", [seed])
    command = [sys.executable, "-m", "socialscope.cli", "--db", str(db), "import", "interactions", str(csv)]
    rng = np.random.default_rng(5)
    for delay in rng.uniform(0.3, 2.5, 4):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Store(db) as store:  # opens (replaying or discarding the WAL) and is consistent
            assert all(c.ok for c in check_store(store)), [c for c in check_store(store) if not c.ok]
            count = store.count("interactions")
            logged = store.scalar("SELECT coalesce(sum(rows_new), 0) FROM import_log WHERE table_name = 'interactions'")
            assert count in (0, 400_000) and count == logged
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with Store(db, read_only=True) as store:
        assert store.count("interactions") == 400_000


def _result_fingerprint(store: Store) -> dict[str, int]:
    """Row count of every analysis result table (same data → same counts after a re-run)."""
    tables = [
        r[0]
        for r in store.con.execute(
            "SELECT DISTINCT table_name FROM duckdb_columns() WHERE column_name = 'run_id'"
        ).fetchall()
    ]
    return {t: store.count(t) for t in sorted(tables) if t != "analysis_runs"}


def test_killed_mid_analysis_the_store_keeps_every_previous_result(tmp_path):
    db = tmp_path / "analysed.duckdb"
    cli = [sys.executable, "-m", "socialscope.cli", "--db", str(db)]
    made = subprocess.run([*cli, "demo", "--scale", "0.3"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    with Store(db, read_only=True) as store:
        before = _result_fingerprint(store)
        runs_before = store.count("analysis_runs")
    assert before["network_metrics"] > 0 and before["campaign_kpis"] > 0, before
    rng = np.random.default_rng(11)
    for delay in rng.uniform(0.5, 6.0, 4):  # the whole analysis takes ~8 s at this size
        process = subprocess.Popen([*cli, "analyze"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Store(db) as store:
            assert all(c.ok for c in check_store(store)), [c for c in check_store(store) if not c.ok]
            # each analysis commits whole or not at all: every table holds a complete result
            assert _result_fingerprint(store) == before
            assert store.count("analysis_runs") >= runs_before
    finished = subprocess.run([*cli, "analyze"], capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    with Store(db, read_only=True) as store:
        assert _result_fingerprint(store) == before
        assert all(c.ok for c in check_store(store))


def test_check_finds_ad_stats_periods_that_overlap(tmp_path):
    with Store(tmp_path / "periods.duckdb") as store:
        store.con.execute("INSERT INTO campaigns (campaign_id) VALUES ('c1')")
        store.con.execute(
            "INSERT INTO ad_stats (campaign_id, date, period_start, period_end, spend) VALUES "
            "('c1', NULL, '2026-01-01', '2026-01-31', 10), ('c1', NULL, '2026-02-01', '2026-02-28', 20), "
            "('c1', '2026-03-05', NULL, NULL, 1)"
        )
        name = "ad_stats: periods do not overlap"
        assert [c.ok for c in check_store(store) if c.name == name] == [True]
        store.con.execute("INSERT INTO ad_stats (campaign_id, date, spend) VALUES ('c1', '2026-01-15', 3)")
        failed = {c.name: c.detail for c in check_store(store) if not c.ok}
    assert failed[name] == "1 pairs of rows count the same days twice"


def test_check_exits_3_when_the_store_is_merely_busy(demo_copy, monkeypatch):
    """Issue #25: `check` said exit 1 (a fault) when another process was only writing."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(demo_copy)!r}); print('ok', flush=True); "
                               "time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ok"
        result = CliRunner().invoke(app, ["--db", str(demo_copy), "check"])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 3 and "busy" in result.output
    assert CliRunner().invoke(app, ["--db", str(demo_copy), "check"]).exit_code == 0
