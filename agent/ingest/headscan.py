"""The identity of a raw message without parsing it: Message-ID and content hash.

Accepting a message over HTTP needs only its deduplication key, which must be the one
:func:`agent.ingest.mime.parse_email` will find later (so a copy taken in by ``triage ingest``
and one posted to the API are the same email). The header block is scanned by hand when it
is plain (lines ending in LF or CRLF, every line a ``Name: value`` header or a folded
continuation); anything else (bare CR, an mbox ``From`` line, a line that is not a header)
goes through the standard library's header parser, the same one ``parse_email`` runs, on the
header block only. Either way the value is unfolded like :func:`agent.ingest.headers.raw_headers`
does and read with :func:`agent.ingest.headers.message_ids`; a message without one gets
:func:`agent.ingest.mime.fallback_message_id` of its content hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser

from agent.ingest.headers import message_ids, raw_headers
from agent.ingest.mime import content_hash, fallback_message_id

_LONG_HEADER = 2000  # parse_email cuts single headers here before reading them
_HEADER_LINE = re.compile(r"[\x21-\x39\x3b-\x7e]+:")
_BARE_CR = re.compile(rb"\r(?!\n)")
_FIRST_BLANK = re.compile(rb"\n\n|\n\r|\r\r")


@dataclass(frozen=True)
class MessageKey:
    """What makes two copies of a message the same email."""

    message_id: str
    content_hash: str


def message_key(raw: bytes) -> MessageKey:
    """The Message-ID (or the stable stand-in) and the content hash of raw bytes."""
    digest = content_hash(raw)
    values = _fast_message_id_values(raw)
    if values is None:
        values = _parsed_message_id_values(raw)
    ids = message_ids(values[0][:_LONG_HEADER]) if values else []
    return MessageKey(
        message_id=ids[0] if ids else fallback_message_id(digest), content_hash=digest
    )


def _fast_message_id_values(raw: bytes) -> list[str] | None:
    """Message-ID values of a plain header block; ``None`` when the block is not plain."""
    blank = [i for i in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if i >= 0]
    block = raw[: min(blank) + 1] if blank else raw
    if _BARE_CR.search(block) or block.startswith((b"From ", b" ", b"\t")):
        return None
    found: list[list[str]] = []
    in_message_id = False
    for line in block.decode("ascii", "surrogateescape").split("\n"):
        line = line.removesuffix("\r")
        if not line:
            continue
        if line[0] in " \t":
            if in_message_id:
                found[-1].append(line)
            continue
        if line.startswith("From ") or not _HEADER_LINE.match(line):
            return None
        name, value = line.split(":", 1)
        in_message_id = name.lower() == "message-id"
        if in_message_id:
            found.append([value.lstrip(" \t")])
    return ["".join(parts).strip() for parts in found]


def _parsed_message_id_values(raw: bytes) -> list[str]:
    """Message-ID values as the standard library's parser reads the header block."""
    blank = _FIRST_BLANK.search(raw)
    head = raw[: blank.start() + 3] if blank else raw
    msg = BytesParser(policy=policy.compat32).parsebytes(head, headersonly=True)
    return raw_headers(msg).get("message-id", [])
