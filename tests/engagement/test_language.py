"""Language detection: equal to the py3langid reference, on real tweets; unscored texts in
the sentiment tables and summaries."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from socialscope.engagement.language import detect_language, detect_store, language_summary, language_text
from socialscope.engagement.sentiment import (
    SENTIMENT_MODELS,
    VaderSentiment,
    model_languages,
    score_store,
    sentiment_summary,
)
from socialscope.ingest import import_files
from tests.conftest import DATA

SENTENCES = {
    "de": "Ich freue mich sehr auf das Wochenende mit meiner Familie in den Bergen",
    "fr": "Nous sommes très heureux de vous présenter notre nouvelle collection d'automne",
    "es": "El servicio al cliente fue muy lento y nadie respondió a mis preguntas",
    "it": "Grazie mille per la bellissima serata, ci vediamo presto a Milano",
    "pt": "Adorei o novo produto, chegou rápido e funciona muito bem",
    "nl": "Wij zijn blij dat jullie er allemaal waren op ons feest gisteren",
    "ru": "Спасибо большое за помощь, всё работает отлично",
    "ja": "今日はとても良い天気ですね、公園に行きましょう",
    "en": "Thanks so much for the quick reply, the new app works great",
}


@pytest.fixture(scope="module")
def tweets():
    return pd.read_csv(DATA / "twitter_airline_sentiment" / "Tweets.csv")


def test_equals_the_py3langid_reference(tweets):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = [*tweets["text"].iloc[::7], *SENTENCES.values(), "ALL CAPITALS ARE LOWERED FIRST", "x" * 5000]
    found = detect_language(texts)
    expected = [reference.classify(t) for t in language_text(texts)]
    assert list(found["language"]) == [language for language, _ in expected]
    np.testing.assert_allclose(found["confidence"], [c for _, c in expected], atol=1e-4)


def test_languages_of_real_and_written_texts(tweets):
    found = detect_language(tweets["text"])
    english = (found["language"] == "en").mean()
    print(f"airline tweets detected as English: {english:.4f}")
    assert english >= 0.98
    assert list(detect_language(list(SENTENCES.values()))["language"]) == list(SENTENCES)
    none = detect_language(["😀🎉", "@acme https://t.co/x", "", None])
    assert list(none["language"]) == ["und"] * 4 and none["confidence"].isna().all()


def test_unscored_texts_are_stored_and_counted(store, tmp_path):
    texts = [SENTENCES["en"], SENTENCES["de"], SENTENCES["es"], "😀🎉"]
    pd.DataFrame(
        {"post_id": ["p1", "p2", "p3", "p4"], "account_id": "brand", "created_at": "2025-03-03", "text": texts}
    ).to_csv(tmp_path / "posts.csv", index=False)
    pd.DataFrame(
        {"actor_account_id": ["a", "b"], "kind": "comment", "post_id": "p1", "created_at": "2025-03-04",
         "text": ["I love this so much", SENTENCES["fr"]]}
    ).to_csv(tmp_path / "inter.csv", index=False)  # fmt: skip
    import_files(store, "posts", [tmp_path / "posts.csv"])
    import_files(store, "interactions", [tmp_path / "inter.csv"])
    score_store(store)
    posts = store.df("SELECT p.post_id, label, score, scored, language FROM post_sentiment "
                     "JOIN post_language p USING (post_id) ORDER BY post_id").set_index("post_id")  # fmt: skip
    assert list(posts["language"]) == ["en", "de", "es", "und"]
    assert list(posts["scored"]) == [True, False, False, True]
    assert list(posts.loc[["p2", "p3"], "label"]) == ["unscored", "unscored"]
    assert posts.loc[["p2", "p3"], "score"].isna().all() and posts.loc[["p1", "p4"], "score"].notna().all()
    about = sentiment_summary(store, by="account").set_index("account").loc["brand"]
    assert about["texts"] == 6 and about["unscored"] == 3 and about["scored"] == 3
    assert about[["negative", "neutral", "positive"]].sum() == 3
    languages = language_summary(store).set_index("language")
    assert languages.loc["en", "texts"] == 2 and languages.loc["de", "unscored"] == 1
    assert detect_store(store) == {"post_language": 0, "interaction_language": 0}  # detected once


def test_every_model_declares_its_languages():
    for variant in SENTIMENT_MODELS.values():
        assert variant.languages and variant.reference and variant.description
        assert model_languages(variant.load()) == variant.languages
    assert model_languages(VaderSentiment().fit()) == ("en",)
