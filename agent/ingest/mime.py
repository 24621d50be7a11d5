"""Raw MIME bytes to an :class:`agent.models.InboundEmail`.

The MIME structure is parsed once with the compat32 policy (the same feed parser; the
modern policy would only add header objects, at several times the cost). Headers that need
it (encoded words, 8-bit bytes, non-trivial address lists) are then decoded with the modern
policy's header factory, falling back to compat32 decoding where that raises.

The tree is walked once: text bodies (``text/plain`` preferred over ``text/html`` inside
``multipart/alternative``) become the cleaned ``text``; everything else is an attachment.
``text`` holds the vendor's new words first, then signature and quoted history (split at
``new_text_end``), then one ``--- attachment: NAME ---`` section per attachment with text,
so evidence spans can point into attachments too (see :func:`attachment_sections`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from email import policy
from email.message import Message
from email.parser import BytesParser

from agent.errors import ParseError
from agent.ingest.attachments import read_attachment
from agent.ingest.headers import (
    HEADER_ERRORS,
    decode_bytes_text,
    decode_value,
    message_ids,
    parse_addresses,
    parse_date,
    raw_headers,
    scrub,
)
from agent.ingest.html import html_to_text
from agent.ingest.limits import DEFAULT_LIMITS, Limits
from agent.ingest.quotes import split_reply
from agent.ingest.text import clean_text
from agent.models import Attachment, InboundEmail

logger = logging.getLogger(__name__)

ATTACHMENT_MARK = "--- attachment: {name} ---"
_SECTION = re.compile(r"^--- attachment: (.*) ---$", re.MULTILINE)
_KNOWN_HEADERS = frozenset(
    {
        "from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type",
        "received", "return-path", "sender", "reply-to", "delivered-to", "in-reply-to",
        "references", "content-transfer-encoding", "dkim-signature", "authentication-results",
        "x-mailer", "user-agent", "x-odoo-objects", "bcc", "thread-index", "thread-topic",
    }
)  # fmt: skip
_LONG_HEADER = 2000


def content_hash(raw: bytes) -> str:
    """sha256 hex of the raw bytes with line endings normalised to LF."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")).hexdigest()


def fallback_message_id(digest: str) -> str:
    """The Message-ID given to a message without one: stable per :func:`content_hash`."""
    return f"<{digest[:32]}@triage.local>"


def parse_email(
    raw: bytes,
    *,
    source: str = "unknown",
    limits: Limits | None = None,
    received_at: dt.datetime | None = None,
) -> InboundEmail:
    """Parse and clean one message.

    Args:
        raw: The message exactly as received.
        source: Where it came from (recorded on the result).
        limits: Caps; :data:`DEFAULT_LIMITS` when omitted.
        received_at: Used as the date when the message has no usable Date header
            (the current time when omitted).

    Returns:
        The parsed email; anything odd that was repaired is listed in ``notes``.

    Raises:
        ParseError: Not an email, empty, or over a limit; ``reason`` is a short code.
    """
    limits = limits or DEFAULT_LIMITS
    precheck(raw, limits)
    digest = content_hash(raw)
    try:
        return _parse(raw, digest, source, limits, received_at, modern=True)
    except HEADER_ERRORS as exc:
        logger.info("modern email policy failed (%s), retrying with compat32", exc)
        notes = [f"modern header parsing failed ({type(exc).__name__}); parsed with compat32"]
    try:
        return _parse(raw, digest, source, limits, received_at, modern=False, notes=notes)
    except HEADER_ERRORS as exc:
        raise ParseError("malformed", f"message structure not parseable: {exc}") from exc


def attachment_sections(email: InboundEmail) -> list[tuple[str, int, int]]:
    """``(filename, start, end)`` of each attachment section's text inside ``email.text``."""
    found = list(_SECTION.finditer(email.text, email.new_text_end))
    out = []
    for i, match in enumerate(found):
        end = found[i + 1].start() - 2 if i + 1 < len(found) else len(email.text)
        out.append((match.group(1), match.end() + 1, max(end, match.end() + 1)))
    return out


def precheck(raw: bytes, limits: Limits | None = None) -> None:
    """The checks that need no parsing: not empty, not over the size limits.

    Raises:
        ParseError: ``empty``, ``too_large`` or ``headers_too_large``.
    """
    limits = limits or DEFAULT_LIMITS
    if not raw.strip():
        raise ParseError("empty", "the message is empty")
    if len(raw) > limits.max_message_bytes:
        raise ParseError(
            "too_large", f"{len(raw)} bytes is over the {limits.max_message_bytes}-byte limit"
        )
    head = min((i for i in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if i >= 0), default=len(raw))
    if head > limits.max_header_bytes:
        raise ParseError(
            "headers_too_large",
            f"header section of {head} bytes is over the {limits.max_header_bytes}-byte limit",
        )


def _parse(
    raw: bytes,
    digest: str,
    source: str,
    limits: Limits,
    received_at: dt.datetime | None,
    *,
    modern: bool,
    notes: list[str] | None = None,
) -> InboundEmail:
    notes = list(notes or [])
    try:
        msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    except RecursionError as exc:
        raise ParseError("too_deep", "MIME nesting too deep to parse") from exc
    headers = raw_headers(msg)
    if not headers.keys() & _KNOWN_HEADERS:
        raise ParseError("not_email", "no email headers found")
    if b"\x00" in raw:
        notes.append("NUL bytes removed")
    walker = _Walker(limits, notes)
    walker.walk(msg, 0)
    walker.note_defects()

    def first(name: str) -> str | None:
        values = headers.get(name)
        if not values:
            return None
        if len(values) > 1 and name in _SINGLE:
            notes.append(f"{len(values)} {name} headers; the first is used")
        value = values[0]
        if len(value) > _LONG_HEADER:
            notes.append(f"{name} header cut at {_LONG_HEADER} characters")
            value = value[:_LONG_HEADER]
        return value

    def addresses(name: str) -> list[tuple[str, str]]:
        value = first(name)
        return parse_addresses(name, value, notes, modern=modern) if value else []

    from_pairs = addresses("from")
    if not from_pairs:
        notes.append("no usable From address")
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    reply_to = addresses("reply-to")
    sender = addresses("sender")
    to = [addr for _, addr in addresses("to")]
    if len(to) > limits.max_recipients:
        notes.append(f"{len(to)} To addresses; kept the first {limits.max_recipients}")
        to = to[: limits.max_recipients]
    ids = message_ids(first("message-id"))
    if not ids:
        notes.append("no Message-ID; a content-hash id was made")
    date = parse_date(first("date"), notes) or received_at or dt.datetime.now(dt.UTC)
    subject = first("subject")
    auth = headers.get("authentication-results")
    text, new_end = walker.assemble()
    return InboundEmail(
        message_id=ids[0] if ids else fallback_message_id(digest),
        content_hash=digest,
        subject=clean_text(decode_value("subject", subject, notes, modern=modern))
        if subject
        else "",
        from_addr=from_addr,
        from_name=from_name,
        reply_to=reply_to[0][1] if reply_to else None,
        sender=sender[0][1] if sender else None,
        to=to,
        date=date,
        in_reply_to=next(iter(message_ids(first("in-reply-to"))), None),
        references=message_ids(first("references"))[:100],
        text=text,
        new_text_end=new_end,
        attachments=walker.attachments,
        authentication_results="\n".join(scrub(v) for v in auth[:10]) if auth else None,
        notes=list(dict.fromkeys(notes)),
        source=source,
    )


_SINGLE = frozenset({"from", "date", "message-id", "subject", "reply-to", "sender", "to"})


class _Walker:
    """Walks the MIME tree once, counting parts, depth and decoded bytes against limits."""

    def __init__(self, limits: Limits, notes: list[str]) -> None:
        self.limits = limits
        self.notes = notes
        self.parts = 0
        self.decoded = 0
        self.bodies: list[str] = []
        self.attachments: list[Attachment] = []
        self.defects: set[str] = set()
        self._budget = limits.max_total_attachment_text_chars

    def walk(self, part: Message, depth: int) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise ParseError("too_many_parts", f"more than {self.limits.max_parts} MIME parts")
        if depth > self.limits.max_depth:
            raise ParseError("too_deep", f"MIME nesting deeper than {self.limits.max_depth}")
        ctype = part.get_content_type()
        payload = part.get_payload()
        if isinstance(payload, list):
            if ctype == "message/rfc822" or not ctype.startswith("multipart/"):
                for inner in payload:
                    if isinstance(inner, Message):
                        self._attached_message(part, inner, depth + 1)
                return
            children = [c for c in payload if isinstance(c, Message)]
            if ctype == "multipart/alternative" and children:
                children = [self._preferred(children)]
            for child in children:
                self.walk(child, depth + 1)
            self.defects.update(type(d).__name__ for d in part.defects)
            return
        if ctype.startswith("multipart/"):
            self.notes.append(f"{ctype} without usable parts; read as plain text")
            ctype = "text/plain"
        self._leaf(part, ctype)
        self.defects.update(type(d).__name__ for d in part.defects)

    def _preferred(self, children: list[Message]) -> Message:
        for child in children:
            if child.get_content_type() == "text/plain" and not _is_attachment(child):
                payload = child.get_payload()
                if isinstance(payload, str) and payload.strip():
                    return child
        return children[-1]

    def _decode(self, part: Message) -> bytes:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            data = b""
        self.decoded += len(data)
        if self.decoded > self.limits.max_decompressed_bytes:
            raise ParseError(
                "decompressed_too_large",
                f"decoded parts exceed {self.limits.max_decompressed_bytes} bytes",
            )
        return data

    def _leaf(self, part: Message, ctype: str) -> None:
        data = self._decode(part)
        filename = _filename(part)
        if ctype in ("text/plain", "text/html") and not filename and not _is_attachment(part):
            text = decode_bytes_text(data, part.get_content_charset(), self.notes, ctype)
            if ctype == "text/html":
                text = html_to_text(text)
            cleaned = clean_text(text)
            if cleaned:
                self.bodies.append(cleaned)
            return
        name = filename or f"part-{self.parts}{_extension(ctype)}"
        att = read_attachment(name, ctype, data, self.limits, budget=self._budget)
        if att.text:
            att = att.model_copy(update={"text": clean_text(scrub(att.text))})
            self._budget -= len(att.text or "")
        self.attachments.append(att)

    def _attached_message(self, part: Message, inner: Message, depth: int) -> None:
        nested = _Walker(self.limits, self.notes)
        nested.parts, nested.decoded = self.parts, self.decoded
        nested._budget = self._budget
        nested.walk(inner, depth)
        self.parts, self.decoded, self._budget = nested.parts, nested.decoded, nested._budget
        self.defects |= nested.defects
        heads = raw_headers(inner)
        lines = []
        for label in ("From", "Date", "Subject", "To"):
            value = (heads.get(label.lower()) or [""])[0]
            if value:
                lines.append(f"{label}: {decode_value(label, value[:_LONG_HEADER], self.notes)}")
        body = "\n\n".join(nested.bodies)
        text = clean_text("\n".join(lines) + "\n\n" + body)
        subject = (heads.get("subject") or ["message"])[0]
        name = _filename(part) or f"{clean_text(decode_value('subject', subject, self.notes))}.eml"
        cap = min(self.limits.max_attachment_text_chars, max(self._budget, 0))
        self._budget -= min(len(text), cap)
        self.attachments.append(
            Attachment(
                filename=name[:200],
                content_type="message/rfc822",
                size=sum(len(b) for b in nested.bodies),
                text=text[:cap] or None,
                note="attached message" if len(text) <= cap else "attached message, text cut",
            )
        )
        self.attachments.extend(nested.attachments)

    def note_defects(self) -> None:
        if self.defects:
            self.notes.append("MIME defects: " + ", ".join(sorted(self.defects)))

    def assemble(self) -> tuple[str, int]:
        body = "\n\n".join(self.bodies)
        if len(body) > self.limits.max_body_chars:
            self.notes.append(f"body cut at {self.limits.max_body_chars} characters")
            body = body[: self.limits.max_body_chars]
        split = split_reply(body)
        text = split.new
        new_end = len(text)
        if split.history:
            text += "\n\n" + split.history
        for att in self.attachments:
            if att.text:
                section = ATTACHMENT_MARK.format(name=att.filename) + "\n" + att.text
                text = f"{text}\n\n{section}" if text else section
        return text, new_end


def _is_attachment(part: Message) -> bool:
    return (part.get_content_disposition() or "") == "attachment"


def _filename(part: Message) -> str:
    name = part.get_filename()
    if not name:
        return ""
    return clean_text(scrub(str(name))).replace("\n", " ")[:200]


def _extension(ctype: str) -> str:
    return {"application/pdf": ".pdf", "text/csv": ".csv", "text/html": ".html"}.get(ctype, "")
