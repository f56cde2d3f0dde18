"""One exception tree for socialscope.

Each error is also the matching builtin, so callers that catch ``ValueError`` or
``ImportError`` keep working. The CLI maps them to exit codes: :class:`InputError` and
:class:`StoreError` are data errors (exit 1); usage errors are Typer's (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass


class SocialscopeError(Exception):
    """Base class of every error socialscope raises on purpose."""


MAX_MESSAGE_CHARS = 240


@dataclass(frozen=True)
class Problem:
    """One bad value: where it is and what is wrong with it."""

    file: str
    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        message = self.message
        if len(message) > MAX_MESSAGE_CHARS:  # a damaged file can put a whole long line here
            message = f"{message[:MAX_MESSAGE_CHARS]}… ({len(message) - MAX_MESSAGE_CHARS:,} more characters)"
        what = message if self.field is None else f"field '{self.field}': {message}"
        return f"{where}: {what}"


class InputError(SocialscopeError, ValueError):
    """Input data is wrong. Carries every :class:`Problem` found (up to a limit)."""

    def __init__(self, problems: list[Problem] | Problem, *, truncated: bool = False) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.truncated = truncated
        lines = [str(p) for p in self.problems]
        if truncated:
            lines.append("… more problems not shown (fix these and run again)")
        super().__init__("\n".join(lines))

    @property
    def file(self) -> str | None:
        return self.problems[0].file if self.problems else None

    @property
    def row(self) -> int | None:
        return self.problems[0].row if self.problems else None

    @property
    def field(self) -> str | None:
        return self.problems[0].field if self.problems else None


class UsageError(SocialscopeError, ValueError):
    """The request itself is wrong (unknown table, field or option); the CLI exits with 2."""


class NotFoundError(SocialscopeError, LookupError):
    """Something looked up by id or name does not exist (an account, a result table)."""


class StoreError(SocialscopeError):
    """The store cannot do what was asked (missing, busy, or refused a write)."""


class StoreBusyError(StoreError):
    """Another process holds the store for writing; retry when it has finished."""


class NotFittedError(SocialscopeError, ValueError):
    """A model was asked to predict before ``fit`` (scikit-learn's estimator contract)."""


class MissingDependencyError(SocialscopeError, ImportError):
    """An optional dependency is not installed; the message is the exact install command."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is not installed: pip install 'socialscope[{extra}]'")
