"""Helpers to build emails for extraction tests."""

from __future__ import annotations

import datetime as dt

from agent.models import InboundEmail


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
