"""The words around a date: its clause, its sentence, and how far a cue is from it.

A date's cues are looked for in its clause (``_clause``), in its sentence back to the last
sentence break (``_SENTENCE_START``) and in the sentence's last ``_TAIL`` characters; an
"and" or a new subject after the date starts the next date's words. A bracket about an order
inside a question states, not asks (``order_aside``).
"""

from __future__ import annotations

import re

# The patterns anchored at the date (``...$``) reach at most this far back into its sentence.
_TAIL = 110
# "Previous Est. Delivery:": an abbreviation's period ends no sentence. The breaks are
# written as one character class first, which ``re`` skips to in C, then what follows each:
# ``[!?\n]\s*|(?<!\b[Ee]st)\.\s+(?=[A-ZÄÖÜÉ])`` and ``[!?;\n]|\.\s+(?=[A-ZÄÖÜÉ])|:\s*\n``.
_SENTENCE_START = re.compile(r"[!?\n.](?:(?<=[!?\n])\s*|(?<=\.)(?<!\b[Ee]st\.)\s+(?=[A-ZÄÖÜÉ]))")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_BREAK = re.compile(r"[!?;\n.:](?:(?<=[!?;\n])|(?<=\.)\s+(?=[A-ZÄÖÜÉ])|(?<=:)\s*\n)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` begins and ends (at most 120 / 80 away)."""
    lo = max(0, start - 120)
    breaks = list(_CLAUSE_BREAK.finditer(text[lo:start]))
    if breaks:
        lo += breaks[-1].end()
    hi = min(len(text), end + 80)
    stop = _CLAUSE_BREAK.search(text[end:hi])
    if stop:
        hi = end + stop.start()
    return lo, hi


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    best: int | None = None
    for m in pattern.finditer(before):
        best = len(before) - m.end()
    first = pattern.search(after)
    if first is not None:
        distance = int(first.start() * 1.5) + 8
        if best is None or distance < best:
            best = distance
    return best


# "and" between two dates ends the first one's words: in "sale el 12/12 y llegaría a Hamburgo"
# the arrival is not the 12/12, in "liberado y el martes 20 en tu depósito" the clearance is
# not the 20th. (Dutch "en" is Spanish "in", so it is left out.)
_COORDINATOR = re.compile(r"\s(?:and|y|e|und|et)\s")
_NEXT_PART = re.compile(
    # (Dutch "en" is "and", Spanish and French "en" is "in": "el martes 20 en tu depósito")
    r"\s(?:and|und|et|y|en(?!\s+(?:tu|su|sus|vuestr[oa]|nuestr[oa]|votre|vos|notre|nos)\b)|then|"
    r"dann|puis|luego|daarna)\s+(?!\d)|"
    # "ETA Hamburg approx 27/12, we send booking when ...": a clause with its own subject
    r",\s+(?:we|i|they|wir|ich|nous|je|wij|ik)\s+(?:will\s+|'ll\s+|werden\s+|allons\s+)?"
    r"(?:send|schicken|senden|envoyons|enverrons|sturen|stuur)\b"
)
_NEXT_DATED = re.compile(r"^[^,\d]{0,3},\s+[^\W\d]+[^,\d]{0,30}\d")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# An order's name right before a bracket: "P11354 (", "PO/2026/00123 (".
_ORDER_BEFORE = re.compile(r"\b[A-Z]{1,3}[/-]?(?:\d{4}/)?\d{4,}\s*$")
# An order's name earlier in the same line: "Voor de levering van P07255 op".
_ORDER_IN_LINE = re.compile(r"\b[A-Z]{1,3}[/-]?(?:\d{4}/)?\d{4,}\b[^.!?\n]*$")
_COLON_AFTER = re.compile(r"\s*:")


def order_aside(text: str, start: int, end: int, stop: int) -> bool:
    """The date stands in an aside about an order, closed before ``stop`` (a question mark).

    A bracket: "for P11354 (the 300 camp chairs, due in your DC 14 December), do you still
    want them delivered to Hamburg?" (while "(saldría por aéreo el lunes 19/10)" inside a
    question is one of its options); a heading before a colon: "Voor de levering van P07255
    op vrijdag 11/12: mogen wij pallets van 2,20 m sturen?". The aside states the order's
    date, the question asks something else.
    """
    if _COLON_AFTER.match(text, end) is not None:
        return _ORDER_IN_LINE.search(text, max(0, start - 80), start) is not None
    if text.find(")", end, stop) < 0:
        return False
    opening = text.rfind("(", max(0, start - 80), start)
    return (
        opening >= 0
        and text.find(")", opening, start) < 0
        and "\n" not in text[opening:start]
        and _ORDER_BEFORE.search(text, max(0, opening - 20), opening) is not None
    )
