"""Share of voice from extracted @mentions vs an independent count."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from socialscope.engagement.share_of_voice import extract_mentions, share_of_voice
from socialscope.errors import UsageError
from socialscope.ingest import import_files


def test_share_of_voice_matches_an_independent_count(store, tmp_path):
    (tmp_path / "accounts.csv").write_text(
        "account_id,handle,kind,platform\nx:acme,acme,brand,x\nx:globex,globex,brand,x\nx:ann,ann,person,x\n"
    )
    posts = pd.DataFrame(
        {
            "post_id": [f"p{i}" for i in range(6)],
            "account_id": "x:ann",
            "platform": "x",
            "reach": [10, 20, 30, 40, 50, 60],
            "text": ["love @acme", "@globex and @ACME both", "nothing here", "@acme again", "hi @ann", "@globex!"],
        }
    )
    posts.to_csv(tmp_path / "posts.csv", index=False)
    import_files(store, "accounts", [tmp_path / "accounts.csv"])
    import_files(store, "posts", [tmp_path / "posts.csv"])
    assert extract_mentions(store) == 5  # acme x3, globex x2; Ann mentioning herself is not recorded
    assert extract_mentions(store) == 0  # idempotent

    counts, reach = {"acme": 0, "globex": 0}, {"acme": 0, "globex": 0}
    for text, r in zip(posts["text"], posts["reach"], strict=True):
        for handle in {h.lower() for h in re.findall(r"@(\w+)", text)} & counts.keys():
            counts[handle] += 1
            reach[handle] += r
    got = share_of_voice(store).set_index("brand")
    for brand in counts:
        assert got.loc[brand, "mentions"] == counts[brand]
        assert got.loc[brand, "share_of_voice"] == pytest.approx(counts[brand] / sum(counts.values()))
        assert got.loc[brand, "share_of_voice_by_reach"] == pytest.approx(reach[brand] / sum(reach.values()))
    assert "ann" not in got.index  # people are not tracked brands
    with pytest.raises(UsageError, match="by must be one of: month, platform"):
        share_of_voice(store, by="day")
