"""``socialscope marketing …``: campaign KPIs, channels with push/pull, funnels."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

from socialscope.cli.choices import CampaignGrouping, CustomerPeriod, FunnelGrouping, FunnelTouch
from socialscope.cli.common import OutputFormat, db_path, exit_on_error, print_frame

app = typer.Typer(
    help="Marketing analytics: campaign KPIs, channel grouping (push vs pull), funnels.", no_args_is_help=True
)

SOURCES_HELP = "JSON file of source lists (social/search/shopping/video) replacing the shipped one."
TYPES_HELP = "JSON file mapping channel -> push|pull|mixed replacing the shipped one."


def _write(ctx: typer.Context, table: str, frame, analysis: str, params: dict, started: datetime) -> None:
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, write_result

    with Store(db_path(ctx)) as store, store.transaction():
        run_id = record_run(store, analysis, params, {"rows": len(frame)}, started=started)
        write_result(store, table, frame, run_id)


@app.command("campaigns")
def campaigns(
    ctx: typer.Context,
    by: CampaignGrouping = typer.Option(
        CampaignGrouping.campaign, "--by", help="One row per campaign, platform, ad, period or one total row."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Campaign KPIs: impressions, clicks, CTR, CPC, CPM, conversions, CVR, CPA, ROAS, ROI.

    Group figures are ratios of sums; a zero denominator gives an empty value.

    Example: socialscope marketing campaigns --by platform --format csv
    """
    from socialscope.marketing.kpis import campaign_kpis
    from socialscope.store.connection import Store
    from socialscope.store.results import run_clock

    by = by.value
    started = run_clock()
    with exit_on_error():
        with Store(db_path(ctx), read_only=True) as store:
            frame = campaign_kpis(store.ibis(), by=by).to_pandas()
        _write(
            ctx,
            f"campaign_kpis_by_{by}" if by != "campaign" else "campaign_kpis",
            frame,
            "campaigns",
            {"by": by},
            started,
        )
    print_frame(frame, fmt, title=f"Campaign KPIs by {by}")


@app.command("channels")
def channels(
    ctx: typer.Context,
    sources: Path = typer.Option(None, "--sources", help=SOURCES_HELP),
    types: Path = typer.Option(None, "--types", help=TYPES_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Touchpoints grouped by GA4's default channel rules, each channel typed push, pull or mixed.

    The channel is derived from source/medium/campaign where the data has none.

    Example: socialscope marketing channels --types my_types.json
    """
    from socialscope.marketing.channels import channel_summary
    from socialscope.store.connection import Store
    from socialscope.store.results import run_clock

    started = run_clock()
    with exit_on_error():
        rules = _rules(sources, types)
        with Store(db_path(ctx), read_only=True) as store:
            frame = channel_summary(store.ibis(), rules).to_pandas()
        _write(ctx, "channel_summary", frame, "channels", {"sources": str(sources), "types": str(types)}, started)
    print_frame(frame, fmt, title="Channels (push vs pull)")


@app.command("funnel")
def funnel(
    ctx: typer.Context,
    by: FunnelGrouping = typer.Option(
        FunnelGrouping.channel, "--by", help="Group leads by channel, channel type (push/pull/mixed) or campaign."
    ),
    touch: FunnelTouch = typer.Option(
        FunnelTouch.last_non_direct, "--touch", help="Which touch before the lead it is credited to."
    ),
    sources: Path = typer.Option(None, "--sources", help=SOURCES_HELP),
    types: Path = typer.Option(None, "--types", help=TYPES_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Lead → opportunity → customer: counts, conversion rates, days between stages, revenue,
    cost, CAC and ROI per group. `--by type` answers "do pushed leads convert worse than pulled ones?".

    Example: socialscope marketing funnel --by type
    """
    from socialscope.marketing.funnel import funnel as build_funnel
    from socialscope.store.connection import Store
    from socialscope.store.results import run_clock

    by, touch = by.value, touch.value
    started = run_clock()
    with exit_on_error():
        rules = _rules(sources, types)
        with Store(db_path(ctx), read_only=True) as store:
            frame = build_funnel(store.ibis(), by=by, rules=rules, touch=touch).to_pandas()
        _write(ctx, f"funnel_by_{by}", frame, "funnel", {"by": by, "touch": touch}, started)
    print_frame(frame, fmt, title=f"Funnel by {by} ({touch.replace('_', ' ')} touch)")


@app.command("customers")
def customers(
    ctx: typer.Context,
    period: CustomerPeriod = typer.Option(CustomerPeriod.month, "--period", help="Count customers per period."),
    months: int = typer.Option(12, "--months", help="Horizon of the predicted CLV."),
    discount_rate: float = typer.Option(0.01, "--discount-rate", help="Monthly discount rate for CLV."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Retention vs acquisition: new and returning customers per period, repeat-purchase rate,
    historical and predicted CLV (BG/NBD + Gamma-Gamma), and CAC vs CLV per channel.

    Example: socialscope marketing customers --period quarter --months 24
    """
    from socialscope.marketing.customers import customer_report
    from socialscope.store.connection import Store
    from socialscope.store.results import run_clock

    period = period.value
    started = run_clock()
    with exit_on_error():
        with Store(db_path(ctx), read_only=True) as store:
            report = customer_report(store, period=period, months=months, discount_rate=discount_rate)
        _write(ctx, "customer_retention", report.retention, "customers", {"period": period}, started)
        _write(
            ctx, "customer_retention_by_channel", report.retention_by_channel, "customers", {"period": period}, started
        )
        _write(ctx, "customer_channels", report.channels, "customers", {"months": months}, started)
    print_frame(report.retention, fmt, title=f"New vs returning customers per {period}")
    print_frame(
        report.retention_by_channel, fmt, title=f"New vs returning customers per {period} and acquiring channel"
    )
    print_frame(report.channels, fmt, title=f"Customers by acquiring channel (predicted CLV over {months} months)")
    if report.model_note:
        from socialscope.cli.common import console

        console.print(f"[yellow]note:[/yellow] {report.model_note}")


def _rules(sources: Path | None, types: Path | None):
    from socialscope.errors import InputError, Problem
    from socialscope.marketing.channels import ChannelRules

    try:
        return ChannelRules.load(sources, types)
    except (OSError, ValueError) as exc:
        raise InputError(Problem(str(sources or types), None, None, str(exc))) from exc
