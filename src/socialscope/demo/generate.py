"""Assemble the demo world into canonical tables and load it into a store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from socialscope.demo import marketing, social, workplace
from socialscope.demo.config import DemoConfig
from socialscope.demo.text import numbered
from socialscope.errors import StoreError
from socialscope.store.connection import Store
from socialscope.store.schema import CANONICAL_TABLES

Step = Callable[[str], None]


def generate(config: DemoConfig | None = None, *, step: Step | None = None) -> dict[str, pd.DataFrame]:
    """Generate every canonical table of a demo world, deterministically from ``config.seed``."""
    cfg = config or DemoConfig()
    rng = np.random.default_rng(cfg.seed)
    say = step or (lambda _: None)

    say("campaigns")
    campaign_frame = marketing.campaigns(cfg, rng)
    say("follower graph")
    world = social.build_graph(cfg, rng)
    followers = world.in_degree()
    csr = world.followers_csr()
    say("posts and cascades")
    posts = social.original_posts(world, cfg, rng, campaign_frame)
    posts, share_actor, share_parent = social.add_cascades(posts, world, cfg, rng, csr, followers)
    say("likes, comments and mentions")
    reacted = social.reactions(posts, world, rng, csr, followers)
    cols = posts.columns
    shares = pd.DataFrame(
        {
            "actor_account_id": world.account_id[share_actor],
            "kind": "share",
            "post_id": cols["post_id"][share_parent],
            "target_account_id": world.account_id[cols["author"][share_parent]],
            "created_at": cols["created_at"][len(cols["post_id"]) - len(share_actor) :]
            if len(share_actor)
            else np.zeros(0, "datetime64[s]"),
            "text": None,
            "channel": None,
            "_post_row": share_parent,
        }
    )
    social_interactions = pd.concat([reacted, shares], ignore_index=True)

    say("web journeys and funnel")
    post_urls = _post_urls(world, cols)[_own_brand_conversation(world, cols)]
    touches = marketing.touchpoints(cfg, rng, campaign_frame, post_urls)
    conversions = marketing.conversions(cfg, rng, touches)
    stats, campaign_frame, cpc = marketing.ad_stats(cfg, rng, campaign_frame, touches)
    paid = touches["_channel_code"].to_numpy() == 0
    touches.loc[paid, "cost"] = touches.loc[paid, "campaign"].map(cpc).to_numpy()

    say("workplace collaboration")
    staff = workplace.employees(cfg, rng)
    work = workplace.messages(cfg, rng, staff)

    say("assembling tables")
    posts_frame = _posts_frame(world, cols, social_interactions, followers, rng)
    snapshots, last_followers = _follower_snapshots(world, cfg, rng, campaign_frame)
    followers_count = followers.astype(np.int64)
    for row, value in last_followers.items():
        followers_count[row] = value
    accounts = pd.concat(
        [social.accounts_frame(world, cfg, followers_count, rng), staff.drop(columns=["_dept", "_broker", "_liaison"])],
        ignore_index=True,
    )
    interactions = pd.concat([social_interactions.drop(columns="_post_row"), work], ignore_index=True)
    interactions = interactions.sort_values("created_at", kind="stable").reset_index(drop=True)
    interactions.insert(0, "interaction_id", numbered("i", 0, len(interactions), 9))
    follows = pd.DataFrame(
        {
            "src_account_id": world.account_id[world.src],
            "dst_account_id": world.account_id[world.dst],
            "platform": "x",
            "followed_at": world.followed_at,
        }
    )
    return {
        "accounts": accounts,
        "follows": follows,
        "follower_snapshots": snapshots,
        "posts": posts_frame,
        "interactions": interactions,
        "campaigns": campaign_frame,
        "ad_stats": stats,
        "touchpoints": touches.drop(columns="_channel_code"),
        "conversions": conversions,
    }


def _own_brand_conversation(world: social.SocialWorld, cols: dict[str, np.ndarray]) -> np.ndarray:
    """Rows of posts that can send people to the own brand's site: its own posts, posts
    mentioning it, and every repost down their cascades."""
    own_rows = [row for (brand, _), row in world.brand_index.items() if brand == social.OWN_BRAND]
    about = np.isin(cols["author"], own_rows) | (cols["mentioned"] == world.brand_index[(social.OWN_BRAND, "x")])
    parent = cols["parent"]
    for _ in range(10):  # cascades are at most 8 deep
        grown = about | ((parent >= 0) & about[np.maximum(parent, 0)])
        if (grown == about).all():
            break
        about = grown
    return np.flatnonzero(about)


def _post_urls(world: social.SocialWorld, cols: dict[str, np.ndarray]) -> np.ndarray:
    hosts = {"x": "https://x.com/", "instagram": "https://instagram.com/", "linkedin": "https://linkedin.com/"}
    host = pd.Series(cols["platform"]).map(hosts).to_numpy(dtype=object)
    return host + world.handle[cols["author"]] + "/status/" + cols["post_id"]


def _posts_frame(
    world: social.SocialWorld,
    cols: dict[str, np.ndarray],
    interactions: pd.DataFrame,
    followers: np.ndarray,
    rng: np.random.Generator,
) -> pd.DataFrame:
    """Posts with counters equal to the counts of their interactions."""
    n = len(cols["post_id"])
    kind = interactions["kind"].to_numpy()
    row = interactions["_post_row"].to_numpy()

    def count(*kinds: str) -> np.ndarray:
        return np.bincount(row[np.isin(kind, kinds)], minlength=n)

    likes, comments, shares = count("like"), count("comment", "reply"), count("share")
    authors = cols["author"]
    audience = followers[social.audience_row(world, authors)]
    boost = np.where(cols["is_paid"], 3.0, 1.0)
    reach = np.round(audience * rng.uniform(0.15, 0.35, n) * boost + 25 * shares + likes + comments).astype(np.int64)
    impressions = np.round(reach * rng.uniform(1.1, 1.8, n)).astype(np.int64)
    brand = world.kind[authors] == "brand"
    clicks = rng.binomial(impressions, np.where(brand, np.where(cols["is_paid"], 0.02, 0.011), 0.002))
    parent = cols["parent"]
    return pd.DataFrame(
        {
            "post_id": cols["post_id"],
            "account_id": world.account_id[authors],
            "platform": cols["platform"],
            "created_at": cols["created_at"],
            "text": cols["text"],
            "url": _post_urls(world, cols),
            "reply_to_post_id": None,
            "repost_of_post_id": np.where(parent >= 0, cols["post_id"][np.maximum(parent, 0)], None),
            "campaign_id": cols["campaign_id"],
            "is_paid": cols["is_paid"],
            "impressions": impressions,
            "reach": reach,
            "likes": likes,
            "comments": comments,
            "shares": shares,
            "clicks": clicks,
            "saves": rng.poisson(0.05 * likes),
        }
    )


def _follower_snapshots(
    world: social.SocialWorld, cfg: DemoConfig, rng: np.random.Generator, campaign_frame: pd.DataFrame
) -> tuple[pd.DataFrame, dict[int, int]]:
    """Daily follower counts of every brand account.

    On x they are counted from the follow edges (followed_at <= day); on the other
    platforms, where the demo has no follow edges, they grow from the x audience with a
    boost while a campaign runs on that platform.
    """
    days = cfg.start_ts.astype("datetime64[D]") + np.arange(cfg.days)
    ends = (days + 1).astype("datetime64[s]")
    frames, last = [], {}
    ad_platform = {"instagram": "meta", "linkedin": "linkedin", "x": "x"}
    for (brand, platform), row in world.brand_index.items():
        if platform == "x":
            followers = np.searchsorted(np.sort(world.followed_at[world.dst == row]), ends, side="right")
            following = np.searchsorted(np.sort(world.followed_at[world.src == row]), ends, side="right")
        else:
            x_row = world.brand_index[(brand, "x")]
            base = np.searchsorted(np.sort(world.followed_at[world.dst == x_row]), ends, side="right")
            factor = 2.4 if platform == "instagram" else 0.7
            boost = np.zeros(cfg.days)
            if brand == social.OWN_BRAND:
                for c in campaign_frame[campaign_frame["platform"] == ad_platform[platform]].itertuples():
                    inside = (days >= np.datetime64(c.start_date)) & (days <= np.datetime64(c.end_date))
                    boost += np.cumsum(inside) * 0.004
            followers = np.round(base * factor * (1 + boost) + rng.normal(0, 2, cfg.days)).clip(0).astype(np.int64)
            following = np.full(cfg.days, int(rng.integers(20, 200)))
        last[row] = int(followers[-1])
        frames.append(
            pd.DataFrame(
                {"account_id": world.account_id[row], "date": days, "followers": followers, "following": following}
            )
        )
    return pd.concat(frames, ignore_index=True), last


def load_demo(store: Store, tables: dict[str, pd.DataFrame], config: DemoConfig) -> dict[str, int]:
    """Replace the store's canonical tables with a demo world, in one transaction.

    Refuses to overwrite a store that holds imported (non-demo) data.
    """
    imported = store.con.execute("SELECT count(*) FROM import_log WHERE format <> 'demo'").fetchall()[0][0]
    if imported:
        raise StoreError(
            f"{store.path} holds imported data; the demo only writes to an empty or demo store "
            "(use --db to pick another file)"
        )
    counts = {}
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as con:
        for name, table in CANONICAL_TABLES.items():
            frame = tables[name]
            columns = table.column_names
            data = frame.reindex(columns=columns)
            con.register("_demo_frame", data)
            select = ", ".join(f'CAST("{c.name}" AS {c.sql_type})' for c in table.columns)
            con.execute(f'DELETE FROM "{name}"')
            con.execute(f'INSERT INTO "{name}" SELECT {select}, NULL::JSON FROM _demo_frame')
            con.unregister("_demo_frame")
            counts[name] = len(frame)
        con.execute("DELETE FROM import_log")
        con.execute("DELETE FROM analysis_runs")
        for name, n in counts.items():
            con.execute(
                "INSERT INTO import_log VALUES (?, ?, 'demo', NULL, NULL, 'demo', ?, ?, 0, ?)",
                [f"demo-{name}", name, n, n, now],
            )
        store.set_meta(
            "demo", {"scale": config.scale, "seed": config.seed, "start": config.start.isoformat(), "days": config.days}
        )
    return counts
