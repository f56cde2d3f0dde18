"""Named ratio metrics, defined once as Ibis expressions so every engine computes them alike.

A :class:`RatioMetric` is by default a *ratio of sums* over the rows of a group; the same
definition can also be averaged as a *mean of per-row ratios* (``average="mean_of_ratios"``,
rows whose denominator is zero left out). A zero denominator gives null — real exports contain
ads with conversions but no clicks, and the right answer there is "undefined", not infinity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from socialscope.errors import UsageError
from socialscope.names import AVERAGES


@dataclass(frozen=True)
class RatioMetric:
    """``scale * (numerator) / (denominator)`` over summed columns.

    ``numerator`` and ``denominator`` are functions of a mapping of summed columns (Ibis
    expressions), so composite numerators such as ``value - spend`` stay one definition.
    """

    name: str
    formula: str
    reference: str
    numerator: Callable[[Any], Any]
    denominator: Callable[[Any], Any]
    scale: float = 1.0

    def expr(self, sums: Any) -> Any:
        ratio = self.numerator(sums) / self.denominator(sums).nullif(0)
        return ratio * self.scale if self.scale != 1.0 else ratio


class MetricRegistry:
    """A named set of metrics; reports print a metric's name beside its number."""

    def __init__(self, sums: Iterable[str], metrics: Iterable[RatioMetric]) -> None:
        self.sums = tuple(sums)
        self._metrics = {m.name: m for m in metrics}

    def __getitem__(self, name: str) -> RatioMetric:
        return self._metrics[name]

    def __iter__(self):
        return iter(self._metrics.values())

    def names(self) -> list[str]:
        return list(self._metrics)

    def aggregate(self, table: Any, by: list[str] | None = None, *, average: str = "ratio_of_sums") -> Any:
        """Group ``table`` by ``by`` (or not at all) and compute every sum and ratio.

        ``average``: ``ratio_of_sums`` (Σ numerator / Σ denominator, the default) or
        ``mean_of_ratios`` (the mean over rows of each row's ratio).
        """
        if average not in AVERAGES:
            raise UsageError(f"average must be one of: {', '.join(AVERAGES)}")
        sums = {c: table[c].sum() for c in self.sums}
        if average == "ratio_of_sums":
            grouped = table.group_by(by).aggregate(**sums) if by else table.aggregate(**sums)
            return grouped.mutate(**{m.name: m.expr(grouped) for m in self})
        per_row = table.mutate(**{f"_row_{m.name}": m.expr(table) for m in self})
        means = {m.name: per_row[f"_row_{m.name}"].mean() for m in self}
        return per_row.group_by(by).aggregate(**sums, **means) if by else per_row.aggregate(**sums, **means)


def seconds_between(start: Any, end: Any) -> Any:
    """Whole seconds from timestamp ``start`` to ``end`` (an Ibis expression).

    Both ends are truncated to the second first, so every engine agrees: Spark's
    ``unix_timestamp`` drops fractions of a second where DuckDB's ``epoch`` keeps them. The
    result is float64, so dividing it by a literal stays binary floating point on Spark too
    (Spark reads ``86400.0`` as a DECIMAL and would round the quotient).
    """
    return (end.truncate("s").epoch_seconds() - start.truncate("s").epoch_seconds()).cast("float64")
