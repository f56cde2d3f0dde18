"""``socialscope topics``: what each community (or campaign) talks about."""

from __future__ import annotations

import typer

from socialscope.cli.choices import GraphName, TopicGrouping
from socialscope.cli.common import OutputFormat, db_path, exit_on_error, print_frame


def topics_command(
    ctx: typer.Context,
    graph: GraphName = typer.Option(GraphName.interactions, "--graph", help="Whose communities."),
    by: TopicGrouping = typer.Option(TopicGrouping.community, "--by", help="Terms per community or per campaign."),
    n: int = typer.Option(10, "-n", "--top", min=1, help="Terms per community or campaign."),
    long: bool = typer.Option(False, "--long", help="One row per term (with weight and count) instead of per group."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Distinctive terms of each community's posts (class-based TF-IDF, stop words removed in
    each post's language), or of each campaign's posts. Needs `network analyze` (or `analyze`)
    for communities.

    Example: socialscope topics --graph interactions -n 5
    """
    from socialscope.engagement.topics import topics
    from socialscope.errors import NotFoundError
    from socialscope.store.connection import Store

    by, graph = by.value, graph.value
    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        try:
            frame = topics(store, by=by, graph=graph, n=n)
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None
    if not long:
        key = ["graph", "community", "members", "posts"] if by == "community" else ["campaign_id", "name", "posts"]
        frame = (
            frame.groupby(key, sort=False, dropna=False)["term"]
            .agg(", ".join)
            .reset_index()
            .rename(columns={"term": "terms"})
        )
    if by == "community":
        from socialscope.report.privacy import suppress_small_groups

        frame = suppress_small_groups(frame, graph, size="members")
    print_frame(frame, fmt, title=f"Distinctive terms by {by}" + (f" ({graph} graph)" if by == "community" else ""))
