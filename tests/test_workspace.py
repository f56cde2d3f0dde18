"""The Python API mirrors the CLI."""

from __future__ import annotations

import pytest

import socialscope
from socialscope.errors import StoreError


def test_python_api_end_to_end(tmp_path):
    with socialscope.open(tmp_path / "api.duckdb") as ws:
        counts = ws.demo(scale=0.05, seed=4)
        assert counts["accounts"] > 0
        results = {r.name: r for r in ws.analyze()}
        assert results["campaigns"].summary["spend"] > 0
        assert ws.table("campaign_kpis")["run_id"].nunique() == 1
        assert ws.query("SELECT count(*) AS n FROM campaigns")["n"][0] == 12
        with pytest.raises(StoreError, match="read-only"):
            ws.query("DELETE FROM campaigns")
        result = ws.network("collaboration", risk_candidates=5)
        assert len(result.risk) == 5
        top = ws.top("risk", graph="collaboration", n=3)
        assert list(top["rank"]) == [1, 2, 3]
        profile = ws.person(top["account_id"][0], graph="collaboration")
        assert profile["key_person_risk"]["risk_score"] == pytest.approx(top["risk_score"][0])
        assert ws.status()["tables"]["posts"] > 0
        assert set(ws.funnel(by="type")["group"]) <= {"push", "pull", "mixed"}
        assert ws.campaigns(by="platform")["platform"].nunique() == 3
        assert "channel_type" in ws.channels()
        credit = ws.attribution(["linear", "markov_1"])
        assert set(credit["model"]) == {"linear", "markov_1"}
        assert ws.customers().customers["transactions"].min() >= 1
        assert ws.sentiment(by="account")["texts"].sum() > 0
        kinds = ws.classify()
        assert set(kinds["kind"]) <= {"person", "brand", "organization"}
        split = ws.engagement(by="kind", split_intent=True)
        assert set(split["intent"]) == {"networking", "marketing"}
        assert ws.response()["item"].isin(["comment", "mention", "all"]).all()
        assert ws.cadence(own_only=True)["posts"].sum() > 0
        assert len(ws.top_posts(n=3)) == 3
        assert ws.daily_engagement()["daily_engagement_rate"].notna().any()
