"""``socialscope network …``: who is connected, who matters, communities, key-person risk."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from socialscope.cli.choices import EvolutionPeriod, GraphFileFormat, GraphName, RankMetric
from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, print_frame, print_json, spinner

app = typer.Typer(help="Networking analytics: centrality, communities, brokers, key-person risk.", no_args_is_help=True)

GRAPH_HELP = "Which graph: who follows whom, who interacts with whom, or who works with whom."


class Stage(str, Enum):
    fast = "fast"
    all = "all"


@app.command("analyze")
def analyze(
    ctx: typer.Context,
    graph: GraphName = typer.Option(GraphName.follows, "--graph", help=GRAPH_HELP),
    since: datetime = typer.Option(None, "--since", help="Only ties from this date (YYYY-MM-DD)."),
    until: datetime = typer.Option(None, "--until", help="Only ties before this date."),
    kinds: str = typer.Option(None, "--kinds", help="Interaction kinds, comma-separated (e.g. reply,mention)."),
    resolution: float = typer.Option(1.0, "--resolution", help="Leiden resolution (higher: smaller communities)."),
    seed: int = typer.Option(42, "--seed", help="Seed for Leiden and sampling."),
    min_ties: int = typer.Option(2, "--min-ties", help="Collaboration: messages needed for a tie…"),
    window_days: int = typer.Option(28, "--window-days", help="…within this many days."),
    risk_candidates: int = typer.Option(
        None, "--risk-candidates", help="People to test for key-person risk (default 30; 0 above 20,000 accounts)."
    ),
    betweenness_samples: int = typer.Option(
        None,
        "--betweenness-samples",
        help="Estimate betweenness and harmonic closeness from this many sampled sources (default: exact while "
        "accounts x ties <= 2e9, else as many sources as fit ~2.4e8 edge visits, 16-2000).",
    ),
    stage: Stage = typer.Option(
        Stage.all,
        "--stage",
        help="fast: only the exact, fast measures (degrees, PageRank, k-core, clustering, eigenvector/HITS, "
        "Leiden communities and their profiles); all: then the sampled ones (betweenness, harmonic closeness, "
        "Burt's measures, bridges, brokers, key-person risk). Above 2,000,000 ties each stage is written "
        "as soon as it is done.",
    ),
) -> None:
    """Compute every network metric of a graph and write the network tables.

    Writes network_metrics, network_graphs, communities, community_links and
    key_person_risk (the rows of this graph are replaced). Large graphs are analysed in two
    stages, each written all-or-nothing: the fast measures first (reported at once), then the
    sampled ones.

    Example: socialscope network analyze --graph collaboration --since 2025-07-01;
    socialscope network analyze --graph follows --stage fast
    """
    from socialscope.network.analysis import analyze_and_write
    from socialscope.store.connection import Store

    graph = graph.value
    options = {"since": since, "until": until, "min_ties": min_ties, "window_days": window_days}
    if kinds:
        options["kinds"] = tuple(k.strip() for k in kinds.split(",") if k.strip())
    with (
        exit_on_error(),
        Store(db_path(ctx)) as store,
        spinner() as progress,
    ):
        task = progress.add_task("network", total=None)
        analyze_and_write(
            store,
            graph,
            stage=stage.value,
            on_stage=lambda result: show_stage(result, graph, staged=stage is Stage.all),
            resolution=resolution,
            seed=seed,
            risk_candidates=risk_candidates,
            betweenness_samples=betweenness_samples,
            step=lambda s: progress.update(task, description=s),
            **options,
        )


def show_stage(result: Any, graph: str, *, staged: bool) -> None:
    """Print what a stage of ``network analyze`` wrote: after the fast stage the graph-level
    table, then what comes next; after the sampled stage its notes."""
    summary = result.summary
    if result.stage == "all" and summary["sampled_at"] != summary["fast_at"]:  # the second of two stages
        console.print(f"sampled stage written ({summary['sampled_seconds']:.0f} s): {SAMPLED_MEASURES}")
        for note in result.notes:
            console.print(f"[yellow]note:[/yellow] {note}")
        return
    table = Table(title=f"{graph} graph", show_header=False)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in (
        "nodes",
        "edges",
        "density",
        "reciprocity",
        "transitivity",
        "assortativity",
        "components",
        "largest_component_share",
        "diameter",
        "communities",
        "modularity",
    ):
        value = summary[key]
        table.add_row(
            key.replace("_", " "),
            "—" if value is None else (f"{value:,.4g}" if isinstance(value, float) else f"{value:,}"),
        )
    console.print(table)
    for note in result.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
    if result.stage == "fast":
        console.print(f"fast stage written ({summary['fast_seconds']:.0f} s).")
        if staged:
            console.print(f"sampled stage running: {SAMPLED_MEASURES}")
        else:
            console.print(f"[dim]not computed: {SAMPLED_MEASURES} (run with --stage all)[/dim]")


SAMPLED_MEASURES = "betweenness, harmonic closeness, Burt's measures, bridges, brokers, key-person risk"


@app.command("top")
def top(
    ctx: typer.Context,
    by: RankMetric = typer.Option(RankMetric.influence, "--by", help="Rank accounts by this metric."),
    n: int = typer.Option(10, "-n", "--number", help="How many accounts."),
    graph: GraphName = typer.Option(GraphName.follows, "--graph", help=GRAPH_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """The accounts that rank highest by a metric (after `network analyze`).

    Example: socialscope network top --by risk --graph collaboration -n 5
    """
    from socialscope.errors import NotFoundError
    from socialscope.network.analysis import top_accounts
    from socialscope.store.connection import Store

    by, graph = by.value, graph.value
    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        table = "key_person_risk" if by == "risk" else "network_metrics"
        if not store.has_table(table):
            raise NotFoundError(f"no network results yet: run 'socialscope network analyze --graph {graph}'")
        frame = top_accounts(store, graph, by, n)
    print_frame(frame, fmt, title=f"Top {n} by {by} ({graph})")


@app.command("person")
def person(
    ctx: typer.Context,
    account: str = typer.Argument(..., help="Account id or @handle."),
    graph: GraphName = typer.Option(GraphName.follows, "--graph", help=GRAPH_HELP),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """A person's profile: metrics with percentiles, communities bridged, strongest ties,
    engagement given and received, key-person risk.

    Example: socialscope network person slack:W00149 --graph collaboration
    """
    from socialscope.network.profile import person_profile
    from socialscope.store.connection import Store

    graph = graph.value
    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        profile = person_profile(store, account, graph=graph)
    if as_json:
        print_json(profile)
        return
    acct = profile["account"]
    console.print(
        f"[bold]{acct['display_name'] or acct['account_id']}[/bold] (@{acct['handle']}, "
        f"{acct['kind']}, {acct['account_id']}) in the {graph} graph"
    )
    metrics = Table(title="Metrics", show_header=True)
    for column in ("metric", "value", "percentile"):
        metrics.add_column(column, justify="left" if column == "metric" else "right")
    for name, m in profile["metrics"].items():
        value = m["value"]
        metrics.add_row(
            name,
            "—" if value is None else f"{value:,.4g}",
            "—" if m["percentile"] is None else f"{100 * m['percentile']:.0f}%",
        )
    console.print(metrics)
    c = profile["community"]
    console.print(
        f"Community {c.get('name') or c['id']} ({c.get('size', '?')} members); bridges to "
        + (
            ", ".join(
                f"{b.get('name') or b['community']} ({b['ties']} ties)" for b in profile["communities_bridged"][:8]
            )
            or "no other community"
        )
    )
    ties = Table(title="Strongest ties")
    for column in ("account", "weight", "community"):
        ties.add_column(column)
    for t in profile["strongest_ties"]:
        ties.add_row(t.get("label") or t["account_id"], f"{t['weight']:g}", str(t["community"]))
    console.print(ties)
    e = profile["engagement"]
    console.print("Engagement given: " + (", ".join(f"{k} {v}" for k, v in e["given"].items()) or "none"))
    console.print("Engagement received: " + (", ".join(f"{k} {v}" for k, v in e["received"].items()) or "none"))
    console.print("[bold]Key-person risk[/bold]")
    for sentence in profile["risk_story"]:
        console.print(f"  {sentence}")
    r = profile["key_person_risk"]
    if "skipped" not in r:
        console.print(
            f"  [dim]fragmentation +{r['risk_score']:.4f}; largest component -{100 * r['lcc_share_drop']:.1f}%; "
            f"{r['orphaned_communities']} communities lose their only bridge; paths "
            f"{100 * (r['path_length_increase'] or 0):+.1f}%; {r['nonredundant_ties']} ties without redundancy[/dim]"
        )


@app.command("evolution")
def evolution(
    ctx: typer.Context,
    graph: GraphName = typer.Option(GraphName.interactions, "--graph", help=GRAPH_HELP),
    period: EvolutionPeriod = typer.Option(EvolutionPeriod.month, "--period", help="Find communities per period."),
    resolution: float = typer.Option(1.0, "--resolution", help="Leiden resolution."),
    min_jaccard: float = typer.Option(0.3, "--min-jaccard", help="Member overlap that links two periods' communities."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Communities per period, matched across periods: formation, growth, shrinkage, merge,
    split, dissolution, member churn, and the own brand's reach in each community.

    Writes the community_evolution table.

    Example: socialscope network evolution --graph interactions --period quarter
    """
    from socialscope.network.evolution import community_evolution
    from socialscope.store.connection import Store
    from socialscope.store.results import record_run, replace_rows, run_clock

    started = run_clock()
    graph, period = graph.value, period.value
    with exit_on_error(), Store(db_path(ctx)) as store:
        with console.status(f"tracking communities per {period}"):
            frame = community_evolution(store, graph, period=period, resolution=resolution, min_jaccard=min_jaccard)
        with store.transaction():
            run_id = record_run(
                store, "network_evolution", {"graph": graph, "period": period}, {"rows": len(frame)}, started=started
            )
            replace_rows(store, "community_evolution", frame.assign(graph=graph), run_id, key="graph", value=graph)
    from socialscope.report.privacy import suppress_small_groups

    shown = suppress_small_groups(frame.drop(columns=["predecessors"]), graph)
    print_frame(shown, fmt, title=f"Community evolution ({graph}, per {period})")


@app.command("export")
def export(
    ctx: typer.Context,
    fmt: GraphFileFormat = typer.Option(
        GraphFileFormat.gexf, "--format", help="gexf (Gephi), graphml, or csv (nodes and edges files)."
    ),
    graph: GraphName = typer.Option(GraphName.follows, "--graph", help=GRAPH_HELP),
    out: Path = typer.Option(None, "--out", help="Output file (default: GRAPH.FORMAT)."),
) -> None:
    """Export a graph with node metrics for Gephi, Cytoscape or spreadsheets.

    Example: socialscope network export --format gexf --graph collaboration --out team.gexf
    """
    from socialscope.network.export import export_graph
    from socialscope.store.connection import Store

    fmt, graph = fmt.value, graph.value
    target = out or Path(f"{graph}.{fmt}")
    with exit_on_error(), Store(db_path(ctx), read_only=True) as store:
        paths = export_graph(store, graph, fmt, target)
    for path in paths:
        console.print(f"wrote {path}")
