"""Influence: one explainable score from PageRank, reach and engagement received.

A mean of percentile ranks saturates: in a graph of 3,000 accounts the top ten all sit at
percentile 0.997–1.000 on every part and read "1.00". Here each part is log-scaled against
the graph's largest value instead, so the distance between the first and the tenth account
stays visible while one viral post cannot swamp the other two parts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

INFLUENCE_PARTS = ("pagerank", "reach", "engagement_received")


def influence_score(pagerank: np.ndarray, reach: np.ndarray, engagement_received: np.ndarray) -> pd.DataFrame:
    """Influence on a 0–100 scale and its three parts, each on 0–1.

    For part x (PageRank scaled by the number of accounts n, so the average account has 1;
    reach = reported followers, else in-degree; engagement received = likes + comments +
    shares on the account's original posts)::

        part_x(v) = log(1 + x_v) / log(1 + max_u x_u)
        influence(v) = 100 · mean of part_x(v) over the parts that vary (max_u x_u > 0)

    The logarithm follows the heavy tails of all three (followers and engagement span several
    orders of magnitude); dividing by the largest value makes the parts comparable. A part that
    is zero for everyone (no posts imported, say) is left out rather than counted as zero.
    Stable under resampling: dropping a random 10% of the ties or interactions keeps the
    ranking's Spearman correlation above 0.9 on the demo and on ego-Facebook (tested).

    >>> frame = influence_score(np.array([0.5, 0.3, 0.2]), np.array([100, 10, 0]), np.zeros(3))
    >>> frame["influence"].round(1).tolist()
    [100.0, 61.0, 25.6]
    """
    raw = {
        "pagerank": np.asarray(pagerank, dtype=float) * len(pagerank),
        "reach": np.asarray(reach, dtype=float),
        "engagement_received": np.asarray(engagement_received, dtype=float),
    }
    out = pd.DataFrame(index=range(len(pagerank)))
    used = []
    for name, values in raw.items():
        values = np.nan_to_num(np.clip(values, 0, None))
        top = values.max() if len(values) else 0.0
        out[f"{name}_part"] = np.log1p(values) / np.log1p(top) if top > 0 else 0.0
        if top > 0:
            used.append(f"{name}_part")
    out["influence"] = 100 * out[used].mean(axis=1) if used else 0.0
    return out
