"""Several cue patterns scanned as one, to learn at once that none of them matches.

Most cue patterns find nothing around most dates, yet each costs a scan of the words: one
pattern made of all their alternatives (``any_of``) scans them once. It has a match exactly
where one of the patterns has one (an alternation matches at a place where one of its
alternatives does), so a text it finds nothing in needs none of the patterns tried.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import by_first_literal


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that finds a match in a text exactly when one of ``patterns`` does.

    The patterns must share their flags and have no groups; their alternatives are grouped by
    the literal they begin with (``fastre.by_first_literal``), so ``re`` skips ahead to them.
    """
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or any(pattern.groups for pattern in patterns):
        raise ValueError("any_of needs patterns with one set of flags and no groups")
    return re.compile(by_first_literal("|".join(p.pattern for p in patterns)), flags.pop())
