"""The intent classifier: training contract, persistence, and the fast scorer's exactness."""

from __future__ import annotations

from pathlib import Path

import joblib
import numpy as np
import pytest

from agent.classifiers.intent_model import (
    MODEL_FILE,
    MODEL_VERSION,
    IntentClassifier,
    PackagedIntentModel,
    load,
    load_packaged,
    save,
)
from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from agent.models import Intent
from tests.extraction.conftest import make_email

DOCS = {
    "delay": [
        "Sorry, order P00{} is delayed, new date next week.",
        "Unfortunately we cannot deliver P00{} on time, new ETA in two weeks.",
        "Leider verzögert sich die Lieferung P00{}, neuer Termin KW 50.",
        "Nous avons un retard sur la commande P00{}, nouvelle date le 12.",
    ],
    "confirmation": [
        "We confirm your order P00{} for delivery on the agreed date.",
        "Order P00{} confirmed, delivery as planned.",
        "Wir bestätigen Ihre Bestellung P00{} zum Wunschtermin.",
        "Nous confirmons votre commande P00{}, livraison comme prévu.",
    ],
    "price_change": [
        "Please note a price increase of 4% on all items from January, P00{}.",
        "New price list attached, prices go up 3% P00{}.",
        "Preiserhöhung von 5% ab Januar, Bestellung P00{}.",
        "Augmentation de prix de 2% au 1er janvier, commande P00{}.",
    ],
}


def corpus() -> tuple[list[str], list[str]]:
    docs, labels = [], []
    for label, templates in DOCS.items():
        for template in templates:
            for n in range(6):
                docs.append(template.format(100 + n))
                labels.append(label)
    return docs, labels


@pytest.fixture(scope="module")
def fitted() -> IntentClassifier:
    docs, labels = corpus()
    return IntentClassifier(cv=3).fit(docs, labels)


def test_estimator_contract(fitted: IntentClassifier) -> None:
    assert fitted.get_params()["random_state"] == 0
    assert list(fitted.classes_) == ["confirmation", "delay", "price_change"]
    docs, labels = corpus()
    assert (fitted.predict(docs) == np.array(labels)).mean() > 0.9


@pytest.mark.parametrize("method", ["temperature", "sigmoid"])
@pytest.mark.parametrize("ensemble", [False, True])
@pytest.mark.parametrize("bigrams", [False, True])
@pytest.mark.parametrize(("nb_weight", "char_weight"), [(0.0, 0.0), (0.3, 0.0), (0.0, 1.0)])
def test_fast_scorer_matches_sklearn(
    method: str, ensemble: bool, bigrams: bool, nb_weight: float, char_weight: float
) -> None:
    docs, labels = corpus()
    classifier = IntentClassifier(
        method=method,
        ensemble=ensemble,
        bigrams=bigrams,
        nb_weight=nb_weight,
        char_weight=char_weight,
    )
    classifier.fit(docs, labels)
    docs = [
        "Delivery of P00999 is delayed by a week, sorry.",
        "We confirm P00998, no delay.",
        "Preiserhöhung 5 %, EUR 3,20 statt 3,05?",
        "x",
        "",
    ]
    expected = classifier.predict_proba(docs)
    fast = np.array([classifier.scorer_.predict_proba(d) for d in docs])
    assert np.allclose(expected, fast, atol=1e-9)
    assert np.allclose(fast.sum(axis=1), 1.0)


def test_fit_is_reproducible() -> None:
    docs, labels = corpus()
    first = IntentClassifier().fit(docs, labels).predict_proba(docs)
    second = IntentClassifier().fit(docs, labels).predict_proba(docs)
    assert np.array_equal(first, second)


def test_saved_model_round_trips_with_version_and_schema(
    fitted: IntentClassifier, tmp_path: Path
) -> None:
    path = save(fitted, tmp_path / "m.joblib.gz", trained_on=["train"])
    model = load(path)
    assert isinstance(model, PackagedIntentModel)
    assert model.version == MODEL_VERSION
    probabilities = model.predict_proba_one("Re: P00100", "Sorry, P00100 is delayed.")
    assert set(probabilities) == {Intent.CONFIRMATION, Intent.DELAY, Intent.PRICE_CHANGE}
    assert max(probabilities, key=lambda i: probabilities[i]) == Intent.DELAY


def test_naive_bayes_is_averaged_in_with_its_weight() -> None:
    docs, labels = corpus()
    alone = IntentClassifier(char_weight=0.0).fit(docs, labels)
    blended = IntentClassifier(nb_weight=0.3, char_weight=0.0).fit(docs, labels)
    assert alone.scorer_.nb is None and blended.scorer_.nb is not None
    assert blended.scorer_.nb.weight == 0.3
    probe = ["Delivery of P00999 is delayed by a week, sorry."]
    assert not np.allclose(alone.predict_proba(probe), blended.predict_proba(probe))
    assert np.allclose(blended.predict_proba(probe).sum(axis=1), 1.0)


def test_naive_bayes_and_char_grams_together_are_refused() -> None:
    docs, labels = corpus()
    with pytest.raises(ValueError, match="char_weight"):
        IntentClassifier(nb_weight=0.3, char_weight=1.0).fit(docs, labels)


def test_char_grams_carry_evidence_to_an_unseen_misspelling() -> None:
    docs, labels = corpus()
    words_only = IntentClassifier(char_weight=0.0).fit(docs, labels)
    with_chars = IntentClassifier(char_weight=1.0).fit(docs, labels)
    assert with_chars.scorer_.chars is not None and words_only.scorer_.chars is None
    probe = ["Sory, the shipment is delayyed"]  # neither word is in the vocabulary
    delay = list(with_chars.classes_).index("delay")
    assert with_chars.predict_proba(probe)[0, delay] > words_only.predict_proba(probe)[0, delay]


def test_two_intents_are_refused() -> None:
    with pytest.raises(ValueError, match="three intents"):
        IntentClassifier().fit(["late", "ok", "late again", "fine"], ["delay", "ok"] * 2)


def test_missing_model_falls_back_to_rules(tmp_path: Path) -> None:
    assert load(tmp_path / "absent.joblib.gz") is None


def test_model_with_another_feature_schema_is_refused(
    fitted: IntentClassifier, tmp_path: Path
) -> None:
    path = save(fitted, tmp_path / "m.joblib.gz")
    payload = joblib.load(path)
    payload["feature_schema"] = {**payload["feature_schema"], "lexicon": "other"}
    joblib.dump(payload, path)
    assert load(path) is None


def test_extractor_uses_an_injected_model(fitted: IntentClassifier) -> None:
    extractor = RulesExtractor(PackagedIntentModel(fitted.scorer_, "test-1"))
    extraction = extractor.extract(
        make_email("Prices go up 4% from January."),
        ExtractionContext(),
    )
    assert extraction.intent == Intent.PRICE_CHANGE
    assert "intent_model:test-1" in extraction.flags


def test_packaged_model_loads_and_is_small() -> None:
    model = load_packaged()
    assert model is not None and model.version == MODEL_VERSION == "intent-4"
    assert MODEL_FILE.stat().st_size < 2_000_000
    assert set(model.scorer.classes) == {intent.value for intent in Intent}
    probabilities = model.predict_proba_one("P00412 shipped", "Tracking DHL JJD0001234567890.")
    assert max(probabilities, key=lambda i: probabilities[i]) == Intent.SHIPPING_NOTICE
