"""The marketing world: campaigns, web visitors' touchpoints, the funnel, and ad stats.

Assumptions (documented in docs/demo.md):
- visitors touch 1 + Poisson(1.4) channels, days apart; half their touches come from one
  preferred channel;
- a paid-social touch belongs to a campaign running on that day; ad clicks are the tracked
  paid visits divided by a tracking rate of 0.85, so campaign stats and site data agree;
- lead chance grows with every touch; leads whose last non-direct touch was *pushed* (paid
  social, email) become opportunities and customers less often than *pulled* ones (search,
  referral) — the effect the funnel reports are there to reveal;
- customers buy again a Poisson(1.5) number of times.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from socialscope.demo.config import DemoConfig, at
from socialscope.demo.text import numbered

AD_PLATFORMS = ("meta", "linkedin", "x")
CHANNELS = ("Paid Social", "Organic Social", "Organic Search", "Paid Search", "Email", "Referral", "Direct")
CHANNEL_SHARE = np.array([0.2, 0.17, 0.22, 0.08, 0.1, 0.09, 0.14])
LEAD_CHANCE = np.array([0.05, 0.04, 0.07, 0.06, 0.05, 0.07, 0.04])
TYPE_OF = np.array(["push", "mixed", "pull", "pull", "push", "pull", "direct"])
OPP_RATE = {"push": 0.18, "mixed": 0.28, "pull": 0.42, "direct": 0.3}
WIN_RATE = {"push": 0.30, "mixed": 0.36, "pull": 0.45, "direct": 0.38}
_SOURCES = {
    "Organic Social": (
        ("t.co", "social", "https://t.co/"),
        ("linkedin.com", "social", "https://www.linkedin.com/"),
        ("instagram.com", "social", "https://l.instagram.com/"),
    ),
    "Organic Search": (("google", "organic", "https://www.google.com/"), ("bing", "organic", "https://www.bing.com/")),
    "Paid Search": (("google", "cpc", "https://www.google.com/"),),
    "Email": (("newsletter", "email", None),),
    "Referral": (
        ("trailmag.example", "referral", "https://trailmag.example/reviews"),
        ("techdaily.example", "referral", "https://techdaily.example/gear"),
    ),
    "Direct": (("(direct)", "(none)", None),),
}
_PAID_SOURCE = {
    "meta": ("facebook", "https://l.facebook.com/"),
    "linkedin": ("linkedin", "https://www.linkedin.com/"),
    "x": ("x", "https://t.co/"),
}
CPM = {"meta": 9.0, "linkedin": 32.0, "x": 6.5}
CTR = {"meta": 0.012, "linkedin": 0.006, "x": 0.009}


def campaigns(cfg: DemoConfig, rng: np.random.Generator) -> pd.DataFrame:
    """Twelve campaigns of the own brand, four on each ad platform."""
    themes = ("Spring Sale", "Summer Trails", "Back to Campus", "Winter Gear")
    objectives = ("conversions", "traffic", "awareness", "leads")
    rows = []
    for i in range(12):
        platform = AD_PLATFORMS[i % 3]
        start = cfg.start_ts + np.timedelta64(int(rng.integers(0, cfg.days - 70)), "D")
        length = int(rng.integers(21, 57))
        rows.append(
            {
                "campaign_id": f"cmp-{i + 1:03d}",
                "platform": platform,
                "name": f"{themes[i // 3]} – {platform.title()}",
                "objective": objectives[(i * 7) % 4],
                "start_date": start.astype("datetime64[D]"),
                "end_date": (start + np.timedelta64(length - 1, "D")).astype("datetime64[D]"),
                "currency": "USD",
            }
        )
    return pd.DataFrame(rows)


def touchpoints(
    cfg: DemoConfig, rng: np.random.Generator, campaign_frame: pd.DataFrame, post_urls: np.ndarray
) -> pd.DataFrame:
    """Every visitor's touchpoints, ordered in time; paid-social touches tied to campaigns."""
    n_visitors = cfg.size(4000, minimum=200)
    per_visitor = 1 + rng.poisson(1.4, n_visitors)
    visitor = np.repeat(np.arange(n_visitors), per_visitor)
    n = len(visitor)
    first = rng.random(n_visitors) * (cfg.days - 5)
    gaps = rng.exponential(4.0, n)
    starts = np.concatenate([[0], np.cumsum(per_visitor)[:-1]])
    gaps[starts] = 0.0
    cumulative = np.cumsum(gaps)
    offset = first[visitor] + cumulative - cumulative[starts][visitor]
    preferred = rng.choice(len(CHANNELS), n_visitors, p=CHANNEL_SHARE)
    channel = np.where(rng.random(n) < 0.5, preferred[visitor], rng.choice(len(CHANNELS), n, p=CHANNEL_SHARE))
    keep = offset < cfg.days
    visitor, offset, channel = visitor[keep], offset[keep], channel[keep]
    when = at(cfg, offset)

    # Paid social touches need a campaign running that day; otherwise they were organic.
    campaign = np.full(len(visitor), None, dtype=object)
    paid = np.flatnonzero(channel == 0)
    starts_c = campaign_frame["start_date"].to_numpy("datetime64[s]")
    ends_c = campaign_frame["end_date"].to_numpy("datetime64[s]") + np.timedelta64(1, "D")
    active = (when[paid, None] >= starts_c[None, :]) & (when[paid, None] < ends_c[None, :])
    choice = np.argmax(rng.random(active.shape) * active, axis=1)
    has = active.any(axis=1)
    campaign[paid[has]] = campaign_frame["campaign_id"].to_numpy()[choice[has]]
    channel[paid[~has]] = 1

    source = np.empty(len(visitor), dtype=object)
    medium = np.empty(len(visitor), dtype=object)
    referrer = np.full(len(visitor), None, dtype=object)
    for c, name in enumerate(CHANNELS):
        rows = np.flatnonzero(channel == c)
        if name == "Paid Social":
            plat = campaign_frame.set_index("campaign_id").loc[campaign[rows], "platform"].to_numpy()
            lookup = pd.DataFrame(_PAID_SOURCE, index=["source", "referrer"]).T
            source[rows] = lookup["source"].reindex(plat).to_numpy()
            referrer[rows] = lookup["referrer"].reindex(plat).to_numpy()
            medium[rows] = "paid_social"
            continue
        options = _SOURCES[name]
        pick = rng.integers(0, len(options), len(rows))
        table = np.empty((len(options), 3), dtype=object)
        table[:] = options
        source[rows], medium[rows], referrer[rows] = table[pick, 0], table[pick, 1], table[pick, 2]
        if name == "Organic Social" and len(post_urls):
            # Word of mouth: a third of organic social visits arrive from a specific post.
            from_post = rows[rng.random(len(rows)) < 0.35]
            referrer[from_post] = post_urls[rng.integers(0, len(post_urls), len(from_post))]
        if name == "Email":
            month = when[rows].astype("datetime64[M]").astype(str)
            campaign[rows] = np.char.add("newsletter-", month.astype(str)).astype(object)
        if name == "Paid Search":
            campaign[rows] = "search-brand"
    cost = np.where(channel == 3, rng.lognormal(np.log(1.6), 0.4, len(visitor)), np.nan)
    landing = np.where(channel == 0, "/landing/" + campaign.astype(str), np.where(channel == 4, "/offers", "/"))
    return pd.DataFrame(
        {
            "visitor_id": numbered("v", 0, n_visitors)[visitor],
            "occurred_at": when,
            "source": source,
            "medium": medium,
            "campaign": campaign,
            "referrer": referrer,
            "landing_page": landing,
            "channel": np.asarray(CHANNELS, dtype=object)[channel],
            "cost": cost,
            "_channel_code": channel,
        }
    )


def conversions(cfg: DemoConfig, rng: np.random.Generator, touches: pd.DataFrame) -> pd.DataFrame:
    """Leads, opportunities, customers and repeat purchases that follow the touches."""
    codes = touches["_channel_code"].to_numpy()
    visitor = touches["visitor_id"].to_numpy()
    boundaries = np.flatnonzero(np.r_[True, visitor[1:] != visitor[:-1]])
    last_row = np.r_[boundaries[1:], len(visitor)] - 1
    log_miss = np.log1p(-LEAD_CHANCE[codes])
    p_lead = 1 - np.exp(np.add.reduceat(log_miss, boundaries))
    # The type that drives lead quality: the last touch that was not Direct.
    non_direct = np.where(codes != 6, np.arange(len(codes)), -1)
    last_non_direct = np.maximum.reduceat(non_direct, boundaries)
    lead_type = np.where(last_non_direct >= boundaries, TYPE_OF[codes[np.maximum(last_non_direct, 0)]], "direct")
    is_lead = rng.random(len(boundaries)) < p_lead
    last_at = touches["occurred_at"].to_numpy()[last_row]
    lead_at = last_at + rng.exponential(86400, len(boundaries)).astype("timedelta64[s]")
    opp = is_lead & (rng.random(len(boundaries)) < pd.Series(lead_type).map(OPP_RATE).to_numpy())
    opp_at = lead_at + rng.exponential(7 * 86400, len(boundaries)).astype("timedelta64[s]")
    won = opp & (rng.random(len(boundaries)) < pd.Series(lead_type).map(WIN_RATE).to_numpy())
    won_at = opp_at + rng.exponential(14 * 86400, len(boundaries)).astype("timedelta64[s]")
    deal = rng.lognormal(np.log(400), 0.6, len(boundaries))

    repeats = np.where(won, rng.poisson(1.5, len(boundaries)), 0)
    buyer = np.repeat(np.arange(len(boundaries)), repeats)
    gaps = rng.exponential(40 * 86400, len(buyer))
    first_of = np.r_[0, np.cumsum(repeats)[:-1]]
    cumulative = np.cumsum(gaps)
    since = cumulative - (cumulative[first_of[buyer]] - gaps[first_of[buyer]]) if len(buyer) else gaps
    buy_at = won_at[buyer] + since.astype("timedelta64[s]")

    ids = visitor[boundaries]
    frame = pd.concat(
        [
            pd.DataFrame(
                {"visitor_id": ids[is_lead], "occurred_at": lead_at[is_lead], "stage": "lead", "value": np.nan}
            ),
            pd.DataFrame({"visitor_id": ids[opp], "occurred_at": opp_at[opp], "stage": "opportunity", "value": np.nan}),
            pd.DataFrame(
                {"visitor_id": ids[won], "occurred_at": won_at[won], "stage": "customer", "value": deal[won].round(2)}
            ),
            pd.DataFrame(
                {
                    "visitor_id": ids[buyer],
                    "occurred_at": buy_at,
                    "stage": "purchase",
                    "value": rng.lognormal(np.log(90), 0.5, len(buyer)).round(2),
                }
            ),
        ],
        ignore_index=True,
    )
    frame = frame[frame["occurred_at"] < cfg.end_ts].sort_values(["occurred_at", "visitor_id"], kind="stable")
    frame.insert(0, "conversion_id", numbered("cv", 0, len(frame)))
    frame["currency"] = "USD"
    return frame.reset_index(drop=True)


def ad_stats(
    cfg: DemoConfig, rng: np.random.Generator, campaign_frame: pd.DataFrame, touches: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """Daily stats per ad, consistent with the tracked paid visits.

    Returns (ad_stats, campaigns with budget, cost per click by campaign).
    """
    paid = touches[touches["_channel_code"] == 0]
    tracked = paid.groupby([paid["campaign"], paid["occurred_at"].dt.floor("D")]).size()
    rows = []
    for c in campaign_frame.itertuples():
        days = pd.date_range(c.start_date, c.end_date, freq="D")
        n_ads = int(rng.integers(2, 5))
        weights = rng.dirichlet(np.full(n_ads, 2.0))
        quality = rng.lognormal(0, 0.25, n_ads)
        per_day = tracked.reindex(pd.MultiIndex.from_product([[c.campaign_id], days]), fill_value=0).to_numpy()
        clicks_day = np.round(per_day / 0.85).astype(np.int64) + rng.poisson(0.3 * cfg.scale, len(days))
        clicks = np.stack([rng.multinomial(k, weights) for k in clicks_day])
        ctr = CTR[c.platform] * quality[None, :] * rng.lognormal(0, 0.1, clicks.shape)
        impressions = np.round((clicks + rng.random(clicks.shape)) / ctr).astype(np.int64)
        spend = (impressions / 1000 * CPM[c.platform] * rng.lognormal(0, 0.08, clicks.shape)).round(2)
        cvr = 0.07 if c.objective in ("conversions", "leads") else 0.02
        conv = rng.binomial(clicks, cvr)
        value = (conv * rng.lognormal(np.log(120), 0.3, clicks.shape)).round(2)
        for a in range(n_ads):
            rows.append(
                pd.DataFrame(
                    {
                        "campaign_id": c.campaign_id,
                        "ad_id": f"{c.campaign_id}-ad{a + 1}",
                        "date": days.date,
                        "impressions": impressions[:, a],
                        "reach": np.round(impressions[:, a] / rng.uniform(1.3, 2.4, len(days))).astype(np.int64),
                        "clicks": clicks[:, a],
                        "spend": spend[:, a],
                        "conversions": conv[:, a].astype(float),
                        "conversion_value": value[:, a],
                        "currency": "USD",
                    }
                )
            )
    stats = pd.concat(rows, ignore_index=True)
    totals = stats.groupby("campaign_id")[["spend", "clicks"]].sum()
    budget = (totals["spend"] * rng.uniform(1.0, 1.2, len(totals))).round(-1)
    with_budget = campaign_frame.assign(budget=campaign_frame["campaign_id"].map(budget))
    cpc = (totals["spend"] / totals["clicks"].where(totals["clicks"] > 0)).round(4)
    return stats, with_budget, cpc
