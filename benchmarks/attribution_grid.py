"""How close every attribution model comes to the planted truth, over a grid of simulated
settings: ``python -m benchmarks.attribution_grid --journeys 5000,50000 --seeds 1-5``.

Each cell simulates journeys (socialscope.attribution.simulate), imports them into a scratch
store, credits them under every model exactly as ``socialscope attribution`` does, and scores
the shares against the truth (NMAE, Spearman, top-3 overlap). One JSON file per cell in
benchmarks/results/attribution_grid/, so a long grid can be stopped and resumed; the report
(docs/benchmarks.md, docs/marketing.md) is rebuilt from whatever cells exist.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import product
from pathlib import Path

import pandas as pd

from benchmarks.common import RESULTS

GRID = RESULTS / "attribution_grid"
MARKETING = Path(__file__).resolve().parent.parent / "docs" / "marketing.md"
START, END = "<!-- grid:start (written by python -m benchmarks.attribution_grid --docs) -->", "<!-- grid:end -->"
CHANNELS = (4, 8, 12)
JOURNEYS = (5_000, 50_000, 1_000_000)
SYNERGY = (0.0, 0.5)
ORDER = (0.0, 0.6)
HEURISTICS = ("first_touch", "last_touch", "last_non_direct", "linear", "time_decay", "position_based")
CANDIDATES = ("shapley_conversion", "shapley_ordered", "model_based")


def run_cell(channels: int, journeys: int, synergy: float, order: float, seed: int) -> dict:
    from socialscope.attribution.evaluate import score_credit, simulated_store_credit
    from socialscope.attribution.simulate import SimulationSettings, simulate

    start = time.perf_counter()
    settings = SimulationSettings(channels=channels, journeys=journeys, seed=seed, synergy=synergy, order_effects=order)
    simulation = simulate(settings)
    credit, built = simulated_store_credit(simulation)
    scores = score_credit(credit, simulation.truth)
    return {
        "channels": channels,
        "journeys": journeys,
        "synergy": synergy,
        "order": order,
        "seed": seed,
        "conversions": len(simulation.conversions),
        "paths": len(built.paths),
        "seconds": time.perf_counter() - start,
        "scores": scores.to_dict(orient="records"),
    }


def cell_path(channels: int, journeys: int, synergy: float, order: float, seed: int, folder: Path = GRID) -> Path:
    return folder / f"k{channels}_n{journeys}_s{synergy}_o{order}_seed{seed}.json"


def load(folder: Path = GRID) -> pd.DataFrame:
    """Every saved cell's scores, one row per cell and model."""
    rows = []
    for path in sorted(folder.glob("*.json")) if folder.exists() else []:
        cell = json.loads(path.read_text())
        for score in cell["scores"]:
            rows.append({k: v for k, v in cell.items() if k != "scores"} | score)
    return pd.DataFrame(rows)


def summary(frame: pd.DataFrame, data_driven: str) -> pd.DataFrame:
    """Per setting (mean over its seeds): NMAE of the data-driven model, the best heuristic,
    last touch, Markov order 1, converting-path Shapley and each candidate, with the ratio."""
    settings = ["channels", "journeys", "synergy", "order"]
    mean = frame.pivot_table(index=[*settings, "seed"], columns="model", values="nmae").groupby(settings).mean()
    seeds = frame.groupby(settings)["seed"].nunique()
    best_heuristic = mean[list(HEURISTICS)].min(axis=1)
    out = pd.DataFrame(
        {
            "seeds": seeds,
            "data_driven": mean[data_driven],
            "best_heuristic": best_heuristic,
            "best_heuristic_name": mean[list(HEURISTICS)].idxmin(axis=1),
            "last_touch": mean["last_touch"],
            "markov_1": mean["markov_1"],
            "shapley": mean["shapley"],
            **{c: mean[c] for c in CANDIDATES},
        }
    )
    out["ratio"] = out["data_driven"] / out["best_heuristic"]
    return out.reset_index()


def choose(frame: pd.DataFrame) -> str:
    """The candidate with the lowest NMAE averaged over every setting (each setting's seeds
    averaged first, so settings weigh equally)."""
    settings = ["channels", "journeys", "synergy", "order"]
    per_setting = frame[frame["model"].isin(CANDIDATES)].groupby([*settings, "model"])["nmae"].mean()
    return str(per_setting.groupby("model").mean().idxmin())


def markdown(folder: Path = GRID) -> list[str]:
    """The grid table for the docs (empty when no cell was run)."""
    frame = load(folder)
    if frame.empty:
        return []
    from socialscope.attribution.registry import DATA_DRIVEN

    chosen = choose(frame)
    table = summary(frame, DATA_DRIVEN)
    lines = [
        "| channels | journeys | synergy | order effects | seeds | data_driven NMAE | best heuristic NMAE "
        "| ratio | last touch | Markov 1 | Shapley (converting paths) | Shapley (conversion rate) "
        "| Shapley (ordered) | model based |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in table.itertuples(index=False):
        lines.append(
            f"| {r.channels} | {r.journeys:,} | {r.synergy:g} | {r.order:g} | {r.seeds} | **{r.data_driven:.4f}** | "
            f"{r.best_heuristic:.4f} ({r.best_heuristic_name}) | {r.ratio:.2f} | {r.last_touch:.4f} | "
            f"{r.markov_1:.4f} | {r.shapley:.4f} | {r.shapley_conversion:.4f} | {r.shapley_ordered:.4f} | "
            f"{r.model_based:.4f} |"
        )
    worse = table[table["data_driven"] > table["last_touch"]]
    cells = frame.groupby(["channels", "journeys", "synergy", "order", "seed"])["seconds"].first()
    lines += [
        "",
        f"Cells run: {len(cells)} ({cells.sum() / 60:.0f} min, simulation to scores). Averaged over settings, the data-driven "
        f"model's NMAE is {table['ratio'].mean():.2f}× the best heuristic's (worst setting "
        f"{table['ratio'].max():.2f}×); it is worse than last touch in {len(worse)} of {len(table)} settings. "
        f"Lowest mean NMAE among the candidates: `{chosen}`"
        + (
            " (the shipped `data_driven`)."
            if chosen == DATA_DRIVEN
            else f" (the shipped `data_driven` is `{DATA_DRIVEN}`)."
        ),
    ]
    return lines


def write_docs(path: Path = MARKETING) -> None:
    """Replace the table between the grid markers of docs/marketing.md."""
    text = path.read_text()
    start, end = text.index(START) + len(START), text.index(END)
    path.write_text(text[:start] + "\n" + "\n".join(markdown()) + "\n" + text[end:])


def _seeds(text: str) -> list[int]:
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(s) for s in text.split(",")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.attribution_grid", description=__doc__)
    parser.add_argument("--channels", default=",".join(map(str, CHANNELS)))
    parser.add_argument("--journeys", default=",".join(map(str, JOURNEYS)))
    parser.add_argument("--seeds", default="1-5", help="e.g. 1-5 or 1,2")
    parser.add_argument("--redo", action="store_true", help="recompute cells already saved")
    parser.add_argument("--docs", action="store_true", help="only rewrite the grid table in docs/marketing.md")
    args = parser.parse_args(argv)
    if args.docs:
        write_docs()
        return 0
    GRID.mkdir(parents=True, exist_ok=True)
    cells = product(
        [int(x) for x in args.journeys.split(",")],
        _seeds(args.seeds),
        [int(x) for x in args.channels.split(",")],
        SYNERGY,
        ORDER,
    )
    for journeys, seed, channels, synergy, order in cells:
        path = cell_path(channels, journeys, synergy, order, seed)
        if path.exists() and not args.redo:
            continue
        result = run_cell(channels, journeys, synergy, order, seed)
        path.write_text(json.dumps(result, indent=1))
        print(f"{path.name}: {result['seconds']:.1f} s", file=sys.stderr, flush=True)
    print("\n".join(markdown()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
