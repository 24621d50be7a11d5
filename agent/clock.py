"""The clock seam: real time in the service, a fixed or stepped clock in the demo and tests."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Tells the time (always time-zone aware)."""

    def now(self) -> dt.datetime:
        """The current time."""
        ...


class SystemClock:
    """Wall-clock time in UTC."""

    def now(self) -> dt.datetime:
        """The current time."""
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that stands still until told to move."""

    def __init__(self, at: dt.datetime) -> None:
        """Start at ``at`` (aware)."""
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at

    def now(self) -> dt.datetime:
        """The set time."""
        return self._at

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock forward."""
        self._at += delta
