"""``socialscope analyze`` on the embedded engine: every analysis of the registry
(:mod:`socialscope.analyses`), each in its own transaction.

For each analysis, its portable tables are built from their one definition on the embedded
engine (unless the analysis writes a superset of them itself), then its embedded ``run``
writes the rest and returns the headline numbers; one ``analysis_runs`` row records it, with
what it read and wrote. Every row is stamped with that run's id. Analyses whose inputs did
not change since their last run are not recomputed (:mod:`socialscope.incremental`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from socialscope.analyses import ANALYSES, Analysis, Summary
from socialscope.jsonable import plain
from socialscope.store.connection import Store
from socialscope.store.results import record_run, write_result

__all__ = ["ANALYSES", "Analysis", "RunResult", "record_run", "run_analyses", "write_result"]


@dataclass
class RunResult:
    name: str
    side: str
    run_id: str | None
    summary: Summary
    skipped: str | None = None  # why it did not run and has no results (e.g. no rows in its tables)
    unchanged: str | None = None  # why it was not recomputed: its results (run_id) are still current
    reason: str | None = None  # why it was (re)computed


def run_analyses(
    store: Store,
    *,
    names: list[str] | None = None,
    on_start: Callable[[Analysis], None] | None = None,
    full: bool = False,
    options: dict[str, dict[str, Any]] | None = None,
) -> list[RunResult]:
    """Run the registered analyses (all, or ``names``), each in its own transaction;
    ``options[name]`` are keyword arguments of that analysis's ``run`` (e.g. the network stage).

    Incremental (:mod:`socialscope.incremental`): an analysis whose inputs, code and model
    are as its last recorded run left them, and whose outputs are untouched since, is not
    recomputed: its result says ``unchanged`` and carries that run's id and headline numbers.
    ``full`` recomputes everything (text scores and graphs included).
    """
    from socialscope.engine.embedded import EmbeddedEngine
    from socialscope.incremental import Fingerprints, analysis_inputs, changes, output_fingerprints, previous_run

    engine = EmbeddedEngine(store)
    fingerprints = Fingerprints(store)
    results = []
    for analysis in ANALYSES:
        if names and analysis.name not in names:
            continue
        empty = [t for t in analysis.needs if store.count(t) == 0]
        if empty:
            results.append(RunResult(analysis.name, analysis.side, None, {}, skipped=f"no rows in {', '.join(empty)}"))
            continue
        inputs = analysis_inputs(store, analysis, fingerprints)
        previous = previous_run(store, analysis.name)
        reasons = ["--full"] if full else changes(store, analysis, previous, inputs)
        if not reasons and previous is not None:
            when = f"{previous.finished_at:%Y-%m-%d %H:%M:%S}"
            results.append(
                RunResult(
                    analysis.name, analysis.side, previous.run_id, previous.summary,
                    unchanged=f"inputs unchanged since run {previous.run_id} ({when} UTC)",
                )
            )  # fmt: skip
            continue
        if on_start:
            on_start(analysis)
        run_id = uuid.uuid4().hex[:12]
        started = datetime.now(UTC).replace(tzinfo=None)
        with store.transaction():
            for table in analysis.tables:
                written_by_run = table.superset_on is not None and table.superset_on in engine.capabilities
                if not written_by_run and all(store.count(t) for t in table.needs):
                    write_result(store, table.name, table.build(engine), run_id)
            extra = dict((options or {}).get(analysis.name, {}))
            if analysis.partial:
                extra["full"] = full
            if analysis.given_fingerprints:
                extra["tables"] = inputs["tables"]
            run = analysis.run(store, run_id, **extra)
            summary = {k: plain(v) for k, v in run.items()}
            inputs["outputs"] = output_fingerprints(store, analysis)
            record_run(store, analysis.name, None, summary, run_id=run_id, started=started, inputs=inputs)
        results.append(RunResult(analysis.name, analysis.side, run_id, summary, reason="; ".join(reasons)))
    return results
