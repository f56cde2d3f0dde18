"""``socialscope attribution``: conversions and value credited per channel or campaign; its
``simulate`` and ``evaluate`` subcommands measure how close each model comes to a planted truth."""

from __future__ import annotations

from pathlib import Path

import typer

from socialscope.cli.choices import ALL, NETWORK_CREDIT, AttributionGrouping, AttributionModelName, GraphName
from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame

# The callback's docstring is the group's help (running `attribution` alone attributes).
app = typer.Typer(
    short_help="Multi-touch attribution; `simulate` and `evaluate` check the models against planted truth.",
    invoke_without_command=True,
)


def _network_credit(journeys, by: str, model: str, graph: str, half_life_days: float):
    from socialscope.attribution.network import account_credit, community_credit

    credit = account_credit if by == "account" else community_credit
    return credit(journeys, model=model, graph=graph, half_life_days=half_life_days).assign(model=model)


@app.callback()
def attribution(
    ctx: typer.Context,
    models: list[AttributionModelName] = typer.Option(
        [AttributionModelName.all],
        "--model",
        help="A model (repeat --model to compare several), or all of them; docs/marketing.md describes each.",
    ),
    lookback_days: int = typer.Option(
        30, "--lookback-days", help="Touches older than this before a conversion are not credited."
    ),
    by: AttributionGrouping = typer.Option(
        AttributionGrouping.channel,
        "--by",
        help="Credit channels or campaigns, or the accounts / communities whose posts referred buyers "
        "(one rule-based model).",
    ),
    graph: GraphName = typer.Option(GraphName.follows, "--graph", help="With --by community: whose communities."),
    stages: str = typer.Option(
        "customer,purchase", "--stages", help="Which conversion stages to attribute, comma-separated."
    ),
    half_life_days: float = typer.Option(
        7.0, "--half-life-days", help="time_decay: credit halves every this many days."
    ),
    bootstrap: int = typer.Option(
        0, "--bootstrap", help="Resample journeys this many times (e.g. 100) for a 90% interval per credit."
    ),
    seed: int = typer.Option(0, "--seed", help="With --bootstrap: the resampling seed (same seed, same interval)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Multi-touch attribution: who gets credit for conversions and revenue, under one model
    or several side by side; `simulate` and `evaluate` check the models against planted truth.
    Results are written to the attribution table.

    Examples: socialscope attribution --model all --lookback-days 14 --bootstrap 100 --format csv
              socialscope attribution --model markov_1 --model shapley --by campaign
    """
    if ctx.invoked_subcommand is not None:
        return
    from socialscope.attribution import attribute, build_journeys
    from socialscope.attribution.bootstrap import bootstrap_intervals
    from socialscope.errors import UsageError
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, run_clock, write_result
    from socialscope.store.schema import CONVERSION_STAGES

    names = list(dict.fromkeys(m.value for m in models))
    model = ",".join(names)
    by, graph = by.value, graph.value
    stage_names = tuple(s.strip() for s in stages.split(","))
    with exit_on_error():
        # a comma-separated list, which Typer cannot check against the stages itself
        unknown = [s for s in stage_names if s not in CONVERSION_STAGES]
        if unknown:
            raise UsageError(
                f"--stages: unknown stage {', '.join(unknown)}; choose from {', '.join(CONVERSION_STAGES)}"
            )
        if ALL in names and len(names) > 1:
            raise UsageError("--model all already runs every model: give it alone, or name the models")
        if by in NETWORK_CREDIT and len(names) > 1:
            raise UsageError(f"--by {by} credits under one rule-based model: give one --model")
        if bootstrap and (bootstrap < 2 or by in NETWORK_CREDIT):
            raise UsageError("--bootstrap needs at least 2 resamples, and --by channel or campaign")
        started = run_clock()
        with Store(db_path(ctx)) as store:
            journeys = build_journeys(
                store,
                by=by if by not in NETWORK_CREDIT else "channel",
                lookback_days=lookback_days,
                stages=stage_names,
            )
            if by in NETWORK_CREDIT:
                frame = _network_credit(journeys, by, "linear" if model == ALL else model, graph, half_life_days)
            else:
                frame = attribute(journeys, None if model == ALL else names, half_life_days=half_life_days)
                if bootstrap:
                    done = list(frame["model"].unique())
                    intervals = bootstrap_intervals(
                        journeys, done, resamples=bootstrap, seed=seed, half_life_days=half_life_days
                    )
                    frame = frame.merge(intervals.rename(columns={"key": by}), on=["model", by], how="left")
            with store.transaction():
                params = {"model": model, "by": by, "lookback_days": lookback_days, "stages": stages}
                if bootstrap:
                    params |= {"bootstrap": bootstrap, "seed": seed}
                run_id = record_run(
                    store, "attribution", params, {"conversions": journeys.total_conversions}, started=started
                )
                write_result(store, f"attribution_by_{by}", frame, run_id)
    print_frame(frame, fmt, title=f"Attribution by {by} ({lookback_days}-day lookback)")
    if fmt is not OutputFormat.table:
        return
    if bootstrap:
        console.print(f"[dim]low / high: 90% bootstrap interval over {bootstrap} resamples of the journeys.[/dim]")
    if by in NETWORK_CREDIT:
        console.print(
            "[dim]Credit of touches whose referrer is a post, under the model's per-touch weights "
            "(linear when --model all).[/dim]"
        )
    if journeys.unattributed_conversions:
        console.print(
            f"[dim]{journeys.unattributed_conversions:,.0f} conversions "
            f"(value {journeys.unattributed_value:,.2f}) had no touch in the lookback window and are not credited.[/dim]"
        )


@app.command("simulate")
def simulate_command(
    channels: int = typer.Option(8, "--channels", help="Number of channels (1-62)."),
    journeys: int = typer.Option(5000, "--journeys", help="Number of journeys (one visitor each)."),
    seed: int = typer.Option(42, "--seed", help="Random seed: the same seed gives the same files."),
    synergy: float = typer.Option(0.0, "--synergy", help="Scale of the symmetric pairwise synergies (0 = none)."),
    order_effects: float = typer.Option(
        0.0, "--order-effects", help="Scale of the ordered synergies: A before B differs from B before A."
    ),
    conversion_rate: float = typer.Option(0.05, "--conversion-rate", help="Target share of journeys that convert."),
    out: Path = typer.Option(Path("simulated"), "--out", help="Folder for the CSV files."),
) -> None:
    """Simulate journeys from a known conversion model: touchpoints.csv and conversions.csv
    (import them as usual), truth.csv (each channel's true share of the conversions it
    causes) and simulation.json (the model's coefficients). See docs/marketing.md.

    Example: socialscope attribution simulate --channels 8 --journeys 5000 --seed 42 --synergy 0.5 --out sim
    """
    from socialscope.attribution.simulate import SimulationSettings, simulate, write_simulation
    from socialscope.errors import UsageError

    with exit_on_error():
        try:
            settings = SimulationSettings(
                channels=channels,
                journeys=journeys,
                seed=seed,
                synergy=synergy,
                order_effects=order_effects,
                conversion_rate=conversion_rate,
            )
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        simulation = simulate(settings)
        files = write_simulation(simulation, out)
    print_frame(simulation.truth, OutputFormat.table, title=f"True contribution ({journeys:,} journeys)")
    console.print(
        f"{len(simulation.touchpoints):,} touchpoints, {len(simulation.conversions):,} conversions. Next:\n"
        f"  socialscope import touchpoints {files['touchpoints']}\n"
        f"  socialscope import conversions {files['conversions']}\n"
        f"  socialscope attribution evaluate --truth {files['truth']}",
        highlight=False,
    )


@app.command("evaluate")
def evaluate_command(
    ctx: typer.Context,
    truth: Path | None = typer.Option(
        None, "--truth", help="truth.csv from `attribution simulate`, for a store holding that simulation."
    ),
    lookback_days: int = typer.Option(30, "--lookback-days", help="As for `socialscope attribution`."),
    journeys: int = typer.Option(
        50_000, "--journeys", help="Without --truth: at most this many journeys per calibrated simulation."
    ),
    seeds: int = typer.Option(1, "--seeds", help="Without --truth: simulations per setting (seeds 1..N)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """How close each model's credit comes to the truth: NMAE (mean over channels of
    |share − true share|), Spearman rank correlation and top-3 overlap, best first. With
    --truth, on this store's journeys; without, on journeys simulated like this store's
    (channel count and mix, journey lengths, conversion rate; synergy 0 / 0.5 and order
    effects 0 / 0.6, averaged). Results are written to the attribution_evaluation table.

    Example: socialscope attribution evaluate --truth sim/truth.csv
    """
    import pandas as pd

    from socialscope.attribution import MODELS, attribute, build_journeys
    from socialscope.attribution.evaluate import best_model, evaluate_like, score_credit
    from socialscope.errors import InputError, Problem, UsageError
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, run_clock, write_result

    with exit_on_error():
        if seeds < 1 or journeys < 100:
            raise UsageError("--seeds must be at least 1 and --journeys at least 100")
        started = run_clock()
        with Store(db_path(ctx)) as store:
            built = build_journeys(store, lookback_days=lookback_days)
            if not len(built.paths):
                raise UsageError("no journeys in this store: import touchpoints and conversions first")
            if truth is not None:
                try:
                    table = pd.read_csv(truth)
                except (OSError, pd.errors.ParserError) as exc:
                    raise InputError(Problem(str(truth), None, None, str(exc))) from None
                missing = {"channel", "true_share"} - set(table.columns)
                if missing:
                    raise InputError(Problem(str(truth), None, sorted(missing)[0], "column missing")) from None
                scores = score_credit(attribute(built), table)
                source = f"truth {truth.name}"
            else:
                scores = evaluate_like(built, seeds=tuple(range(1, seeds + 1)), max_journeys=journeys)
                source = "simulated like this store"
            scores = scores.assign(label=scores["model"].map(lambda m: MODELS[m].label), source=source)
            with store.transaction():
                run_id = record_run(
                    store, "attribution_evaluation", {"source": source}, {"best": best_model(scores)}, started=started
                )
                write_result(store, "attribution_evaluation", scores, run_id)
    shown = scores[["model", "label", "nmae", "spearman", "top3_overlap"]]
    print_frame(shown, fmt, title=f"Attribution models against the truth ({source})")
    if fmt is OutputFormat.table:
        best = best_model(scores)
        console.print(f"Closest to the truth: [bold]{best}[/bold] ({MODELS[best].label}).", highlight=False)
