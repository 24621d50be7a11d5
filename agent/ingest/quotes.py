"""Separate the vendor's new words from quoted history, signatures and forwarding.

Replies carry the whole thread below the new text. Extraction must only believe the new
text, but the history still names the purchase order, so both are kept: :func:`split_reply`
returns the new text and everything else (signature first, then history, in the order they
appeared). A forwarded message counts as new text: the forwarder hands us its content, so
the marker, its header block and the forwarded message's own new text are kept in ``new``
while the forwarded message's history and signature go to ``history``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FLAGS = re.IGNORECASE

_QUOTE_LINE = re.compile(r"^\s*>")
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|mensaje original|oorspronkelijk bericht|messaggio originale)"
    r"\s*-{2,}\s*$",
    _FLAGS,
)
_ATTRIBUTION_WORDS = frozenset({"on ", "am ", "le ", "el ", "op ", "il "})
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_ATTRIBUTION_START = re.compile(r"^\s*(on|am|le|el|op|il)\s+\S", _FLAGS)
_ATTRIBUTION_END = re.compile(
    r"(\bwrote|\bschrieb|a\s+écrit|escribió|schreef|ha\s+scritto)(\s+\S.*)?\s*:\s*$", _FLAGS
)
_ADDRESS_ATTRIBUTION = re.compile(
    r"^.{0,120}<[^<>@\s]+@[^<>\s]+>\s*(wrote|schrieb|a\s+écrit|escribió|schreef)\s*:\s*$",
    _FLAGS,
)
_HEADER_FROM = re.compile(r"^\s*\*?(from|von|de|van|da)\s?\*?:\*?\s*\S", _FLAGS)
_HEADER_SENT = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|envoyé|date d'envoi|enviado( el)?|fecha|"
    r"verzonden|verstuurd|datum|inviato|data)\s?\*?:", _FLAGS
)  # fmt: skip
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré|"
    r"mensaje reenviado|doorgestuurd bericht|messaggio inoltrato)\s*-{2,}|"
    r"begin forwarded message:|anfang der weitergeleiteten (e-mail|nachricht):|"
    r"début du message réexpédié\s*:)\s*$",
    _FLAGS,
)
_FORWARD_HEADER = re.compile(r"^\s*\*?[\w'À-ÿ -]{2,24}\s?\*?:")
_DASH_LINES = frozenset({"--", "—", "__"})
_MOBILE_MAX = 60
_MOBILE = re.compile(
    r"^\s*(sent from my \w+|sent from (outlook|mail) for \w+|get outlook for \w+|"
    r"von meinem \w+ gesendet|envoyé de mon \w+|enviado desde mi \w+|"
    r"verzonden vanaf mijn \w+)\b.*$",
    _FLAGS,
)
_SIGN_OFF = re.compile(
    r"^\s*((best|kind|warm|warmest|kindest|many)\s+)?(regards|greetings|wishes)\b|"
    r"^\s*(thanks|thank you|many thanks|cheers|sincerely|yours (sincerely|faithfully|truly)|"
    r"mit freundlichen gr(ü|ue)(ß|ss)en|freundliche gr(ü|ue)(ß|ss)e|viele gr(ü|ue)(ß|ss)e|"
    r"beste gr(ü|ue)(ß|ss)e|liebe gr(ü|ue)(ß|ss)e|gru(ß|ss)|mfg|"
    r"cordialement|bien cordialement|salutations|bien à vous|"
    r"saludos|saludos cordiales|un saludo|atentamente|"
    r"met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|mvg)\b[\s,.!]*$",
    _FLAGS,
)
_SIGN_OFF_MAX_LINE = 60
_SIGN_OFF_MAX_FOLLOWING = 6


@dataclass(frozen=True)
class SplitBody:
    """The result of :func:`split_reply`."""

    new: str
    history: str
    markers: list[str] = field(default_factory=list)


def split_reply(text: str) -> SplitBody:
    """Split a cleaned body into the new text and its signature plus quoted history.

    Args:
        text: A cleaned body (LF line endings).

    Returns:
        ``new`` (never empty unless ``text`` is: a body that is all quote stays new),
        ``history`` and the kinds of marker found (``quote``, ``signature``, ``forward``).
    """
    lines = text.split("\n")
    quote = _first_quote(lines)
    forward = _first_forward(lines)
    if forward is not None and (quote is None or forward < quote):
        return _split_forward(lines, forward)
    end = quote if quote is not None else len(lines)
    sig = _first_signature(lines, end)
    cut = min(x for x in (quote, sig, len(lines)) if x is not None)
    new = "\n".join(lines[:cut]).strip("\n")
    if not new.strip():
        return SplitBody(text.strip("\n"), "", [])
    markers = [name for name, at in (("signature", sig), ("quote", quote)) if at is not None]
    return SplitBody(new, "\n".join(lines[cut:]).strip("\n"), markers)


def _split_forward(lines: list[str], at: int) -> SplitBody:
    note = split_reply("\n".join(lines[:at])) if at else SplitBody("", "")
    body_at = at + 1
    while body_at < len(lines) and not lines[body_at].strip():
        body_at += 1
    while body_at < len(lines) and _FORWARD_HEADER.match(lines[body_at]):
        body_at += 1
    header = "\n".join(lines[at:body_at]).strip("\n")
    inner = split_reply("\n".join(lines[body_at:]).strip("\n"))
    new = "\n\n".join(p for p in (note.new, header, inner.new) if p.strip())
    history = "\n\n".join(p for p in (note.history, inner.history) if p.strip())
    return SplitBody(new, history, ["forward", *note.markers, *inner.markers])


def _first_forward(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if _FORWARD.match(line):
            return i
    return None


def _first_quote(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped:
            continue
        first = stripped[0]
        if first == ">":
            return i
        if first == "-" and _SEPARATOR.match(line):
            return i
        if first == "_" and _UNDERSCORES.match(line):
            if i + 1 < len(lines) and _outlook_block(lines, i + 1):
                return i
            continue
        if (
            stripped[:3].lower() in _ATTRIBUTION_WORDS
            and _ATTRIBUTION_START.match(line)
            and _attribution_ends(lines, i)
        ):
            return i
        if ":" not in line:
            continue
        if line.rstrip().endswith(":") and _ADDRESS_ATTRIBUTION.match(line):
            return i
        if _outlook_block(lines, i):
            return i
    return None


def _attribution_ends(lines: list[str], start: int) -> bool:
    for line in lines[start : start + 3]:
        if _ATTRIBUTION_END.search(line):
            return True
        if not line.strip():
            return False
    return False


def _outlook_block(lines: list[str], start: int) -> bool:
    if not _HEADER_FROM.match(lines[start]):
        return False
    return any(_HEADER_SENT.match(line) for line in lines[start + 1 : start + 5])


def _first_signature(lines: list[str], end: int) -> int | None:
    dashes = next((i for i in range(end) if lines[i].rstrip() in _DASH_LINES), None)
    mobile = next(
        (i for i in range(end) if len(lines[i]) < _MOBILE_MAX and _MOBILE.match(lines[i])), None
    )
    limit = min(x for x in (dashes, mobile, end) if x is not None)
    sign_off = None
    first_text = next((i for i in range(limit) if lines[i].strip()), None)
    for i in range(limit):
        line = lines[i]
        if i == first_text or len(line) > _SIGN_OFF_MAX_LINE or not _SIGN_OFF.match(line):
            continue
        following = sum(1 for rest in lines[i + 1 : limit] if rest.strip())
        if following <= _SIGN_OFF_MAX_FOLLOWING:
            sign_off = i
            break
    found = [x for x in (dashes, mobile, sign_off) if x is not None]
    return min(found) if found else None
