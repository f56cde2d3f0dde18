"""Train the two intent models shipped in ``src/socialscope/classify/models/``.

- ``intent.joblib`` (``socialscope-intent-2``), for posts: the real posts of
  ``tests/data/intent_train`` (personal X archives and customers' tweets, tweets in seven
  languages by anonymous users, promoted tweets of 631 advertisers; labelled by hand under the
  guidelines of ``docs/classification.md``), with the author's kind (brand/organisation,
  person, unknown) learned as two features beside the text (and each post also seen with the
  kind unknown, at weight 0.2, so the text model stands on its own). None of its accounts or
  advertisers is in the evaluation set ``tests/data/intent_eval``, which is never read here.
- ``intent_comments.joblib`` (``socialscope-intent-1``), for comments, replies and messages:
  YouTube Spam Collection videos 01–03 plus every SMS message at sample weight 0.03. YouTube
  04 and 05 are its held-out evaluation set and are never read here.

The recipes were chosen by cross-validation within the training data (grouped by account,
advertisers in five groups) and leave-one-video-out within 01–03; see
``docs/classification.md``. Deterministic: the same data gives the same models.

Usage: python scripts/train_intent_model.py [--out PATH] [--comments-out PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.classify.intent import SHIPPED_COMMENT_MODEL, SHIPPED_MODEL, IntentModel
from socialscope.classify.labelled import YOUTUBE_TRAIN, load_labelled_posts, load_sms, load_youtube

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SMS_WEIGHT = 0.03


def training_data() -> pd.DataFrame:
    """The comment model's data: YouTube 01–03 and the SMS collection."""
    youtube = load_youtube(DATA / "youtube_spam", YOUTUBE_TRAIN)
    sms = load_sms(DATA / "sms_spam" / "SMSSpamCollection")
    return pd.concat([youtube, sms], ignore_index=True)


def train() -> IntentModel:
    """The comment model, ``socialscope-intent-1``."""
    data = training_data()
    weights = np.where(data["source"] == "sms", SMS_WEIGHT, 1.0)
    return IntentModel(c=30.0, name="socialscope-intent-1").fit(data["text"], data["intent"], sample_weight=weights)


AUTHOR_KNOWN_WEIGHT = 0.8


def train_posts() -> IntentModel:
    """The post model, ``socialscope-intent-2``: text plus the author's kind, learned together.

    Every post is seen twice: with its author's kind (weight 0.8) and with the kind unknown
    (weight 0.2), so that the text alone still separates the classes when a store does not
    know an account's kind (fitted with the kind only, the text model leant on it entirely).
    """
    posts = load_labelled_posts(DATA / "intent_train")
    unknown = np.zeros(len(posts), dtype=bool)
    weights = np.r_[np.full(len(posts), AUTHOR_KNOWN_WEIGHT), np.full(len(posts), 1 - AUTHOR_KNOWN_WEIGHT)]
    return IntentModel(c=30.0, name="socialscope-intent-2").fit(
        pd.concat([posts["text"]] * 2, ignore_index=True),
        pd.concat([posts["intent"]] * 2, ignore_index=True),
        sample_weight=weights,
        brand_author=np.r_[posts["brand_author"].to_numpy(), unknown],
        person_author=np.r_[posts["person_author"].to_numpy(), unknown],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SHIPPED_MODEL)
    parser.add_argument("--comments-out", type=Path, default=SHIPPED_COMMENT_MODEL)
    args = parser.parse_args()
    for model, out in ((train_posts(), args.out), (train(), args.comments_out)):
        model.save(out)
        print(
            f"{model.name}: trained on {model.training_size_:,} texts; saved {out} ({out.stat().st_size / 1e6:.1f} MB)"
        )


if __name__ == "__main__":
    main()
