"""Metrics of a run, computed from its per-example results, overall and by slice.

Small evaluators over :class:`~agent.evals.results.ExampleResult` rows, in the habit of
``pydantic_evals``: the run produces data, each function here reads it. Rates whose
denominator is empty are ``None`` (nothing to measure), never a made-up 0 or 1.

A draft is *correct* when intent, commitment date and matched order all agree with the
labels. *Eligible* drafts are those the gate can auto-draft at all: trusted sender and a
matched order; calibration and tuning look at those only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from math import sqrt
from statistics import NormalDist
from typing import Any

from agent.evals.results import ExampleResult
from agent.extraction.field_keys import multiset_counts
from agent.extraction.metrics import macro_f1

SLICES: dict[str, Callable[[ExampleResult], str]] = {
    "vendor": lambda r: r.vendor,
    "language": lambda r: r.language,
    "intent": lambda r: r.gold_intent,
    "change_type": lambda r: r.change_type,
}
ECE_BINS = 10


def ratio(hits: int, total: int) -> float | None:
    """``hits / total``, or ``None`` when there is nothing to divide."""
    return round(hits / total, 4) if total else None


def wilson(hits: int, total: int, confidence: float = 0.95) -> tuple[float, float]:
    """One-sided Wilson score bounds (lower, upper) of a proportion at ``confidence``."""
    if total == 0:
        return 0.0, 1.0
    z = NormalDist().inv_cdf(confidence)
    p = hits / total
    denom = 1 + z * z / total
    centre = p + z * z / (2 * total)
    margin = z * sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, (centre - margin) / denom), min(1.0, (centre + margin) / denom)


def eligible(results: Iterable[ExampleResult]) -> list[ExampleResult]:
    """Results the gate could auto-draft: trusted, a matched order, no error."""
    return [r for r in results if r.trusted and r.has_target and r.error is None]


def confusion(results: Sequence[ExampleResult]) -> dict[str, Any]:
    """Intent confusion matrix: rows are labels, columns predictions."""
    labels = sorted({r.gold_intent for r in results} | {r.pred_intent or "error" for r in results})
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for r in results:
        matrix[index[r.gold_intent]][index[r.pred_intent or "error"]] += 1
    return {"labels": labels, "matrix": matrix}


def per_class(results: Sequence[ExampleResult]) -> dict[str, dict[str, float | int | None]]:
    """Precision, recall, F1 and support of each intent."""
    out: dict[str, dict[str, float | int | None]] = {}
    for label in sorted({r.gold_intent for r in results}):
        tp = sum(1 for r in results if r.gold_intent == label == r.pred_intent)
        fp = sum(1 for r in results if r.pred_intent == label != r.gold_intent)
        fn = sum(1 for r in results if r.gold_intent == label != r.pred_intent)
        out[label] = {
            "precision": ratio(tp, tp + fp),
            "recall": ratio(tp, tp + fn),
            "f1": ratio(2 * tp, 2 * tp + fp + fn),
            "support": tp + fn,
        }
    return out


def ece(pairs: Sequence[tuple[float, bool]], bins: int = ECE_BINS) -> float | None:
    """Expected calibration error over equal-width bins of confidence."""
    if not pairs:
        return None
    total = 0.0
    for _, _, members in reliability(pairs, bins):
        if members:
            conf = sum(c for c, _ in members) / len(members)
            acc = sum(1 for _, ok in members if ok) / len(members)
            total += len(members) * abs(conf - acc)
    return round(total / len(pairs), 4)


def reliability(
    pairs: Sequence[tuple[float, bool]], bins: int = ECE_BINS
) -> list[tuple[float, float, list[tuple[float, bool]]]]:
    """The (low, high, members) bins of a reliability diagram."""
    out: list[tuple[float, float, list[tuple[float, bool]]]] = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        members = [(c, ok) for c, ok in pairs if lo <= c < hi or (i == bins - 1 and c == 1.0)]
        out.append((lo, hi, members))
    return out


def _multiset_pr(
    gold: Iterable[Sequence[Hashable]], pred: Iterable[Sequence[Hashable]]
) -> dict[str, Any]:
    tp, fp, fn = multiset_counts(gold, pred)
    return {"precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn)}


def core(results: Sequence[ExampleResult]) -> dict[str, Any]:
    """The flat figures of one set of results (the whole run or one slice)."""
    ok = [r for r in results if r.error is None]
    n = len(results)
    gold = [r.gold_intent for r in ok]
    pred = [r.pred_intent or "error" for r in ok]
    refs = _multiset_pr(
        [sorted(set(r.gold_po_refs)) for r in ok], [sorted(set(r.pred_po_refs)) for r in ok]
    )
    qtys = _multiset_pr([r.gold_qtys for r in ok], [r.pred_qtys for r in ok])
    vendor_refs = _multiset_pr([r.gold_vendor_refs for r in ok], [r.pred_vendor_refs for r in ok])
    tracking = _multiset_pr([r.gold_tracking for r in ok], [r.pred_tracking for r in ok])
    prices = _multiset_pr([r.gold_prices for r in ok], [r.pred_prices for r in ok])
    dated = [r for r in ok if r.gold_commitment is not None]
    auto = [r for r in results if r.decision == "auto_draft"]
    return {
        "n": n,
        "errors": n - len(ok),
        "intent_accuracy": ratio(sum(r.intent_ok for r in ok), len(ok)),
        "intent_macro_f1": round(macro_f1(gold, pred), 4) if ok else None,
        "po_ref_precision": refs["precision"],
        "po_ref_recall": refs["recall"],
        "commitment_n": len(dated),
        "commitment_exact": ratio(sum(r.commitment_ok for r in dated), len(dated)),
        "commitment_within_1d": ratio(sum(r.commitment_within_1d for r in dated), len(dated)),
        "commitment_spurious": sum(
            1 for r in ok if r.gold_commitment is None and r.pred_commitment is not None
        ),
        "quantity_precision": qtys["precision"],
        "quantity_recall": qtys["recall"],
        "vendor_ref_precision": vendor_refs["precision"],
        "vendor_ref_recall": vendor_refs["recall"],
        "tracking_precision": tracking["precision"],
        "tracking_recall": tracking["recall"],
        "price_change_precision": prices["precision"],
        "price_change_recall": prices["recall"],
        "match_accuracy": ratio(sum(r.match_ok for r in ok), len(ok)),
        "draft_accuracy": ratio(sum(r.correct for r in ok), len(ok)),
        "auto_draft_n": len(auto),
        "auto_draft_precision": ratio(sum(r.correct for r in auto), len(auto)),
        "auto_draft_coverage": ratio(len(auto), n),
        "review_rate": ratio(sum(r.decision == "review" for r in results), n),
        "queue_rate": ratio(sum(r.decision == "queue" for r in results), n),
        "touchless_rate": ratio(sum(r.correct for r in auto), n),
    }


def compute(results: Sequence[ExampleResult]) -> dict[str, Any]:
    """The metrics object of a run: figures, intent confusion, calibration, slices."""
    ok = [r for r in results if r.error is None]
    pool = eligible(results)
    auto = [r for r in results if r.decision == "auto_draft"]
    lower, _ = wilson(sum(r.correct for r in auto), len(auto))
    return {
        "overall": core(results),
        "intent": {"per_class": per_class(ok), "confusion": confusion(ok)},
        "decision": {
            "auto_draft_precision_lower_95": round(lower, 4) if auto else None,
            "by_action": {
                action: core([r for r in results if r.action == action])
                for action in sorted({r.action for r in results if r.action})
            },
        },
        "calibration": {
            "n_eligible": len(pool),
            "ece_raw": ece([(r.raw_confidence, r.correct) for r in pool]),
            "ece": ece([(r.confidence, r.correct) for r in pool]),
        },
        "slices": {
            name: {
                value: core([r for r in results if key(r) == value])
                for value in sorted({key(r) for r in results})
            }
            for name, key in SLICES.items()
        },
    }


def flatten(metrics: dict[str, Any]) -> dict[str, float]:
    """Headline figures by dotted name (what the gate and ``compare`` look at)."""
    flat: dict[str, float] = {}
    for key, value in metrics["overall"].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            flat[key] = float(value)
    for key, value in metrics["calibration"].items():
        if isinstance(value, int | float):
            flat[f"calibration.{key}"] = float(value)
    for label, figures in metrics["intent"]["per_class"].items():
        if figures["f1"] is not None:
            flat[f"intent.{label}.f1"] = float(figures["f1"])
    return flat
