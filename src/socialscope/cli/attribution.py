"""``socialscope attribution``: conversions and value credited per channel or campaign."""

from __future__ import annotations

import typer

from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame


def _network_credit(journeys, by: str, model: str, graph: str, half_life_days: float):
    from socialscope.attribution.network import account_credit, community_credit

    credit = account_credit if by == "account" else community_credit
    return credit(journeys, model=model, graph=graph, half_life_days=half_life_days).assign(model=model)


def attribution(
    ctx: typer.Context,
    model: str = typer.Option(
        "all",
        "--model",
        help="A model name, or all: first_touch, last_touch, "
        "last_non_direct, linear, time_decay, position_based, markov_1..3, shapley.",
    ),
    lookback_days: int = typer.Option(
        30, "--lookback-days", help="Touches older than this before a conversion are not credited."
    ),
    by: str = typer.Option(
        "channel",
        "--by",
        help="channel, campaign, or account / community: the people "
        "and communities whose posts referred buyers (rule-based models).",
    ),
    graph: str = typer.Option("follows", "--graph", help="With --by community: whose communities."),
    stages: str = typer.Option("customer,purchase", "--stages", help="Which conversion stages to attribute."),
    half_life_days: float = typer.Option(
        7.0, "--half-life-days", help="time_decay: credit halves every this many days."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Multi-touch attribution: who gets credit for conversions and revenue, under one model
    or all side by side. Results are written to the attribution table.

    Example: socialscope attribution --model all --lookback-days 14 --format csv
    """
    from socialscope.attribution import MODELS, attribute, build_journeys
    from socialscope.errors import UsageError
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, write_result

    with exit_on_error():
        names = list(MODELS) if model == "all" else [m.strip() for m in model.split(",")]
        unknown = [m for m in names if m not in MODELS]
        if unknown:
            raise UsageError(f"unknown model {', '.join(unknown)}; choose from all, {', '.join(MODELS)}")
        if by not in ("channel", "campaign", "account", "community"):
            raise UsageError("--by must be channel, campaign, account or community")
        with Store(db_path(ctx)) as store:
            journeys = build_journeys(
                store,
                by=by if by in ("channel", "campaign") else "channel",
                lookback_days=lookback_days,
                stages=tuple(s.strip() for s in stages.split(",")),
            )
            if by in ("account", "community"):
                frame = _network_credit(journeys, by, "linear" if model == "all" else model, graph, half_life_days)
            else:
                frame = attribute(journeys, names, half_life_days=half_life_days)
            with store.transaction():
                params = {"model": model, "by": by, "lookback_days": lookback_days, "stages": stages}
                run_id = record_run(store, "attribution", params, {"conversions": journeys.total_conversions})
                write_result(store, f"attribution_by_{by}", frame, run_id)
    print_frame(frame, fmt, title=f"Attribution by {by} ({lookback_days}-day lookback)")
    if by in ("account", "community") and fmt is OutputFormat.table:
        console.print(
            "[dim]Credit of touches whose referrer is a post, under the model's per-touch weights "
            "(linear when --model all).[/dim]"
        )
    if journeys.unattributed_conversions and fmt is OutputFormat.table:
        console.print(
            f"[dim]{journeys.unattributed_conversions:,.0f} conversions "
            f"(value {journeys.unattributed_value:,.2f}) had no touch in the lookback window and are not credited.[/dim]"
        )
