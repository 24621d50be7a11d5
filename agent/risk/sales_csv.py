"""Read a daily sales CSV (``date,item,store,sales``) into a demand matrix.

Each item x store becomes a series over every day from the first to the last date in the
file; a day without a row is a day without sales. Bad rows are counted and skipped, never
fatal; a file without the columns or with too few days raises ``SalesFileError``.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from agent.errors import TriageError

log = logging.getLogger(__name__)

COLUMNS = ("date", "item", "store", "sales")


class SalesFileError(TriageError):
    """A sales file that cannot be used at all."""

    exit_code = 2


@dataclass(frozen=True)
class SalesData:
    """Demand matrix ``(series, days)`` with the series keys and the skipped rows."""

    demand: np.ndarray
    keys: list[tuple[str, str]]
    start: dt.date
    errors: list[str] = field(default_factory=list)


def load_sales_csv(path: Path, min_days: int = 0) -> SalesData:
    """Load ``path``; rows with an unreadable date or number are skipped and reported."""
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise SalesFileError(f"cannot read sales file {path}: {exc}") from exc
    rows: list[tuple[dt.date, tuple[str, str], float]] = []
    errors: list[str] = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SalesFileError(f"{path} lacks the columns {missing}; expected {list(COLUMNS)}")
        for n, rec in enumerate(reader, start=2):
            try:
                day = dt.date.fromisoformat(rec["date"].strip())
                qty = float(rec["sales"])
            except (ValueError, AttributeError) as exc:
                errors.append(f"line {n}: {exc}")
                continue
            if not np.isfinite(qty) or qty < 0:
                errors.append(f"line {n}: sales {rec['sales']!r} is not a count")
                continue
            rows.append((day, (rec["item"].strip(), rec["store"].strip()), qty))
    if not rows:
        raise SalesFileError(f"{path} holds no usable rows")
    start = min(r[0] for r in rows)
    days = (max(r[0] for r in rows) - start).days + 1
    if days < min_days:
        raise SalesFileError(f"{path} covers {days} days; the backtest needs at least {min_days}")
    keys = sorted({r[1] for r in rows})
    index = {k: i for i, k in enumerate(keys)}
    demand = np.zeros((len(keys), days), dtype=np.float32)
    for day, key, qty in rows:
        demand[index[key], (day - start).days] += qty
    if errors:
        log.warning("%s: skipped %d bad rows", path, len(errors))
    return SalesData(demand, keys, start, errors)
