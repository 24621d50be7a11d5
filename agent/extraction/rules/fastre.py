r"""Keeping regular expressions fast in Python's ``re`` without changing what they match.

Two things make a scan of a whole email slow in ``re``: ``IGNORECASE``, and a pattern that
does not begin with a literal character. ``re`` skips ahead to the possible first characters
of a pattern in C and tries the whole pattern only there; a pattern that begins with a
look-behind (``(?<!\w)``) or with ``IGNORECASE`` letters is tried at every position.

- ``fold`` lower-cases text one character for one, so a case-sensitive lower-case pattern
  (``lower_case_only``) matched on the folded text stands in for an ``IGNORECASE`` one, with
  the same offsets.
- ``not_after`` writes ``(?<!X)(?:word|...)`` as ``w(?<!Xw)ord|...``: the same matches,
  but each branch begins with its literal first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """``text`` lower-cased with ``len(fold(text)) == len(text)``.

    ``str.lower`` turns a few characters into two (``İ``); those keep their first, which is
    the simple lower-case mapping ``re.IGNORECASE`` compares with. Cached: every parser of
    one email folds the same text.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower()[0] for char in text)


def lower_case_only(pattern: str) -> bool:
    """Whether ``pattern`` has no upper-case letter outside escapes and group syntax."""
    literal = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)
    return literal == literal.lower()


def not_after(forbidden: str, branches: Iterable[str]) -> str:
    r"""``(?<!forbidden)(?:branch|...)`` with the look-behind moved after each first character.

    ``forbidden`` is one character class (``[\w/-]``); each branch must begin with a literal
    character (not an escape, class or group). After that character, the look-behind checks
    the two characters ending there: the one before the match, and the first character.
    """
    parts = []
    for branch in branches:
        first = branch[0]
        if first in "\\[(.^$|?*+{":
            raise ValueError(f"branch must begin with a literal character: {branch!r}")
        escaped = re.escape(first)
        parts.append(f"{escaped}(?<!{forbidden}{escaped}){branch[1:]}")
    return "(?:" + "|".join(parts) + ")"
