"""``socialscope cascades`` and ``socialscope engagement …``."""

from __future__ import annotations

from datetime import datetime

import typer

from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame

app = typer.Typer(help="Engagement: rates by account, platform or period; share of voice.", no_args_is_help=True)


@app.command("report")
def report(
    ctx: typer.Context,
    by: str = typer.Option("account", "--by", help="account, platform, day, week, month, kind, paid or intent."),
    since: datetime = typer.Option(None, "--since", help="Posts from this date (YYYY-MM-DD)."),
    until: datetime = typer.Option(None, "--until", help="Posts before this date."),
    by_intent: bool = typer.Option(
        False, "--by-intent", help="Split every group into networking and marketing posts (needs `classify run`)."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Engagement of original posts: sums and every rate (by impressions, by reach,
    conversation, amplification, applause), each a ratio of sums over the group.

    Example: socialscope engagement report --by kind --by-intent
    """
    from socialscope.engagement.rates import engagement_report
    from socialscope.errors import NotFoundError, UsageError
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        try:
            report = engagement_report(store.ibis(), by=by, since=since, until=until, split_intent=by_intent)
            frame = report.to_pandas()
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None
    if by in ("account", "platform", "kind", "paid", "intent"):
        frame = frame.sort_values("engagements", ascending=False, kind="stable")
    print_frame(frame, fmt, title=f"Engagement by {by}")


def cascades_command(
    ctx: typer.Context,
    top: int = typer.Option(20, "--top", help="How many cascades, largest first (0 = all)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Word-of-mouth cascades: repost trees with size, depth, breadth, structural virality and
    the share of reach that came from non-followers. Written to the cascades table.

    Example: socialscope cascades --top 10
    """
    from socialscope.engagement.cascades import cascades
    from socialscope.pipeline import record_run, write_result
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx)) as store:
        frame = cascades(store)
        with store.transaction():
            run_id = record_run(store, "cascades", {}, {"cascades": len(frame)})
            write_result(store, "cascades", frame, run_id)
    print_frame(frame.head(top) if top else frame, fmt, title="Cascades")


@app.command("share-of-voice")
def share_of_voice(
    ctx: typer.Context,
    by: str = typer.Option(None, "--by", help="month or platform (default: overall)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Each brand's share of all tracked-brand mentions, plain and weighted by reach.
    @handles in post texts are turned into mentions first.

    Example: socialscope engagement share-of-voice --by month
    """
    from socialscope.engagement.share_of_voice import extract_mentions
    from socialscope.engagement.share_of_voice import share_of_voice as compute
    from socialscope.errors import UsageError
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx)) as store:
        with store.transaction():
            added = extract_mentions(store)
        try:
            frame = compute(store, by=by)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if added and fmt is OutputFormat.table:
        console.print(f"{added:,} mentions extracted from post texts")
    print_frame(frame, fmt, title="Share of voice")
