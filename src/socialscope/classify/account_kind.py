"""Who is behind an account — a person, a brand or an organisation — and its networking /
marketing mix.

When the source did not say (``accounts.kind`` is unknown), the kind is inferred from
evidence scored in log-odds and turned into probabilities with a softmax:

- name words in the handle, display name and profile text (``attributes.bio`` /
  ``description``): commercial words (shop, store, official, gear, outdoor, …) for brands,
  institutional words (news, magazine, club, university, …) for organisations;
- the share of its posts classified marketing (needs ``classify run`` first);
- follow reciprocity (the share of accounts it follows that follow it back): people follow
  each other, brands and organisations broadcast;
- audience asymmetry: log10((followers + 1) / (following + 1)).

The weights are set by hand and stated in ``KIND_WEIGHTS``; ``docs/classification.md``
reports the agreement with the demo world's known kinds.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from socialscope.names import ACCOUNT_KINDS as KINDS

BRAND_WORDS = (
    "official|shop|store|brand|outdoor|gear|sports|active|apparel|wear|boutique|inc|ltd|llc|gmbh|"
    "co|company|hq|outlet|deals|products|coffee|foods|beauty|fashion"
)
ORGANIZATION_WORDS = (
    "news|magazine|mag|daily|times|journal|club|university|uni|college|school|institute|society|"
    "association|foundation|council|museum|library|hospital|makerspace|community|network|org|gov|ngo"
)
# log-odds per unit of evidence: (person, brand, organization)
KIND_WEIGHTS = {
    "bias": (1.0, -1.0, -1.0),
    "brand_words": (-1.0, 3.0, 0.0),
    "organization_words": (-1.0, 0.0, 3.0),
    "marketing_share": (-1.5, 3.0, 1.5),
    "reciprocity": (2.0, -1.0, -1.0),
    "audience_asymmetry": (-0.8, 0.5, 0.5),
}


def account_kinds(store: Any) -> pd.DataFrame:
    """One row per account: kind (given, else inferred), probability, the inferred kind and
    its probability, the evidence, and the networking/marketing mix of its posts with the
    engagement each earns (engagements per post)."""
    features = _features(store)
    scores = np.zeros((len(features), len(KINDS)))
    for name, weights in KIND_WEIGHTS.items():
        value = np.ones(len(features)) if name == "bias" else features[name].to_numpy(float)
        scores += value[:, None] * np.asarray(weights)[None, :]
    scores -= scores.max(axis=1, keepdims=True)
    probabilities = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    best = probabilities.argmax(axis=1)
    out = features[["account_id", "handle", "given_kind"]].copy()
    out["inferred_kind"] = np.asarray(KINDS, dtype=object)[best]
    out["inferred_probability"] = probabilities[np.arange(len(best)), best]
    given = out["given_kind"].isin(KINDS)
    out["kind"] = out["given_kind"].where(given, out["inferred_kind"])
    out["probability"] = np.where(given, 1.0, out["inferred_probability"])
    out["source"] = np.where(given, "given", "inferred")
    out["evidence"] = _evidence(features)
    for column in (
        "posts",
        "networking_posts",
        "marketing_posts",
        "marketing_share",
        "networking_engagement",
        "marketing_engagement",
    ):
        out[column] = features[column if column != "marketing_share" else "marketing_share_raw"]
    return out.drop(columns="given_kind")


def _features(store: Any) -> pd.DataFrame:
    has_intent = store.has_table("content_intent")
    intent_join = "LEFT JOIN content_intent ci USING (post_id)" if has_intent else ""
    intent = "ci.intent" if has_intent else "NULL"
    frame = store.df(
        f"""
        WITH post_mix AS (
            SELECT p.account_id, count(*) AS posts,
                   count(*) FILTER (WHERE {intent} = 'networking') AS networking_posts,
                   count(*) FILTER (WHERE {intent} = 'marketing') AS marketing_posts,
                   avg(coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0)
                       + coalesce(p.saves, 0)) FILTER (WHERE {intent} = 'networking') AS networking_engagement,
                   avg(coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0)
                       + coalesce(p.saves, 0)) FILTER (WHERE {intent} = 'marketing') AS marketing_engagement
            FROM posts p {intent_join}
            WHERE p.repost_of_post_id IS NULL
            GROUP BY p.account_id),
        following AS (SELECT src_account_id AS account_id, count(*) AS following,
                             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM follows b
                                 WHERE b.src_account_id = f.dst_account_id
                                   AND b.dst_account_id = f.src_account_id)) AS followed_back
                      FROM follows f GROUP BY src_account_id),
        followers AS (SELECT dst_account_id AS account_id, count(*) AS followers
                      FROM follows GROUP BY dst_account_id)
        SELECT a.account_id, a.handle, a.kind AS given_kind,
               lower(concat_ws(' ', a.handle, a.display_name,
                               json_extract_string(a.attributes, '$.bio'),
                               json_extract_string(a.attributes, '$.description'))) AS name_text,
               coalesce(m.posts, 0) AS posts, coalesce(m.networking_posts, 0) AS networking_posts,
               coalesce(m.marketing_posts, 0) AS marketing_posts,
               m.networking_engagement, m.marketing_engagement,
               greatest(coalesce(a.followers_count, 0), coalesce(fr.followers, 0)) AS followers,
               coalesce(fg.following, 0) AS following, coalesce(fg.followed_back, 0) AS followed_back
        FROM accounts a
        LEFT JOIN post_mix m USING (account_id)
        LEFT JOIN following fg USING (account_id)
        LEFT JOIN followers fr USING (account_id)
        ORDER BY a.account_id"""
    )
    words = frame["name_text"].fillna("").str.replace(r"[_\-.]", " ", regex=True)
    frame["brand_words"] = words.str.contains(rf"\b(?:{BRAND_WORDS})\b", regex=True).astype(float)
    frame["organization_words"] = words.str.contains(rf"\b(?:{ORGANIZATION_WORDS})\b", regex=True).astype(float)
    classified = frame["networking_posts"] + frame["marketing_posts"]
    frame["marketing_share_raw"] = frame["marketing_posts"] / classified.where(classified > 0)
    # shrunk toward 0 for accounts with few classified posts: one promotional post is weak evidence
    frame["marketing_share"] = frame["marketing_posts"] / (classified + 3)
    frame["reciprocity"] = (frame["followed_back"] / frame["following"].where(frame["following"] > 0)).fillna(0.0)
    frame["audience_asymmetry"] = np.clip(np.log10((frame["followers"] + 1) / (frame["following"] + 1)), 0.0, None)
    return frame


def _evidence(features: pd.DataFrame) -> pd.Series:
    parts = [
        np.where(features["brand_words"] > 0, "brand words in name; ", ""),
        np.where(features["organization_words"] > 0, "organisation words in name; ", ""),
        "marketing share " + (features["marketing_share"] * 100).round().astype(int).astype(str) + "%; ",
        "follow-back " + (features["reciprocity"] * 100).round().astype(int).astype(str) + "%; ",
        "followers/following 10^" + features["audience_asymmetry"].round(1).astype(str),
    ]
    out = pd.Series("", index=features.index, dtype=object)
    for part in parts:
        out = out + part
    return out
