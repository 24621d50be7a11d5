from __future__ import annotations

import datetime as dt

from agent.models import Extraction, Intent, Match, MatchMethod, Span, Tracking
from agent.recommend import draft, sentence_around
from agent.snapshot import Snapshot

TEXT = (
    "Hello Ana,\n\nI know that is three weeks later than planned and\nI am sorry. The 600 bags "
    "will now be delivered on Monday,\nDecember 21, 2026. Thanks!\n\n> On Nov 2 you wrote: P00233"
)


def _span(quote: str) -> Span:
    start = TEXT.index(quote)
    return Span(start=start, end=start + len(quote), quote=quote)


def test_evidence_grows_to_the_whole_sentence_across_wrapped_lines() -> None:
    grown = sentence_around(TEXT, _span("December 21, 2026"))
    assert grown.quote == "The 600 bags will now be delivered on Monday,\nDecember 21, 2026."
    assert TEXT[grown.start : grown.end] == grown.quote
    first = sentence_around(TEXT, _span("three weeks later"))
    assert first.quote == "I know that is three weeks later than planned and\nI am sorry."


def test_evidence_stops_at_a_blank_line_and_keeps_bad_spans() -> None:
    assert sentence_around(TEXT, _span("Hello")).quote == "Hello Ana,"
    bad = Span(start=0, end=3, quote="xyz")
    assert sentence_around(TEXT, bad) == bad


def test_recommendations_name_the_carrier_and_tracking_number() -> None:
    text = "Dispatched today with DHL Freight, consignment 4017 3326 9180."
    start = text.index("4017")
    extraction = Extraction(
        message_id="m",
        intent=Intent.SHIPPING_NOTICE,
        intent_confidence=0.9,
        tracking=[
            Tracking(
                carrier="DHL Freight",
                number="4017 3326 9180",
                span=Span(start=start, end=start + 14, quote="4017 3326 9180"),
                confidence=0.9,
            )
        ],
        confidence=0.9,
        extractor="rules",
    )
    common = {
        "risks": [],
        "match": Match(
            vendor_id=7,
            vendor_name="Sparkle",
            po_ids=[9],
            po_names=["P00009"],
            method=MatchMethod.REFERENCE,
            confidence=1.0,
        ),
        "orders": {},
        "snapshot": Snapshot(),
        "today": dt.date(2026, 11, 27),
        "text": text,
    }
    shipped = draft(extraction=extraction, intent=Intent.SHIPPING_NOTICE, commitments=[], **common)  # type: ignore[arg-type]
    assert "Tracking: DHL Freight 4017 3326 9180." in shipped.text
    assert [s.quote for s in shipped.evidence] == [text]
    bare = draft(extraction=None, intent=Intent.SHIPPING_NOTICE, commitments=[], **common)  # type: ignore[arg-type]
    assert "Tracking" not in bare.text and bare.evidence == []
