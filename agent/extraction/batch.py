"""Batch input and output of extraction: one JSON object per email in, one per email out.

Input keys: ``id``, ``text`` or ``eml`` (raw MIME), ``received_at`` (ISO 8601),
``vendor_country`` (ISO 3166 alpha-2, optional); ``subject`` and ``new_text_end`` are read
when present. Output keys are those of the ``triage extract`` contract (see
:func:`extraction_to_line`).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import re
from typing import Any

from agent.errors import ParseError
from agent.extraction.base import ExtractionContext
from agent.extraction.rules.zones import HISTORY
from agent.models import Extraction, InboundEmail

DEFAULT_PO_PREFIXES = ("P", "PO")
_QUOTED_START = re.compile(r"^[ \t]*>", re.M)


def _received_at(raw: Any) -> dt.datetime:
    if not isinstance(raw, str) or not raw:
        raise ParseError("bad_received_at", "received_at is missing; give an ISO 8601 timestamp")
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ParseError("bad_received_at", f"received_at is not ISO 8601: {raw!r}") from exc


def new_text_end_of(text: str) -> int:
    """Where quoted history starts: the first reply header or ``>`` line, else the end."""
    starts = [m.start() for m in (HISTORY.search(text), _QUOTED_START.search(text)) if m]
    return min(starts) if starts else len(text)


def _from_eml(raw: str) -> tuple[str, str, dt.datetime | None]:
    message = email.message_from_string(raw, policy=email.policy.default)
    subject = str(message.get("Subject", ""))
    date_header = message.get("Date")
    date = email.utils.parsedate_to_datetime(str(date_header)) if date_header else None
    body = message.get_body(preferencelist=("plain",))
    if body is None:
        raise ParseError("no_text", "the MIME message has no text/plain part")
    return subject, str(body.get_content()).replace("\r\n", "\n").strip("\n"), date


def email_from_line(
    obj: Any, *, po_prefixes: tuple[str, ...] = DEFAULT_PO_PREFIXES, week_weekday: int = 0
) -> tuple[InboundEmail, ExtractionContext]:
    """Build the email and its context from one input object; ``ParseError`` when unusable."""
    if not isinstance(obj, dict):
        raise ParseError("not_an_object", "each line must be a JSON object")
    ident = obj.get("id")
    if not isinstance(ident, str | int) or ident == "":
        raise ParseError("no_id", "the line has no id")
    subject = str(obj.get("subject") or "")
    mime_date: dt.datetime | None = None
    if isinstance(obj.get("text"), str):
        text = obj["text"]
    elif isinstance(obj.get("eml"), str):
        subject_eml, text, mime_date = _from_eml(obj["eml"])
        subject = subject or subject_eml
    else:
        raise ParseError("no_text", "the line has neither text nor eml")
    date = _received_at(obj["received_at"]) if obj.get("received_at") else mime_date
    if date is None:
        raise ParseError("bad_received_at", "received_at is missing; give an ISO 8601 timestamp")
    end = obj.get("new_text_end")
    new_text_end = end if isinstance(end, int) and 0 <= end <= len(text) else new_text_end_of(text)
    country = obj.get("vendor_country")
    if country is not None and (not isinstance(country, str) or len(country) != 2):
        raise ParseError("bad_country", f"vendor_country must be ISO 3166 alpha-2: {country!r}")
    inbound = InboundEmail(
        message_id=str(ident),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        subject=subject,
        date=date,
        text=text,
        new_text_end=new_text_end,
        source="jsonl",
    )
    context = ExtractionContext(
        vendor_country=country.upper() if country else None,
        po_prefixes=po_prefixes,
        week_weekday=week_weekday,
    )
    return inbound, context


def extraction_to_line(ident: Any, extraction: Extraction) -> dict[str, Any]:
    """The output object of ``triage extract`` for one email."""
    return {
        "id": ident,
        "intent": extraction.intent.value,
        "secondary_intents": [i.value for i in extraction.secondary_intents],
        "po_refs": [
            {"value": r.value, "kind": r.kind, "in_quoted": r.in_quoted} for r in extraction.po_refs
        ],
        "dates": [
            {
                "value": d.value.isoformat(),
                "role": d.role.value,
                "quote": d.span.quote,
                "start": d.span.start,
                "end": d.span.end,
                "confidence": d.confidence,
            }
            for d in extraction.dates
        ],
        "lines": [
            {"product": ln.product, "qty": ln.qty, "unit": ln.unit, "quote": ln.span.quote}
            for ln in extraction.lines
        ],
        "price_changes": [
            {
                "product": p.product,
                "old_price": p.old_price,
                "new_price": p.new_price,
                "percent": p.percent,
                "currency": p.currency,
                "effective_date": p.effective_date.isoformat() if p.effective_date else None,
                "quote": p.span.quote,
            }
            for p in extraction.price_changes
        ],
        "tracking": [
            {"carrier": t.carrier, "number": t.number, "quote": t.span.quote}
            for t in extraction.tracking
        ],
        "confidence": extraction.confidence,
        "extractor": extraction.extractor,
    }
