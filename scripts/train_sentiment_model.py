"""Train the sentiment model shipped in ``src/socialscope/engagement/models/sentiment.joblib``.

Training data: the English Twitter sets of SemEval-2013 to SemEval-2016 Task "Sentiment
Analysis in Twitter", subtask A (message polarity), as redistributed by the SemEval-2017
Task 4 organisers in ``2017_English_final/GOLD/Subtask_A/twitter-20*-A.txt`` (annotations
under CC BY 3.0; the tweets under Twitter's terms, which forbid redistributing them — so
they are not in this repository: point ``--semeval`` at your copy). These are the tweets
TweetEval's sentiment train and validation splits were made from. Every tweet whose text
also occurs in the TweetEval *test* split (SemEval-2017's test set, our benchmark) is
dropped, and duplicates are dropped (the organisers' README asks for both).

Recipe (chosen by a forward-in-time validation — fit on the 2013–2015 sets and the airline
tweets, scored on the 2016 sets — because the benchmark's test tweets are from a later year;
see docs/engagement.md): word 1–2-gram and character 2–5-gram TF-IDF plus three features from
VADER's lexicon, multinomial logistic regression, C = 1, class-balanced weights.
Deterministic: the same data gives the same model.

Usage: python scripts/train_sentiment_model.py --semeval DIR --tweeteval DIR [--out PATH]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd

from socialscope.engagement.sentiment import SHIPPED_MODEL, TextSentimentModel, normalise_text

NAME = "socialscope-sentiment-1"
AIRLINE = Path(__file__).resolve().parent.parent / "tests" / "data" / "twitter_airline_sentiment" / "Tweets.csv"
C = 1.0


def _unescape(text: str) -> str:
    # the 2013 files write non-ASCII characters (and commas) as \\uXXXX escapes
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text) if "\\u" in text else text


def clean(texts: pd.Series) -> pd.Series:
    """The SemEval and TweetEval texts brought to one form: escapes decoded, @user, http,
    and the double quotes some files wrap whole tweets in removed."""
    out = normalise_text(pd.Series(texts, dtype=object).fillna("").astype(str).map(_unescape))
    quoted = out.str.startswith('"') & out.str.endswith('"') & (out.str.len() > 1)
    return out.where(~quoted, out.str.slice(1, -1)).str.strip()


def match_key(texts: pd.Series) -> pd.Series:
    """Letters and digits only, lower-cased: the same tweet in both distributions matches."""
    return clean(texts).str.lower().str.replace(r"[^a-z0-9]+", "", regex=True)


def load_semeval(folder: Path) -> pd.DataFrame:
    """Every ``twitter-*-A.txt`` file of the folder: columns file, id, label, text."""
    rows = []
    for path in sorted(Path(folder).glob("twitter-*-A.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[1] in ("negative", "neutral", "positive"):
                rows.append((path.name, parts[0], parts[1], parts[2]))
    if not rows:
        raise SystemExit(f"no twitter-*-A.txt files in {folder}")
    return pd.DataFrame(rows, columns=["file", "id", "label", "text"])


def load_tweeteval(folder: Path, split: str) -> pd.DataFrame:
    """TweetEval's sentiment ``split`` (train, val or test): columns text, label."""
    names = ["negative", "neutral", "positive"]
    texts = (Path(folder) / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")
    labels = (Path(folder) / f"{split}_labels.txt").read_text().split()
    return pd.DataFrame({"text": texts[: len(labels)], "label": [names[int(x)] for x in labels]})


def load_airline(path: Path = AIRLINE) -> pd.DataFrame:
    """The 14,640 airline tweets (CrowdFlower; CC BY-NC-SA 4.0), committed in tests/data."""
    tweets = pd.read_csv(path)
    return pd.DataFrame(
        {
            "file": "airline",
            "id": tweets["tweet_id"].astype(str),
            "label": tweets["airline_sentiment"],
            "text": tweets["text"],
        }
    )


def training_data(semeval: Path, tweeteval: Path, *, exclude_validation: bool = False) -> pd.DataFrame:
    """SemEval 2013–2016 tweets and the airline tweets, deduplicated, without any TweetEval test
    tweet (and without the validation tweets when ``exclude_validation``, for choosing the recipe)."""
    data = pd.concat([load_semeval(semeval), load_airline()], ignore_index=True)
    data["text"] = clean(data["text"])
    data["key"] = match_key(data["text"])
    excluded = set(match_key(load_tweeteval(tweeteval, "test")["text"]))
    if exclude_validation:
        excluded |= set(match_key(load_tweeteval(tweeteval, "val")["text"]))
    data = data[~data["key"].isin(excluded) & (data["key"] != "")]
    return data.drop_duplicates("key").reset_index(drop=True)


def train(semeval: Path, tweeteval: Path) -> TextSentimentModel:
    data = training_data(semeval, tweeteval)
    return TextSentimentModel(c=C, name=NAME).fit(data["text"], data["label"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semeval", type=Path, required=True, help="folder with twitter-20*-A.txt")
    parser.add_argument("--tweeteval", type=Path, required=True, help="TweetEval datasets/sentiment folder")
    parser.add_argument("--out", type=Path, default=SHIPPED_MODEL)
    args = parser.parse_args()
    model = train(args.semeval, args.tweeteval)
    model.save(args.out)
    print(f"trained on {model.training_size_:,} texts; saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
