"""Score an extractor on the labelled supplier-email dataset.

The commitment compared with ``commitment_date`` follows the label guide: the latest
committing date, and for an email about several orders the first order's (see
``agent.extraction.orders``); ``order_split_commitments`` counts the emails where that
differs from ``Extraction.commitment``.

``python -m agent.extraction.metrics --split test`` prints intent macro-F1, commitment-date
exact match, PO-reference precision and recall, and the number of dates without a quote;
then the other fields, each as precision and recall of per-email multisets (keys in
``agent.extraction.field_keys``): vendor document numbers, tracking numbers (and the carrier
on the numbers found), price changes (and the effective date on the changes found) and
stated quantities (and, on the quantities found, the order each is for).
The dataset is ``evals/datasets/supplier_emails.jsonl`` (or ``--path``, or the
``TRIAGE_EXTRACTION_DATASET`` environment variable).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from agent.extraction.base import Extractor
from agent.extraction.batch import email_from_line
from agent.extraction.field_keys import multiset_counts, price_key, price_keys, ref_key
from agent.extraction.orders import primary_commitment
from agent.models import Extraction

DEFAULT_DATASET = Path("evals/datasets/supplier_emails.jsonl")
ODOO_PREFIXES = ("P", "PO")


def dataset_path(explicit: str | None = None) -> Path:
    """The dataset file: ``explicit``, else the environment variable, else the repo's."""
    return Path(explicit or os.environ.get("TRIAGE_EXTRACTION_DATASET") or DEFAULT_DATASET)


def load_records(path: Path, splits: Iterable[str]) -> list[dict[str, Any]]:
    """Records of the given splits, in file order."""
    wanted = set(splits)
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if record.get("split") in wanted:
                    records.append(record)
    return records


@dataclass
class Report:
    """The figures of one run, and the emails each figure missed."""

    n: int = 0
    intent_macro_f1: float = 0.0
    intent_accuracy: float = 0.0
    commitment_n: int = 0
    commitment_exact: float = 0.0
    spurious_commitments: int = 0
    order_split_commitments: int = 0
    po_precision: float = 0.0
    po_recall: float = 0.0
    dates_without_quote: int = 0
    date_value_recall: float = 0.0
    date_role_accuracy: float = 0.0
    vendor_ref_precision: float = 0.0
    vendor_ref_recall: float = 0.0
    tracking_precision: float = 0.0
    tracking_recall: float = 0.0
    tracking_carrier_accuracy: float = 0.0
    price_change_precision: float = 0.0
    price_change_recall: float = 0.0
    price_effective_accuracy: float = 0.0
    quantity_precision: float = 0.0
    quantity_recall: float = 0.0
    line_order_accuracy: float = 0.0
    errors: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Macro-averaged F1 over the labels that occur in either list."""
    labels = sorted(set(gold) | set(predicted))
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def evaluate(extractor: Extractor, records: list[dict[str, Any]]) -> Report:
    """Run ``extractor`` on each record and compare with its labels."""
    report = Report(n=len(records))
    misses: dict[str, list[str]] = {"intent": [], "commitment": [], "po": [], "error": []}
    gold_intents: list[str] = []
    predicted_intents: list[str] = []
    commit_hits = po_tp = po_fp = po_fn = 0
    date_hits = date_total = role_hits = 0
    pairs: list[tuple[str, dict[str, Any], Extraction]] = []
    for record in records:
        labels = record["labels"]
        try:
            email, context = email_from_line(record, po_prefixes=ODOO_PREFIXES)
            extraction: Extraction = extractor.extract(email, context)
        except Exception as exc:
            report.errors += 1
            misses["error"].append(f"{record['id']}: {type(exc).__name__}: {exc}")
            continue
        pairs.append((record["id"], labels, extraction))
        gold_intents.append(labels["intent"])
        predicted_intents.append(extraction.intent.value)
        if labels["intent"] != extraction.intent.value:
            misses["intent"].append(f"{record['id']}: {labels['intent']} -> {extraction.intent}")
        commitment = primary_commitment(email, extraction, ODOO_PREFIXES)
        if extraction.commitment is not None and extraction.commitment != commitment:
            report.order_split_commitments += 1
        if labels["commitment_date"]:
            report.commitment_n += 1
            got = commitment.value.isoformat() if commitment else None
            if got == labels["commitment_date"]:
                commit_hits += 1
            else:
                misses["commitment"].append(
                    f"{record['id']}: {labels['commitment_date']} -> {got}"
                    f" ({commitment.span.quote if commitment else ''!r})"
                )
        elif commitment is not None:
            report.spurious_commitments += 1
        gold_po = set(labels["po_refs"])
        predicted_po = set(extraction.odoo_refs)
        po_tp += len(gold_po & predicted_po)
        po_fp += len(predicted_po - gold_po)
        po_fn += len(gold_po - predicted_po)
        if gold_po != predicted_po:
            misses["po"].append(
                f"{record['id']}: missing {sorted(gold_po - predicted_po)}"
                f" extra {sorted(predicted_po - gold_po)}"
            )
        for date in extraction.dates:
            span = date.span
            if not span.quote or email.text[span.start : span.end] != span.quote:
                report.dates_without_quote += 1
        predicted_dates = {
            (d.value.isoformat(), d.span.start): d.role.value for d in extraction.dates
        }
        for gold in labels["dates"]:
            date_total += 1
            match = next(
                (
                    role
                    for (value, start), role in predicted_dates.items()
                    if value == gold["value"] and gold["start"] - 30 <= start <= gold["end"] + 5
                ),
                None,
            )
            if match is not None:
                date_hits += 1
                role_hits += match == gold["role"]
    report.intent_macro_f1 = macro_f1(gold_intents, predicted_intents)
    report.intent_accuracy = _ratio(
        sum(g == p for g, p in zip(gold_intents, predicted_intents, strict=True)), len(gold_intents)
    )
    report.commitment_exact = _ratio(commit_hits, report.commitment_n)
    report.po_precision = _ratio(po_tp, po_tp + po_fp)
    report.po_recall = _ratio(po_tp, po_tp + po_fn)
    report.date_value_recall = _ratio(date_hits, date_total)
    report.date_role_accuracy = _ratio(role_hits, date_hits)
    report.misses = misses
    _score_fields(report, pairs)
    return report


def _keys(labels: dict[str, Any], extraction: Extraction) -> dict[str, tuple[list[Any], list[Any]]]:
    """Gold and predicted multisets of one email, per field."""
    return {
        "vendor_ref": (
            [ref_key(v) for v in labels["vendor_refs"]],
            [ref_key(v) for v in extraction.vendor_refs],
        ),
        "tracking": (
            [ref_key(t["number"]) for t in labels["tracking"]],
            [ref_key(t.number) for t in extraction.tracking],
        ),
        "price_change": (
            price_keys((p["new_price"], p["percent"]) for p in labels["price_changes"]),
            price_keys((p.new_price, p.percent) for p in extraction.price_changes),
        ),
        "quantity": (
            [line["qty"] for line in labels["lines"] if line["qty"] is not None],
            [line.qty for line in extraction.lines if line.qty is not None],
        ),
    }


def _score_fields(report: Report, pairs: list[tuple[str, dict[str, Any], Extraction]]) -> None:
    """Fill the per-field figures and misses of ``report`` from (id, labels, extraction)."""
    per_field: dict[str, tuple[list[list[Any]], list[list[Any]]]] = {}
    carrier_hits = carrier_n = effective_hits = effective_n = order_hits = order_n = 0
    for record_id, labels, extraction in pairs:
        for name, (gold, predicted) in _keys(labels, extraction).items():
            golds, preds = per_field.setdefault(name, ([], []))
            golds.append(gold)
            preds.append(predicted)
            if sorted(map(str, gold)) != sorted(map(str, predicted)):
                report.misses.setdefault(name, []).append(
                    f"{record_id}: gold {sorted(map(str, gold))} got {sorted(map(str, predicted))}"
                )
        carriers = {ref_key(t.number): (t.carrier or "").lower() for t in extraction.tracking}
        for gold_tracking in labels["tracking"]:
            found = carriers.get(ref_key(gold_tracking["number"]))
            if found is not None:
                carrier_n += 1
                carrier_hits += found == (gold_tracking["carrier"] or "").lower()
        orders: dict[float, list[str | None]] = {}
        for line in extraction.lines:
            if line.qty is not None:
                orders.setdefault(line.qty, []).append(line.po_ref)
        for gold_line in labels["lines"]:
            found_orders = orders.get(gold_line["qty"]) if gold_line["po_ref"] else None
            if found_orders:
                order_n += 1
                order_hits += found_orders.pop(0) == gold_line["po_ref"]
        effective = {
            price_key(p.new_price, p.percent): p.effective_date for p in extraction.price_changes
        }
        for gold_price in labels["price_changes"]:
            key = price_key(gold_price["new_price"], gold_price["percent"])
            if key in effective:
                got = effective[key]
                effective_n += 1
                effective_hits += (got.isoformat() if got else None) == gold_price["effective_date"]
    for name, (golds, preds) in per_field.items():
        tp, fp, fn = multiset_counts(golds, preds)
        setattr(report, f"{name}_precision", _ratio(tp, tp + fp))
        setattr(report, f"{name}_recall", _ratio(tp, tp + fn))
    report.tracking_carrier_accuracy = _ratio(carrier_hits, carrier_n)
    report.price_effective_accuracy = _ratio(effective_hits, effective_n)
    report.line_order_accuracy = _ratio(order_hits, order_n)


def main(argv: list[str] | None = None) -> int:
    """Print the figures of the rules extractor on one split as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", help="train, dev or test (comma-separated)")
    parser.add_argument("--path", default=None, help="dataset JSONL")
    parser.add_argument("--no-classifier", action="store_true", help="intent by cue rules only")
    parser.add_argument("--misses", action="store_true", help="also print what was missed")
    args = parser.parse_args(argv)
    from agent.extraction.rules import RulesExtractor

    path = dataset_path(args.path)
    if not path.exists():
        sys.stderr.write(f"no dataset at {path}; pass --path or build it first\n")
        return 2
    records = load_records(path, args.split.split(","))
    report = evaluate(RulesExtractor(use_classifier=not args.no_classifier), records)
    figures = asdict(report)
    misses = figures.pop("misses")
    for key, value in figures.items():
        value = round(value, 4) if isinstance(value, float) else value
        sys.stdout.write(json.dumps({"split": args.split, "metric": key, "value": value}) + "\n")
    if args.misses:
        for kind, items in misses.items():
            for item in items:
                sys.stdout.write(f"{kind}: {item}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
