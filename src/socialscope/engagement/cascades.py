"""Word-of-mouth cascades: the repost trees grown from each original post.

A post's parent is ``repost_of_post_id`` (its immediate parent). Per cascade (root = an
original post that was reposted at least once):

- size: posts in the tree, root included; depth: the longest root-to-leaf path;
  breadth: the most posts at any one depth;
- structural virality (Goel, Anderson, Hofman & Watts 2016): the mean distance between all
  pairs of posts in the tree, ν = 2W / (n(n−1)), where the tree's Wiener index W = Σ over
  edges of s·(n−s), s the size of the subtree below the edge — exact, O(n);
- non_follower_reach_share: the share of the cascade's reach carried by reposts whose
  author does not follow the root's author (word of mouth beyond the brand's audience).

Roots, depths and subtree sizes are computed with vectorised pointer jumping and
``np.add.at`` — no Python loop over posts. Repost links read from data can form a cycle (a
damaged or hostile import): :func:`~socialscope.forest.break_cycles` cuts each at its smallest post id, so every
caller (cascades, network-aware attribution) sees the same forest, and ``socialscope check``
reports the cycle.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from socialscope.forest import break_cycles, roots_and_depths
from socialscope.store.connection import Store

__all__ = ["cascades", "post_roots", "repost_forest", "roots_and_depths", "tree_metrics"]


def repost_forest(post_ids: pd.Series, repost_of: pd.Series) -> tuple[np.ndarray, int]:
    """Parent index of every post (−1: an original, or a parent not in the store) with repost
    cycles broken, and how many cycles were broken. ``post_ids`` must be sorted and unique."""
    index = pd.Index(post_ids)
    parent = index.get_indexer(repost_of)
    return break_cycles(parent)


def post_roots(store: Store) -> pd.DataFrame:
    """Every post's cascade root and depth (the one home for "which original did this share
    come from"): ``post_id, root_post_id, depth``. Reposts that form a cycle (a damaged or
    hostile import) are cut at the cycle's smallest post id, which becomes the root;
    ``socialscope check`` reports such cycles."""
    posts = store.df("SELECT post_id, repost_of_post_id FROM posts ORDER BY post_id")
    parent, _ = repost_forest(posts["post_id"], posts["repost_of_post_id"])
    root, depth = roots_and_depths(parent)
    return pd.DataFrame(
        {"post_id": posts["post_id"], "root_post_id": posts["post_id"].to_numpy()[root], "depth": depth}
    )


def tree_metrics(parent: np.ndarray) -> pd.DataFrame:
    """Per tree of the forest (one row per root): size, depth, breadth, structural virality."""
    n = len(parent)
    root, depth = roots_and_depths(parent)
    size = np.ones(n, dtype=np.int64)  # subtree sizes: deepest level first, each adds itself to its parent
    for level in range(int(depth.max(initial=0)), 0, -1):
        nodes = np.flatnonzero(depth == level)
        np.add.at(size, parent[nodes], size[nodes])
    tree_size = np.bincount(root, minlength=n)
    child = parent >= 0
    pairs = size[child] * (tree_size[root[child]] - size[child])
    wiener = np.bincount(root[child], weights=pairs.astype(float), minlength=n)
    counts = pd.DataFrame({"root": root, "depth": depth}).value_counts()
    breadth = counts.groupby(level="root").max().reindex(np.arange(n), fill_value=0).to_numpy()
    max_depth = np.zeros(n, dtype=np.int64)
    np.maximum.at(max_depth, root, depth)
    roots = np.flatnonzero(parent < 0)
    n_tree = tree_size[roots].astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        virality = np.where(n_tree > 1, 2 * wiener[roots] / (n_tree * (n_tree - 1)), np.nan)
    return pd.DataFrame(
        {
            "root": roots,
            "size": tree_size[roots],
            "depth": max_depth[roots],
            "breadth": breadth[roots],
            "structural_virality": virality,
        }
    )


def cascades(store: Store, *, top: int | None = None) -> pd.DataFrame:
    """Every cascade (reposted at least once) with its measures, largest first."""
    posts = store.df(
        """SELECT p.post_id, p.account_id, p.repost_of_post_id, coalesce(p.reach, 0) AS reach, p.created_at, p.text
           FROM posts p ORDER BY p.post_id"""
    )
    if posts.empty:
        return pd.DataFrame()
    parent, _ = repost_forest(posts["post_id"], posts["repost_of_post_id"])
    metrics = tree_metrics(parent)
    metrics = metrics[metrics["size"] > 1]
    root, _ = roots_and_depths(parent)
    posts["root_post_id"] = posts["post_id"].to_numpy()[root]
    posts["root_account_id"] = posts["account_id"].to_numpy()[root]
    store.con.register("_cascade_posts", posts[["post_id", "account_id", "root_post_id", "root_account_id", "reach"]])
    try:
        reach = store.df(
            """SELECT c.root_post_id,
                      sum(c.reach) AS total_reach,
                      sum(CASE WHEN c.post_id <> c.root_post_id AND f.src_account_id IS NULL THEN c.reach ELSE 0 END)
                        AS non_follower_reach
               FROM _cascade_posts c
               LEFT JOIN (SELECT DISTINCT src_account_id, dst_account_id FROM follows) f
                 ON f.src_account_id = c.account_id AND f.dst_account_id = c.root_account_id
               GROUP BY c.root_post_id"""
        )
    finally:
        store.con.unregister("_cascade_posts")
    out = metrics.assign(
        root_post_id=posts["post_id"].to_numpy()[metrics["root"]],
        account_id=posts["account_id"].to_numpy()[metrics["root"]],
        created_at=posts["created_at"].to_numpy()[metrics["root"]],
        text=posts["text"].to_numpy()[metrics["root"]],
    ).drop(columns="root")
    out = out.merge(reach, on="root_post_id", how="left")
    out["non_follower_reach_share"] = out["non_follower_reach"] / out["total_reach"].where(out["total_reach"] > 0)
    out = out.sort_values(["size", "structural_virality"], ascending=False, kind="stable").reset_index(drop=True)
    columns = [
        "root_post_id",
        "account_id",
        "created_at",
        "size",
        "depth",
        "breadth",
        "structural_virality",
        "total_reach",
        "non_follower_reach_share",
        "text",
    ]
    return out[columns].head(top) if top else out[columns]


def cascade_tree(store: Store, root_post_id: str, *, limit: int = 200) -> dict[str, Any] | None:
    """The repost tree under ``root_post_id`` (breadth first, at most ``limit`` posts) as
    nested dicts: post id, author handle, text, time, and ``children``."""
    rows = store.df(
        """WITH RECURSIVE tree(post_id, parent, depth) AS (
             SELECT post_id, NULL::VARCHAR, 0 FROM posts WHERE post_id = ?
             UNION ALL
             SELECT p.post_id, p.repost_of_post_id, t.depth + 1
             FROM posts p JOIN tree t ON p.repost_of_post_id = t.post_id WHERE t.depth < 50)
           SELECT t.post_id, t.parent, t.depth, a.handle, a.account_id, p.text, p.created_at, p.platform
           FROM tree t JOIN posts p USING (post_id) LEFT JOIN accounts a ON a.account_id = p.account_id
           ORDER BY t.depth, p.created_at, t.post_id LIMIT ?""",
        [root_post_id, limit],
    )
    if rows.empty:
        return None
    nodes: dict[str, dict[str, Any]] = {}
    for row in rows.itertuples(index=False):
        nodes[row.post_id] = {
            "post_id": row.post_id,
            "account_id": row.account_id,
            "handle": row.handle,
            "platform": row.platform,
            "text": row.text,
            "created_at": None if pd.isna(row.created_at) else pd.Timestamp(row.created_at).isoformat(),
            "children": [],
        }
        if row.parent in nodes:
            nodes[row.parent]["children"].append(nodes[row.post_id])
    return nodes[rows["post_id"].iloc[0]]
