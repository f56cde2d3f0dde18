"""Every registry has one shape — a name, a formula or description, a reference — and every
entry is documented: a user reading docs/ or the README finds each name the CLI accepts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text() for p in sorted((ROOT / "docs").glob("*.md"))) + (ROOT / "README.md").read_text()


def _registries() -> dict[str, list[tuple[str, str, str]]]:
    """registry -> (name, formula or description, reference) of every entry."""
    from socialscope.analyses import ANALYSES
    from socialscope.attribution.registry import MODELS
    from socialscope.engagement.rates import ENGAGEMENT_METRICS
    from socialscope.engagement.sentiment import NET_SENTIMENT
    from socialscope.marketing.kpis import CAMPAIGN_METRICS
    from socialscope.store.result_schema import RESULT_SCHEMAS

    return {
        "campaign KPIs": [(m.name, m.formula, m.reference) for m in CAMPAIGN_METRICS],
        "engagement variants": [(m.name, m.formula, m.reference) for m in ENGAGEMENT_METRICS],
        "net-sentiment variants": [(v.name, v.formula, v.reference) for v in NET_SENTIMENT.values()],
        "attribution models": [(m.name, m.description, m.reference) for m in MODELS.values()],
        "analyses": [(a.name, a.description, a.side) for a in ANALYSES],
        "result tables": [(s.name, s.doc, "store/result_schema.py") for s in RESULT_SCHEMAS.values()],
    }


@pytest.mark.parametrize("registry", list(_registries()))
def test_every_entry_has_a_formula_a_reference_and_a_docs_entry(registry: str) -> None:
    entries = _registries()[registry]
    assert entries
    names = [name for name, _, _ in entries]
    assert len(set(names)) == len(names), f"{registry}: a name twice"
    for name, formula, reference in entries:
        assert formula.strip() and reference.strip(), f"{registry}: {name} lacks its formula or reference"
        assert f"`{name}`" in DOCS, f"{registry}: `{name}` is not documented in docs/ or README.md"


def test_net_sentiment_variants_by_name() -> None:
    from socialscope.engagement.sentiment import NET_SENTIMENT, net_sentiment_variant
    from socialscope.errors import UsageError

    pos, neg, total = np.array([6.0]), np.array([2.0]), np.array([10.0])
    assert net_sentiment_variant("talkwalker")(pos, neg, total)[0] == pytest.approx(4 / 8)
    assert net_sentiment_variant("symanto")(pos, neg, total)[0] == pytest.approx(4 / 10)
    with pytest.raises(UsageError, match="talkwalker, symanto"):
        net_sentiment_variant("made_up")
    assert set(NET_SENTIMENT) == {"talkwalker", "symanto"}
