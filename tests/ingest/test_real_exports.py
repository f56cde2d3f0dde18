"""Genuine exports of every year and product variant (``tests/data/real``, each with a
SOURCE.md) import to exactly the truth counted from the files with plain json/csv
(``tests/data/real/count_truth.py``), are detected without ``--from``, and import idempotently.
"""

from __future__ import annotations

import json

import pytest

from socialscope.ingest.formats import detect_export, import_export
from tests.ingest.corpus import GENUINE, REAL_DIR, count_sql

VARIANTS = [g for g in GENUINE if g.truth is not None]


def test_every_variant_folder_has_its_source_and_truth():
    folders = [p for p in REAL_DIR.iterdir() if p.is_dir()]
    assert folders
    for folder in folders:
        assert (folder / "SOURCE.md").exists(), folder
        assert (folder / "truth.json").exists(), folder


@pytest.mark.parametrize("variant", VARIANTS, ids=[g.name for g in VARIANTS])
def test_genuine_variant_matches_its_counted_truth(variant, store):
    assert detect_export(variant.root) == variant.format
    import_export(store, variant.root)
    found = {name: store.scalar(count_sql(name)) for name in variant.truth["counts"]}
    assert found == variant.truth["counts"]
    for post_id, text in variant.truth.get("texts", {}).items():
        assert store.scalar("SELECT text FROM posts WHERE post_id = ?", [post_id]) == text
    _, again, _ = import_export(store, variant.root)
    assert sum(r.rows_new for r in again) == 0


def test_x_texts_have_no_html_entities_left(store):
    for variant in (g for g in VARIANTS if g.format == "x-archive"):
        import_export(store, variant.root)
    assert store.scalar("SELECT count(*) FROM posts WHERE regexp_matches(text, '&(amp|lt|gt);')") == 0


def test_x_archive_without_account_js_takes_its_owner_from_the_manifest(store):
    variant = next(g for g in VARIANTS if g.name.endswith("x_2020_tweet_js_no_account"))
    assert not (variant.root / "data" / "account.js").exists()
    import_export(store, variant.root)
    manifest = (variant.root / "data" / "manifest.js").read_text(encoding="utf-8")
    info = json.loads(manifest[manifest.index("{") :])["userInfo"]
    own = store.con.execute("SELECT account_id, handle, display_name, attributes FROM accounts WHERE is_own").fetchall()
    assert own[0][:3] == (f"x:{info['accountId']}", info["userName"], info["displayName"])
    assert "soulslike RPG" in json.loads(own[0][3])["bio"]  # from profile.js
    dm = store.con.execute(
        "SELECT actor_account_id, target_account_id, json_extract(extra, '$.private')::BOOLEAN FROM interactions "
        "WHERE kind = 'message'"
    ).fetchall()
    assert dm == [(f"x:{info['accountId']}", "x:233890382", True)]
    assert store.scalar("SELECT count(*) FROM posts WHERE post_id LIKE 'x:dm%'") == 0  # messages are not posts
