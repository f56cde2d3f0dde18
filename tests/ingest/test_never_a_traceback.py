"""No parser can surface a traceback: every format's parser runs over every genuine export the
tests own (``tests/ingest/corpus.py``) and over damaged copies of each of their files
(truncated, emptied, re-encoded as UTF-16 and as Latin-1; Bluesky's and Reddit's
documentation-written fixtures too, no genuine file of theirs being available). Each run either imports or is
refused with ``InputError``/``UsageError`` naming a file — any other exception fails — and a
refusal leaves the store exactly as it was. The CLI turns an unforeseen parser failure into
``FILE: …`` and exit code 1.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from socialscope.errors import InputError, UsageError
from socialscope.ingest.formats import FORMATS, import_export
from socialscope.store import Store
from tests.ingest.corpus import DOCUMENTED, GENUINE, Genuine

KEEP = 64_000  # bytes of a damaged file kept, so every variant stays fast
SLACK_DAY = re.compile(r"^[^/]+/\d{4}-\d{2}-\d{2}\.json$")


def _utf16(data: bytes) -> bytes:
    return data.decode("utf-8", errors="replace").encode("utf-16")


def _latin1(data: bytes) -> bytes:
    return data.decode("utf-8", errors="replace").encode("latin-1", errors="replace")


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: min(len(data), KEEP) // 2],
    "empty": lambda data: b"",
    "utf-16": lambda data: _utf16(data[:KEEP]),
    "latin-1": lambda data: _latin1(data[:KEEP]),
}


def _fingerprint(store: Store) -> dict[str, tuple]:
    """Each table's row count and an order-free hash of its rows (cheaper than a snapshot)."""
    return {t: store.con.execute(f'SELECT count(*), bit_xor(hash(t)) FROM "{t}" t').fetchone() for t in store.tables()}


def _import_or_refuse(store: Store, path: Path, fmt: str) -> None:
    """Import ``path`` as ``fmt``: either it imports, or it is refused cleanly."""
    before = _fingerprint(store)
    try:
        import_export(store, path, fmt)
    except (InputError, UsageError) as error:
        assert str(error).strip(), "an error must say what is wrong"
        assert _fingerprint(store) == before


def _copy(export: Genuine, directory: Path) -> tuple[Path, tuple[str, ...]]:
    """A copy of the export to damage, and its files to damage. A Slack export keeps four
    day files (the parser reads every day file the same way)."""
    target = directory / export.root.name
    if not export.root.is_dir():
        shutil.copy(export.root, target)
        return target, export.members
    shutil.copytree(export.root, target)
    days = sorted(str(p.relative_to(target)) for p in target.rglob("*.json"))
    days = [d for d in days if SLACK_DAY.match(d)] if export.format == "slack-export" else []
    for extra in days[4:]:
        (target / extra).unlink()
    return target, tuple(m for m in export.members if m not in days[4:])


def test_the_corpus_covers_the_social_formats():
    covered = {g.format for g in GENUINE}
    assert {"x-archive", "mastodon-archive", "slack-export", "mbox", "linkedin-export", "facebook-posts"} <= covered


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_parser_over_every_genuine_export(fmt, tmp_path):
    """A parser given another format's genuine export refuses it (or reads what it can)."""
    with Store(tmp_path / "cross.duckdb") as store:
        for export in GENUINE:
            try:
                import_export(store, export.root, fmt)
            except (InputError, UsageError) as error:
                assert str(error).strip()


@pytest.mark.slow  # each export: every file x four damages, each a full import (2-10 s per export)
@pytest.mark.parametrize("export", GENUINE + DOCUMENTED, ids=[g.name for g in GENUINE + DOCUMENTED])
def test_damaged_genuine_files_never_raise_a_traceback(export, tmp_path):
    """Every file of the export, damaged each way, through its own parser and detection."""
    work, members = _copy(export, tmp_path)
    with Store(tmp_path / "damaged.duckdb") as store:
        for member in members:
            target = work / member if member else work
            original = target.read_bytes()
            for damage in DAMAGE.values():
                target.write_bytes(damage(original))
                _import_or_refuse(store, work, export.format)
            target.write_bytes(original)
        _import_or_refuse(store, work, "auto")


def test_an_unforeseen_parser_failure_is_a_data_error_naming_the_file(tmp_path, monkeypatch):
    """A parser bug (here: a KeyError deep inside) reaches the user as `FILE: …`, exit 1."""
    from socialscope.cli.main import app
    from socialscope.ingest.formats import mastodon

    export = next(g for g in GENUINE if g.format == "mastodon-archive")

    def broken(record: object) -> None:
        raise KeyError("orderedItems")

    monkeypatch.setattr(mastodon, "html_to_text", broken)
    db = tmp_path / "cli.duckdb"
    out = CliRunner().invoke(app, ["--db", str(db), "import", "--from", "mastodon-archive", str(export.root)])
    assert out.exit_code == 1, out.output
    assert "Traceback" not in out.output
    assert f"{export.root / 'actor.json'}: not readable as mastodon-archive (KeyError: 'orderedItems')" in out.output
    with Store(db) as store:
        assert store.count("posts") == 0 and store.count("accounts") == 0
