"""The intent classifier's evaluation: only hand-written emails are scored, templates train."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from agent.classifiers import intent_eval
from agent.classifiers.intent_model import IntentClassifier

TEXTS = {
    "delay": "Sorry, order {ref} is delayed, the new date is next week.",
    "confirmation": "We confirm your order {ref} for delivery as planned.",
    "price_change": "Please note a price increase of 4% on order {ref} from January.",
}


def record(n: int, intent: str, origin: str, split: str, language: str) -> dict[str, Any]:
    text = TEXTS[intent].format(ref=f"P00{n:03d}")
    if origin == "template":
        text = "TEMPLATE " + text
    return {
        "id": f"se-{n}",
        "split": split,
        "origin": origin,
        "language": language,
        "vendor": f"vendor-{n % 7}",
        "subject": f"P00{n:03d}",
        "text": text,
        "new_text_end": len(text),
        "labels": {"intent": intent},
    }


def dataset(tmp_path: Path) -> Path:
    records = []
    n = 0
    for intent in TEXTS:
        for i in range(12):
            origin = "template" if i % 4 == 0 else "handwritten"
            language = "de" if i % 6 == 1 else "en"
            records.append(record(n, intent, origin, "dev" if i % 3 == 0 else "train", language))
            n += 1
    records.append({**record(n, "delay", "handwritten", "test", "en"), "text": "TEST"})
    path = tmp_path / "emails.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


class Spy:
    """Predicts the majority label and remembers what it was asked to score."""

    scored: list[str] = []

    def fit(self, docs: list[str], labels: list[str]) -> Spy:
        assert not any("TEST" in d for d in docs)
        self.label = max(set(labels), key=labels.count)
        return self

    def predict(self, docs: list[str]) -> np.ndarray:
        Spy.scored += docs
        return np.array([self.label] * len(docs))


def test_scores_macro_f1_per_class_and_confusion() -> None:
    result = intent_eval.scores(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert result["macro_f1"] == round((2 / 3 + 0.8) / 2, 4)
    assert result["per_class_f1"] == {"a": 0.667, "b": 0.8}
    assert result["confusion"] == {"a": {"a": 1, "b": 1}, "b": {"b": 2}}


def test_only_hand_written_emails_are_scored_and_test_is_never_read(tmp_path: Path) -> None:
    Spy.scored = []
    results = intent_eval.evaluate(Spy, dataset(tmp_path), repeats=2)
    assert Spy.scored and not any("TEMPLATE" in d or "TEST" in d for d in Spy.scored)
    assert results["group_cv"]["n"] == 2 * 27
    assert results["dev_handwritten"]["n"] == 9
    assert set(results["leave_one_language_out"]["per_language_macro_f1"]) == {"de"}


def test_evaluates_the_real_classifier(tmp_path: Path) -> None:
    results = intent_eval.evaluate(lambda: IntentClassifier(), dataset(tmp_path), repeats=1)
    assert results["group_cv"]["macro_f1"] > 0.9


def test_expected_calibration_error() -> None:
    assert intent_eval.scores(["a", "b"], ["a", "a"], [1.0, 1.0])["ece"] == 0.5
    assert intent_eval.scores(["a", "b"], ["a", "b"], [0.95, 0.95])["ece"] == 0.05
    assert "ece" not in intent_eval.scores(["a"], ["a"])
