"""An honest estimate of the intent classifier's test figures, without the test split.

``python -m agent.classifiers.intent_eval [--repeats 3] [--params JSON]`` prints three
estimates, each with macro-F1, per-class F1 and the confusion matrix (``--errors`` prints
instead the emails one vendor-grouped CV round gets wrong, with the text the model saw):

- ``dev_handwritten``: trained on train, scored on the hand-written emails of dev;
- ``group_cv``: repeated stratified group k-fold over the hand-written emails of train and
  dev (groups are vendors, so one vendor's style never sits on both sides); the templated
  emails are only ever added to the training folds;
- ``leave_one_language_out``: for each language but English, trained on all the others,
  scored on the hand-written emails of the one left out.

The test split holds only hand-written emails, which is why only those are scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from agent.classifiers.intent_model import IntentClassifier
from agent.classifiers.train_intent import documents
from agent.extraction.metrics import dataset_path, load_records, macro_f1

Factory = Callable[[], Any]


def scores(
    gold: list[str], predicted: list[str], confidence: list[float] | None = None
) -> dict[str, Any]:
    """Macro-F1, per-class F1 and the confusion matrix (rows gold, columns predicted).

    With the predicted class's probabilities, also the top-label expected calibration error.
    """
    labels = sorted(set(gold) | set(predicted))
    matrix = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, predicted, strict=True):
        matrix[g][p] += 1
    per_class = {}
    for label in labels:
        tp = matrix[label][label]
        fp = sum(matrix[g][label] for g in labels) - tp
        fn = sum(matrix[label].values()) - tp
        per_class[label] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    result = {
        "n": len(gold),
        "macro_f1": round(macro_f1(gold, predicted), 4),
        "per_class_f1": per_class,
        "confusion": {g: {p: n for p, n in row.items() if n} for g, row in matrix.items()},
    }
    if confidence and len(confidence) == len(gold):
        result["ece"] = round(expected_calibration_error(gold, predicted, confidence), 4)
    return result


def expected_calibration_error(
    gold: list[str], predicted: list[str], confidence: list[float], bins: int = 10
) -> float:
    """Mean gap between confidence and accuracy over equal-width confidence bins."""
    right = np.array([g == p for g, p in zip(gold, predicted, strict=True)], dtype=float)
    conf = np.asarray(confidence, dtype=float)
    which = np.minimum((conf * bins).astype(int), bins - 1)
    gap = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            gap += mask.sum() * abs(right[mask].mean() - conf[mask].mean())
    return gap / len(conf)


def _fit_predict(
    make: Factory, train: list[dict[str, Any]], test: list[dict[str, Any]]
) -> tuple[list[str], list[float]]:
    """Predicted labels of ``test`` and, when the model has probabilities, their confidence."""
    docs, labels = documents(train)
    model = make().fit(docs, labels)
    test_docs = documents(test)[0]
    if not hasattr(model, "predict_proba"):
        return [str(p) for p in model.predict(test_docs)], []
    proba = np.asarray(model.predict_proba(test_docs))
    classes = np.asarray(model.classes_)
    return [str(c) for c in classes[proba.argmax(axis=1)]], [float(p) for p in proba.max(axis=1)]


def dev_handwritten(make: Factory, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Train on the train split, score the hand-written dev emails."""
    train = [r for r in records if r["split"] == "train"]
    dev = [r for r in records if r["split"] == "dev" and r["origin"] == "handwritten"]
    return scores([r["labels"]["intent"] for r in dev], *_fit_predict(make, train, dev))


def group_cv(
    make: Factory, records: list[dict[str, Any]], folds: int = 5, repeats: int = 3
) -> dict[str, Any]:
    """Repeated stratified group k-fold over hand-written emails; templates always train."""
    hand = [r for r in records if r["origin"] == "handwritten"]
    templates = [r for r in records if r["origin"] != "handwritten"]
    labels = [r["labels"]["intent"] for r in hand]
    groups = [r.get("vendor") or r["id"] for r in hand]
    folds = min(folds, len(set(groups)))
    gold: list[str] = []
    predicted: list[str] = []
    confidence: list[float] = []
    per_repeat = []
    for seed in range(repeats):
        split = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
        repeat_gold: list[str] = []
        repeat_predicted: list[str] = []
        for train_idx, test_idx in split.split(np.zeros(len(hand)), labels, groups):
            train = [hand[i] for i in train_idx] + templates
            test = [hand[i] for i in test_idx]
            repeat_gold += [r["labels"]["intent"] for r in test]
            guessed, sure = _fit_predict(make, train, test)
            repeat_predicted += guessed
            confidence += sure
        per_repeat.append(round(macro_f1(repeat_gold, repeat_predicted), 4))
        gold += repeat_gold
        predicted += repeat_predicted
    result = scores(gold, predicted, confidence)
    result["per_repeat_macro_f1"] = per_repeat
    return result


def misclassified(
    make: Factory, records: list[dict[str, Any]], folds: int = 5, seed: int = 0
) -> list[dict[str, Any]]:
    """The hand-written emails one vendor-grouped CV round gets wrong, to read for cues.

    Same folds as one repeat of ``group_cv``; each miss with its gold and predicted intent,
    the confidence and the classifier's input text.
    """
    hand = [r for r in records if r["origin"] == "handwritten"]
    templates = [r for r in records if r["origin"] != "handwritten"]
    labels = [r["labels"]["intent"] for r in hand]
    groups = [r.get("vendor") or r["id"] for r in hand]
    split = StratifiedGroupKFold(
        n_splits=min(folds, len(set(groups))), shuffle=True, random_state=seed
    )
    misses = []
    for train_idx, test_idx in split.split(np.zeros(len(hand)), labels, groups):
        test = [hand[i] for i in test_idx]
        guessed, sure = _fit_predict(make, [hand[i] for i in train_idx] + templates, test)
        for record, doc, guess, p in zip(
            test, documents(test)[0], guessed, sure or [0.0] * len(test), strict=True
        ):
            if guess != record["labels"]["intent"]:
                misses.append(
                    {
                        "id": record["id"],
                        "language": record["language"],
                        "gold": record["labels"]["intent"],
                        "predicted": guess,
                        "confidence": round(p, 3),
                        "text": doc,
                    }
                )
    return misses


def leave_one_language_out(make: Factory, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Score each language's hand-written emails with a model trained on all the others.

    The majority language (English) is not left out: too few emails would remain.
    """
    gold: list[str] = []
    predicted: list[str] = []
    per_language = {}
    counts = Counter(r["language"] for r in records)
    for language in sorted(counts):
        if counts[language] == max(counts.values()):
            continue
        train = [r for r in records if r["language"] != language]
        test = [r for r in records if r["language"] == language and r["origin"] == "handwritten"]
        if not test:
            continue
        these = [r["labels"]["intent"] for r in test]
        guessed, _ = _fit_predict(make, train, test)
        per_language[language] = round(macro_f1(these, guessed), 4)
        gold += these
        predicted += guessed
    result = scores(gold, predicted)
    result["per_language_macro_f1"] = per_language
    return result


def evaluate(make: Factory, path: Path, repeats: int = 3) -> dict[str, Any]:
    """All three estimates on the train and dev splits of the dataset at ``path``."""
    records = load_records(path, ["train", "dev"])
    return {
        "dev_handwritten": dev_handwritten(make, records),
        "group_cv": group_cv(make, records, repeats=repeats),
        "leave_one_language_out": leave_one_language_out(make, records),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the estimates as JSON, one line per estimate."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", default=None)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--params", default="{}", help="IntentClassifier parameters as JSON")
    parser.add_argument(
        "--errors", action="store_true", help="print one CV round's misclassified emails"
    )
    args = parser.parse_args(argv)
    params = json.loads(args.params)
    if args.errors:
        records = load_records(dataset_path(args.path), ["train", "dev"])
        for miss in misclassified(lambda: IntentClassifier(**params), records):
            text = miss.pop("text")
            sys.stdout.write(json.dumps(miss) + "\n" + text + "\n\n")
        return 0
    results = evaluate(lambda: IntentClassifier(**params), dataset_path(args.path), args.repeats)
    for name, result in results.items():
        sys.stdout.write(json.dumps({"estimate": name, "params": params, **result}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
