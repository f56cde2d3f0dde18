"""Channel grouping (GA4's default channel group rules) and push vs pull.

Rules are tried in order, first match wins (Google Analytics Help, "[GA4] Default channel
group"): Direct, Cross-network, Paid Shopping, Paid Search, Paid Social, Paid Video,
Display, Paid Other, Organic Shopping, Organic Social, Organic Video, Organic Search,
Referral, Email, Affiliates, Audio, SMS, Mobile Push Notifications, else Unassigned. The
source lists (social, search, shopping, video sites) and each channel's push / pull / mixed
type are data files you can edit or replace.

Push = a message put in front of people who did not ask (paid social, display, email, SMS,
push notifications); pull = people who were already looking (search, referrals, shopping);
mixed = both (organic social: a follower's share is asked for, an algorithmic feed is not).
Expressed in Ibis, so the same definition runs on DuckDB and Spark.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from socialscope.errors import UsageError

CHANNELS = (
    "Direct", "Cross-network", "Paid Shopping", "Paid Search", "Paid Social", "Paid Video", "Display",
    "Paid Other", "Organic Shopping", "Organic Social", "Organic Video", "Organic Search", "Referral",
    "Email", "Affiliates", "Audio", "SMS", "Mobile Push Notifications", "Unassigned",
)  # fmt: skip
PAID_MEDIUM = r"^(.*cp.*|ppc|retargeting|paid.*)$"
SHOPPING_CAMPAIGN = r"^(.*(([^a-df-z]|^)shop|shopping).*)$"
SOCIAL_MEDIUMS = ("social", "social-network", "social-media", "sm", "social network", "social media")
EMAIL_WORDS = ("email", "e-mail", "e_mail", "e mail")
DISPLAY_MEDIUMS = ("display", "banner", "expandable", "interstitial", "cpm")


@dataclass(frozen=True)
class ChannelRules:
    """The editable data behind the rules: source lists and channel types."""

    social: frozenset[str]
    search: frozenset[str]
    shopping: frozenset[str]
    video: frozenset[str]
    types: dict[str, str]

    @classmethod
    def load(cls, sources: str | Path | None = None, types: str | Path | None = None) -> ChannelRules:
        data = resources.files("socialscope.marketing") / "data"
        source_lists = json.loads(Path(sources).read_text() if sources else (data / "channel_sources.json").read_text())
        type_map = json.loads(Path(types).read_text() if types else (data / "channel_types.json").read_text())
        type_map = {k: v for k, v in type_map.items() if not k.startswith("_")}
        bad = {k: v for k, v in type_map.items() if v not in ("push", "pull", "mixed")}
        if bad:
            raise UsageError(f"channel types must be push, pull or mixed: {bad}")
        return cls(
            *(frozenset(s.lower() for s in source_lists.get(k, [])) for k in ("social", "search", "shopping", "video")),
            types=type_map,
        )


def trim_whitespace(text: Any) -> Any:
    """Leading and trailing whitespace removed, the same on every engine. Not Ibis's ``strip``:
    for Spark it spells vertical tab and form feed as escapes that Spark SQL reads as the
    letters v and f, so 'facebook' became 'acebook' (and Paid Social, Paid Other)."""
    return text.re_replace(r"^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$", "")


def normalise_source(source: Any) -> Any:
    """Lower-case, strip a leading www. and mobile/link prefixes (m., l., lm.)."""
    return trim_whitespace(source.lower()).re_replace(r"^(www\.|m\.|l\.|lm\.)+", "")


def channel_expr(source: Any, medium: Any, campaign: Any, rules: ChannelRules) -> Any:
    """An Ibis expression for the GA4 default channel of each row (first matching rule)."""
    import ibis

    src = normalise_source(source.fill_null(""))
    med = trim_whitespace(medium.fill_null("").lower())
    camp = campaign.fill_null("").lower()
    paid = med.re_search(PAID_MEDIUM)
    social, search = src.isin(list(rules.social)), src.isin(list(rules.search))
    shopping = src.isin(list(rules.shopping)) | camp.re_search(SHOPPING_CAMPAIGN)
    video = src.isin(list(rules.video))
    return ibis.cases(
        ((src == "(direct)") & med.isin(["(none)", "(not set)", ""]), "Direct"),
        (camp.contains("cross-network"), "Cross-network"),
        (shopping & paid, "Paid Shopping"),
        (search & paid, "Paid Search"),
        (social & paid, "Paid Social"),
        (video & paid, "Paid Video"),
        (med.isin(list(DISPLAY_MEDIUMS)), "Display"),
        (paid, "Paid Other"),
        (shopping, "Organic Shopping"),
        (social | med.isin(list(SOCIAL_MEDIUMS)), "Organic Social"),
        (video | med.re_search(r"^(.*video.*)$"), "Organic Video"),
        (search | (med == "organic"), "Organic Search"),
        (med.isin(["referral", "app", "link"]), "Referral"),
        (src.isin(list(EMAIL_WORDS)) | med.isin(list(EMAIL_WORDS)), "Email"),
        (med == "affiliate", "Affiliates"),
        (med == "audio", "Audio"),
        ((src == "sms") | (med == "sms"), "SMS"),
        (
            med.endswith("push") | med.contains("mobile") | med.contains("notification") | (src == "firebase"),
            "Mobile Push Notifications",
        ),
        else_="Unassigned",
    )


def type_expr(channel: Any, rules: ChannelRules) -> Any:
    """push / pull / mixed for a channel expression (unknown channels are mixed)."""
    import ibis

    return ibis.cases(*((channel == name, kind) for name, kind in rules.types.items()), else_="mixed")


def grouped_touchpoints(backend: Any, rules: ChannelRules | None = None, *, derive: str = "missing") -> Any:
    """``touchpoints`` with ``channel`` (derived when missing, or always with ``derive="all"``),
    ``channel_type`` and ``channel_derived`` columns."""
    import ibis

    rules = rules or ChannelRules.load()
    t = backend.table("touchpoints")
    # the rules (regexes, list lookups) run once per distinct (source, medium, campaign), not per
    # touch: a few hundred combinations instead of millions of rows; NULL and '' read the same
    key = {c: t[c].fill_null("") for c in ("source", "medium", "campaign")}
    combos = t.select(_s=key["source"], _m=key["medium"], _c=key["campaign"]).distinct()
    combos = combos.mutate(_derived=channel_expr(combos._s, combos._m, combos._c, rules))
    t = t.mutate(_s=key["source"], _m=key["medium"], _c=key["campaign"])
    t = t.left_join(combos, ["_s", "_m", "_c"]).drop("_s", "_m", "_c", "_s_right", "_m_right", "_c_right")
    channel = t._derived if derive == "all" else t.channel.fill_null(t._derived)
    out = t.mutate(channel=channel, channel_derived=t.channel.isnull() | ibis.literal(derive == "all")).drop("_derived")
    return out.mutate(channel_type=type_expr(out.channel, rules))


def channel_summary(backend: Any, rules: ChannelRules | None = None) -> Any:
    """Per channel: type, touchpoints, visitors, cost, and how many rows were derived."""
    t = grouped_touchpoints(backend, rules)
    return (
        t.group_by(["channel", "channel_type"])
        .aggregate(
            touchpoints=t.count(),
            visitors=t.visitor_id.nunique(),
            cost=t.cost.sum(),
            derived=t.channel_derived.sum(),
        )
        .order_by([t.channel_type, t.channel])
    )
