"""Comparable keys for the extracted fields that are scored as multisets per email.

Vendor document numbers and tracking numbers are written with spaces, dashes and slashes
that vary between the label and the quote ("SO 55120" and "SO-55120" are one order), so
they are compared by their letters and digits. A price change is identified by the new
price when one is given, else by the percentage: that is what a planner acts on. Both the
metrics script and ``triage evals`` use these keys, so their figures agree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def ref_key(value: str) -> str:
    """A document or tracking number's letters and digits, upper-cased."""
    return _NOT_ALNUM.sub("", value).upper()


def price_key(new_price: float | None, percent: float | None) -> str | None:
    """``new:<price>`` when a new price is given, else ``pct:<percent>``, else ``None``."""
    if new_price is not None:
        return f"new:{new_price:g}"
    if percent is not None:
        return f"pct:{percent:g}"
    return None


def price_keys(changes: Iterable[tuple[float | None, float | None]]) -> list[str]:
    """The keys of (new price, percent) pairs, sorted; a change with neither has none."""
    return sorted(key for new, percent in changes if (key := price_key(new, percent)))


def multiset_counts(
    gold: Iterable[Sequence[Hashable]], predicted: Iterable[Sequence[Hashable]]
) -> tuple[int, int, int]:
    """True positives, false positives and false negatives over paired multisets."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        gc, pc = Counter(g), Counter(p)
        both = sum((gc & pc).values())
        tp += both
        fp += sum(pc.values()) - both
        fn += sum(gc.values()) - both
    return tp, fp, fn
