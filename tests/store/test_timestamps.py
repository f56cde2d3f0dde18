"""Timestamps people's files contain, read into UTC whatever the machine's or session's zone."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from socialscope.errors import InputError, UsageError
from socialscope.ingest import import_files

# (as written, UTC it means)
FORMS = [
    ("2021-06-17 10:00", datetime(2021, 6, 17, 10, 0)),
    ("2021-06-17T10:00:00", datetime(2021, 6, 17, 10, 0)),
    ("2021-06-17T10:00:00.250Z", datetime(2021, 6, 17, 10, 0, 0, 250000)),
    ("2021-06-17T12:00:00+02:00", datetime(2021, 6, 17, 10, 0)),
    ("2015-02-24 11:35:52 -0800", datetime(2015, 2, 24, 19, 35, 52)),
    ("2015-02-24 11:35:52-0800", datetime(2015, 2, 24, 19, 35, 52)),
    ("2015-02-24T11:35:52 +05:30", datetime(2015, 2, 24, 6, 5, 52)),
    ("2021-06-17 10:00 CET", datetime(2021, 6, 17, 8, 0)),
    ("2021-06-17T10:00:00 Europe/Paris", datetime(2021, 6, 17, 8, 0)),
    ("Wed, 10 Oct 2018 20:19:24 +0000", datetime(2018, 10, 10, 20, 19, 24)),
    ("Wed, 10 Oct 2018 20:19:24 -0500", datetime(2018, 10, 11, 1, 19, 24)),
    ("10 Oct 2018 20:19:24 GMT", datetime(2018, 10, 10, 20, 19, 24)),
    ("Wed Oct 10 20:19:24 +0000 2018", datetime(2018, 10, 10, 20, 19, 24)),
    ("1623924000", datetime(2021, 6, 17, 10, 0)),
    ("1623924000.5", datetime(2021, 6, 17, 10, 0, 0, 500000)),
    ("1623924000123", datetime(2021, 6, 17, 10, 0, 0, 123000)),
    ("17 Jun 2021", datetime(2021, 6, 17)),
    ("17 June 2021", datetime(2021, 6, 17)),
    ("Jun 17, 2021", datetime(2021, 6, 17)),
]


def _posts(tmp_path, values):
    path = tmp_path / "posts.csv"
    lines = ["post_id,account_id,created_at"] + [f'p{i},a,"{v}"' for i, v in enumerate(values)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _stored(store):
    rows = store.con.execute("SELECT post_id, created_at FROM posts").fetchall()
    return {int(r[0][1:]): r[1] for r in rows}


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"])
def test_every_form_reads_as_utc_whatever_the_zones(store, tmp_path, monkeypatch, zone):
    """The machine (TZ) and the DuckDB session are both put in ``zone``: nothing may move."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        store.con.execute(f"SET TimeZone = '{zone}'")
        import_files(store, "posts", [_posts(tmp_path, [v for v, _ in FORMS])])
    finally:
        monkeypatch.undo()
        time.tzset()
    stored = _stored(store)
    assert [stored[i] for i in range(len(FORMS))] == [want for _, want in FORMS]


def test_time_format_and_timezone(store, tmp_path):
    path = _posts(tmp_path, ["17/06/2021 10:00", "2021-06-17 12:00", "2021-06-17T12:00:00Z"])
    import_files(store, "posts", [path], time_format="%d/%m/%Y %H:%M", timezone="Europe/Paris")
    # Paris is UTC+2 in June; a value with its own offset keeps it
    assert _stored(store) == {0: datetime(2021, 6, 17, 8, 0), 1: datetime(2021, 6, 17, 10, 0),
                              2: datetime(2021, 6, 17, 12, 0)}  # fmt: skip


def test_day_month_order_is_never_guessed(store, tmp_path):
    path = _posts(tmp_path, ["03/04/2021", "25/12/2021 10:00"])
    with pytest.raises(InputError) as info:
        import_files(store, "posts", [path])
    assert [p.field for p in info.value.problems] == ["created_at", "created_at"]
    assert all("day/month or month/day" in p.message and "--time-format" in p.message for p in info.value.problems)
    assert store.count("posts") == 0


def test_the_ambiguity_error_names_the_source_column(store, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,author,Posted\np1,a,03/04/2021\n")
    with pytest.raises(
        InputError, match=r"p.csv:2: field 'created_at': .*day/month.*--time-format.*\(column 'Posted'\)"
    ):
        import_files(store, "posts", [path], mapping=["id=post_id", "author=account_id", "Posted=created_at"])


def test_unreadable_forms_are_refused_with_the_hint(store, tmp_path):
    with pytest.raises(InputError, match="'yesterday' is not a timestamp.*--time-format"):
        import_files(store, "posts", [_posts(tmp_path, ["yesterday"])])


@pytest.mark.parametrize(
    ("options", "message"),
    [({"timezone": "Mars/Olympus"}, "not a time zone"), ({"time_format": "dd/mm/yyyy"}, "strftime")],
)
def test_bad_options_are_usage_errors(store, tmp_path, options, message):
    with pytest.raises(UsageError, match=message):
        import_files(store, "posts", [_posts(tmp_path, ["2021-06-17"])], **options)
