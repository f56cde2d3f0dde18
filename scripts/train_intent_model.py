"""Train the intent model shipped in ``src/socialscope/classify/models/intent.joblib``.

Training data (copied into ``tests/data`` with their SOURCE notes, CC BY 4.0):
- YouTube Spam Collection, videos 01–03 (Psy, Katy Perry, LMFAO): spam → marketing, ham → networking;
- SMS Spam Collection, all 5,574 messages, sample weight 0.03 (broadens the vocabulary to
  everyday personal messages without letting SMS dominate).
YouTube 04 (Eminem) and 05 (Shakira) are the evaluation set and are never read here.
The recipe (features, C = 30, SMS weight, no extra calibration) was chosen by
leave-one-video-out within videos 01–03 plus a check on the demo texts; see
``docs/classification.md``. Deterministic: the same data gives the same model.

Usage: python scripts/train_intent_model.py [--out PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.classify.intent import SHIPPED_MODEL, IntentModel
from socialscope.classify.labelled import YOUTUBE_TRAIN, load_sms, load_youtube

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SMS_WEIGHT = 0.03


def training_data() -> pd.DataFrame:
    youtube = load_youtube(DATA / "youtube_spam", YOUTUBE_TRAIN)
    sms = load_sms(DATA / "sms_spam" / "SMSSpamCollection")
    return pd.concat([youtube, sms], ignore_index=True)


def train() -> IntentModel:
    data = training_data()
    weights = np.where(data["source"] == "sms", SMS_WEIGHT, 1.0)
    return IntentModel(c=30.0, name="socialscope-intent-1").fit(data["text"], data["intent"], sample_weight=weights)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SHIPPED_MODEL)
    args = parser.parse_args()
    model = train()
    model.save(args.out)
    print(f"trained on {model.training_size_:,} texts; saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
