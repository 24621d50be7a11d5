"""Calendar arithmetic the date parsers share: years for dates without one, weeks, workdays.

The functions that resolve a day are pure and called with few distinct arguments (the emails
of a batch share dates), so they are cached.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=4096)
def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when the numbers do not make one (31 February, month 13)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


@lru_cache(maxsize=4096)
def nearest_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``reference``, leaning to the future.

    Vendors write about what comes next, so a past date counts twice its distance: on
    20 December "5 Jan" is next year's, on 10 January "20 Dec" is last year's.
    """
    best: tuple[int, dt.date] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = valid_date(year, month, day)
        if candidate is None:
            continue
        delta = (candidate - reference).days
        cost = -2 * delta if delta < 0 else delta
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def latest_on_or_before(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The last date with this month and day on or before ``reference`` (a past event)."""
    for year in (reference.year, reference.year - 1):
        candidate = valid_date(year, month, day)
        if candidate is not None and candidate <= reference:
            return candidate
    return None


def full_year(year: int) -> int:
    """Two-digit years are this century's."""
    return 2000 + year if year < 100 else year


def last_day_of_month(year: int, month: int) -> dt.date:
    """The month's last calendar day."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clipped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@lru_cache(maxsize=4096)
def week_day(year: int, week: int, weekday: int) -> dt.date | None:
    """The given weekday (0 = Monday) of ISO week ``week`` of ``year``."""
    try:
        return dt.date.fromisocalendar(year, week, weekday + 1)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def nearest_week(week: int, weekday: int, reference: dt.date) -> dt.date | None:
    """The weekday of calendar week ``week`` in the ISO year that puts it nearest ``reference``."""
    best: tuple[int, dt.date] | None = None
    iso_year = reference.isocalendar()[0]
    for year in (iso_year - 1, iso_year, iso_year + 1):
        candidate = week_day(year, week, weekday)
        if candidate is None:
            continue
        delta = (candidate - reference).days
        cost = -2 * delta if delta < 0 else delta
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def monday_of(day: dt.date) -> dt.date:
    """Monday of the week ``day`` falls in."""
    return day - dt.timedelta(days=day.weekday())


def add_business_days(start: dt.date, days: int) -> dt.date:
    """``days`` working days (Monday to Friday) after ``start``."""
    current = start
    remaining = days
    while remaining > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def next_weekday(reference: dt.date, weekday: int, *, allow_today: bool = False) -> dt.date:
    """The first ``weekday`` after ``reference`` (or on it, when ``allow_today``)."""
    ahead = (weekday - reference.weekday()) % 7
    if ahead == 0 and not allow_today:
        ahead = 7
    return reference + dt.timedelta(days=ahead)
