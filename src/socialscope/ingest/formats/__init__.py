"""Platform export formats: each reads the file a user downloaded into canonical rows.

``FORMATS`` is the registry (name → description, how to get the export, detection, parser);
:func:`import_export` runs a parser and imports its rows all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from socialscope.errors import InputError, Problem, UsageError
from socialscope.ingest.formats import (
    bluesky,
    bluesky_car,
    facebook,
    ga4,
    google_ads,
    graph_files,
    linkedin,
    linkedin_ads,
    mastodon,
    mbox,
    meta_ads,
    reddit,
    slack,
    x_archive,
)
from socialscope.ingest.formats.common import ExportTree, is_archive_name, parser_errors
from socialscope.ingest.records import Part, import_parts
from socialscope.ingest.tabular import ImportReport
from socialscope.store.connection import Store


@dataclass(frozen=True)
class ExportFormat:
    name: str
    description: str
    how_to_get: str
    detect: Callable[[Path], bool]
    parse: Callable[[str], list[Part]]
    variants: tuple[str, ...] = ()  # the years and products tested on genuine files (tests/data/real)


def _tree_detector(check: Callable[[ExportTree], bool]) -> Callable[[Path], bool]:
    def detect(path: Path) -> bool:
        if not (path.is_dir() or (path.is_file() and is_archive_name(path))):
            return False
        try:
            return check(ExportTree(path))
        except InputError:
            return False

    return detect


def _facebook_detect(path: Path) -> bool:
    if path.is_file() and path.suffix.lower() == ".json":
        return facebook.is_export_file(path.name)
    return _tree_detector(facebook.detect)(path)


def _mastodon_detect(path: Path) -> bool:
    if path.is_file() and path.suffix.lower() == ".json":  # an outbox.json on its own
        with path.open("rb") as handle:
            return mastodon.is_outbox(handle.read(65536))
    return _tree_detector(mastodon.detect)(path)


def _linkedin_detect(path: Path) -> bool:
    if path.is_file() and path.suffix.lower() == ".csv":  # one file of the export (Shares.csv)
        with path.open("rb") as handle:
            return linkedin.is_export_file(path.name, handle.read(8192))
    return _tree_detector(linkedin.detect)(path)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("x-archive", "X/Twitter account archive: tweets, followers, following, likes, direct messages",
                     "x.com → Settings → Your account → Download an archive of your data (zip)",
                     _tree_detector(x_archive.detect), x_archive.parse,
                     ("2020 tweet.js", "2023 tweets.js", "no account.js (owner from manifest.js)", "direct messages",
                      "Japanese")),
        ExportFormat("mastodon-archive", "Mastodon account archive: posts, boosts, mentions, replies, likes, direct messages",
                     "Mastodon → Preferences → Import and export → Request your archive (zip or .tar.gz)",
                     _mastodon_detect, mastodon.parse,
                     (".tar.gz", ".zip", "folder", "2021-22 Chinese with direct messages", "2022-23",
                      "2026 /ap/users/ ids", "outbox.json alone")),
        ExportFormat("slack-export", "Slack workspace export: people and channel messages as collaboration ties",
                     "Slack → Workspace settings → Import/Export data → Export (zip)",
                     _tree_detector(slack.detect), slack.parse,
                     ("2016 community", "2023 blocks, threads, canvases", "2026 app bots, canvases.json")),
        ExportFormat("mbox", "Email in mbox format: senders, recipients, threads as collaboration ties",
                     "Thunderbird (ImportExportTools), Gmail via Google Takeout, or a Mailman archive (a file, a month's .txt, or a folder)",
                     mbox.detect_file, mbox.parse,
                     ("pipermail 2015-16", "pipermail 2019 .txt download", "a whole list archive 2007-12, lost senders",
                      "GNOME lists, MIME multipart", "a folder of .mbox files")),
        ExportFormat("linkedin-export", "LinkedIn data export: connections, shares, comments, reactions, messages, invitations",
                     "LinkedIn → Settings → Data privacy → Get a copy of your data (zip of CSV files)",
                     _linkedin_detect, linkedin.parse,
                     ("2018 (UTF-16 Shares)", "2021", "2022 re-saved by a spreadsheet", "2023 Spanish with messages",
                      "one file (Shares.csv, Connections.csv …)")),
        ExportFormat("facebook-posts", "Facebook/Instagram 'Download your information' (JSON): posts (2024+ names too), likes and reactions, Instagram followers/following",
                     "Facebook → Settings → Your information → Download your information (JSON format)",
                     _facebook_detect, facebook.parse,
                     ("2020", "2023 Spanish with likes_and_reactions", "2024+ file names, Vietnamese",
                      "Instagram 2024 followers/following", "Instagram 2024 posts")),
        ExportFormat("google-ads", "Google Ads campaign/ad report CSV, or a Google Ads Editor export",
                     "Google Ads → Campaigns or Ads → Download → CSV (or Google Ads Editor → Export)",
                     google_ads.detect_file, google_ads.parse),
        ExportFormat("meta-ads", "Meta Ads Manager table export (CSV): campaigns, ad sets, ads, per day or period",
                     "Ads Manager → Campaigns/Ad sets/Ads → Reports → Export table data → .csv",
                     meta_ads.detect_file, meta_ads.parse),
        ExportFormat("linkedin-ads", "LinkedIn Campaign Manager performance export (CSV): campaigns or ads",
                     "Campaign Manager → Analyze → Export → Campaign (or Ad) performance → CSV",
                     linkedin_ads.detect_file, linkedin_ads.parse),
        ExportFormat("bluesky", "Bluesky getAuthorFeed / getFollowers / getFollows JSON pages (a file or a folder)",
                     "Save the AppView responses, e.g. curl 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=HANDLE'",
                     bluesky.detect, bluesky.parse, ("2024 getAuthorFeed page of reposts, quote embed, mention",
                      "2025 page saved with the atproto Python SDK (snake_case, py_type)")),
        ExportFormat("bluesky-car", "Bluesky repository export (CAR): posts, reposts, likes, follows, profile",
                     "Bluesky → Settings → Account → Export my data (repo.car), or com.atproto.sync.getRepo",
                     bluesky_car.detect_file, bluesky_car.parse),
        ExportFormat("reddit", "Reddit NDJSON dumps of submissions and comments (plain or .zst)",
                     "The monthly RS_/RC_ dump files (Pushshift / Arctic Shift archives)",
                     reddit.detect_file, reddit.parse),
        ExportFormat("ga4", "GA4 BigQuery events export (JSON Lines or Parquet) → touchpoints and conversions",
                     "BigQuery → events_* table → Export (JSONL or Parquet); --event NAME=STAGE maps conversions",
                     ga4.detect_file, ga4.parse),
        ExportFormat("graph", "A graph file: GraphML or GEXF (Gephi) → accounts and follows",
                     "Gephi → File → Export → Graph file (.gexf/.graphml), or NetworkX write_graphml",
                     graph_files.detect_file, graph_files.parse),
    )
}  # fmt: skip


def _detects(fmt: ExportFormat, path: Path) -> bool:
    """Whether ``fmt`` claims ``path``; a detector that trips over a damaged file does not."""
    try:
        return fmt.detect(path)
    except Exception:  # a detector only peeks: any failure means "not this format"
        return False


def detect_export(path: str | Path) -> str:
    """The one format ``path`` looks like; a :class:`UsageError` when none or several match."""
    path = Path(path)
    matches = [f.name for f in FORMATS.values() if _detects(f, path)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UsageError(f"{path}: not a format socialscope recognises; see `socialscope formats`")
    raise UsageError(f"{path}: could be {' or '.join(matches)}; say which with --from")


def import_export(
    store: Store, path: str | Path, fmt: str = "auto", **options: object
) -> tuple[str, list[ImportReport], list[str]]:
    """Parse the export at ``path`` and import it (one transaction). Returns the format,
    the per-table reports and the parser's notes. ``options`` go to the parser (``events``
    for ga4)."""
    if not Path(path).exists():
        raise InputError(Problem(str(path), None, None, "file or folder not found"))
    name = detect_export(path) if fmt == "auto" else fmt
    if name not in FORMATS:
        raise UsageError(f"unknown format '{name}'; choose one of: {', '.join(FORMATS)}")
    with parser_errors(path, name):  # never a traceback: unforeseen failures name the file
        parts = FORMATS[name].parse(str(path), **options)
        reports = import_parts(store, path, name, parts)
    notes = [f"{Path(p.source).name}: {p.note}" for p in parts if p.note]
    return name, reports, notes


__all__ = ["FORMATS", "ExportFormat", "Part", "detect_export", "import_export"]
