"""Where the data-driven models stop earning their name: the simulator grid at small stores
(200–4,000 journeys, about 10–200 conversions), scoring the raw candidate (`model_based`,
what `data_driven` is above the threshold) against the rules. It sets
``MIN_DATA_DRIVEN_CONVERSIONS`` in socialscope.attribution.registry:
``python -m benchmarks.attribution_small_data [--docs]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import product
from pathlib import Path

import pandas as pd

from benchmarks.attribution_grid import MARKETING
from benchmarks.common import RESULTS

FOLDER = RESULTS / "attribution_small_data"
START, END = "<!-- small-data:start (python -m benchmarks.attribution_small_data --docs) -->", "<!-- small-data:end -->"
JOURNEYS = (200, 500, 1000, 2000, 4000)
CHANNELS = (4, 8)
SYNERGY = (0.0, 0.5)
SEEDS = (1, 2, 3)
SHOWN = ("model_based", "shapley_conversion", "linear", "last_touch", "first_touch")


def run_cell(channels: int, journeys: int, synergy: float, seed: int) -> dict:
    """One simulated store credited under the models named (so the data-driven candidates run
    below the minimum-data rule too, as they would without it) and scored against the truth."""
    import warnings

    from socialscope.attribution.conversion import AttributionWarning
    from socialscope.attribution.evaluate import score_credit, simulated_store_credit
    from socialscope.attribution.simulate import SimulationSettings, simulate

    simulation = simulate(SimulationSettings(channels=channels, journeys=journeys, seed=seed, synergy=synergy))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AttributionWarning)
        credit, _ = simulated_store_credit(simulation, list(SHOWN))
    scores = score_credit(credit, simulation.truth)
    return {
        "channels": channels,
        "journeys": journeys,
        "synergy": synergy,
        "seed": seed,
        "conversions": len(simulation.conversions),
        "scores": scores.to_dict(orient="records"),
    }


def cells(folder: Path = FOLDER) -> pd.DataFrame:
    rows = []
    for path in sorted(folder.glob("*.json")):
        cell = json.loads(path.read_text())
        nmae = {s["model"]: s["nmae"] for s in cell["scores"]}
        rows.append({k: cell[k] for k in ("channels", "journeys", "synergy", "seed", "conversions")} | nmae)
    return pd.DataFrame(rows)


def markdown(frame: pd.DataFrame) -> list[str]:
    table = frame.groupby("journeys")[["conversions", *SHOWN]].mean()
    lines = [
        "| journeys | mean conversions | " + " | ".join(SHOWN) + " | model_based better than linear |",
        "|---|---|" + "---|" * len(SHOWN) + "---|",
    ]
    for journeys, row in table.iterrows():
        share = (frame[frame["journeys"] == journeys].eval("model_based < linear")).mean()
        values = " | ".join(f"{row[m]:.4f}" for m in SHOWN)
        lines.append(f"| {journeys:,} | {row['conversions']:.0f} | {values} | {share:.0%} |")
    cells_run = len(frame)
    lines.append("")
    lines.append(
        f"Mean NMAE over {cells_run} cells ({', '.join(map(str, CHANNELS))} channels × synergy "
        f"{' and '.join(map(str, SYNERGY))} × seeds {SEEDS[0]}–{SEEDS[-1]}; no order effects)."
    )
    return lines


def write_docs(frame: pd.DataFrame, path: Path = MARKETING) -> None:
    text = path.read_text()
    start, end = text.index(START) + len(START), text.index(END)
    path.write_text(text[:start] + "\n" + "\n".join(markdown(frame)) + "\n" + text[end:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.attribution_small_data", description=__doc__)
    parser.add_argument("--docs", action="store_true", help="also rewrite the table in docs/marketing.md")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for journeys, channels, synergy, seed in product(JOURNEYS, CHANNELS, SYNERGY, SEEDS):
        path = FOLDER / f"k{channels}_n{journeys}_s{synergy}_seed{seed}.json"
        if not path.exists():
            path.write_text(json.dumps(run_cell(channels, journeys, synergy, seed), indent=1))
            print(path.name, file=sys.stderr, flush=True)
    frame = cells()
    print("\n".join(markdown(frame)))
    if args.docs:
        write_docs(frame)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
