"""The genuine export files the tests own: the format fixtures under ``tests/data/formats`` that
are real platform output, and every variant under ``tests/data/real`` (each folder has a
``SOURCE.md`` and a ``truth.json`` counted with plain ``json``/``csv``).

``truth.json``: ``{"format": NAME, "import": PATH relative to the folder, "counts": {…}}``;
the names in ``counts`` are read by :data:`COUNTS` (a table, ``table.kind`` for interactions of
one kind, or one of the named queries).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import DATA

FORMATS_DIR = DATA / "formats"
REAL_DIR = DATA / "real"

# Counts a truth.json may state, as SQL over the store after importing the export; also
# ``interactions.<kind>`` (interactions of one kind) and ``owner`` (the own account's id).
COUNTS = {
    "posts": "SELECT count(*) FROM posts",
    "posts.replies": "SELECT count(*) FROM posts WHERE reply_to_post_id IS NOT NULL",
    "posts.reposts": "SELECT count(*) FROM posts WHERE repost_of_post_id IS NOT NULL",
    "posts.dated": "SELECT count(*) FROM posts WHERE created_at IS NOT NULL",
    "posts.likes": "SELECT coalesce(sum(likes), 0) FROM posts",
    "posts.with_text": "SELECT count(*) FROM posts WHERE text IS NOT NULL AND text <> ''",
    "follows": "SELECT count(*) FROM follows",
    "follows.in": "SELECT count(*) FROM follows f JOIN accounts a ON a.account_id = f.dst_account_id WHERE a.is_own",
    "follows.out": "SELECT count(*) FROM follows f JOIN accounts a ON a.account_id = f.src_account_id WHERE a.is_own",
    "accounts": "SELECT count(*) FROM accounts",
    "accounts.people": "SELECT count(*) FROM accounts WHERE NOT coalesce(is_own, false)",
    "interactions": "SELECT count(*) FROM interactions",
    "interactions.targeted": "SELECT count(*) FROM interactions WHERE target_account_id IS NOT NULL",
    "interactions.private": "SELECT count(*) FROM interactions WHERE json_extract(extra, '$.private')::BOOLEAN",
    "messages.distinct": "SELECT count(DISTINCT json_extract_string(extra, '$.message_id')) FROM interactions",
    "follows.connections": "SELECT count(*) FROM follows WHERE src_account_id = 'linkedin:me' "
    "AND json_extract(extra, '$.invitation') IS NULL",
    "follows.invitations": "SELECT count(*) FROM follows WHERE json_extract(extra, '$.invitation') IS NOT NULL",
    "interactions.on_comment": "SELECT count(*) FROM interactions WHERE kind IN ('like', 'reaction') "
    "AND post_id LIKE 'linkedin:urn:li:comment:%'",
    "slack.messages": "SELECT count(DISTINCT (channel, created_at, actor_account_id)) FROM interactions "
    "WHERE kind = 'message'",
    "accounts.listed": "SELECT count(*) FROM accounts WHERE platform IS NOT NULL AND handle IS NOT NULL",
    "owner": "SELECT string_agg(account_id, ',' ORDER BY account_id) FROM accounts WHERE is_own",
}


def count_sql(name: str) -> str:
    """The SQL that counts ``name`` of a truth.json."""
    if name.startswith("interactions.") and name not in COUNTS:
        kind = name.removeprefix("interactions.")
        return f"SELECT count(*) FROM interactions WHERE kind = '{kind}'"
    return COUNTS[name]


@dataclass(frozen=True)
class Genuine:
    """One genuine export: its format, what to import, and the files inside it a parser reads."""

    name: str
    format: str
    root: Path
    members: tuple[str, ...]  # relative to root; ("",) when root is itself the file
    truth: dict | None = None
    folder: Path | None = None


def _members(root: Path, limit_per_folder: int = 3) -> tuple[str, ...]:
    if root.is_file():
        return ("",)
    out: list[str] = []
    per_folder: dict[Path, int] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in (".js", ".json", ".csv", ".mbox", ".txt", ""):
            continue
        seen = per_folder.get(path.parent, 0)
        if seen >= limit_per_folder and path.parent != root:
            continue  # a Slack export's day files: a few per channel are enough
        per_folder[path.parent] = seen + 1
        out.append(str(path.relative_to(root)))
    return tuple(out)


def _formats_fixtures() -> list[Genuine]:
    roots = {
        "x-archive": [FORMATS_DIR / "x_archive"],
        "mastodon-archive": [FORMATS_DIR / "mastodon_archive"],
        "slack-export": [FORMATS_DIR / "slack_export" / "export"],
        "mbox": sorted((FORMATS_DIR / "mbox").glob("*.mbox")),
        "linkedin-export": [FORMATS_DIR / "linkedin_export"],
        "facebook-posts": [FORMATS_DIR / "facebook_export"],
        "google-ads": sorted((FORMATS_DIR / "google_ads_csv").glob("*.csv")),
    }
    return [
        Genuine(f"formats/{root.relative_to(FORMATS_DIR)}", fmt, root, _members(root))
        for fmt, paths in roots.items()
        for root in paths
    ]


def _real_variants() -> list[Genuine]:
    out = []
    for truth_file in sorted(REAL_DIR.glob("*/truth.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        root = truth_file.parent / truth["import"]
        out.append(Genuine(f"real/{truth_file.parent.name}", truth["format"], root, _members(root), truth,
                           truth_file.parent))  # fmt: skip
    return out


AD_REPORT_GROUPS = {"google_ads": "google-ads", "meta_ads": "meta-ads", "linkedin_ads": "linkedin-ads"}


def variant_folders() -> list[Path]:
    """Every variant folder of ``tests/data/real``: one level down, or two for the ad
    platforms' groups (``google_ads/<variant>``)."""
    out = []
    for folder in sorted(p for p in REAL_DIR.iterdir() if p.is_dir()):
        out.extend(sorted(p for p in folder.iterdir() if p.is_dir()) if folder.name in AD_REPORT_GROUPS else [folder])
    return out


def _ad_reports() -> list[Genuine]:
    """The genuine ad reports (their truth is checked by ``tests/ingest/test_ad_exports.py``),
    here for the damaged-file test: each report file of each variant."""
    return [
        Genuine(f"real/{group}/{folder.name}/{report.name}", fmt, report, ("",), None, folder)
        for group, fmt in AD_REPORT_GROUPS.items()
        for folder in sorted(p for p in (REAL_DIR / group).iterdir() if p.is_dir())
        for report in sorted(folder.glob("*.csv"))
    ]


GENUINE: list[Genuine] = _formats_fixtures() + _real_variants() + _ad_reports()

# No genuine Bluesky or Reddit file, nor a Google Ads report in German, French or Spanish,
# could be had: their fixtures, written from the platforms' documentation, still go through the
# damaged-file test.
DOCUMENTED: list[Genuine] = [
    Genuine(f"formats/{root.relative_to(FORMATS_DIR)}", fmt, root, _members(root))
    for fmt, root in (
        ("bluesky", FORMATS_DIR / "bluesky"),
        ("bluesky-car", FORMATS_DIR / "bluesky_car" / "repo.car"),
        ("reddit", FORMATS_DIR / "reddit" / "RS_sample.ndjson"),
        ("reddit", FORMATS_DIR / "reddit" / "RC_sample.zst"),
        *(("google-ads", path) for path in sorted((FORMATS_DIR / "google_ads_locales").glob("*.csv"))),
    )
]
