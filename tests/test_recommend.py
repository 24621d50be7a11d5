from __future__ import annotations

from agent.models import Span
from agent.recommend import sentence_around

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
