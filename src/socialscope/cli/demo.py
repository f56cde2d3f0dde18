"""``socialscope demo``: generate the demo workspace and run the analyses on it."""

from __future__ import annotations

import typer

from socialscope.cli.analyze import run_with_progress, show_summary
from socialscope.cli.common import OutputFormat, console, db_path, exit_on_error, spinner


def demo(
    ctx: typer.Context,
    scale: float = typer.Option(1.0, "--scale", min=0.01, help="Multiply every population (1.0 ≈ 3,000 people)."),
    seed: int = typer.Option(7, "--seed", help="Random seed: the same seed gives the same world."),
    analyze: bool = typer.Option(True, "--analyze/--no-analyze", help="Run the analyses afterwards."),
) -> None:
    """Generate a demo company, its audiences and campaigns into the store, then analyse it.

    Replaces the contents of a demo store; refuses a store that holds imported data.

    Example: socialscope --db demo.duckdb demo --scale 0.2 --seed 1
    """
    from socialscope.demo import DemoConfig, generate, load_demo
    from socialscope.store.connection import Store

    config = DemoConfig(scale=scale, seed=seed)
    path = db_path(ctx)
    with exit_on_error(), Store(path) as store:
        with spinner() as progress:
            task = progress.add_task("generating", total=None)
            tables = generate(config, step=lambda s: progress.update(task, description=f"generating {s}"))
            progress.update(task, description="writing the store")
            counts = load_demo(store, tables, config)
        console.print(
            f"Demo world (scale {scale:g}, seed {seed}) written to [bold]{path}[/bold]: "
            + ", ".join(f"{n:,} {t}" for t, n in counts.items())
        )
        if analyze:
            show_summary(run_with_progress(store), OutputFormat.table)
