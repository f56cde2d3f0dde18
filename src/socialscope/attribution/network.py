"""Network-aware attribution: credit the people and communities whose posts brought buyers in.

A touch is *social-referred* when its referrer URL is a post in the store (matched on the
URL without query string or trailing slash) or its landing page carries the post id as
``utm_content``. Such a touch's credit under a rule-based model (the same per-touch weights
as :mod:`socialscope.attribution.heuristic`) goes to the post's author — the person whose
post or share led the visitor in — and, through the follows graph's communities (run
``network analyze`` first), to their community. Because a share is itself a post, the
sharer is credited, and the cascade's original author is reported beside.
"""

from __future__ import annotations

import pandas as pd

from socialscope.attribution.heuristic import rule_weight
from socialscope.attribution.journeys import TOUCH_TABLE, Journeys


def referred_credit(journeys: Journeys, *, model: str = "linear", half_life_days: float = 7.0) -> pd.DataFrame:
    """Per touch that a post referred: post, author, cascade root author, credit and value."""
    import ibis

    from socialscope.engagement.cascades import post_roots

    weight = rule_weight(model, half_life_days=half_life_days)
    store = journeys.store
    touches = store.ibis().table(TOUCH_TABLE)
    weighted = touches.select("journey_id", "referrer", "landing_page", "value", "converted", weight=weight(touches))
    store.con.register("_post_roots", post_roots(store))
    try:
        return store.df(
            f"""WITH weighted AS ({ibis.to_sql(weighted, dialect="duckdb")}),
                posts_by_url AS (
                    SELECT post_id, account_id,
                           rtrim(split_part(url, '?', 1), '/') AS clean_url FROM posts WHERE url IS NOT NULL),
                referred AS (
                    SELECT w.*, p.post_id, p.account_id
                    FROM weighted w JOIN posts_by_url p
                      ON p.clean_url = rtrim(split_part(w.referrer, '?', 1), '/')
                      OR p.post_id = regexp_extract(w.landing_page, 'utm_content=([^&]+)', 1)
                    WHERE w.converted = 1)
                SELECT r.journey_id, r.post_id, r.account_id, rp.account_id AS root_account_id,
                       r.weight AS conversions, r.weight * r.value AS value
                FROM referred r LEFT JOIN _post_roots roots USING (post_id)
                LEFT JOIN posts rp ON rp.post_id = roots.root_post_id"""
        )
    finally:
        store.con.unregister("_post_roots")


def account_credit(
    journeys: Journeys, *, model: str = "linear", graph: str = "follows", half_life_days: float = 7.0
) -> pd.DataFrame:
    """Conversions and value credited to each account whose posts referred buyers, with its
    community and influence in ``graph`` when network results exist."""
    touches = referred_credit(journeys, model=model, half_life_days=half_life_days)
    if touches.empty:
        return pd.DataFrame(
            columns=[
                "account_id",
                "handle",
                "kind",
                "community",
                "influence",
                "referred_touches",
                "conversions",
                "value",
                "as_cascade_root",
            ]
        )
    credit = touches.groupby("account_id", as_index=False).agg(
        referred_touches=("post_id", "size"), conversions=("conversions", "sum"), value=("value", "sum")
    )
    roots = touches.groupby("root_account_id", as_index=False)["conversions"].sum()
    roots = roots.rename(columns={"root_account_id": "account_id", "conversions": "as_cascade_root"})
    credit = credit.merge(roots, on="account_id", how="outer").fillna(
        {"referred_touches": 0, "conversions": 0.0, "value": 0.0, "as_cascade_root": 0.0}
    )
    store = journeys.store
    store.con.register("_credited", credit[["account_id"]])
    try:
        has_network = store.has_table("network_metrics")
        details = store.df(
            "SELECT c.account_id, a.handle, a.kind"
            + (", m.community, m.influence" if has_network else ", NULL AS community, NULL AS influence")
            + " FROM _credited c LEFT JOIN accounts a USING (account_id)"
            + (" LEFT JOIN network_metrics m ON m.account_id = c.account_id AND m.graph = ?" if has_network else ""),
            [graph] if has_network else None,
        )
    finally:
        store.con.unregister("_credited")
    out = details.merge(credit, on="account_id")
    return out.sort_values("conversions", ascending=False, kind="stable").reset_index(drop=True)


def community_credit(
    journeys: Journeys, *, model: str = "linear", graph: str = "follows", half_life_days: float = 7.0
) -> pd.DataFrame:
    """Conversions and value credited to each community (through its members' posts)."""
    accounts = account_credit(journeys, model=model, graph=graph, half_life_days=half_life_days)
    if accounts.empty or accounts["community"].isna().all():
        return pd.DataFrame(columns=["community", "accounts", "conversions", "value", "top_account"])
    grouped = accounts.dropna(subset=["community"]).groupby("community")
    out = grouped.agg(accounts=("account_id", "size"), conversions=("conversions", "sum"), value=("value", "sum"))
    out["top_account"] = grouped.apply(
        lambda g: g.sort_values("conversions").iloc[-1]["account_id"], include_groups=False
    )
    return out.reset_index().sort_values("conversions", ascending=False, kind="stable").reset_index(drop=True)
