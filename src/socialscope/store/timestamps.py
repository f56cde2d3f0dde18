"""Timestamps as people's files write them, read into UTC by explicit rules.

Nothing here depends on the machine's time zone (``TZ``) or on the DuckDB connection's
``TimeZone`` setting: a value with an offset is converted with that offset, a value without
one is read in the zone the user names (``--timezone``, UTC by default), and epoch numbers
are UTC by definition. Built-in forms:

- ISO 8601 with a ``T`` or a space, fractions of a second, ``Z`` or an offset with or without
  a colon, also after a space (``2015-02-24 11:35:52 -0800``), or a zone name
  (``2021-06-17 10:00 CET``, ``… Europe/Paris``);
- RFC 2822, with or without the weekday, ``GMT``/``UT``/``UTC`` or a numeric offset
  (``Wed, 10 Oct 2018 20:19:24 +0000``: e-mail, RSS);
- the Twitter API v1 form (``Wed Oct 10 20:19:24 +0000 2018``);
- epoch seconds (9–10 digits, optional fraction) and epoch milliseconds (12–13 digits);
- day, month name and year (``17 Jun 2021``, ``17 June 2021``, ``Jun 17, 2021``).

Anything else needs ``--time-format`` (strftime codes, e.g. ``%d/%m/%Y %H:%M``). A date
written with digits only in another order (``03/04/2021``) is never guessed: day/month and
month/day are both plausible, so the import refuses it and suggests ``--time-format``.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from socialscope.errors import UsageError

# A time of day followed by an offset (or Z) at the very end.
_OFFSET_AT_END = r"\d:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)$"
_AWARE_FORMATS = (
    "%a, %d %b %Y %H:%M:%S %z",  # RFC 2822
    "%d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M %z",
    "%d %b %Y %H:%M %z",
    "%a %b %d %H:%M:%S %z %Y",  # Twitter API v1
)
_NAIVE_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y %H:%M:%S", "%d %b %Y %H:%M")
# Digits-only dates in day/month or month/day order: ambiguous, never guessed.
AMBIGUOUS_DATE = r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}([ T].*)?$"
AMBIGUOUS_PHRASE = (
    "is not a timestamp: is it day/month or month/day? Say which with "
    "--time-format '%d/%m/%Y' or --time-format '%m/%d/%Y' (add ' %H:%M' for a time)"
)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _list(formats: tuple[str, ...]) -> str:
    return "[" + ", ".join(_literal(f) for f in formats) + "]"


@dataclass(frozen=True)
class TimeParsing:
    """How an import reads timestamps: an optional strftime ``time_format`` tried first, and the
    ``timezone`` (IANA name) of values that carry no offset."""

    time_format: str | None = None
    timezone: str = "UTC"

    def validate(self, con: duckdb.DuckDBPyConnection) -> None:
        """:class:`UsageError` for an unknown zone or a format DuckDB cannot use."""
        try:
            con.execute("SELECT timezone(?, TIMESTAMP '2000-01-01')::VARCHAR", [self.timezone]).fetchall()
        except duckdb.Error:
            raise UsageError(f"--timezone {self.timezone!r}: not a time zone name (e.g. Europe/Paris, UTC)") from None
        if self.time_format is not None:
            if "%" not in self.time_format:
                raise UsageError(f"--time-format {self.time_format!r}: use strftime codes, e.g. '%d/%m/%Y %H:%M'")
            try:
                con.execute("SELECT try_strptime('', ?)", [self.time_format]).fetchall()
            except duckdb.Error as exc:
                raise UsageError(f"--time-format {self.time_format!r}: {str(exc).splitlines()[0]}") from None

    def _formats(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        aware, naive = _AWARE_FORMATS, _NAIVE_FORMATS
        if self.time_format is not None:
            if "%z" in self.time_format or "%Z" in self.time_format:
                aware = (self.time_format, *aware)
            else:
                naive = (self.time_format, *naive)
        return aware, naive

    def timestamp_sql(self, text: str) -> str:
        """SQL for ``text`` (trimmed, non-empty) as a UTC ``TIMESTAMP``; NULL when no rule reads it."""
        aware_formats, naive_formats = self._formats()
        named = rf"regexp_replace({text}, '(\d)\s*(UTC|GMT|UT)$', '\1 +0000')"
        iso = rf"regexp_replace({named}, '(\d)\s+([+-]\d{{2}}(:?\d{{2}})?)$', '\1\2')"
        has_offset = f"regexp_matches({named}, '{_OFFSET_AT_END}')"
        # one try_strptime per format: DuckDB 2.0's list form shifts %z results in some zones
        strptimes = ", ".join(f"try_strptime({named}, {_literal(f)})" for f in aware_formats)
        # DuckDB's TIMESTAMP cast silently drops a zone name (CET, Europe/Paris): such values go
        # through the TIMESTAMPTZ cast, which applies it
        no_zone = f"NOT regexp_matches(substr({text}, 12), '[A-Za-z]')"
        zoned = rf"CASE WHEN regexp_matches({text}, '^\d{{4}}-\d{{2}}-\d{{2}}[T ]\d.*[A-Za-z]{{2}}') THEN TRY_CAST({text} AS TIMESTAMPTZ) END"
        aware = f"coalesce(CASE WHEN {has_offset} THEN TRY_CAST({iso} AS TIMESTAMPTZ) END, {zoned}, {strptimes})"
        naive = (
            f"CASE WHEN NOT {has_offset} THEN coalesce("
            f"CASE WHEN regexp_matches({text}, '^\\d{{4}}-') AND {no_zone} THEN TRY_CAST({text} AS TIMESTAMP) END, "
            f"try_strptime({text}, {_list(naive_formats)})) END"
        )
        if self.timezone != "UTC":
            naive = f"(timezone({_literal(self.timezone)}, {naive}) AT TIME ZONE 'UTC')"
        epoch = (
            rf"CASE WHEN regexp_full_match({text}, '\d{{9,10}}(\.\d+)?') "
            f"THEN make_timestamp(CAST(round(CAST({text} AS DOUBLE) * 1e6) AS BIGINT)) "
            rf"WHEN regexp_full_match({text}, '\d{{12,13}}') THEN make_timestamp(CAST({text} AS BIGINT) * 1000) END"
        )
        # fast paths for the common ISO forms, with string functions only: ending in Z, or an
        # ISO date and time with no sign after the date (so no offset)
        zulu = f"CASE WHEN right({text}, 1) = 'Z' THEN TRY_CAST({text} AS TIMESTAMPTZ) AT TIME ZONE 'UTC' END"
        plain = (
            f"CASE WHEN regexp_matches(left({text}, 5), '^\\d{{4}}-') AND NOT contains(substr({text}, 11), '+') "
            f"AND NOT contains(substr({text}, 11), '-') AND {no_zone} THEN TRY_CAST({text} AS TIMESTAMP) END"
        )
        if self.timezone != "UTC":
            plain = f"(timezone({_literal(self.timezone)}, {plain}) AT TIME ZONE 'UTC')"
        if self.time_format is not None:  # the user's format comes first
            return f"coalesce(({aware}) AT TIME ZONE 'UTC', {naive}, {epoch})"
        return f"coalesce({zulu}, {plain}, ({aware}) AT TIME ZONE 'UTC', {naive}, {epoch})"

    def date_sql(self, text: str) -> str:
        """SQL for ``text`` as a ``DATE`` (the calendar date written, no zone conversion)."""
        _, naive_formats = self._formats()
        return (
            f"coalesce(TRY_CAST({text} AS DATE), TRY_CAST(TRY_CAST({text} AS TIMESTAMP) AS DATE), "
            f"CAST(try_strptime({text}, {_list(naive_formats)}) AS DATE))"
        )
