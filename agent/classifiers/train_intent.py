"""Train the intent classifier on the dataset's train split and persist it.

``python -m agent.classifiers.train_intent [--path DATASET] [--splits train] [--eval dev]``

The input of each email is what the extractor gives the model at run time: the subject and
the vendor's current words (new text, attachments, forwards), so training and use agree.
The test split is never read here. The fit is seeded, so the same data gives the same file.
Model choices are made with ``python -m agent.classifiers.intent_eval`` (group
cross-validation over the hand-written train and dev emails), not on the test split.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from agent.classifiers.intent_model import MODEL_FILE, IntentClassifier, document, save
from agent.extraction.metrics import dataset_path, load_records, macro_f1
from agent.extraction.rules.intent import current_text
from agent.extraction.rules.zones import current_zones

logger = logging.getLogger(__name__)


def documents(records: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Classifier inputs and intent labels of ``records``."""
    docs = []
    for record in records:
        text = record["text"]
        zones = current_zones(text, record["new_text_end"])
        docs.append(document(record["subject"], current_text(text, zones)))
    return docs, [record["labels"]["intent"] for record in records]


def train(path: Path, splits: list[str], out: Path = MODEL_FILE) -> IntentClassifier:
    """Fit on ``splits`` of the dataset at ``path`` and save to ``out``."""
    if "test" in splits:
        raise ValueError("the test split is never used for training")
    docs, labels = documents(load_records(path, splits))
    classifier = IntentClassifier().fit(docs, labels)
    save(classifier, out, trained_on=splits, n=len(docs), dataset=str(path))
    return classifier


def main(argv: list[str] | None = None) -> int:
    """Train, save, and print the macro-F1 on the evaluation split."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", default=None)
    parser.add_argument("--splits", default="train")
    parser.add_argument("--eval", default="dev")
    parser.add_argument("--out", default=str(MODEL_FILE))
    args = parser.parse_args(argv)
    path = dataset_path(args.path)
    if args.eval == "test":
        sys.stderr.write("evaluate on test with python -m agent.extraction.metrics --split test\n")
        return 2
    classifier = train(path, args.splits.split(","), Path(args.out))
    docs, labels = documents(load_records(path, args.eval.split(",")))
    predicted = [str(p) for p in classifier.predict(docs)] if docs else []
    figures = {"trained_on": args.splits, "eval": args.eval, "n_eval": len(docs)}
    figures["intent_macro_f1"] = round(macro_f1(labels, predicted), 4) if docs else None
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
