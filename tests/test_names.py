"""The light name lists the CLI is built from equal the registries they stand for, in order —
so an entry added to a registry without its name (or the reverse) fails here, not in use —
and the CLI starts without loading the analysis libraries."""

from __future__ import annotations

import subprocess
import sys

from socialscope import names


def test_registries_have_exactly_these_names() -> None:
    from socialscope.attribution.registry import MODELS
    from socialscope.engagement.rates import REPORT_GROUPINGS
    from socialscope.engagement.sentiment import NET_SENTIMENT, SENTIMENT_MODELS
    from socialscope.engagement.share_of_voice import GROUPINGS
    from socialscope.ingest.formats import FORMATS
    from socialscope.marketing.customers import PERIODS as CUSTOMER_PERIODS
    from socialscope.marketing.funnel import GROUPINGS as FUNNEL_GROUPINGS
    from socialscope.network.evolution import PERIODS as EVOLUTION_PERIODS

    assert tuple(MODELS) == names.ATTRIBUTION_MODELS
    assert tuple(REPORT_GROUPINGS) == names.ENGAGEMENT_GROUPINGS
    assert tuple(SENTIMENT_MODELS) == names.SENTIMENT_MODELS
    assert tuple(NET_SENTIMENT) == names.NET_SENTIMENT_VARIANTS
    assert tuple(GROUPINGS) == names.SHARE_OF_VOICE_GROUPINGS
    assert tuple(FORMATS) == names.EXPORT_FORMATS
    assert tuple(CUSTOMER_PERIODS) == names.CUSTOMER_PERIODS
    assert tuple(FUNNEL_GROUPINGS) == names.FUNNEL_GROUPINGS
    assert tuple(EVOLUTION_PERIODS) == names.EVOLUTION_PERIODS


def test_the_cli_starts_without_the_analysis_libraries() -> None:
    """Building every command (what `socialscope --help` does) imports none of pandas, Ibis,
    igraph, scikit-learn or NetworKit: they load when a command runs (DuckDB, the store, does load)."""
    code = (
        "import sys; from socialscope.cli.main import app; import typer.main; typer.main.get_command(app); "
        "print(' '.join(m for m in ('pandas', 'ibis', 'igraph', 'sklearn', 'networkit') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
