"""The as-of join, once, for every engine: each row of one table matched to the row of another
that is nearest in time on one side (the follower count a post was published to; the
conversion a touch led to).

Spark SQL has no ASOF JOIN, so it is written with window functions, which Ibis compiles for
DuckDB and Spark alike: both tables form one time-ordered stream per group, a running count of
the right-hand rows numbers the stretch each left-hand row falls in, and the right-hand row of
that number is joined back (the technique of Spark's own ``merge_asof`` in pandas-on-Spark).
"""

from __future__ import annotations

from typing import Any, Literal

__all__ = ["asof_join"]


def asof_join(
    left: Any,
    right: Any,
    *,
    by: str,
    on: str,
    right_by: str,
    right_on: str,
    columns: dict[str, Any],
    direction: Literal["backward", "forward"],
    order: tuple[str, ...] = (),
    number: str | None = None,
) -> Any:
    """``left`` (an Ibis table) with ``columns`` of its matching ``right`` row: the one with
    the same ``by`` and the latest ``right_on`` at or before ``left.on`` (``backward``: a
    right row at the same instant matches) or the earliest at or after it (``forward``: a
    right row at the same instant matches too). Right rows at the same instant are taken in
    ``order``. ``columns`` maps output names to expressions over ``right``; they are null
    where nothing matches, and so is every match of a row whose ``on`` is null. ``number``
    names an output column holding the matched right row's 1-based rank within its group.
    """
    import ibis

    backward = direction == "backward"
    if direction not in ("backward", "forward"):
        raise ValueError(f"direction must be backward or forward, not {direction!r}")
    ranked = ibis.window(group_by=right[right_by], order_by=[right[right_on], *(right[c] for c in order)])
    matches = right.select(
        _asof_by=right[right_by].cast(left[by].type()),
        _asof_rank=(ibis.row_number().over(ranked) + 1).cast("int64"),
        **columns,
    )
    # one stream: left rows (side 0) and the right rows' instants (side 1), other columns null
    fill = {c: ibis.null(left[c].type()) for c in left.columns if c not in (by, on)}
    instants = right.select(
        **{by: right[right_by].cast(left[by].type()), on: right[right_on].cast(left[on].type())},
        **fill,
        _asof_side=ibis.literal(1, "int8"),
    )
    stream = left.mutate(_asof_side=ibis.literal(0, "int8")).union(instants.select(*left.columns, "_asof_side"))
    # at one instant a right row sorts before the left row (backward) or after it (forward)
    tie = stream._asof_side.desc() if backward else stream._asof_side
    running = ibis.cumulative_window(group_by=stream[by], order_by=[stream[on], tie])
    before = stream._asof_side.cast("int64").sum().over(running)
    stream = stream.mutate(_asof_rank=before if backward else before + 1)
    rows = stream.filter(stream._asof_side == 0).drop("_asof_side")
    joined = rows.left_join(
        matches,
        [rows[by] == matches._asof_by, rows._asof_rank == matches._asof_rank, rows[on].notnull()],
    )
    extra = {number: joined._asof_rank_right} if number else {}
    return joined.select(*left.columns, *columns, **extra)
