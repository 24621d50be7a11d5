"""The value types the date parsers produce, shared by the absolute and relative parsers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

Part = Literal["single", "start", "end"]


class MonthFirst:
    """An email's day/month order, worked out the first time a date needs it.

    ``bool(order)`` calls ``decide`` once and keeps its answer: most emails hold no numeric
    date whose reading depends on the order, and finding the order reads the whole email.
    """

    __slots__ = ("_answer", "_decide")

    def __init__(self, decide: Callable[[], bool]) -> None:
        self._decide = decide
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = self._decide()
        return self._answer


@dataclass(frozen=True, slots=True)
class DateSettings:
    """How to read dates in one email.

    Attributes:
        reference: the email's own date (its Date header), which relative words count from.
        month_first: read ``05/12`` as 12 May (US style) instead of 5 December; a
            ``MonthFirst`` decides it only when a date needs it.
        week_weekday: the weekday (0 = Monday) a calendar week such as "CW 49" stands for.
        zones: the stretches of text to search; ``None`` searches all of it.
    """

    reference: dt.date
    month_first: bool | MonthFirst = False
    week_weekday: int = 0
    zones: tuple[tuple[int, int], ...] | None = None


def scan(
    pattern: re.Pattern[str], text: str, zones: tuple[tuple[int, int], ...] | None
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in the zones of ``text`` only (all of it when ``zones`` is None)."""
    if zones is None:
        yield from pattern.finditer(text)
        return
    for start, end in zones:
        yield from pattern.finditer(text, start, end)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression of the text resolved to a day.

    ``text[start:end]`` is the expression. The two halves of a range share one expression
    and differ in ``part``. ``business_days`` is set for spans such as "5-7 business days",
    which the extractor counts again from the ship date once it knows it.
    """

    start: int
    end: int
    value: dt.date
    kind: str
    confidence: float
    part: Part = "single"
    business_days: int | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched expression and the dates it yields (two for a range)."""

    start: int
    end: int
    mentions: tuple[DateMention, ...] = field(default_factory=tuple)

    @property
    def length(self) -> int:
        """Characters covered; longer expressions win over the shorter ones inside them."""
        return self.end - self.start


def single(
    start: int, end: int, value: dt.date | None, kind: str, confidence: float
) -> Candidate | None:
    """A candidate with one date, or ``None`` when the value did not resolve."""
    if value is None:
        return None
    return Candidate(start, end, (DateMention(start, end, value, kind, confidence),))


def pair(
    start: int,
    end: int,
    first: dt.date | None,
    last: dt.date | None,
    kind: str,
    confidence: float,
) -> Candidate | None:
    """A range candidate: two dates on one expression, or ``None`` unless both resolve in order."""
    if first is None or last is None or last < first:
        return None
    return Candidate(
        start,
        end,
        (
            DateMention(start, end, first, kind, confidence, "start"),
            DateMention(start, end, last, kind, confidence, "end"),
        ),
    )
