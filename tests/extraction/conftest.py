"""Helpers to build emails for extraction tests."""

from __future__ import annotations

import datetime as dt

from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from agent.models import InboundEmail

RULES_ONLY = RulesExtractor(use_classifier=False)
EU = ExtractionContext(vendor_country="DE", po_prefixes=("P", "PO"))


def make_email(
    text: str,
    *,
    subject: str = "",
    date: dt.datetime = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
    new_text_end: int | None = None,
) -> InboundEmail:
    return InboundEmail(
        message_id="<t@example>",
        content_hash="h",
        subject=subject,
        date=date,
        text=text,
        new_text_end=len(text) if new_text_end is None else new_text_end,
    )


def roles(text: str) -> dict[str, str]:
    """Role of each date the rules-only extractor finds in ``text`` (a German vendor's)."""
    extraction = RULES_ONLY.extract(make_email(text), EU)
    return {d.value.isoformat(): d.role.value for d in extraction.dates}
