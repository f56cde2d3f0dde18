"""Each community drawn in its own disc: members stay within a radius ∝ √size of their
community's place, keeping their relative positions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from socialscope.network.layout import grouped_layout


def test_communities_get_separate_discs_keeping_relative_positions():
    rng = np.random.default_rng(0)
    x, y = rng.random(300), rng.random(300)  # one overlapping hairball
    membership = np.repeat([0, 1, 2], [200, 75, 25])
    centres = pd.DataFrame({"community": [0, 1, 2], "x": [0.2, 0.8, 0.5], "y": [0.2, 0.2, 0.9]})
    sizes = pd.Series({0: 200, 1: 75, 2: 25})
    gx, gy = grouped_layout(x, y, membership, centres, sizes)
    for community, cx, cy in centres.itertuples(index=False):
        members = membership == community
        radius = np.hypot(gx[members] - cx, gy[members] - cy).max()
        assert radius <= 0.15 * np.sqrt(sizes[community] / 200) + 1e-12
        # the same shape, shrunk and moved: distances between members keep their ratios
        a, b = np.flatnonzero(members)[:2], np.flatnonzero(members)[2:4]
        before = np.hypot(x[a] - x[b], y[a] - y[b])
        after = np.hypot(gx[a] - gx[b], gy[a] - gy[b])
        assert np.allclose(after / before, (after / before)[0])
