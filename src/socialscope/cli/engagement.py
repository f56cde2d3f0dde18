"""``socialscope cascades`` and ``socialscope engagement …``."""

from __future__ import annotations

from datetime import datetime

import typer

from socialscope.cli.choices import Average, EngagementGrouping, ShareOfVoiceGrouping, TopPostMetric
from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame

app = typer.Typer(help="Engagement: rates by account, platform or period; share of voice.", no_args_is_help=True)


@app.command("report")
def report(
    ctx: typer.Context,
    by: EngagementGrouping = typer.Option(
        EngagementGrouping.account,
        "--by",
        help="Group posts by account, platform, period, kind, paid, intent, "
        "hour of the day or day of the week (0 = Monday).",
    ),
    since: datetime = typer.Option(None, "--since", help="Posts from this date (YYYY-MM-DD)."),
    until: datetime = typer.Option(None, "--until", help="Posts before this date."),
    by_intent: bool = typer.Option(
        False, "--by-intent", help="Split every group into networking and marketing posts (needs `classify run`)."
    ),
    average: Average = typer.Option(
        Average.ratio_of_sums,
        "--average",
        help="ratio_of_sums (Σ engagements / Σ reach …) or mean_of_ratios (per post).",
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Engagement of original posts: sums and every rate (by impressions, reach and followers at
    publish time; Kaushik's conversation, amplification, applause, also per 1,000 followers),
    as a ratio of sums over the group (default) or a mean of per-post ratios.
    `--by hour` / `--by weekday` show the best times to post.

    Example: socialscope engagement report --by kind --by-intent
    """
    from socialscope.engagement.rates import engagement_report
    from socialscope.errors import NotFoundError
    from socialscope.store.connection import Store

    by = by.value
    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        try:
            report = engagement_report(
                store.ibis(), by=by, since=since, until=until, split_intent=by_intent, average=average.value
            )
            frame = report.to_pandas()
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
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, run_clock, write_result

    started = run_clock()
    with exit_on_error(), Store(db_path(ctx)) as store:
        frame = cascades(store)
        with store.transaction():
            run_id = record_run(store, "cascades", {}, {"cascades": len(frame)}, started=started)
            write_result(store, "cascades", frame, run_id)
    print_frame(frame.head(top) if top else frame, fmt, title="Cascades")


@app.command("share-of-voice")
def share_of_voice(
    ctx: typer.Context,
    by: ShareOfVoiceGrouping = typer.Option(None, "--by", help="Per month or platform (default: overall)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Each brand's share of all tracked-brand mentions, plain and weighted by reach.
    @handles in post texts are turned into mentions first.

    Example: socialscope engagement share-of-voice --by month
    """
    from socialscope.engagement.share_of_voice import extract_mentions
    from socialscope.engagement.share_of_voice import share_of_voice as compute
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx)) as store:
        with store.transaction():
            added = extract_mentions(store)
        frame = compute(store, by=by and by.value)
    if added and fmt is OutputFormat.table:
        console.print(f"{added:,} mentions extracted from post texts")
    print_frame(frame, fmt, title="Share of voice")


@app.command("cadence")
def cadence(
    ctx: typer.Context,
    own: bool = typer.Option(False, "--own", help="Only your own accounts."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """How often each account posts: posts per week, active days, hours between posts.

    Example: socialscope engagement cadence --own
    """
    from socialscope.engagement.cadence import posting_cadence
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        frame = posting_cadence(store, own_only=own)
    print_frame(frame, fmt, title="Posting cadence")


@app.command("top-posts")
def top_posts_command(
    ctx: typer.Context,
    by: TopPostMetric = typer.Option(TopPostMetric.engagements, "--by", help="Rank posts by this metric."),
    n: int = typer.Option(10, "--top", help="How many."),
    account: str = typer.Option(None, "--account", help="Only this account id."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """The best original posts by a metric.

    Example: socialscope engagement top-posts --by engagement_rate_reach --top 5
    """
    from socialscope.engagement.cadence import top_posts
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        frame = top_posts(store, n=n, by=by.value, account=account)
    print_frame(frame, fmt, title=f"Top posts by {by.value}")


@app.command("response")
def response(
    ctx: typer.Context,
    all_accounts: bool = typer.Option(False, "--all", help="Every account, not only your own."),
    window: float = typer.Option(168.0, "--window-hours", help="An answer later than this does not count."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Brand response: the share of comments and mentions answered, and how fast (median, p90).

    Example: socialscope engagement response
    """
    from socialscope.engagement.response import response_report
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        frame = response_report(store, own_only=not all_accounts, window_hours=window)
    print_frame(frame, fmt, title="Response rate and time")


@app.command("daily")
def daily(
    ctx: typer.Context,
    all_accounts: bool = typer.Option(False, "--all", help="Every account, not only your own."),
    summary_only: bool = typer.Option(False, "--summary", help="Only the mean per account."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Daily engagement rate: engagements that day / followers that day, and its mean per account.

    Example: socialscope engagement daily --summary
    """
    from socialscope.engagement.cadence import daily_engagement_rate
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        frame = daily_engagement_rate(store, own_only=not all_accounts)
    if summary_only:
        frame = frame[frame["day"].isna()].drop(columns="day")
    print_frame(frame, fmt, title="Daily engagement rate")


@app.command("cost-per-engagement")
def cost_per_engagement_command(
    ctx: typer.Context, fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json.")
) -> None:
    """What an engagement on promoted posts cost, per campaign (spend / engagements).

    Example: socialscope engagement cost-per-engagement --format csv
    """
    from socialscope.engagement.cadence import cost_per_engagement
    from socialscope.store.connection import Store

    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        frame = cost_per_engagement(store)
    print_frame(frame, fmt, title="Cost per engagement")
