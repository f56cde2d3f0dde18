"""Reading export archives: a folder or a zip, JSON with clear errors, dates, ids."""

from __future__ import annotations

import contextvars
import hashlib
import io
import json
import re
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pandas as pd

from socialscope.config import max_line_bytes, max_member_bytes, max_stream_bytes
from socialscope.errors import InputError, Problem

_CHUNK = 1 << 20


def read_capped(stream: IO[bytes], label: str, limit: int) -> bytes:
    """All of ``stream``, read in chunks and refused as soon as it passes ``limit`` bytes."""
    chunks, total = [], 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(Problem(label, None, None, f"decompresses to more than {limit:,} bytes: refused"))
    return b"".join(chunks)


def capped_lines(stream: IO[bytes], label: str, *, encoding: str = "utf-8") -> Iterator[tuple[int, str]]:
    """(line number, text) of a binary stream, never holding more than one line of
    ``max_line_bytes()``; the whole stream is refused past ``max_stream_bytes()``."""
    line_limit, total_limit = max_line_bytes(), max_stream_bytes()
    buffered = stream if isinstance(stream, io.BufferedIOBase) else io.BufferedReader(stream, _CHUNK)  # type: ignore[arg-type]
    total = 0
    number = 0
    while line := buffered.readline(line_limit + 1):
        number += 1
        total += len(line)
        if len(line) > line_limit:
            raise InputError(Problem(label, number, None, f"line is longer than {line_limit:,} bytes: refused"))
        if total > total_limit:
            raise InputError(Problem(label, None, None, f"decompresses to more than {total_limit:,} bytes: refused"))
        try:
            yield number, line.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(Problem(label, number, None, f"is not valid {encoding} text")) from None


FORMAT_FOLDERS = {"data", "posts", "content", "your_activity_across_facebook"}


# The file a parser read last: when a parser fails unexpectedly, the error names it.
_LAST_READ: contextvars.ContextVar[str | None] = contextvars.ContextVar("last_read", default=None)


@contextmanager
def parser_errors(path: str | Path, fmt: str) -> Iterator[None]:
    """Any exception a parser did not foresee becomes an :class:`InputError` naming the file.

    Parsers report what they expect (a missing key, bad JSON, a wrong wrapper) with file, row
    and field. A damaged or unknown variant can still break one in a way nobody foresaw (a
    string where an object was expected, a number too large, a decoder's own error); the user
    must then read ``FILE: what is wrong`` and get exit code 1 — never a traceback. Errors of
    socialscope's own tree (:class:`InputError`, :class:`UsageError`, store errors) pass
    through unchanged.
    """
    from socialscope.errors import SocialscopeError

    token = _LAST_READ.set(None)
    try:
        yield
    except SocialscopeError:
        raise
    except Exception as exc:  # the one place unforeseen parser failures are turned into data errors
        where = _LAST_READ.get() or str(path)
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        message = f"not readable as {fmt} ({reason[:300]}); the file is damaged or a variant this reader does not know"
        raise InputError(Problem(where, None, None, message)) from exc
    finally:
        _LAST_READ.reset(token)


def _reading(label: str) -> None:
    _LAST_READ.set(label)


class ExportTree:
    """The files of an export, whether the user unzipped it or not.

    A folder, a zip, a tar archive (``.tar.gz``/``.tgz``/``.tar``: Mastodon delivered its
    archives so until 2018+), or one file of an export (``Connections.csv`` alone). Paths are
    relative to the export's root; an archive whose files sit under one top folder
    (``twitter-2023-06-28/data/tweets.js``) is read as if that folder were the root.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise InputError(Problem(str(self.path), None, None, "file or folder not found"))
        self._zip: zipfile.ZipFile | None = None
        self._tar: dict[str, tarfile.TarInfo] | None = None
        self._tarfile: tarfile.TarFile | None = None
        self._prefix = ""
        self._single: str | None = None
        if self.path.is_file():
            if zipfile.is_zipfile(self.path):
                try:
                    self._zip = zipfile.ZipFile(self.path)
                except (zipfile.BadZipFile, OSError, ValueError) as exc:
                    raise InputError(Problem(str(self.path), None, None, f"damaged zip archive: {exc}")) from None
                names = [n for n in self._zip.namelist() if not n.endswith("/")]
            elif _is_tar(self.path):
                try:
                    # kept open while the parser reads members, like the zip; compression read from the bytes
                    self._tarfile = tarfile.open(self.path)  # noqa: SIM115
                    self._tar = {m.name.removeprefix("./"): m for m in self._tarfile.getmembers() if m.isfile()}
                except (tarfile.TarError, OSError, EOFError) as exc:
                    raise InputError(
                        Problem(str(self.path), None, None, f"not a readable tar archive: {exc}")
                    ) from None
                names = list(self._tar)
            else:  # one file of an export, imported with --from: an export of that file alone
                self._single = self.path.name
                return
            tops = {n.split("/", 1)[0] for n in names if "/" in n}
            # a wrapper folder (``twitter-2023-06-28/``) is skipped; a format's own top folder is not
            if names and all("/" in n for n in names) and len(tops) == 1 and not tops & FORMAT_FOLDERS:
                self._prefix = tops.pop() + "/"

    def _members(self) -> list[str]:
        if self._zip is not None:
            return [n for n in self._zip.namelist() if not n.endswith("/")]
        return list(self._tar or {})

    def files(self) -> list[str]:
        if self._single is not None:
            return [self._single]
        if self._zip is not None or self._tar is not None:
            return sorted(n[len(self._prefix):] for n in self._members() if n.startswith(self._prefix))  # fmt: skip
        return sorted(str(p.relative_to(self.path)) for p in self.path.rglob("*") if p.is_file())

    def exists(self, relative: str) -> bool:
        return relative in set(self.files())

    def label(self, relative: str) -> str:
        """How problems name a file inside the export."""
        if self._single is not None:
            return str(self.path) if relative == self._single else str(self.path.parent / relative)
        archive = self._zip is not None or self._tar is not None
        return f"{self.path}:{relative}" if archive else str(self.path / relative)

    def read_bytes(self, relative: str) -> bytes:
        _reading(self.label(relative))
        if self._zip is not None:
            try:
                info = self._zip.getinfo(self._prefix + relative)
            except KeyError:
                raise InputError(Problem(self.label(relative), None, None, "missing from the archive")) from None
            limit = max_member_bytes()
            if info.file_size > limit:
                raise InputError(Problem(self.label(relative), None, None, f"is {info.file_size:,} bytes: too large"))
            try:
                with self._zip.open(info) as member:
                    return read_capped(member, self.label(relative), limit)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                raise InputError(Problem(self.label(relative), None, None, f"damaged in the archive: {exc}")) from None
        if self._tar is not None and self._tarfile is not None:
            member = self._tar.get(self._prefix + relative)
            if member is None:
                raise InputError(Problem(self.label(relative), None, None, "missing from the archive"))
            limit = max_member_bytes()
            if member.size > limit:
                raise InputError(Problem(self.label(relative), None, None, f"is {member.size:,} bytes: too large"))
            try:
                extracted = self._tarfile.extractfile(member)
                return read_capped(extracted, self.label(relative), limit) if extracted is not None else b""
            except (tarfile.TarError, zlib.error, OSError, EOFError) as exc:
                raise InputError(
                    Problem(self.label(relative), None, None, f"cannot be read from the archive: {exc}")
                ) from None
        target = self.path / relative if self._single is None else self.path
        if (self._single is not None and relative != self._single) or not target.is_file():
            raise InputError(Problem(self.label(relative), None, None, "missing from the export folder"))
        return target.read_bytes()

    def read_text(self, relative: str, encoding: str = "utf-8") -> str:
        return decode(self.read_bytes(relative), self.label(relative), encoding)


ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")


def is_archive_name(path: Path) -> bool:
    """Whether ``path`` is named like an export archive (zip or tar)."""
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_tar(path: Path) -> bool:
    try:
        return tarfile.is_tarfile(path)
    except (OSError, tarfile.TarError, EOFError):
        return False


def decode(raw: bytes, label: str, encoding: str = "utf-8") -> str:
    """Bytes as text, or an :class:`InputError` naming the line where decoding failed."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Problem(label, line, None, f"is not valid {encoding} text")) from None


def read_text_file(path: Path | str, encoding: str = "utf-8") -> str:
    """A file's text, or an :class:`InputError` naming the line where decoding failed."""
    _reading(str(path))
    return decode(Path(path).read_bytes(), str(path), encoding)


def load_json(text: str, label: str) -> Any:
    """JSON, or an :class:`InputError` naming the line of the first syntax error."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(Problem(label, exc.lineno, None, f"invalid JSON: {exc.msg} (column {exc.colno})")) from None


def expect(value: Any, kind: type | tuple[type, ...], label: str, what: str, row: int | None = None) -> Any:
    if not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise InputError(Problem(label, row, what, f"expected {names}, found {type(value).__name__}"))
    return value


def field(record: dict, path: str, label: str, row: int) -> Any:
    """``record[a][b]…`` for ``path`` "a.b"; a missing key is an error naming record and field."""
    value: Any = record
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            raise InputError(Problem(label, row, path, "is missing"))
        value = value[key]
    return value


def timestamps(values: Any, fmt: str | None = None, *, unit: str | None = None) -> pd.Series:
    """ISO 8601 text for each value; values that do not parse are kept as they were, so the
    import's checks report them (file, row, field) instead of losing them."""
    raw = pd.Series(values, dtype=object)
    if unit:
        parsed = pd.to_datetime(pd.to_numeric(raw, errors="coerce"), unit=unit, errors="coerce", utc=True)
    else:
        parsed = pd.to_datetime(raw, format=fmt or "ISO8601", errors="coerce", utc=True)
    text = parsed.dt.tz_localize(None).map(lambda t: t.isoformat() if not pd.isna(t) else None)
    return text.where(parsed.notna(), raw.where(raw.notna(), None)).astype(object)


_TAGS = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"<br\s*/?>|</p>\s*<p>", re.IGNORECASE)


def html_to_text(values: Any) -> pd.Series:
    """Mastodon/ActivityStreams HTML content as plain text (paragraphs and breaks as newlines)."""
    import html

    series = pd.Series(values, dtype=object).fillna("")
    return series.str.replace(_BREAKS, "\n", regex=True).str.replace(_TAGS, "", regex=True).map(html.unescape)


def report_number(values: pd.Series) -> pd.Series:
    """Numbers as ad platforms' reports write them: thousands separators, currency symbols,
    a trailing %, and ``--`` or empty for "none" (kept as text; the import checks the type)."""
    text = values.astype(str).str.strip().str.replace(r"[,$€£%\s]", "", regex=True)
    return text.where(~text.isin(["--", "-", "", "nan", "None"]), None)


def stable_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def rows(records: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(records) if records else pd.DataFrame({"_row": []})


def iter_json_records(data: Any, label: str) -> Iterator[tuple[int, dict]]:
    expect(data, list, label, "records")
    for index, record in enumerate(data, start=1):
        yield index, expect(record, dict, label, "record", index)
