"""Collect the real posts of the networking-or-marketing evaluation set (and, from other
accounts, the training set) from genuine public exports; see tests/data/intent_eval/SOURCE.md.

Reads snapshots of public GitHub repositories (brought in with the project's research tools
under /work/.mirror) and the genuine exports in /work/shared/data/formats; writes
``tests/data/intent_eval/posts.csv`` (evaluation; unlabelled) and
``tests/data/intent_train/posts.csv`` (training; other accounts and advertisers).
Deterministic (fixed seeds). Not needed to run or test socialscope: it documents how the
committed files were made.

Needs ``py3langid`` (language of posts the platform gave no language for); not a
dependency of socialscope, since nothing else uses it.

Names of private persons in running text are replaced by ``Person_NNN`` (``Персона_NNN`` for
a name in Cyrillic) from a hand-curated table that is personal data itself and therefore not
shipped: a TSV with columns ``source, name, person`` (``person`` groups the spellings of one
person, e.g. a full name and the first name alone). Without it the script refuses to run, so
it cannot re-create the names. ``--names-only`` applies the table to the committed files
(the collection itself needs the mirrored snapshots).

Usage: python scripts/collect_intent_eval_posts.py --names PRIVATE.tsv [--names-only]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import subprocess
from pathlib import Path

import pandas as pd

MIRROR = Path("/work/.mirror")
FORMATS = Path("/work/shared/data/formats")
ROOT = Path(__file__).resolve().parent.parent
SEED = 24

_URL = re.compile(r"https?://[^\s<>\"']+")
_HANDLE = re.compile(r"(?<![\w@/])@([A-Za-z0-9_]{1,30})(@[A-Za-z0-9.-]+)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d ()-]{8,}\d(?!\w)")


def git_json(repo: str, path: str) -> list:
    raw = subprocess.run(
        ["git", "-C", str(MIRROR / repo / "repo"), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return json.loads(raw[raw.index("=") + 1 :].strip())


def git_commit(repo: str) -> str:
    return subprocess.run(
        ["git", "-C", str(MIRROR / repo / "repo"), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()


def tweets(repo: str, path: str, source: str, *, keep_rt: bool = True) -> pd.DataFrame:
    rows = []
    for item in git_json(repo, path):
        t = item["tweet"]
        text = t["full_text"]
        for url in t.get("entities", {}).get("urls", []):  # t.co → the real link (domain matters)
            if url.get("url") and url.get("expanded_url"):
                text = text.replace(url["url"], url["expanded_url"])
        if not keep_rt and text.startswith("RT @"):
            continue
        rows.append({"text": text, "source": source, "lang_hint": t.get("lang", "")})
    return pd.DataFrame(rows)


def promoted_tweets(repo: str) -> pd.DataFrame:
    """The promoted tweets (ads) the archive owner was shown: ad-impressions.js."""
    rows = []
    for item in git_json(repo, "data/ad-impressions.js"):
        for imp in item["ad"]["adsUserData"]["adImpressions"]["impressions"]:
            promoted = imp.get("promotedTweetInfo") or {}
            if promoted.get("tweetText"):
                advertiser = (imp.get("advertiserInfo") or {}).get("screenName", "")
                urls = " ".join(promoted.get("urls") or [])
                rows.append({"text": (promoted["tweetText"] + " " + urls).strip(), "advertiser": advertiser})
    return pd.DataFrame(rows, columns=["text", "advertiser"])


def mastodon() -> pd.DataFrame:
    with gzip.open(FORMATS / "mastodon_archive" / "outbox_full.json.gz") as handle:
        items = json.load(handle)["orderedItems"]
    rows = []
    for item in items:
        if item["type"] == "Create" and isinstance(item["object"], dict):
            rows.append({"text": _from_html(item["object"].get("content") or ""), "source": "mastodon_dealingwith",
                         "lang_hint": next(iter(item["object"].get("contentMap") or {"": ""}))})  # fmt: skip
    return pd.DataFrame(rows)


def _from_html(content: str) -> str:
    def anchor(match: re.Match) -> str:
        href, inner = match.group(1), re.sub(r"<[^>]+>", "", match.group(2))
        return inner if inner.startswith(("@", "#")) else href

    content = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', anchor, content)
    content = re.sub(r"<br ?/?>|</p><p>", "\n", content)
    return html.unescape(re.sub(r"<[^>]+>", "", content)).strip()


def linkedin() -> pd.DataFrame:
    shares = pd.read_csv(FORMATS / "linkedin_export" / "Shares.csv", dtype=str, keep_default_na=False)
    text = shares["ShareCommentary"].str.replace('""', "", regex=False).str.strip()
    text = (text + " " + shares["SharedURL"]).str.strip()
    return pd.DataFrame({"text": text, "source": "linkedin_femi10", "lang_hint": ""})


def facebook() -> pd.DataFrame:
    rows = []
    with open(FORMATS / "facebook_export" / "your_posts_1.json", encoding="utf-8") as handle:
        items = json.load(handle)
    for item in items:
        post = " ".join(_facebook_text(d["post"]) for d in item.get("data", []) if d.get("post"))
        links = [
            d["external_context"]["url"]
            for a in item.get("attachments", [])
            for d in a.get("data", [])
            if d.get("external_context", {}).get("url")
        ]
        if post:
            rows.append({"text": " ".join([post, *links]), "source": "facebook_hunterhillis", "lang_hint": "en"})
    return pd.DataFrame(rows)


def _facebook_text(text: str) -> str:
    """Facebook writes UTF-8 bytes as latin-1 escapes (its well-known mojibake): undo it."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def yum() -> pd.DataFrame:
    out = subprocess.run(
        ["git", "-C", str(MIRROR / "EconText+Cheap-Talk" / "repo"), "show", "HEAD:data/yum_tweets_10_years.csv"],
        capture_output=True,
        check=True,
    ).stdout
    import io

    frame = pd.read_csv(io.BytesIO(out))
    frame = frame[(frame["username"] == "yumbrands") & ~frame["is_retweeted_tweet"].astype(bool)]
    return pd.DataFrame({"text": frame["text"], "source": "twitter_yumbrands", "lang_hint": ""})


def _bucket(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


KEEP_HANDLES: set[str] = set()


def pseudonymise(texts: pd.Series, names: dict[str, str]) -> pd.Series:
    """@handles (except advertisers' and brands'), e-mails and phone numbers → stable pseudonyms;
    query strings dropped from links (the domain and path stay)."""

    def handle(match: re.Match) -> str:
        name = match.group(1)
        if name.lower() in KEEP_HANDLES:
            return match.group(0)
        key = name.lower()
        names.setdefault(key, f"user{len(names) + 1:04d}")
        return "@" + names[key]

    def url(match: re.Match) -> str:
        return match.group(0).split("?", 1)[0].split("#", 1)[0]

    out = texts.str.replace(_URL, url, regex=True)
    out = out.str.replace(_EMAIL, "person@example.com", regex=True)
    out = out.str.replace(_HANDLE, handle, regex=True)
    return out.str.replace(_PHONE, "+00 000 000 000", regex=True)


def language(text: str, hint: str) -> str:
    import py3langid

    if re.search(r"[\u0400-\u04ff]", text):
        if re.search(r"[іїєґІЇЄҐ]", text):
            return "uk"
        if re.search(r"[ыэъёЫЭЪЁ]", text):
            return "ru"
    if hint and hint not in ("und", "zxx", "qme", "qam", "art", "qht", "qst"):
        return hint
    plain = _URL.sub(" ", _HANDLE.sub(" ", text))
    return py3langid.classify(plain)[0] if plain.strip() else "und"


def finish(frame: pd.DataFrame, prefix: str, names: dict[str, str]) -> pd.DataFrame:
    frame = frame.copy()
    frame["text"] = frame["text"].fillna("").astype(str).map(html.unescape).str.replace("\r\n", "\n").str.strip()
    content = frame["text"].str.replace(_URL, "", regex=True).str.replace(_HANDLE, "", regex=True)
    frame = frame[content.str.replace(r"\W", "", regex=True).str.len() >= 3]
    frame["text"] = pseudonymise(frame["text"], names)
    key = frame["text"].str.lower().str.replace(r"\s+", " ", regex=True)
    frame = frame[~key.duplicated()].reset_index(drop=True)
    frame["has_link"] = frame["text"].str.contains(_URL)
    frame["language"] = [language(t, h) for t, h in zip(frame["text"], frame["lang_hint"], strict=True)]
    frame["post_id"] = [f"{prefix}{i:05d}" for i in range(1, len(frame) + 1)]
    return frame[["post_id", "text", "source", "account_type", "language", "has_link"]]


class NamePseudonyms:
    """Private persons' names → ``Person_NNN`` / ``Персона_NNN``, per source, from the
    hand-curated table (not shipped). Numbered in order of first occurrence (evaluation set
    first, then training set), one number per person; links are left untouched."""

    def __init__(self, table: Path) -> None:
        rows = pd.read_csv(table, sep="\t", dtype=str, keep_default_na=False)
        self.names: dict[str, dict[str, str]] = {}
        for source, name, person in zip(rows["source"], rows["name"], rows["person"], strict=True):
            self.names.setdefault(source, {})[name] = person
        self.patterns = {
            source: re.compile(
                r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)"
            )
            for source, names in self.names.items()
        }
        self.numbers: dict[str, int] = {}
        self.replaced = 0

    def pseudonym(self, source: str, name: str) -> str:
        person = self.names[source][name]
        number = self.numbers.setdefault(person, len(self.numbers) + 1)
        self.replaced += 1
        stem = "Персона" if re.search(r"[\u0400-\u04ff]", name) else "Person"
        return f"{stem}_{number:03d}"

    def text(self, text: str, source: str) -> str:
        pattern = self.patterns.get(source)
        if pattern is None:
            return text
        parts = _URL.split(text)  # the text between links; links are kept as they are
        links = _URL.findall(text)
        parts = [pattern.sub(lambda m: self.pseudonym(source, m.group(1)), part) for part in parts]
        return "".join(p + (links[i] if i < len(links) else "") for i, p in enumerate(parts))

    def frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.copy()
        frame["text"] = [self.text(t, s) for t, s in zip(frame["text"], frame["source"], strict=True)]
        return frame


def names_only(table: Path) -> None:
    """Apply the name table to the committed posts.csv files (everything else byte for byte)."""
    names = NamePseudonyms(table)
    for name in ("intent_eval", "intent_train"):
        out = ROOT / "tests" / "data" / name / "posts.csv"
        frame = pd.read_csv(out, dtype=str, keep_default_na=False)
        before = names.replaced
        names.frame(frame).to_csv(out, index=False, encoding="utf-8")
        print(f"{name}: {names.replaced - before} names replaced -> {out}")
    print(f"{len(names.numbers)} persons")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, required=True, help="the private name table (TSV; not shipped)")
    parser.add_argument("--names-only", action="store_true", help="only apply it to the committed files")
    args = parser.parse_args()
    if args.names_only:
        names_only(args.names)
        return
    names = NamePseudonyms(args.names)
    ads = pd.concat([promoted_tweets(r).assign(archive=r) for r in AD_ARCHIVES], ignore_index=True).drop_duplicates(
        "text"
    )
    KEEP_HANDLES.update(a.lstrip("@").lower() for a in ads["advertiser"].dropna())
    KEEP_HANDLES.update({"yumbrands", "kfc", "tacobell", "pizzahut", "wfp", "habitburger"})
    ads["source"] = "twitter_promoted_tweets"
    ads["lang_hint"] = ""
    ads["account_type"] = "business"
    in_eval = ads["advertiser"].fillna("").map(lambda a: _bucket(a.lower(), 3) == 0)

    personal_eval = [
        tweets("vovavasylyna+mytwitterarchive", "data/tweets.js", "twitter_vovavasylyna").sample(
            450, random_state=SEED
        ),
        mastodon().sample(400, random_state=SEED),
        linkedin(),
        facebook(),
        tweets("alrocar+tw", "data/tweets.js", "twitter_alrocar").sample(250, random_state=SEED),
        tweets("dsajgiouawj+TweetArchive", "data/tweet.js", "twitter_dsajgiouawj").sample(170, random_state=SEED),
    ]
    evaluation = pd.concat(
        [
            *(p.assign(account_type="person") for p in personal_eval),
            yum().sample(360, random_state=SEED).assign(account_type="business"),
            ads[in_eval].sample(min(int(in_eval.sum()), 640), random_state=SEED),
        ],
        ignore_index=True,
    )
    handles: dict[str, str] = {}
    evaluation = names.frame(finish(evaluation, "ev", handles))
    out = ROOT / "tests" / "data" / "intent_eval" / "posts.csv"
    evaluation.to_csv(out, index=False, encoding="utf-8")
    print(f"evaluation: {len(evaluation)} posts -> {out}")
    print(evaluation.groupby(["source", "account_type"]).size().to_string())
    print(evaluation["language"].value_counts().head(15).to_string())
    print(
        ads[in_eval].advertiser.nunique(),
        "advertisers in evaluation,",
        ads[~in_eval].advertiser.nunique(),
        "in training",
    )

    personal_train = [
        tweets("andreruffert+twitter", "data/tweets.js", "twitter_andreruffert").sample(500, random_state=SEED),
        tweets("smithjd+twitter_archive", "data/tweets.js", "twitter_smithjd").sample(450, random_state=SEED),
        tweets("joellindstrom+HonestMVP", "data/tweet.js", "twitter_joellindstrom").sample(300, random_state=SEED),
        tweets("ajitg25+twitter-analytics", "data/tweets.js", "twitter_ajitg25").sample(200, random_state=SEED),
        airline_customers().sample(200, random_state=SEED),
    ]
    training = pd.concat(
        [
            *(p.assign(account_type="person") for p in personal_train),
            xlm_t_tweets().assign(account_type="unknown"),
            ads[~in_eval],
        ],
        ignore_index=True,
    )
    training = finish(training, "tr", handles)
    seen = set(evaluation["text"].str.lower().str.replace(r"\s+", " ", regex=True))
    training = training[~training["text"].str.lower().str.replace(r"\s+", " ", regex=True).isin(seen)]
    training = names.frame(training)
    out = ROOT / "tests" / "data" / "intent_train" / "posts.csv"
    out.parent.mkdir(exist_ok=True)
    training.to_csv(out, index=False, encoding="utf-8")
    print(f"training: {len(training)} posts -> {out}")
    print(training.groupby(["source", "account_type"]).size().to_string())


def airline_customers() -> pd.DataFrame:
    """Customers' tweets to US airlines (Twitter US Airline Sentiment, CC BY-NC-SA 4.0)."""
    frame = pd.read_csv(ROOT / "tests" / "data" / "twitter_airline_sentiment" / "Tweets.csv")
    return pd.DataFrame({"text": frame["text"], "source": "twitter_airline_customers", "lang_hint": "en"})


def xlm_t_tweets(per_language: int = 80) -> pd.DataFrame:
    """Tweets by anonymous users in seven languages (cardiffnlp/xlm-t sentiment training files)."""
    frames = []
    for lang, code in (("spanish", "es"), ("french", "fr"), ("portuguese", "pt"), ("italian", "it"),
                       ("hindi", "hi"), ("arabic", "ar"), ("german", "de")):  # fmt: skip
        raw = subprocess.run(
            [
                "git",
                "-C",
                str(MIRROR / "cardiffnlp+xlm-t" / "repo"),
                "show",
                f"HEAD:data/sentiment/{lang}/train_text.txt",
            ],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        lines = pd.Series([line for line in raw.splitlines() if line.strip()])
        frames.append(
            pd.DataFrame(
                {"text": lines.sample(per_language, random_state=SEED), "source": f"xlm_t_{code}", "lang_hint": code}
            )
        )
    return pd.concat(frames, ignore_index=True)


AD_ARCHIVES = (
    "Corn-Coder+firsttwit",
    "MorangTheClang+Twitter",
    "ajitg25+twitter-analytics",
    "eroija+twitter",
    "gaaaabriel+gaaaabriel.github.io",
    "jeremyfranklin+twitter",
    "joellindstrom+HonestMVP",
    "keithfrankish+twitter-data",
    "nhudson+twitter-backup",
    "shauntmcgovern+SABBusinessEntrepreneurialConcept-GateyExploreEducator-MarketerArtistRoze-ededededed89",
    "timlinux+timlinux-twitter-archive",
    "turtleboydailynews+turtleboydailynews.github.io",
    "vovavasylyna+mytwitterarchive",
)

if __name__ == "__main__":
    main()
