"""Measure the language detector (docs/engagement.md#language): accuracy on human-translated
texts in many languages, and how many real English tweets would be left unscored.

- Multilingual: the translated messages of the GNU/Linux programs installed on this machine
  (``/usr/share/locale/<lang>/LC_MESSAGES/*.mo``: real translations written by people, one
  language per folder), ``--per-language`` texts of 30–200 characters per language.
- English: the airline tweets (tests/data) and, with ``--tweeteval``, the TweetEval test tweets.

Usage: python scripts/measure_language_detection.py [--tweeteval DIR] [--per-language 300]
"""

from __future__ import annotations

import argparse
import gettext
import time
from pathlib import Path

import numpy as np
import pandas as pd

from socialscope.engagement.language import detect_language
from socialscope.engagement.sentiment import MIN_LANGUAGE_CONFIDENCE

ROOT = Path(__file__).resolve().parent.parent
LOCALES = Path("/usr/share/locale")
# folder name -> the ISO 639-1 code the detector answers with
FOLDERS = {
    "de": "de", "fr": "fr", "es": "es", "it": "it", "pt_BR": "pt", "nl": "nl", "sv": "sv", "da": "da",
    "fi": "fi", "pl": "pl", "cs": "cs", "tr": "tr", "ru": "ru", "uk": "uk", "el": "el", "ja": "ja",
    "ko": "ko", "zh_CN": "zh", "vi": "vi", "id": "id", "hu": "hu", "ro": "ro",
}  # fmt: skip


def translated_messages(per_language: int, seed: int = 0) -> pd.DataFrame:
    rows = []
    for folder, code in FOLDERS.items():
        texts = set()
        for mo in sorted((LOCALES / folder / "LC_MESSAGES").glob("*.mo")):
            try:
                with mo.open("rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog  # msgid -> msgstr
            except (OSError, UnicodeDecodeError, ValueError):
                continue
            for msgid, msgstr in catalog.items():
                if isinstance(msgstr, str) and msgid and msgstr != msgid and 30 <= len(msgstr) <= 200:
                    texts.add(" ".join(msgstr.split()))
        chosen = sorted(texts)
        rng = np.random.default_rng(seed)
        for text in rng.permutation(chosen)[:per_language] if chosen else []:
            rows.append((code, str(text)))
    return pd.DataFrame(rows, columns=["language", "text"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tweeteval", type=Path, help="TweetEval datasets/sentiment folder")
    parser.add_argument("--per-language", type=int, default=300)
    args = parser.parse_args()
    detect_language(["warm up: the model loads once"])
    texts = translated_messages(args.per_language)
    started = time.process_time()
    found = detect_language(texts["text"])
    seconds = time.process_time() - started
    texts["found"] = found["language"].to_numpy()
    per_language = texts.assign(right=texts["language"] == texts["found"]).groupby("language")["right"].mean()
    print(f"translated messages: {len(texts):,} texts in {texts['language'].nunique()} languages, "
          f"accuracy {np.mean(texts['language'] == texts['found']):.4f} "
          f"({len(texts) / seconds:,.0f} texts/s CPU)")  # fmt: skip
    print("per language:", ", ".join(f"{k} {v:.2f}" for k, v in per_language.items()))
    caught = (
        (found["language"] != "en") & (found["language"] != "und") & (found["confidence"] >= MIN_LANGUAGE_CONFIDENCE)
    )
    print(f"left unscored by an English-only model: {caught.mean():.4f} of these non-English texts")
    english = {"airline tweets": pd.read_csv(ROOT / "tests/data/twitter_airline_sentiment/Tweets.csv")["text"]}
    if args.tweeteval:
        english["TweetEval test tweets"] = pd.Series(
            (args.tweeteval / "test_text.txt").read_text(encoding="utf-8").split("\n")[:-1]
        )
    for name, series in english.items():
        started = time.process_time()
        result = detect_language(series)
        seconds = time.process_time() - started
        other = (result["language"] != "en") & (result["language"] != "und")
        unscored = other & (result["confidence"] >= MIN_LANGUAGE_CONFIDENCE)
        print(f"{name}: {len(series):,}; detected English {np.mean(result['language'] == 'en'):.4f}; "
              f"left unscored (another language at confidence >= {MIN_LANGUAGE_CONFIDENCE}) {unscored.mean():.4f}; "
              f"{len(series) / seconds:,.0f} texts/s CPU")  # fmt: skip


if __name__ == "__main__":
    main()
