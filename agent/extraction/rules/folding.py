"""Lower-case text one character for one, for patterns matched without ``re.IGNORECASE``.

Python's ``re`` runs ``IGNORECASE`` patterns several times slower than case-sensitive ones.

A pattern matched on the folded text must be written in lower case (``lower_case_only``
checks it); offsets into the folded text are offsets into the original.
"""

from __future__ import annotations

import re


def fold(text: str) -> str:
    """``text`` lower-cased with ``len(fold(text)) == len(text)``.

    ``str.lower`` turns a few characters into two (``İ``); those keep their first, which is
    the simple lower-case mapping ``re.IGNORECASE`` compares with.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower()[0] for char in text)


def lower_case_only(pattern: str) -> bool:
    """Whether ``pattern`` has no upper-case letter outside a backslash escape."""
    literal = re.sub(r"\\.", "", pattern)
    return literal == literal.lower()
