"""The per-field figures of the metrics script and of ``triage evals`` count what they say."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.evals.metrics import core
from agent.evals.results import ExampleResult
from agent.extraction.base import ExtractionContext
from agent.extraction.field_keys import multiset_counts, price_key, ref_key
from agent.extraction.metrics import evaluate
from agent.models import (
    ExtractedLine,
    Extraction,
    InboundEmail,
    Intent,
    PriceChange,
    Span,
    Tracking,
)


def test_keys_ignore_how_a_number_is_punctuated() -> None:
    assert ref_key("SO 55120") == ref_key("so-55120") == "SO55120"
    assert price_key(4.5, 7.1) == "new:4.5"
    assert price_key(None, -3.0) == "pct:-3"
    assert price_key(None, None) is None


def test_multiset_counts_count_repeats_once_each() -> None:
    assert multiset_counts([[1, 1, 2]], [[1, 3]]) == (1, 1, 2)
    assert multiset_counts([[], ["a"]], [["b"], ["a"]]) == (1, 1, 0)


class _Canned:
    """An extractor that returns one fixed extraction (the test is about the scoring)."""

    name = "canned"

    def __init__(self, extraction: Extraction) -> None:
        self._extraction = extraction

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        return self._extraction


def _span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start=start, end=start + len(quote), quote=quote)


def test_metrics_script_scores_tracking_prices_and_vendor_refs() -> None:
    text = "Shipped with DHL, AWB 123-456, and UPS 1Z99. Price now 4.50 EUR. Our SO 77."
    record: dict[str, Any] = {
        "id": "x-1",
        "split": "dev",
        "text": text,
        "subject": "P00042",
        "received_at": "2026-11-20T09:00:00+00:00",
        "labels": {
            "intent": "shipping_notice",
            "secondary_intents": [],
            "po_refs": [],
            "vendor_refs": ["SO 77", "AB-1"],
            "commitment_date": None,
            "dates": [],
            "lines": [
                {"qty": 3.0, "po_ref": "P00042"},
                {"qty": 3.0, "po_ref": "P00043"},
                {"qty": 9.0, "po_ref": None},
            ],
            "price_changes": [
                {"new_price": 4.5, "percent": None, "effective_date": "2027-01-01"},
                {"new_price": None, "percent": 5.0, "effective_date": None},
            ],
            "tracking": [
                {"number": "123-456", "carrier": "DHL"},
                {"number": "1Z99", "carrier": "UPS"},
            ],
        },
    }
    extraction = Extraction(
        message_id="m",
        intent=Intent.SHIPPING_NOTICE,
        intent_confidence=0.9,
        tracking=[
            Tracking(carrier="DHL", number="123456", span=_span(text, "123-456"), confidence=1),
            Tracking(carrier="FedEx", number="1Z99", span=_span(text, "1Z99"), confidence=1),
        ],
        lines=[
            ExtractedLine(qty=3, po_ref="P00042", span=_span(text, "Shipped"), confidence=1),
            ExtractedLine(qty=3, po_ref="P00042", span=_span(text, "Shipped"), confidence=1),
        ],
        price_changes=[
            PriceChange(
                new_price=4.5,
                currency="EUR",
                effective_date=dt.date(2027, 1, 2),
                span=_span(text, "4.50 EUR"),
                confidence=1,
            )
        ],
        confidence=0.9,
        extractor="canned",
    )
    report = evaluate(_Canned(extraction), [record])
    assert report.errors == 0
    assert (report.tracking_precision, report.tracking_recall) == (1.0, 1.0)
    assert report.tracking_carrier_accuracy == 0.5
    assert (report.price_change_precision, report.price_change_recall) == (1.0, 0.5)
    assert report.price_effective_accuracy == 0.0
    assert (report.vendor_ref_precision, report.vendor_ref_recall) == (1.0, 0.0)
    assert (report.quantity_precision, report.quantity_recall) == (1.0, 2 / 3)
    assert report.line_order_accuracy == 0.5
    assert report.misses["vendor_ref"] == ["x-1: gold ['AB1', 'SO77'] got []"]


def test_evals_core_reports_the_field_figures() -> None:
    base: dict[str, Any] = {
        "id": "x",
        "split": "dev",
        "vendor": "v",
        "language": "en",
        "change_type": "date",
        "gold_intent": "delay",
    }
    results = [
        ExampleResult(
            **base,
            gold_vendor_refs=["SO77"],
            pred_vendor_refs=["SO77", "INV1"],
            gold_tracking=["1Z99"],
            gold_prices=["new:4.5"],
            pred_prices=["new:4.5"],
        )
    ]
    figures = core(results)
    assert figures["vendor_ref_precision"] == 0.5 and figures["vendor_ref_recall"] == 1.0
    assert figures["tracking_recall"] == 0.0
    assert figures["price_change_precision"] == figures["price_change_recall"] == 1.0
