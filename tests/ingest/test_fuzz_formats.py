"""Every platform-export parser, fuzzed: a damaged file imports cleanly or is refused with
``InputError`` — never another exception — and a refused import leaves the store unchanged.

Each example damages one real file of a format's fixture (truncates it and splices random
bytes in). ``SOCIALSCOPE_FUZZ_EXAMPLES`` sets examples per format: a few, always the same, in
``make test``; 10,000 random ones in the nightly-size run (``make fuzz``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialscope.errors import InputError
from socialscope.ingest.formats import FORMATS, import_export
from socialscope.store import Store
from tests.conftest import DATA, snapshot

EXAMPLES = int(os.environ.get("SOCIALSCOPE_FUZZ_EXAMPLES", "6"))
KEEP = 16_000  # bytes of the damaged file kept, so each example stays fast
FIXTURES = DATA / "formats"

# format -> (export root: folder or file, the file inside it to damage)
TARGETS: dict[str, tuple[Path, str]] = {
    "x-archive": (FIXTURES / "x_archive", "data/tweets.js"),
    "mastodon-archive": (FIXTURES / "mastodon_archive", "outbox.json"),
    "slack-export": (FIXTURES / "slack_export" / "export", "general/2016-07-21.json"),
    "mbox": (FIXTURES / "mbox" / "pipermail_2015_november.mbox", ""),
    "linkedin-export": (FIXTURES / "linkedin_export", "Shares.csv"),
    "facebook-posts": (FIXTURES / "facebook_export", "your_posts_1.json"),
    "google-ads": (FIXTURES / "google_ads_csv" / "Campaign report.csv", ""),
    "meta-ads": (FIXTURES / "meta_ads" / "ads_by_day.csv", ""),
    "linkedin-ads": (FIXTURES / "linkedin_ads" / "campaign_performance.csv", ""),
    "bluesky": (FIXTURES / "bluesky", "feed_page1.json"),
    "bluesky-car": (FIXTURES / "bluesky_car" / "repo.car", ""),
    "reddit": (FIXTURES / "reddit" / "RS_sample.ndjson", ""),
    "ga4": (FIXTURES / "ga4" / "events.jsonl", ""),
    "graph": (Path(), "email.graphml"),  # written from a real graph below
}


def test_every_format_has_a_fuzz_target():
    assert set(TARGETS) == set(FORMATS)


def _export_copy(fmt: str, directory: Path) -> tuple[Path, Path]:
    """A fresh copy of ``fmt``'s fixture in ``directory``: (what to import, the file to damage)."""
    root, inner = TARGETS[fmt]
    if fmt == "graph":
        graph = nx.les_miserables_graph()  # real co-appearance network shipped with NetworkX
        path = directory / inner
        nx.write_graphml(graph, path)
        return path, path
    if root.is_dir():
        shutil.copytree(root, directory / root.name)
        return directory / root.name, directory / root.name / inner
    shutil.copy(root, directory / root.name)
    return directory / root.name, directory / root.name


@pytest.mark.parametrize("fmt", sorted(TARGETS))
def test_fuzzed_export_imports_or_is_refused_cleanly(fmt, tmp_path_factory):
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=EXAMPLES < 1_000,  # the same examples on every `make test`; random in `make fuzz`
    )
    @given(cut=st.floats(0, 1), at=st.floats(0, 1), junk=st.binary(max_size=24))
    def one(cut: float, at: float, junk: bytes) -> None:
        directory = tmp_path_factory.mktemp(fmt.replace("-", "_"))
        target, damaged = _export_copy(fmt, directory)
        data = damaged.read_bytes()[:KEEP]
        end, splice = int(cut * len(data)), int(at * len(data))
        mangled = data[:splice] + junk + data[splice:end] if splice < end else data[:end]
        damaged.write_bytes(mangled)
        with Store(directory / "f.duckdb") as store:
            before = snapshot(store)
            try:
                import_export(store, target, fmt)
            except InputError as error:
                assert str(error)  # says what was wrong
                assert snapshot(store) == before

    one()
