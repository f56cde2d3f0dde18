"""Whether ``socialscope analyze`` must run an analysis again, and why.

Each run records in ``analysis_runs.inputs`` what it read and wrote (JSON)::

    {"code": "socialscope 0.1.0, network v1", "model": "<model file digests>" | null,
     "tables": {"posts": "<rows>:<hash>", ...},     # every input (Analysis.inputs)
     "outputs": {"network_graphs": "<rows>:<hash>", ...}}  # every output, after the run

with fingerprints of :mod:`socialscope.store.fingerprint` (row count and an order-free hash
of the rows: unchanged by a re-import of the same file, changed by any added, removed or
edited row). The next ``analyze`` runs the analysis again when an input's fingerprint, the
code version (socialscope's and the analysis's own ``version``) or the model version
changed, or when an output no longer holds what the run wrote (another command replaced it);
otherwise it reuses the previous run and its headline numbers. ``--full`` runs everything.

Inputs that are other analyses' results (topics reads ``network_metrics`` and the detected
languages) are fingerprinted when the reading analysis starts, after the registry order has
brought them up to date, so a dependant runs again exactly when what it reads changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from socialscope.store.fingerprint import table_fingerprint
from socialscope.store.schema import CANONICAL_TABLES

if TYPE_CHECKING:
    from socialscope.analyses import Analysis
    from socialscope.store.connection import Store

__all__ = [
    "Fingerprints",
    "PreviousRun",
    "analysis_inputs",
    "changes",
    "code_version",
    "output_fingerprints",
    "previous_run",
]


@dataclass(frozen=True)
class PreviousRun:
    """The last recorded run of an analysis by ``analyze``."""

    run_id: str
    finished_at: datetime
    inputs: dict[str, Any]
    summary: dict[str, Any]


class Fingerprints:
    """Fingerprints of tables for one ``analyze``: canonical tables are hashed once (no
    analysis writes them); result tables every time they are asked for (an earlier analysis
    of the same ``analyze`` may have rewritten them)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._canonical: dict[str, str | None] = {}

    def __call__(self, table: str) -> str | None:
        if table not in CANONICAL_TABLES:
            return table_fingerprint(self.store, table)
        if table not in self._canonical:
            self._canonical[table] = table_fingerprint(self.store, table)
        return self._canonical[table]


def code_version(name: str, version: int) -> str:
    """socialscope's version and an analysis's own: a new version of either reruns it."""
    from socialscope import __version__

    return f"socialscope {__version__}, {name} v{version}"


def analysis_inputs(store: Store, analysis: Analysis, fingerprints: Fingerprints) -> dict[str, Any]:
    """What ``analysis`` would read now: code and model versions, and its inputs' fingerprints."""
    return {
        "code": code_version(analysis.name, analysis.version),
        "model": analysis.model(store) if analysis.model else None,
        "tables": {t: fingerprints(t) for t in analysis.inputs},
    }


def output_fingerprints(store: Store, analysis: Analysis) -> dict[str, str | None]:
    return {t: table_fingerprint(store, t) for t in analysis.outputs}


def previous_run(store: Store, name: str) -> PreviousRun | None:
    """The last run of analysis ``name`` that ``analyze`` recorded its inputs for."""
    rows = store.con.execute(
        "SELECT run_id, finished_at, inputs, summary FROM analysis_runs WHERE analysis = ? AND inputs IS NOT NULL"
        " ORDER BY finished_at DESC LIMIT 1",
        [name],
    ).fetchall()
    if not rows:
        return None
    run_id, finished, inputs, summary = rows[0]
    return PreviousRun(run_id, finished, json.loads(inputs), json.loads(summary) if summary else {})


def changes(store: Store, analysis: Analysis, previous: PreviousRun | None, current: dict[str, Any]) -> list[str]:
    """Why ``analysis`` must run again (empty: nothing it reads or wrote changed)."""
    if previous is None:
        return ["never analysed"]
    before = previous.inputs
    reasons = []
    if before.get("code") != current["code"]:
        reasons.append(f"code changed ({before.get('code')} → {current['code']})")
    if before.get("model") != current["model"]:
        reasons.append("model changed")
    old_tables = before.get("tables", {})
    for table, fingerprint in current["tables"].items():
        if old_tables.get(table) != fingerprint:
            reasons.append(_changed(table, old_tables.get(table), fingerprint))
    for table, fingerprint in before.get("outputs", {}).items():
        if table_fingerprint(store, table) != fingerprint:
            reasons.append(f"{table} was rewritten or removed since")
    return reasons


def _changed(table: str, before: str | None, now: str | None) -> str:
    rows_before, rows_now = _rows(before), _rows(now)
    if rows_before is None or rows_now is None or rows_before == rows_now:
        return f"{table} changed"
    return f"{table} changed ({rows_before:,} → {rows_now:,} rows)"


def _rows(fingerprint: str | None) -> int | None:
    return int(fingerprint.split(":", 1)[0]) if fingerprint else None
