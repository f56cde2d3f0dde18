"""Small groups in people graphs are reported without their members."""

from __future__ import annotations

import pandas as pd

from socialscope.report.privacy import suppress_small_groups


def test_small_collaboration_groups_are_suppressed(monkeypatch):
    frame = pd.DataFrame({"community": [0, 1], "size": [12, 3], "top_members": ['["a", "b"]', '["c"]']})
    out = suppress_small_groups(frame, "collaboration")
    assert out["top_members"].tolist() == ['["a", "b"]', "(suppressed: fewer than 5 people)"]
    assert out["suppressed"].tolist() == [False, True]
    assert suppress_small_groups(frame, "follows") is frame  # public graphs are not people analytics
    monkeypatch.setenv("SOCIALSCOPE_MIN_GROUP_SIZE", "2")
    assert not suppress_small_groups(frame, "collaboration")["suppressed"].any()
