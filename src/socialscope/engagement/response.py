"""How a brand answers: response rate and median response time to mentions and comments.

Inbound items for an account: comments and replies by others on its posts, and mentions of
it (``interactions`` of kind ``mention`` whose target is the account). An item is answered
when the account replies to that person — an interaction of kind ``reply`` or ``comment`` by
the account targeting the item's author, on the same post for comments, after the item and
within ``window_hours`` — or publishes a post with ``reply_to_post_id`` = the mentioning post.
Response rate = answered / inbound (Sprout Social's definition); response time is the delay to
the first answer, summarised by its median (one slow case should not dominate).
"""

from __future__ import annotations

from typing import Any

import pandas as pd


def response_report(store: Any, *, own_only: bool = True, window_hours: float = 168.0) -> pd.DataFrame:
    """One row per account: inbound items, answered, response rate, median and p90 response
    hours, split by item kind (comment, mention) and in total."""
    return store.df(
        """
        WITH accounts_in_scope AS (
            SELECT account_id, handle FROM accounts WHERE ? = false OR is_own),
        inbound AS (
            SELECT i.interaction_id, 'comment' AS item, p.account_id AS account_id, i.actor_account_id AS author,
                   i.post_id, i.created_at
            FROM interactions i JOIN posts p ON p.post_id = i.post_id
            WHERE i.kind IN ('comment', 'reply') AND i.actor_account_id <> p.account_id
            UNION ALL
            SELECT i.interaction_id, 'mention', i.target_account_id, i.actor_account_id, i.post_id, i.created_at
            FROM interactions i
            WHERE i.kind = 'mention' AND i.target_account_id IS NOT NULL
              AND i.actor_account_id <> i.target_account_id),
        scoped AS (SELECT b.* FROM inbound b JOIN accounts_in_scope USING (account_id)),
        answers AS (
            SELECT s.interaction_id, min(r.created_at) AS answered_at
            FROM scoped s JOIN interactions r
              ON r.actor_account_id = s.account_id AND r.target_account_id = s.author
             AND r.kind IN ('reply', 'comment')
             AND (s.item = 'mention' OR r.post_id = s.post_id)
             AND r.created_at > s.created_at
             AND r.created_at <= s.created_at + to_microseconds(CAST(? * 3600e6 AS BIGINT))
            GROUP BY s.interaction_id
            UNION ALL
            SELECT s.interaction_id, min(p.created_at)
            FROM scoped s JOIN posts p
              ON s.item = 'mention' AND p.account_id = s.account_id AND p.reply_to_post_id = s.post_id
             AND p.created_at > s.created_at
             AND p.created_at <= s.created_at + to_microseconds(CAST(? * 3600e6 AS BIGINT))
            GROUP BY s.interaction_id),
        first_answer AS (SELECT interaction_id, min(answered_at) AS answered_at FROM answers GROUP BY 1),
        items AS (
            SELECT s.account_id, s.item,
                   epoch(f.answered_at - s.created_at) / 3600.0 AS hours
            FROM scoped s LEFT JOIN first_answer f USING (interaction_id))
        SELECT a.account_id, a.handle, coalesce(item, 'all') AS item,
               count(*) AS inbound, count(hours) AS answered,
               count(hours) / count(*) AS response_rate,
               median(hours) AS median_response_hours,
               quantile_cont(hours, 0.9) AS p90_response_hours
        FROM items JOIN accounts_in_scope a USING (account_id)
        GROUP BY GROUPING SETS ((a.account_id, a.handle, item), (a.account_id, a.handle))
        ORDER BY a.account_id, item NULLS LAST
        """,
        [own_only, window_hours, window_hours],
    )
