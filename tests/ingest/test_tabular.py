"""Imports: formats, mapping, all-or-nothing failures, idempotence, real files."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from socialscope.errors import InputError, UsageError
from socialscope.ingest import import_files
from tests.conftest import DATA, snapshot

KAG = DATA / "facebook_ads_kag" / "KAG_conversion_data.csv"
KAG_MAP = [
    "xyz_campaign_id=campaign_id",
    "Impressions=impressions",
    "Clicks=clicks",
    "Spent=spend",
    "Total_Conversion=conversions",
]


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_error_names_file_row_and_field_and_lists_every_problem(store, tmp_path):
    bad = write(
        tmp_path,
        "ads.csv",
        "campaign_id,date,clicks,spend\nc1,2024-01-01,5,1.5\nc1,2024-01-02,abc,2\nc2,not-a-date,3,x\n,2024-01-03,1,1\n",
    )
    with pytest.raises(InputError) as info:
        import_files(store, "ad_stats", [bad])
    lines = str(info.value).splitlines()
    assert lines == [
        f"{bad}:3: field 'clicks': 'abc' is not an integer",
        f"{bad}:4: field 'date': 'not-a-date' is not a date (YYYY-MM-DD)",
        f"{bad}:4: field 'spend': 'x' is not a number",
        f"{bad}:5: field 'campaign_id': is missing",
    ]
    assert (info.value.file, info.value.row, info.value.field) == (str(bad), 3, "clicks")


def test_problem_list_is_cut_at_the_limit(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SOCIALSCOPE_MAX_PROBLEMS", "3")
    rows = "\n".join(f"c{i},oops" for i in range(10))
    bad = write(tmp_path, "ads.csv", f"campaign_id,clicks\n{rows}\n")
    with pytest.raises(InputError) as info:
        import_files(store, "ad_stats", [bad])
    assert len(info.value.problems) == 3 and info.value.truncated


def test_choice_fields_are_checked(store, tmp_path):
    bad = write(tmp_path, "i.csv", "actor_account_id,kind\na,like\nb,poke\n")
    with pytest.raises(InputError, match=r"i.csv:3: field 'kind': 'poke' is not one of like"):
        import_files(store, "interactions", [bad])


def test_failed_import_leaves_the_store_exactly_as_before(store, tmp_path):
    import_files(store, "ad_stats", [KAG], mapping=KAG_MAP)
    before = snapshot(store)
    good = write(tmp_path, "good.csv", "campaign_id,clicks\nnew1,1\n")
    bad = write(tmp_path, "bad.csv", "campaign_id,clicks\nnew2,1\nnew3,many\n")
    with pytest.raises(InputError):
        import_files(store, "ad_stats", [good, bad])  # the good file must not land either
    assert snapshot(store) == before


def test_failure_during_the_write_rolls_back(store, tmp_path, monkeypatch):
    import socialscope.ingest.tabular as tabular

    before = snapshot(store)
    good = write(tmp_path, "f.csv", "src_account_id,dst_account_id\na,b\n")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(tabular, "add_missing_accounts", explode)
    with pytest.raises(RuntimeError):
        import_files(store, "follows", [good])
    assert snapshot(store) == before


def test_importing_the_same_file_twice_adds_nothing(store):
    first = import_files(store, "ad_stats", [KAG], mapping=KAG_MAP)
    second = import_files(store, "ad_stats", [KAG], mapping=KAG_MAP)
    assert first.rows_new == 1143
    assert second.rows_new == 0 and second.rows_replaced == 1143
    assert store.count("ad_stats") == 1143


def test_generated_ids_make_reimport_idempotent(store, tmp_path):
    path = write(
        tmp_path,
        "i.csv",
        "actor_account_id,kind,target_account_id,created_at\n"
        "a,mention,b,2024-01-01T00:00:00Z\na,like,b,2024-01-01T00:00:00Z\n",
    )
    import_files(store, "interactions", [path])
    import_files(store, "interactions", [path])
    ids = [r[0] for r in store.con.execute("SELECT interaction_id FROM interactions").fetchall()]
    assert len(ids) == 2 and all(i.startswith("h:") for i in ids)


def test_real_facebook_ads_keep_unmapped_columns_in_extra(store):
    import_files(store, "ad_stats", [KAG], mapping=KAG_MAP)
    source = pd.read_csv(KAG)
    totals = store.con.execute(
        "SELECT sum(impressions), sum(clicks), sum(spend), sum(conversions) FROM ad_stats"
    ).fetchall()[0]
    assert totals[:2] == (source["Impressions"].sum(), source["Clicks"].sum())
    assert totals[2] == pytest.approx(source["Spent"].sum(), rel=1e-12)
    assert totals[3] == source["Total_Conversion"].sum()
    extra = store.con.execute("SELECT extra FROM ad_stats WHERE ad_id = '708746'").fetchall()[0][0]
    assert json.loads(extra) == {
        "fb_campaign_id": "103916",
        "age": "30-34",
        "gender": "M",
        "interest": "15",
        "Approved_Conversion": "1",
    }


def test_undirected_edge_list_is_stored_both_ways_and_creates_accounts(store):
    path = DATA / "facebook_ego" / "facebook_combined.txt"
    report = import_files(store, "follows", [path], fmt="edgelist", undirected=True, platform="facebook")
    assert store.count("follows") == 2 * 88234
    assert report.accounts_created == 4039
    assert (
        store.scalar(
            "SELECT count(*) FROM follows f JOIN follows r "
            "ON f.src_account_id = r.dst_account_id AND f.dst_account_id = r.src_account_id"
        )
        == 2 * 88234
    )
    assert store.scalar("SELECT DISTINCT platform FROM follows") == "facebook"


def test_edge_list_comments_and_bad_lines(store, tmp_path):
    path = write(tmp_path, "g.txt", "# a comment\n1 2\n\n2\t3 0.5\n% other comment\n4\n")
    with pytest.raises(InputError, match=r"g.txt:6: expected 'source target'"):
        import_files(store, "follows", [path], fmt="edgelist")
    path.write_text("# a comment\n1 2\n\n2\t3 0.5\n")
    import_files(store, "follows", [path], fmt="edgelist")
    rows = store.con.execute("SELECT src_account_id, dst_account_id, extra FROM follows ORDER BY 1").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("1", "2"), ("2", "3")]
    assert json.loads(rows[1][2]) == {"column3": "0.5"}


def test_jsonl_and_parquet(store, tmp_path):
    jsonl = write(
        tmp_path,
        "p.jsonl",
        '{"post_id": "p1", "text": "hi", "likes": 3, "meta": {"lang": "en"}}\n'
        '{"post_id": "p2", "text": "yo", "likes": 1}\n',
    )
    import_files(store, "posts", [jsonl])
    frame = pd.DataFrame({"post_id": ["p3"], "likes": [7]})
    parquet = tmp_path / "p.parquet"
    frame.to_parquet(parquet)
    import_files(store, "posts", [parquet])
    rows = dict(store.con.execute("SELECT post_id, likes FROM posts").fetchall())
    assert rows == {"p1": 3, "p2": 1, "p3": 7}
    extra = store.scalar("SELECT extra FROM posts WHERE post_id = 'p1'")
    assert json.loads(extra) == {"meta": {"lang": "en"}}


def test_jsonl_bad_value_names_line(store, tmp_path):
    path = write(tmp_path, "p.jsonl", '{"post_id": "p1", "likes": 3}\n{"post_id": "p2", "likes": "lots"}\n')
    with pytest.raises(InputError, match=r"p.jsonl:2: field 'likes': 'lots' is not an integer"):
        import_files(store, "posts", [path])


def test_malformed_files_are_input_errors(store, tmp_path):
    broken = write(tmp_path, "p.jsonl", '{"post_id": "p1"\n')
    with pytest.raises(InputError, match="p.jsonl"):
        import_files(store, "posts", [broken])
    with pytest.raises(InputError, match="file not found"):
        import_files(store, "posts", [tmp_path / "missing.csv"])


def test_usage_errors(store, tmp_path):
    path = write(tmp_path, "a.csv", "x\n1\n")
    with pytest.raises(UsageError, match="unknown table"):
        import_files(store, "nope", [path])
    with pytest.raises(UsageError, match="not a field of accounts"):
        import_files(store, "accounts", [path], mapping=["x=nope"])
    with pytest.raises(UsageError, match="cannot tell the format"):
        import_files(store, "accounts", [tmp_path / "a.xyz"])
    with pytest.raises(InputError, match="'account_id': is required but no column maps to it"):
        import_files(store, "accounts", [path])
    with pytest.raises(InputError, match="field 'y': no such column; the file has: x"):
        import_files(store, "accounts", [path], mapping=["y=account_id"])


def test_progress_is_reported(store, tmp_path):
    path = tmp_path / "big.csv"
    pd.DataFrame({"post_id": [f"p{i}" for i in range(200_000)], "likes": 1}).to_csv(path, index=False)
    seen: list[float] = []
    import_files(store, "posts", [path], progress=lambda _path: seen.append)
    assert seen and seen[-1] == 100.0
    assert store.count("posts") == 200_000


def test_times_without_offset_are_utc_on_a_machine_in_new_york(tmp_path):
    """Issue #25: with TZ=America/New_York, 10:00 was stored as 14:00 (CSV and mbox alike)."""
    from typer.testing import CliRunner

    from socialscope.cli.main import app
    from socialscope.store import Store

    db = tmp_path / "s.duckdb"
    csv = write(tmp_path, "t.csv", "post_id,account_id,created_at\np1,a1,2021-06-17 10:00\n")
    mbox = write(tmp_path, "m.mbox", "From a@example.com Thu Jun 17 10:00:00 2021\nFrom: a@example.com\n"
                 "To: b@example.com\nDate: Thu, 17 Jun 2021 10:00:00 +0000\nSubject: hi\n\nhello\n")  # fmt: skip
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db), "import", "posts", str(csv)]).exit_code == 0
    assert runner.invoke(app, ["--db", str(db), "import", str(mbox)]).exit_code == 0
    with Store(db, read_only=True) as store:
        times = store.con.execute(
            "SELECT created_at FROM posts UNION ALL SELECT created_at FROM interactions"
        ).fetchall()
    assert len(times) >= 2 and {str(t[0]) for t in times} == {"2021-06-17 10:00:00"}


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        ('p2,a2,"hello wor', r"posts.csv:3: the file ends inside a quoted value"),
        ('p2,a2,"' + "x" * 5000 + "\n", r"posts.csv:3: the file ends inside a quoted value"),
        ("p2,a", r"posts.csv:3: the last row has 2 of the header's 3 fields"),
        ("p2", r"posts.csv:3: the last row has 1 of the header's 3 fields"),
    ],
)
def test_a_csv_cut_mid_row_is_refused_saying_so(store, tmp_path, tail, message):
    """Issue #25: a cut file was taken whole (partial last value) or refused with the
    misleading "post_id is required"."""
    path = write(tmp_path, "posts.csv", "post_id,account_id,text\np1,a1,hello\n" + tail)
    with pytest.raises(InputError, match=message + ".*cut short"):
        import_files(store, "posts", [path])
    assert store.count("posts") == 0


def test_a_multi_line_value_on_the_last_row_is_not_a_cut(store, tmp_path):
    path = write(tmp_path, "posts.csv", 'post_id,account_id,text\np1,a1,"line one\nline two"\n')
    import_files(store, "posts", [path])
    assert store.scalar("SELECT text FROM posts") == "line one\nline two"


def test_nul_bytes_inside_ids_are_refused(store, tmp_path):
    path = write(tmp_path, "posts.csv", "post_id,account_id,text\np1\0x,a1,hello\np2,a\0,fine\0text\n")
    with pytest.raises(InputError) as info:
        import_files(store, "posts", [path])
    assert [(p.row, p.field) for p in info.value.problems] == [(2, "post_id"), (3, "account_id")]
    assert "contains a NUL byte" in str(info.value)


def test_error_messages_quote_at_most_a_few_hundred_characters(store, tmp_path):
    path = write(tmp_path, "posts.csv", "post_id," + "c" * 10_000 + "\np1,x\n")
    with pytest.raises(InputError) as info:
        import_files(store, "posts", [path], mapping=["nosuch=account_id"])
    assert all(len(line) < 400 for line in str(info.value).splitlines())
    assert "more characters" in str(info.value)
