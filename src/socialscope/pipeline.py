"""``socialscope analyze`` on the embedded engine: every analysis of the registry
(:mod:`socialscope.analyses`), each in its own transaction.

For each analysis, its portable tables are built from their one definition on the embedded
engine (unless the analysis writes a superset of them itself), then its embedded ``run``
writes the rest and returns the headline numbers; one ``analysis_runs`` row records it. Every
row is stamped with that run's id.
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
    skipped: str | None = None


def run_analyses(
    store: Store,
    *,
    names: list[str] | None = None,
    on_start: Callable[[Analysis], None] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
) -> list[RunResult]:
    """Run the registered analyses (all, or ``names``), each in its own transaction;
    ``options[name]`` are keyword arguments of that analysis's ``run`` (e.g. the network stage)."""
    from socialscope.engine.embedded import EmbeddedEngine

    engine = EmbeddedEngine(store)
    results = []
    for analysis in ANALYSES:
        if names and analysis.name not in names:
            continue
        empty = [t for t in analysis.needs if store.count(t) == 0]
        if empty:
            results.append(RunResult(analysis.name, analysis.side, None, {}, skipped=f"no rows in {', '.join(empty)}"))
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
            extra = (options or {}).get(analysis.name, {})
            summary = {k: plain(v) for k, v in analysis.run(store, run_id, **extra).items()}
            record_run(store, analysis.name, None, summary, run_id=run_id, started=started)
        results.append(RunResult(analysis.name, analysis.side, run_id, summary))
    return results
