"""The estimator contract, checked once over every model socialscope fits: fit returns the
model, an unfitted model refuses to predict, predictions are labels from ``classes_`` with
probabilities summing to 1, saving and loading keeps every prediction, and a file holding
another model is refused. VADER is in the list for the parts that apply: it learns nothing
(fit only marks it ready), gives labels without probabilities, and has nothing to save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from socialscope.classify.intent import IntentModel
from socialscope.engagement.sentiment import TextSentimentModel, VaderSentiment
from socialscope.errors import NotFittedError, UsageError


@dataclass(frozen=True)
class Case:
    make: Any
    texts: tuple[str, ...]
    labels: tuple[str, ...]
    learns: bool = True  # predicts probabilities learned from the labels, and can be saved


SENTIMENT = (
    ("love it", "positive"), ("love it so much, great", "positive"), ("hate it", "negative"),
    ("terrible awful service", "negative"), ("it is a plane", "neutral"), ("a plane it is", "neutral"),
) * 3  # fmt: skip
INTENT = (("see you at dinner tonight", "networking"), ("subscribe to my channel for free gifts", "marketing")) * 10

CASES = {
    "intent": Case(lambda: IntentModel(c=5.0), *zip(*INTENT, strict=True)),
    "sentiment": Case(TextSentimentModel, *zip(*SENTIMENT, strict=True)),
    "vader": Case(VaderSentiment, *zip(*SENTIMENT, strict=True), learns=False),
}
OTHER = {"intent": "sentiment", "sentiment": "intent"}


@pytest.fixture(params=list(CASES))
def case(request) -> tuple[str, Case]:
    return request.param, CASES[request.param]


def test_fit_returns_the_model_and_unfitted_models_refuse(case) -> None:
    name, c = case
    model = c.make()
    with pytest.raises(NotFittedError, match="fit"):
        model.predict(list(c.texts[:1]))
    assert not any(k.endswith("_") and not k.startswith("_") for k in vars(model))
    assert model.fit(list(c.texts), list(c.labels)) is model


def test_predictions_are_labels_and_probabilities(case) -> None:
    _, c = case
    model = c.make().fit(list(c.texts), list(c.labels))
    predicted = np.asarray(model.predict(list(c.texts)))
    assert len(predicted) == len(c.texts)
    assert set(predicted) <= set(c.labels)
    if c.learns:
        assert (predicted == np.asarray(c.labels)).mean() >= 0.8  # learns its own training set
        proba = model.predict_proba(list(c.texts))
        assert proba.shape == (len(c.texts), len(model.classes_))
        np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-12)
        assert list(np.asarray(model.classes_)[proba.argmax(axis=1)]) == list(predicted)


def test_save_and_load_keep_every_prediction(case, tmp_path) -> None:
    name, c = case
    if not c.learns:
        pytest.skip(f"{name} learns nothing and has nothing to save")
    model = c.make().fit(list(c.texts), list(c.labels))
    with pytest.raises(NotFittedError):
        c.make().save(tmp_path / "unfitted.joblib")
    loaded = type(model).load(model.save(tmp_path / "m.joblib"))
    assert type(loaded) is type(model)
    np.testing.assert_array_equal(loaded.predict(list(c.texts)), model.predict(list(c.texts)))
    np.testing.assert_allclose(loaded.predict_proba(list(c.texts)), model.predict_proba(list(c.texts)), rtol=0, atol=0)
    other = CASES[OTHER[name]]
    wrong = other.make().fit(list(other.texts), list(other.labels)).save(tmp_path / "other.joblib")
    with pytest.raises(UsageError, match="is not a socialscope"):
        type(model).load(wrong)
