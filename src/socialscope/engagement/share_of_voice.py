"""Share of voice: each tracked brand's mentions over the mentions of all tracked brands.

Tracked brands are accounts of kind ``brand`` (grouped by handle across platforms). A
mention is an ``interactions`` row of kind ``mention`` whose target is a tracked brand;
:func:`extract_mentions` first adds the ``@handles`` written in post texts that the store
does not have as mentions yet. The reach-weighted variant weighs each mention by the reach
of the post it is in (Brandwatch's and Talkwalker's "share of voice by reach").
"""

from __future__ import annotations

import pandas as pd

from socialscope.errors import UsageError
from socialscope.store.connection import Store

GROUPINGS = {"month": "date_trunc('month', i.created_at)", "platform": "coalesce(p.platform, a.platform)"}


def extract_mentions(store: Store) -> int:
    """Insert a ``mention`` interaction for every @handle in a post's text that names a known
    account and is not recorded yet (idempotent: ids hash actor, post and target)."""
    before = store.count("interactions")
    store.con.execute(
        """INSERT INTO interactions (interaction_id, actor_account_id, kind, post_id, target_account_id, created_at)
           WITH found AS (
               SELECT p.post_id, p.account_id AS actor, p.created_at, p.platform,
                      lower(unnest(regexp_extract_all(p.text, '@(\\w+)', 1))) AS handle
               FROM posts p WHERE p.text LIKE '%@%' AND p.repost_of_post_id IS NULL),
           resolved AS (
               SELECT f.*, a.account_id AS target,
                      row_number() OVER (PARTITION BY f.post_id, f.handle
                                         ORDER BY (a.platform = f.platform) DESC, a.account_id) AS pick
               FROM found f JOIN accounts a ON lower(a.handle) = f.handle)
           SELECT 'm:' || md5(post_id || chr(31) || target), actor, 'mention', post_id, target, created_at
           FROM resolved r
           WHERE pick = 1 AND actor <> target
             AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.kind = 'mention'
                             AND i.post_id = r.post_id AND i.target_account_id = r.target)"""
    )
    return store.count("interactions") - before


def share_of_voice(store: Store, *, by: str | None = None) -> pd.DataFrame:
    """Mentions and reach-weighted mentions per tracked brand (optionally per ``month`` or
    ``platform``), with both shares."""
    group = GROUPINGS.get(by or "")
    if by and group is None:
        raise UsageError(f"by must be one of: {', '.join(GROUPINGS)}")
    keys = f"{group} AS {by}, a.handle AS brand" if by else "a.handle AS brand"
    partition = f"PARTITION BY {by}" if by else ""
    return store.df(
        f"""WITH m AS (
                SELECT {keys}, count(*) AS mentions, sum(coalesce(p.reach, 0)) AS mention_reach
                FROM interactions i JOIN accounts a ON a.account_id = i.target_account_id
                LEFT JOIN posts p ON p.post_id = i.post_id
                WHERE i.kind = 'mention' AND a.kind = 'brand'
                GROUP BY ALL)
            SELECT *, mentions / sum(mentions) OVER ({partition}) AS share_of_voice,
                   mention_reach / nullif(sum(mention_reach) OVER ({partition}), 0) AS share_of_voice_by_reach
            FROM m ORDER BY {by + ", " if by else ""}mentions DESC"""
    )
