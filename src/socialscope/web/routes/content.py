"""Content: posts with intent and sentiment, filters, top posts, networking vs marketing
engagement, and word-of-mouth cascades."""

from __future__ import annotations

from typing import Any

import pandas as pd
from fastapi import APIRouter, Depends, Query, Request, Response

from socialscope.store.connection import Store
from socialscope.web.cache import cached_by_store
from socialscope.web.charts import bar_chart
from socialscope.web.deps import api_json, read_store
from socialscope.web.frames import records
from socialscope.web.templating import templates

router = APIRouter()
SORTS = {"engagements": "engagements DESC", "reach": "reach DESC NULLS LAST", "recent": "created_at DESC"}


@cached_by_store
def content_data(
    store: Store,
    *,
    intent: str | None = None,
    sentiment: str | None = None,
    platform: str | None = None,
    kind: str | None = None,
    q: str | None = None,
    sort: str = "engagements",
    limit: int = 50,
    page: int = 1,
) -> dict[str, Any]:
    """Original posts matching the filters, best first, ``limit`` per page with the total;
    the number and engagement of networking vs marketing posts; the largest cascades, each
    with its repost tree (authors' handles and texts)."""
    from socialscope.engagement.cascades import cascade_tree
    from socialscope.engagement.rates import post_engagement
    from socialscope.network.names import account_labels

    has_intent, has_sentiment = store.has_table("content_intent"), store.has_table("post_sentiment")
    order = SORTS.get(sort, SORTS["engagements"])
    posts = store.df(
        f"""SELECT p.post_id, p.created_at, p.platform, a.handle, a.kind, p.text,
                   {"ci.intent, ci.probability AS intent_probability" if has_intent else "NULL AS intent, NULL AS intent_probability"},
                   {"ps.label AS sentiment, ps.score AS sentiment_score" if has_sentiment else "NULL AS sentiment, NULL AS sentiment_score"},
                   p.reach, p.impressions, p.likes, p.comments, p.shares,
                   coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0)
                       AS engagements, p.account_id, count(*) OVER () AS total
            FROM posts p LEFT JOIN accounts a USING (account_id)
            {"LEFT JOIN content_intent ci USING (post_id)" if has_intent else ""}
            {"LEFT JOIN post_sentiment ps USING (post_id)" if has_sentiment else ""}
            WHERE p.repost_of_post_id IS NULL
              AND (?::VARCHAR IS NULL OR {"ci.intent" if has_intent else "NULL"} = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR {"ps.label" if has_sentiment else "NULL"} = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR p.platform = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR a.kind = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR p.text ILIKE '%' || ?::VARCHAR || '%')
            ORDER BY {order}, p.post_id LIMIT ? OFFSET ?""",
        [intent, intent, sentiment, sentiment, platform, platform, kind, kind, q, q, limit, (page - 1) * limit],
    )  # fmt: skip
    # the window count rides on the rows; a page past the end has none to carry it
    total = int(posts["total"].iloc[0]) if len(posts) else (0 if page == 1 else None)
    posts = posts.drop(columns=["total"])
    posts["author"] = posts["account_id"].map(account_labels(store, posts["account_id"]))
    by_intent = (
        post_engagement(store.ibis(), by=["intent"], platform=platform).to_pandas() if has_intent else pd.DataFrame()
    )
    if store.has_table("cascades"):
        cascades = store.df("SELECT * EXCLUDE (run_id) FROM cascades ORDER BY size DESC LIMIT 10")
    else:
        cascades = _cascades(store)
    trees = [cascade_tree(store, root) for root in cascades["root_post_id"]] if len(cascades) else []
    authors = account_labels(store, [t["account_id"] for tree in trees if tree for t in _walk(tree)])
    for tree in trees:
        for node in _walk(tree) if tree else []:
            node["author"] = authors.get(node["account_id"], node["account_id"])
    cascades = records(cascades)
    for row, tree in zip(cascades, trees, strict=True):
        row["tree"] = tree
        row["root_author"] = tree["author"] if tree else None
        row["root_text"] = tree["text"] if tree else None
    counts = by_intent.set_index("intent")["posts"].to_dict() if len(by_intent) else {}
    return {
        "filters": {
            "intent": intent,
            "sentiment": sentiment,
            "platform": platform,
            "kind": kind,
            "q": q,
            "sort": sort,
        },  # fmt: skip
        "classified": has_intent,
        "posts": records(posts),
        "total": total,
        "page": page,
        "pages": max(1, -(-total // limit)) if total is not None else None,
        "limit": limit,
        "intent_counts": {k: int(v) for k, v in counts.items()},
        "engagement_by_intent": records(by_intent),
        "cascades": cascades,
    }


def _walk(node: dict[str, Any]) -> list[dict[str, Any]]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(current["children"])
    return out


def _cascades(store: Store) -> pd.DataFrame:
    from socialscope.engagement.cascades import cascades

    return cascades(store, top=10)


@router.get("/api/content", tags=["content"], summary="Posts with intent and sentiment; engagement by intent")
def content_api(
    request: Request,
    intent: str | None = Query(None, description="networking or marketing."),
    sentiment: str | None = Query(None, description="negative, neutral or positive."),
    platform: str | None = Query(None),
    kind: str | None = Query(None, description="Author kind: person, brand or organization."),
    q: str | None = Query(None, description="Words the text contains."),
    sort: str = Query("engagements", description="engagements, reach or recent."),
    limit: int = Query(50, ge=1, le=1000),
    page: int = Query(1, ge=1, description="Page of ``limit`` posts."),
) -> Response:
    params = {"intent": intent, "sentiment": sentiment, "platform": platform, "kind": kind, "q": q, "sort": sort,
              "limit": limit, "page": page}  # fmt: skip
    return api_json(request, "content", lambda s: content_data(s, **params), **params)


@router.get("/content", include_in_schema=False)
def content_page(
    request: Request,
    intent: str | None = Query(None),
    sentiment: str | None = Query(None),
    platform: str | None = Query(None),
    kind: str | None = Query(None),
    q: str | None = Query(None),
    sort: str = Query("engagements"),
    page: int = Query(1, ge=1),
    store: Store = Depends(read_store),
) -> Any:
    data = content_data(
        store,
        intent=intent or None,
        sentiment=sentiment or None,
        platform=platform or None,
        kind=kind or None,
        q=q or None,
        sort=sort,
        page=page,
    )
    chart = None
    if data["engagement_by_intent"]:
        frame = pd.DataFrame(data["engagement_by_intent"])
        frame["reach_per_post"] = frame["reach"] / frame["posts"]
        chart = {
            "rates": bar_chart(
                frame, "intent", ["engagement_rate_reach"], title="Engagement rate by reach", percent=True
            ),
            "per_post": bar_chart(
                frame,
                "intent",
                ["conversation_rate", "amplification_rate", "applause_rate"],
                title="Per post: comments, shares, likes (Kaushik)",
            ),
        }
    from socialscope.report.kpis import platforms as both_sides

    platforms = both_sides(store)["organic"]
    from urllib.parse import urlencode

    query = {k: v for k, v in data["filters"].items() if v}
    pager = {n: "?" + urlencode({**query, "page": n}) for n in (1, data["page"] - 1, data["page"] + 1)}
    return templates.TemplateResponse(
        request,
        "content.html",
        {"page": "content", "data": data, "chart": chart, "platforms": platforms, "pager": pager},
    )
