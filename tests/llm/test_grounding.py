"""Grounding without a model: locating quotes, reading numbers, auditing results."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from agent.extraction.base import ExtractionContext
from agent.extraction.grounding import audit, locate, numbers_in
from agent.models import DateRole, ExtractedDate, Extraction, Intent, Span
from tests.factories import inbound

TEXT = "Dear  Laura,\nthe NEW delivery\tdate is 14 December 2026 – sorry.\n"


def test_locate_ignores_whitespace_and_case_and_maps_back_exactly() -> None:
    span = locate(TEXT, "new delivery date is 14 december 2026 - sorry")
    assert span is not None
    assert TEXT[span.start : span.end] == span.quote
    assert span.quote == "NEW delivery\tdate is 14 December 2026 – sorry"
    assert locate(TEXT, "15 December 2026") is None
    assert locate(TEXT, "   ") is None


def test_locate_prefers_the_vendors_current_words() -> None:
    text = "old: 3 May\n> new: 3 May\nnow 3 May"
    span = locate(text, "3 May", zones=[(24, len(text))])
    assert span is not None and span.start == text.rindex("3 May")


@given(st.text(min_size=1, max_size=60), st.integers(0, 59), st.integers(1, 20))
def test_any_slice_is_located_at_an_identical_quote(text: str, start: int, length: int) -> None:
    quote = text[start : start + length]
    if not quote.strip():
        return
    span = locate(text, quote.upper().replace(" ", "  "))
    if span is not None:
        assert text[span.start : span.end] == span.quote


def test_numbers_in_reads_thousands_and_decimals() -> None:
    assert {1200.0, 1.2} <= numbers_in("1,200 pcs")
    assert 12.5 in numbers_in("12,5 %")
    assert 4.5 in numbers_in("+4.5%")


def test_audit_finds_values_their_quote_does_not_prove() -> None:
    email = inbound(body=TEXT)
    start = TEXT.index("14 December 2026")
    good = ExtractedDate(
        value=dt.date(2026, 12, 14),
        role=DateRole.NEW_ETA,
        confidence=0.8,
        span=Span(start=start, end=start + 16, quote="14 December 2026"),
    )
    wrong_value = good.model_copy(update={"value": dt.date(2026, 12, 15)})
    wrong_span = good.model_copy(update={"span": Span(start=0, end=16, quote="14 December 2026")})
    base = Extraction(
        message_id="m", intent=Intent.DELAY, intent_confidence=0.8, confidence=0.8, extractor="x"
    )
    context = ExtractionContext()
    assert audit(base.model_copy(update={"dates": [good]}), email, context) == []
    problems = audit(base.model_copy(update={"dates": [wrong_value, wrong_span]}), email, context)
    assert len(problems) == 2
