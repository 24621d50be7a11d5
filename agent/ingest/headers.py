"""Header decoding that never raises: RFC 2047 words, raw 8-bit bytes, broken charsets.

Values come from ``Message.raw_items()`` (the parser's untouched strings, with 8-bit bytes
kept as surrogate escapes). Encoded words go through the modern policy's header factory;
where it raises, the compat32 ``decode_header`` path is tried, and last the raw text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.errors
import email.header
import email.utils
import re
from email import policy
from email.message import Message

HEADER_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    LookupError,
    AssertionError,
    email.errors.MessageError,
)
"""What the stdlib email package raises on malformed headers (it is not consistent)."""

_DATE_ERRORS: tuple[type[Exception], ...] = (*HEADER_ERRORS, OverflowError)
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r?\n")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_IN_ADDRESS = re.compile(r'[\s<>",;()\[\]\\]')
# One plain address, optionally with a display name that needs no decoding or unquoting.
_ADDR = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_SIMPLE_ADDRESS = re.compile(
    rf'^\s*(?:(?:"([^"\\=<>]*)"|([A-Za-z0-9 .\'_-]*?))\s*<({_ADDR})>|({_ADDR}))\s*$'
)
_MSG_ID = re.compile(r"<([^<>\s]{1,500})>")


def scrub(text: str) -> str:
    """Replace lone surrogates (from 8-bit bytes or broken decoders) so the text is valid."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def raw_headers(msg: Message) -> dict[str, list[str]]:
    """Header values by lower-case name, unfolded, in the order they appear."""
    out: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        text = str(value)
        if "\n" in text:
            text = _FOLD.sub("", text)
        out.setdefault(str(name).strip().lower(), []).append(text.strip())
    return out


def decode_bytes_text(data: bytes, charset: str | None, notes: list[str], where: str) -> str:
    """Decode bytes with the declared charset, falling back without ever raising.

    Unknown charsets and bytes invalid in the declared one are decoded as UTF-8 when they
    are valid UTF-8, otherwise with replacement characters; each fallback adds a note.
    """
    declared = (charset or "").strip().strip("\"'").lower()
    codec = None
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            notes.append(f"unknown charset {declared[:40]!r} in {where}")
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fallback = codec or "cp1252"
        try:
            text = data.decode(fallback, "replace")
        except LookupError:
            fallback = "cp1252"
            text = data.decode(fallback, "replace")
        notes.append(
            f"{where}: bytes invalid in {declared or 'undeclared charset'}, "
            f"decoded as {fallback} with replacement characters"
        )
        return scrub(text)
    if codec and codec != "utf-8":
        notes.append(f"{where}: bytes invalid in {declared}, decoded as utf-8")
    return text


def _eight_bit(value: str, notes: list[str], name: str) -> str:
    data = value.encode("ascii", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        notes.append(f"8-bit {name} header decoded as cp1252")
        return data.decode("cp1252", "replace")


def decode_value(name: str, value: str, notes: list[str], *, modern: bool = True) -> str:
    """Decode one raw header value to text (RFC 2047 words and 8-bit bytes included)."""
    if not value.isascii() and _SURROGATE.search(value):
        value = _eight_bit(value, notes, name)
    if "=?" not in value:
        return value
    if modern:
        try:
            header = policy.default.header_factory(name, value)
            if header.defects:
                kinds = sorted({type(d).__name__ for d in header.defects})
                notes.append(f"{name} header defects: {', '.join(kinds)}")
            return scrub(str(header))
        except HEADER_ERRORS:
            notes.append(f"{name}: modern header parser failed, used compat32 decoding")
    try:
        pieces = email.header.decode_header(value)
    except HEADER_ERRORS:
        notes.append(f"{name}: encoded words not decodable, kept raw")
        return value
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, str):
            out.append(chunk)
        else:
            out.append(decode_bytes_text(chunk, charset, notes, f"{name} header"))
    return scrub("".join(out))


def parse_addresses(
    name: str, value: str, notes: list[str], *, modern: bool = True
) -> list[tuple[str, str]]:
    """``(display name, address)`` pairs of an address header; address lower-cased."""
    if not value.isascii() and _SURROGATE.search(value):
        value = _eight_bit(value, notes, name)
    simple = _SIMPLE_ADDRESS.match(value)
    if simple:
        display = (simple.group(1) or simple.group(2) or "").strip()
        return [(display, (simple.group(3) or simple.group(4)).lower())]
    if modern:
        try:
            header = policy.default.header_factory(name, value)
            found = [
                (scrub(a.display_name), scrub(a.addr_spec).lower())
                for a in getattr(header, "addresses", ())
            ]
            if found or not value.strip():
                return _plausible(name, found, notes)
        except HEADER_ERRORS:
            notes.append(f"{name}: modern address parser failed, used compat32 parsing")
    try:
        pairs = email.utils.getaddresses([value])
    except HEADER_ERRORS:
        notes.append(f"{name}: addresses not parseable")
        return []
    decoded = [(decode_value(name, n, notes, modern=False), a.strip().lower()) for n, a in pairs]
    return _plausible(name, decoded, notes)


def _plausible(name: str, pairs: list[tuple[str, str]], notes: list[str]) -> list[tuple[str, str]]:
    kept = [(n, a) for n, a in pairs if "@" in a.strip("@") and not _NOT_IN_ADDRESS.search(a)]
    if len(kept) < len([a for _, a in pairs if a]):
        notes.append(f"{name}: dropped addresses that are not addresses")
    return kept


def parse_date(value: str | None, notes: list[str]) -> dt.datetime | None:
    """The Date header as an aware datetime (UTC assumed where the zone is missing)."""
    if not value:
        notes.append("no Date header")
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except _DATE_ERRORS:
        notes.append(f"Date header not understood: {value[:60]!r}")
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when


def message_ids(value: str | None) -> list[str]:
    """Every ``<id>`` in a Message-ID, In-Reply-To or References value, first wins."""
    if not value:
        return []
    value = scrub(value)
    found = [f"<{m}>" for m in _MSG_ID.findall(value)]
    if not found:
        bare = value.strip()
        if bare and "@" in bare and " " not in bare and len(bare) <= 500:
            found = [f"<{bare.strip('<>')}>"]
    return list(dict.fromkeys(found))
