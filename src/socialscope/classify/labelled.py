"""Labelled networking/marketing texts: the public datasets the shipped model learns from,
and the user's own labelled CSV files.

Labels are ``networking`` (personal connection and conversation) and ``marketing``
(business-directed promotion). The public sets map as: YouTube Spam Collection (Alberto et
al. 2015) spam = self-promotion → marketing, ham → networking; SMS Spam Collection (Almeida
et al. 2011) spam = promotional → marketing, ham → networking.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem

INTENTS = ("networking", "marketing")
YOUTUBE_FILES = (
    "Youtube01-Psy.csv",
    "Youtube02-KatyPerry.csv",
    "Youtube03-LMFAO.csv",
    "Youtube04-Eminem.csv",
    "Youtube05-Shakira.csv",
)
YOUTUBE_TRAIN = YOUTUBE_FILES[:3]
YOUTUBE_EVALUATION = YOUTUBE_FILES[3:]  # never used to train or tune the shipped model
LABEL_ALIASES = {
    "networking": "networking",
    "marketing": "marketing",
    "ham": "networking",
    "spam": "marketing",
    "0": "networking",
    "1": "marketing",
    "personal": "networking",
    "promotional": "marketing",
}
_TAGS = re.compile(r"<[^>]+>")


def clean_text(texts: pd.Series) -> pd.Series:
    """HTML entities decoded, tags and byte-order marks dropped (YouTube comments carry them)."""
    return (
        pd.Series(texts, dtype=object)
        .fillna("")
        .astype(str)
        .map(html.unescape)
        .str.replace(_TAGS, " ", regex=True)
        .str.replace("\ufeff", "", regex=False)
        .str.strip()
    )


def load_youtube(folder: str | Path, files: tuple[str, ...] = YOUTUBE_FILES) -> pd.DataFrame:
    """The YouTube Spam Collection files in ``folder``: columns text, intent, source."""
    frames = []
    for name in files:
        raw = pd.read_csv(Path(folder) / name)
        frames.append(
            pd.DataFrame(
                {
                    "text": clean_text(raw["CONTENT"]),
                    "intent": raw["CLASS"].map({1: "marketing", 0: "networking"}),
                    "source": name.removesuffix(".csv"),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def load_sms(path: str | Path) -> pd.DataFrame:
    """The SMS Spam Collection (``label<TAB>text``, no header, no quoting)."""
    rows = [line.split("\t", 1) for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    frame = pd.DataFrame(rows, columns=["label", "text"])
    return pd.DataFrame(
        {"text": clean_text(frame["text"]), "intent": frame["label"].map(LABEL_ALIASES), "source": "sms"}
    )


def load_labelled_posts(folder: str | Path, labels: str = "labels.csv") -> pd.DataFrame:
    """A labelled set of real posts in ``folder`` (``tests/data/intent_eval``, ``…/intent_train``):
    ``posts.csv`` (post_id, text, source, account_type, language, has_link) joined on post_id
    with ``labels`` (post_id, label); columns text, intent, source, account_type, language,
    has_link, brand_author, person_author (the author facts the model takes)."""
    folder = Path(folder)
    posts = pd.read_csv(folder / "posts.csv", dtype=str, keep_default_na=False)
    labelled = posts.merge(pd.read_csv(folder / labels, dtype=str), on="post_id", validate="one_to_one")
    return pd.DataFrame(
        {
            "post_id": labelled["post_id"],
            "text": clean_text(labelled["text"]),
            "intent": labelled["label"].map(LABEL_ALIASES),
            "source": labelled["source"],
            "account_type": labelled["account_type"],
            "language": labelled["language"],
            "has_link": labelled["has_link"] == "True",
            "brand_author": labelled["account_type"].isin(["business", "organisation"]),
            "person_author": labelled["account_type"] == "person",
        }
    )


def load_labelled_csv(path: str | Path, *, text_column: str = "text", label_column: str = "label") -> pd.DataFrame:
    """A user's labelled CSV: labels networking/marketing (also ham/spam, 0/1, personal/promotional).

    Raises :class:`InputError` naming the file, row and field of the first bad labels.
    """
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError) as exc:
        raise InputError(Problem(str(path), None, None, str(exc))) from exc
    for column in (text_column, label_column):
        if column not in raw.columns:
            found = ", ".join(raw.columns)
            raise InputError(Problem(str(path), None, column, f"missing column (found: {found})"))
    intent = raw[label_column].str.strip().str.lower().map(LABEL_ALIASES)
    bad = intent.isna()
    if bad.any():
        problems = [
            Problem(str(path), int(i) + 2, label_column, f"{raw.loc[i, label_column]!r} is not networking or marketing")
            for i in raw.index[bad][:20]
        ]
        raise InputError(problems, truncated=int(bad.sum()) > len(problems))
    if intent.nunique() < 2:
        raise InputError(Problem(str(path), None, label_column, "needs examples of both networking and marketing"))
    return pd.DataFrame({"text": clean_text(raw[text_column]), "intent": intent, "source": Path(path).stem})
