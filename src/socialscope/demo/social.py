"""The public social world: accounts, a follower graph with communities, posts, cascades,
likes, comments, replies and mentions.

Assumptions (documented in docs/demo.md):
- persons belong to interest communities; 85% of follows stay inside the community, targets
  are drawn in proportion to a Pareto "fitness", which gives heavy-tailed in-degrees;
- 35% of person-to-person follows are returned (friends follow back);
- each brand is popular in some communities (a Beta-distributed affinity per community);
- post counters (likes, comments, shares) are counts of the generated interactions, so the
  platform numbers and the interaction log agree; reach and impressions are drawn above them;
- shares form repost trees: a repost's ``repost_of_post_id`` is its immediate parent and the
  sharers are mostly followers of the account they share from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from socialscope.arrays import unique_sorted
from socialscope.demo import vocabulary as vocab
from socialscope.demo.config import DemoConfig, at
from socialscope.demo.text import fill_templates, numbered, pick

OWN_BRAND = vocab.BRANDS[0][0]


@dataclass
class SocialWorld:
    """Arrays describing the graph; accounts are rows ``0..n-1``."""

    account_id: np.ndarray
    handle: np.ndarray
    display_name: np.ndarray
    kind: np.ndarray
    platform: np.ndarray
    community: np.ndarray  # -1 for non-persons
    n_persons: int
    src: np.ndarray
    dst: np.ndarray
    followed_at: np.ndarray
    brand_index: dict[tuple[str, str], int]  # (brand, platform) -> account row

    @property
    def n(self) -> int:
        return len(self.account_id)

    def followers_csr(self) -> tuple[np.ndarray, np.ndarray]:
        """(indptr, followers) so followers of ``a`` are ``followers[indptr[a]:indptr[a+1]]``."""
        order = np.argsort(self.dst, kind="stable")
        indptr = np.zeros(self.n + 1, dtype=np.int64)
        np.add.at(indptr, self.dst + 1, 1)
        return np.cumsum(indptr), self.src[order]

    def in_degree(self) -> np.ndarray:
        return np.bincount(self.dst, minlength=self.n)


def build_graph(cfg: DemoConfig, rng: np.random.Generator) -> SocialWorld:
    """Persons, organisations and brand accounts, and who follows whom (platform ``x``)."""
    n_persons = cfg.size(3000, minimum=60)
    n_communities = int(np.clip(round(10 * cfg.scale**0.35), 4, 200))
    shares = rng.dirichlet(np.full(n_communities, 3.0))
    community = rng.choice(n_communities, size=n_persons, p=shares)
    fitness = rng.pareto(1.6, n_persons) + 1.0

    first = pick(rng, vocab.FIRST_NAMES, n_persons)
    last = pick(rng, vocab.LAST_NAMES, n_persons)
    suffix = pd.Series(np.arange(n_persons)).astype(str).to_numpy(dtype=object)
    handles = first + "_" + last + suffix
    names = (
        pd.Series(first).str.title().to_numpy(dtype=object) + " " + pd.Series(last).str.title().to_numpy(dtype=object)
    )

    orgs = vocab.ORGANIZATIONS
    brand_rows = [(b, p) for b, _ in vocab.BRANDS for p in vocab.BRAND_PLATFORMS]
    account_id = np.concatenate(
        [
            numbered("x:u", 0, n_persons),
            np.asarray([f"x:{h}" for h, _ in orgs], dtype=object),
            np.asarray([f"{p}:{b}" for b, p in brand_rows], dtype=object),
        ]
    )
    brand_names = dict(vocab.BRANDS)
    handle = np.concatenate([handles, [h for h, _ in orgs], [b for b, _ in brand_rows]]).astype(object)
    display = np.concatenate([names, [n for _, n in orgs], [brand_names[b] for b, _ in brand_rows]]).astype(object)
    kind = np.asarray(["person"] * n_persons + ["organization"] * len(orgs) + ["brand"] * len(brand_rows), dtype=object)
    platform = np.asarray(["x"] * (n_persons + len(orgs)) + [p for _, p in brand_rows], dtype=object)
    n_total = len(account_id)
    brand_index = {key: n_persons + len(orgs) + i for i, key in enumerate(brand_rows)}

    # Person -> person follows, mostly inside the community, targets by fitness.
    out_degree = np.clip(np.round(rng.lognormal(np.log(9), 0.8, n_persons)), 1, n_persons - 1).astype(np.int64)
    src = np.repeat(np.arange(n_persons), out_degree)
    order = np.argsort(community, kind="stable")
    cum = np.concatenate([[0.0], np.cumsum(fitness[order])])
    bounds = np.searchsorted(community[order], np.arange(n_communities + 1))
    inside = rng.random(len(src)) < 0.85
    lo = np.where(inside, cum[bounds[community[src]]], 0.0)
    hi = np.where(inside, cum[bounds[community[src] + 1]], cum[-1])
    position = np.searchsorted(cum, lo + rng.random(len(src)) * (hi - lo), side="right") - 1
    dst = order[np.clip(position, 0, n_persons - 1)]
    back = rng.random(len(src)) < 0.35
    src, dst = np.concatenate([src, dst[back]]), np.concatenate([dst, src[back]])

    # Organisations: followed by a random slice of people.
    org_src, org_dst = [], []
    for i in range(len(orgs)):
        k = int(n_persons * rng.uniform(0.02, 0.12))
        org_src.append(rng.choice(n_persons, k, replace=False))
        org_dst.append(np.full(k, n_persons + i))

    # Brands on x: followed according to their affinity with each community.
    b_src, b_dst = [], []
    for b, (brand, _) in enumerate(vocab.BRANDS):
        base = 0.22 if b == 0 else rng.uniform(0.08, 0.16)
        affinity = rng.beta(0.9, 2.5, n_communities) * 2
        follows = rng.random(n_persons) < np.clip(base * affinity[community], 0, 0.9)
        people = np.flatnonzero(follows)
        b_src.append(people)
        b_dst.append(np.full(len(people), brand_index[(brand, "x")]))
        influencers = np.argsort(-fitness)[:20]  # brands follow back a few big accounts
        b_src.append(np.full(len(influencers), brand_index[(brand, "x")]))
        b_dst.append(influencers)
    src = np.concatenate([src, *org_src, *b_src]).astype(np.int64)
    dst = np.concatenate([dst, *org_dst, *b_dst]).astype(np.int64)
    keep = src != dst
    pair = unique_sorted(src[keep] * n_total + dst[keep])
    src, dst = pair // n_total, pair % n_total

    # Follow times: person ties mostly predate the window; brand audiences grow through it.
    to_brand = kind[dst] == "brand"
    offsets = np.where(
        to_brand,
        -365 + 730 * rng.random(len(src)) ** 0.8,
        -1095 + 1460 * rng.random(len(src)) ** 1.6,
    )
    offsets = np.minimum(offsets, cfg.days - 1e-3)
    return SocialWorld(
        account_id,
        handle,
        display,
        kind,
        platform,
        np.concatenate([community, np.full(n_total - n_persons, -1)]),
        n_persons,
        src,
        dst,
        at(cfg, offsets),
        brand_index,
    )


def accounts_frame(
    world: SocialWorld, cfg: DemoConfig, followers: np.ndarray, rng: np.random.Generator
) -> pd.DataFrame:
    """The ``accounts`` rows of the social world."""
    n = world.n
    as_json = np.asarray([f'{{"interest": "{name}"}}' for name in vocab.INTERESTS], dtype=object)  # one per interest
    attributes = pd.Series(np.where(world.community >= 0, as_json[world.community % len(vocab.INTERESTS)], None))
    return pd.DataFrame(
        {
            "account_id": world.account_id,
            "platform": world.platform,
            "handle": world.handle,
            "display_name": world.display_name,
            "kind": world.kind,
            "is_own": world.handle == OWN_BRAND,
            "created_at": at(cfg, -2000 + 1900 * rng.random(n)),
            "followers_count": followers,
            "attributes": attributes.to_numpy(dtype=object),
        }
    )


@dataclass
class Posts:
    """Column arrays of the posts table under construction."""

    columns: dict[str, np.ndarray]

    def __len__(self) -> int:
        return len(self.columns["post_id"])


def original_posts(world: SocialWorld, cfg: DemoConfig, rng: np.random.Generator, campaigns: pd.DataFrame) -> Posts:
    """Personal posts by people and organisations, marketing posts by brands."""
    p = world.n_persons
    activity = rng.gamma(0.8, 2.0, p)
    per_person = rng.poisson(activity)
    author = np.repeat(np.arange(p), per_person)
    n = len(author)
    interest = np.asarray(vocab.INTERESTS, dtype=object)[world.community[author] % len(vocab.INTERESTS)]

    # Who people mention: a friend they follow, or a brand.
    indptr_out, followees = _following_csr(world)
    has_friend = indptr_out[author + 1] > indptr_out[author]
    style = rng.random(n)
    friend_post = (style < 0.12) & has_friend
    brand_post = (style >= 0.12) & (style < 0.22)
    friend = followees[
        np.minimum(
            indptr_out[author] + (rng.random(n) * (indptr_out[author + 1] - indptr_out[author])).astype(np.int64),
            len(followees) - 1,
        )
    ]
    brand_choice = rng.choice(len(vocab.BRANDS), n, p=[0.4, 0.2, 0.2, 0.2])
    brand_handles = np.asarray([b for b, _ in vocab.BRANDS], dtype=object)[brand_choice]
    tone = rng.random(n)
    negative_share = np.asarray([0.15, 0.2, 0.2, 0.4])[brand_choice]
    positive_cut = 1 - negative_share - 0.25
    text = fill_templates(vocab.PERSONAL_POSTS, rng.integers(0, len(vocab.PERSONAL_POSTS), n), interest=interest)
    friend_text = fill_templates(
        vocab.FRIEND_MENTIONS, rng.integers(0, 3, n), handle=world.handle[friend], interest=interest
    )
    pos = fill_templates(vocab.BRAND_MENTIONS_POSITIVE, rng.integers(0, 3, n), handle=brand_handles)
    neg = fill_templates(vocab.BRAND_MENTIONS_NEGATIVE, rng.integers(0, 3, n), handle=brand_handles)
    neu = fill_templates(vocab.BRAND_MENTIONS_NEUTRAL, rng.integers(0, 3, n), handle=brand_handles, interest=interest)
    brand_text = np.where(tone < positive_cut, pos, np.where(tone < positive_cut + 0.25, neu, neg))
    text = np.where(friend_post, friend_text, np.where(brand_post, brand_text, text))
    mentioned = np.full(n, -1, dtype=np.int64)
    mentioned[friend_post] = friend[friend_post]
    brand_rows = np.asarray([world.brand_index[(b, "x")] for b, _ in vocab.BRANDS])
    mentioned[brand_post] = brand_rows[brand_choice[brand_post]]
    day = rng.random(n) * cfg.days
    hour = rng.normal(19, 3, n).clip(6, 23.9) / 24
    created = at(cfg, np.floor(day) + hour)

    # Organisations and brands publish on a schedule.
    sched_author, sched_day = [], []
    for i in range(len(vocab.ORGANIZATIONS)):
        k = rng.poisson(100)
        sched_author.append(np.full(k, p + i))
        sched_day.append(np.sort(rng.random(k) * cfg.days))
    for key, row in world.brand_index.items():
        k = rng.poisson(156 if key[0] == OWN_BRAND else 110)
        sched_author.append(np.full(k, row))
        sched_day.append(np.floor(np.sort(rng.random(k) * cfg.days)) + rng.normal(12, 2, k).clip(7, 20) / 24)
    s_author = np.concatenate(sched_author)
    s_day = np.concatenate(sched_day)
    m = len(s_author)
    s_handle = world.handle[s_author]
    s_platform = world.platform[s_author]
    collection = pick(rng, vocab.COLLECTIONS, m)
    s_interest = pick(rng, vocab.INTERESTS, m)

    # The own brand's posts during a campaign on the matching platform may be paid.
    campaign_id = np.full(m, None, dtype=object)
    ad_platform = {"instagram": "meta", "linkedin": "linkedin", "x": "x"}
    s_date = cfg.start_ts + (s_day * 86400).astype("timedelta64[s]")
    for c in campaigns.itertuples():
        mine = (s_handle == OWN_BRAND) & (pd.Series(s_platform).map(ad_platform).to_numpy() == c.platform)
        during = (s_date >= np.datetime64(c.start_date)) & (s_date < np.datetime64(c.end_date) + np.timedelta64(1, "D"))
        paid = mine & during & (rng.random(m) < 0.45) & pd.isna(campaign_id)
        campaign_id[paid] = c.campaign_id
    is_paid = ~pd.isna(campaign_id)
    utm_campaign = np.where(is_paid, campaign_id, "organic")
    url = (
        "https://"
        + s_handle
        + ".example/"
        + pd.Series(collection).str.lower().to_numpy(dtype=object)
        + "?utm_source="
        + s_platform
        + "&utm_medium="
        + np.where(is_paid, "paid_social", "social")
        + "&utm_campaign="
        + utm_campaign
    )
    code = pd.Series(s_handle).str.upper().to_numpy(dtype=object) + "20"
    is_org = world.kind[s_author] == "organization"
    brand_text = fill_templates(
        vocab.BRAND_POSTS,
        rng.integers(0, len(vocab.BRAND_POSTS), m),
        collection=collection,
        url=url,
        code=code,
        interest=s_interest,
    )
    org_text = fill_templates(
        ("Read our latest story on {interest} in the city {url}", "This week's {interest} roundup is out {url}"),
        rng.integers(0, 2, m),
        interest=s_interest,
        url="https://" + s_handle + ".example/stories",
    )
    s_text = np.where(is_org, org_text, brand_text)

    author_all = np.concatenate([author, s_author])
    return Posts(
        {
            "author": author_all,
            "post_id": numbered("p", 0, n + m, 8),
            "platform": world.platform[author_all],
            "created_at": np.concatenate([created, at(cfg, s_day)]),
            "text": np.concatenate([text, s_text]),
            "url": np.concatenate([np.full(n, None, dtype=object), url]),
            "campaign_id": np.concatenate([np.full(n, None, dtype=object), campaign_id]),
            "is_paid": np.concatenate([np.zeros(n, dtype=bool), is_paid]),
            "parent": np.full(n + m, -1, dtype=np.int64),
            "mentioned": np.concatenate([mentioned, np.full(m, -1, dtype=np.int64)]),
        }
    )


def _following_csr(world: SocialWorld) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(world.src, kind="stable")
    indptr = np.zeros(world.n + 1, dtype=np.int64)
    np.add.at(indptr, world.src + 1, 1)
    return np.cumsum(indptr), world.dst[order]


def audience_row(world: SocialWorld, authors: np.ndarray) -> np.ndarray:
    """The account whose followers stand for an author's audience (a brand's x account)."""
    audience = authors.copy()
    for (brand, plat), row in world.brand_index.items():
        if plat != "x":
            audience[authors == row] = world.brand_index[(brand, "x")]
    return audience


def sample_audience(
    world: SocialWorld,
    csr: tuple[np.ndarray, np.ndarray],
    authors: np.ndarray,
    rng: np.random.Generator,
    follower_share: float,
) -> np.ndarray:
    """One reacting person per entry of ``authors``: a follower, or anyone (non-follower reach)."""
    indptr, followers = csr
    audience = audience_row(world, authors)
    count = indptr[audience + 1] - indptr[audience]
    pick_follower = (rng.random(len(authors)) < follower_share) & (count > 0)
    idx = indptr[audience] + (rng.random(len(authors)) * np.maximum(count, 1)).astype(np.int64)
    anyone = rng.integers(0, world.n_persons, len(authors))
    return np.where(pick_follower, followers[np.minimum(idx, len(followers) - 1)], anyone)


def add_cascades(
    posts: Posts,
    world: SocialWorld,
    cfg: DemoConfig,
    rng: np.random.Generator,
    csr: tuple[np.ndarray, np.ndarray],
    followers: np.ndarray,
) -> tuple[Posts, np.ndarray, np.ndarray]:
    """Grow repost trees generation by generation. Returns posts and (sharer, parent) rows."""
    cols = {k: [v] for k, v in posts.columns.items()}
    current = np.arange(len(posts))
    authors = posts.columns["author"]
    created = posts.columns["created_at"]
    is_brand = world.kind[authors] == "brand"
    aud = followers[audience_row(world, authors)]
    rate = np.where(is_brand, 0.004 * aud, 0.05 + 0.01 * aud**0.7) * np.where(posts.columns["is_paid"], 2.0, 1.0)
    next_id = len(posts)
    share_actor, share_parent = [], []
    for generation in range(8):
        k = rng.poisson(np.minimum(rate, 200.0))
        if k.sum() == 0:
            break
        parent = np.repeat(current, k)
        parent_author = np.repeat(authors, k)
        sharer = sample_audience(world, csr, parent_author, rng, follower_share=0.88)
        when = np.repeat(created, k) + (rng.exponential(5 * 3600, len(parent))).astype("timedelta64[s]")
        share_actor.append(sharer)
        share_parent.append(parent)
        new = np.arange(next_id, next_id + len(parent))
        next_id += len(parent)
        all_text = np.concatenate(cols["text"])
        all_platform = np.concatenate(cols["platform"])
        cols["author"].append(sharer)
        cols["post_id"].append(numbered("p", new[0], len(new), 8))
        cols["platform"].append(all_platform[parent])
        cols["created_at"].append(when)
        cols["text"].append(all_text[parent])
        cols["url"].append(np.full(len(new), None, dtype=object))
        cols["campaign_id"].append(np.full(len(new), None, dtype=object))
        cols["is_paid"].append(np.zeros(len(new), dtype=bool))
        cols["parent"].append(parent)
        cols["mentioned"].append(np.full(len(new), -1, dtype=np.int64))
        current, authors, created = new, sharer, when
        rate = (0.03 + 0.006 * followers[sharer] ** 0.8) * 0.8**generation
    merged = Posts({k: np.concatenate(v) for k, v in cols.items()})
    actors = np.concatenate(share_actor) if share_actor else np.zeros(0, dtype=np.int64)
    parents = np.concatenate(share_parent) if share_parent else np.zeros(0, dtype=np.int64)
    return merged, actors, parents


def reactions(
    posts: Posts,
    world: SocialWorld,
    rng: np.random.Generator,
    csr: tuple[np.ndarray, np.ndarray],
    followers: np.ndarray,
) -> pd.DataFrame:
    """Likes, comments, brand replies and mentions on every post, as interaction rows."""
    cols = posts.columns
    authors = cols["author"]
    n = len(posts)
    brand = world.kind[authors] == "brand"
    repost = cols["parent"] >= 0
    aud = followers[audience_row(world, authors)].astype(float)
    quality = rng.lognormal(0, 0.5, n)
    paid = np.where(cols["is_paid"], 2.5, 1.0)
    like_rate = np.where(brand, 0.012 * aud * paid, 0.4 + 0.09 * aud**0.9) * quality * np.where(repost, 0.3, 1.0)
    comment_rate = np.where(brand, 0.0015 * aud * paid, 0.3 + 0.04 * aud**0.8) * quality * np.where(repost, 0.2, 1.0)
    likes = rng.poisson(np.minimum(like_rate, 5000))
    comments = rng.poisson(np.minimum(comment_rate, 1000))

    like_post = np.repeat(np.arange(n), likes)
    like_actor = sample_audience(world, csr, authors[like_post], rng, follower_share=0.85)
    unique = unique_sorted(like_post * world.n + like_actor)  # one like per person and post
    like_post, like_actor = unique // world.n, unique % world.n
    like_at = cols["created_at"][like_post] + rng.exponential(5 * 3600, len(like_post)).astype("timedelta64[s]")

    c_post = np.repeat(np.arange(n), comments)
    c_actor = sample_audience(world, csr, authors[c_post], rng, follower_share=0.9)
    c_at = cols["created_at"][c_post] + rng.exponential(8 * 3600, len(c_post)).astype("timedelta64[s]")
    handle = world.handle[authors[c_post]]
    negative_share = np.select([handle == b for b, _ in vocab.BRANDS], [0.15, 0.2, 0.2, 0.35], 0.08)
    tone = rng.random(len(c_post))
    c_text = np.where(
        tone < negative_share,
        pick(rng, vocab.COMMENTS_NEGATIVE, len(c_post)),
        np.where(
            tone < negative_share + 0.3,
            pick(rng, vocab.COMMENTS_NEUTRAL, len(c_post)),
            pick(rng, vocab.COMMENTS_POSITIVE, len(c_post)),
        ),
    )
    # Brands answer part of the comments on their own posts (own brand faster and more often).
    on_brand = world.kind[authors[c_post]] == "brand"
    own = handle == OWN_BRAND
    answered = on_brand & (rng.random(len(c_post)) < np.where(own, 0.6, 0.3))
    delay = rng.lognormal(np.log(np.where(own, 2.0, 8.0)), 0.8) * 3600
    reply_text = np.where(
        tone < negative_share,
        vocab.BRAND_REPLIES[1],
        np.where(tone < negative_share + 0.3, vocab.BRAND_REPLIES[2], vocab.BRAND_REPLIES[0]),
    )

    mention_post = np.flatnonzero(cols["mentioned"] >= 0)
    frames = [
        _interactions("like", like_actor, like_post, authors[like_post], like_at, None, posts, world),
        _interactions("comment", c_actor, c_post, authors[c_post], c_at, c_text, posts, world),
        _interactions(
            "reply",
            authors[c_post][answered],
            c_post[answered],
            c_actor[answered],
            c_at[answered] + delay[answered].astype("timedelta64[s]"),
            reply_text[answered],
            posts,
            world,
        ),
        _interactions(
            "mention",
            authors[mention_post],
            mention_post,
            cols["mentioned"][mention_post],
            cols["created_at"][mention_post],
            None,
            posts,
            world,
        ),
    ]
    return pd.concat(frames, ignore_index=True)


def _interactions(
    kind: str,
    actor: np.ndarray,
    post: np.ndarray,
    target: np.ndarray,
    when: np.ndarray,
    text: np.ndarray | None,
    posts: Posts,
    world: SocialWorld,
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor_account_id": world.account_id[actor],
            "kind": kind,
            "post_id": posts.columns["post_id"][post],
            "target_account_id": world.account_id[target],
            "created_at": when,
            "text": text if text is not None else np.full(len(actor), None, dtype=object),
            "channel": None,
            "_post_row": post,
        }
    )
