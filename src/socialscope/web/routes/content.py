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
) -> dict[str, Any]:
    """Original posts matching the filters, best first, with intent and sentiment; the
    engagement of networking vs marketing posts; the largest cascades."""
    from socialscope.engagement.rates import post_engagement

    has_intent, has_sentiment = store.has_table("content_intent"), store.has_table("post_sentiment")
    order = SORTS.get(sort, SORTS["engagements"])
    posts = store.df(
        f"""SELECT p.post_id, p.created_at, p.platform, a.handle, a.kind, p.text,
                   {"ci.intent, ci.probability AS intent_probability" if has_intent else "NULL AS intent, NULL AS intent_probability"},
                   {"ps.label AS sentiment, ps.score AS sentiment_score" if has_sentiment else "NULL AS sentiment, NULL AS sentiment_score"},
                   p.reach, p.impressions, p.likes, p.comments, p.shares,
                   coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0)
                       AS engagements
            FROM posts p LEFT JOIN accounts a USING (account_id)
            {"LEFT JOIN content_intent ci USING (post_id)" if has_intent else ""}
            {"LEFT JOIN post_sentiment ps USING (post_id)" if has_sentiment else ""}
            WHERE p.repost_of_post_id IS NULL
              AND (?::VARCHAR IS NULL OR {"ci.intent" if has_intent else "NULL"} = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR {"ps.label" if has_sentiment else "NULL"} = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR p.platform = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR a.kind = ?::VARCHAR)
              AND (?::VARCHAR IS NULL OR p.text ILIKE '%' || ?::VARCHAR || '%')
            ORDER BY {order}, p.post_id LIMIT ?""",
        [intent, intent, sentiment, sentiment, platform, platform, kind, kind, q, q, limit],
    )  # fmt: skip
    by_intent = (
        post_engagement(store.ibis(), by=["intent"], platform=platform).to_pandas() if has_intent else pd.DataFrame()
    )
    if store.has_table("cascades"):
        cascades = store.df("SELECT * EXCLUDE (run_id) FROM cascades ORDER BY size DESC LIMIT 10")
    else:
        cascades = _cascades(store)
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
        "engagement_by_intent": records(by_intent),
        "cascades": records(cascades),
    }


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
) -> Response:
    params = {"intent": intent, "sentiment": sentiment, "platform": platform, "kind": kind, "q": q, "sort": sort,
              "limit": limit}  # fmt: skip
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
    platforms = [r[0] for r in store.con.execute("SELECT DISTINCT platform FROM posts ORDER BY 1").fetchall() if r[0]]
    return templates.TemplateResponse(
        request, "content.html", {"page": "content", "data": data, "chart": chart, "platforms": platforms}
    )
