"""What dateparser gets right on supplier mail, beside the rules extractor's date finder.

The issue asks to use maintained libraries where they help and to measure what they get
right. ``dateparser.search.search_dates`` is the maintained way to find dates in free text,
so this scores it on the labelled dataset with every advantage we can give it: the
email's own Date header as ``RELATIVE_BASE``, future dates preferred, day/month order from
the vendor's country, and the email's language. Both finders are scored on the vendor's new
text only (before the quoted history), with the matching rule of the metrics script: the
same calendar day, found at the labelled words.

Figures (JSON lines): ``date_recall`` and ``date_precision`` of each finder, and
``commitment_exact``: for dateparser the latest date it finds (it has no roles), for the
rules the commitment they choose. The dev split by default; never the test split.

    python benchmarks/dates_vs_dateparser.py [--quick] [--split dev]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.extraction.batch import email_from_line
from agent.extraction.metrics import ODOO_PREFIXES, dataset_path, load_records
from agent.extraction.orders import primary_commitment
from agent.extraction.rules import RulesExtractor
from agent.models import InboundEmail

MONTH_FIRST = {"US", "CA", "PH"}
Found = list[tuple[dt.date, int]]


def emit(metric: str, value: float, finder: str, n: int) -> None:
    row = {"bench": "dates_vs_dateparser", "finder": finder, "metric": metric}
    sys.stdout.write(json.dumps(row | {"value": round(value, 4), "n": n}) + "\n")


def dateparser_dates(email: InboundEmail, record: dict[str, Any]) -> Found:
    """Days dateparser finds in the new text, with where each was written."""
    import dateparser.search

    country = (record.get("vendor_country") or "").upper()
    settings = {
        "RELATIVE_BASE": email.date.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "MDY" if country in MONTH_FIRST else "DMY",
    }
    text = email.new_text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = dateparser.search.search_dates(
            text, languages=[record.get("language") or "en"], settings=settings
        )
    found: Found = []
    cursor = 0
    for quote, when in hits or []:
        start = text.find(quote, cursor)
        if start < 0:
            start = text.find(quote)
        cursor = max(cursor, start + len(quote)) if start >= 0 else cursor
        found.append((when.date(), max(start, 0)))
    return found


def _matches(gold: dict[str, Any], value: dt.date, start: int) -> bool:
    return value.isoformat() == gold["value"] and gold["start"] - 30 <= start <= gold["end"] + 5


def score(pairs: list[tuple[list[dict[str, Any]], Found]]) -> tuple[float, float, int]:
    """Recall over labelled dates, precision over found dates, and the labelled count."""
    gold_n = found_n = gold_hits = found_hits = 0
    for golds, found in pairs:
        gold_n += len(golds)
        found_n += len(found)
        gold_hits += sum(any(_matches(g, v, s) for v, s in found) for g in golds)
        found_hits += sum(any(_matches(g, v, s) for g in golds) for v, s in found)
    return gold_hits / max(gold_n, 1), found_hits / max(found_n, 1), gold_n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the first 120 emails only")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    if "test" in args.split.split(","):
        parser.error("the test split is read only by `triage evals gate`")
    records = load_records(dataset_path(), args.split.split(","))
    if args.quick:
        records = records[:120]
    rules = RulesExtractor()
    ours: list[tuple[list[dict[str, Any]], Found]] = []
    theirs: list[tuple[list[dict[str, Any]], Found]] = []
    commit_n = ours_commit = theirs_commit = 0
    for record in records:
        email, context = email_from_line(record, po_prefixes=ODOO_PREFIXES)
        golds = [g for g in record["labels"]["dates"] if g["start"] < email.new_text_end]
        extraction = rules.extract(email, context)
        mine = [
            (d.value, d.span.start) for d in extraction.dates if d.span.start < email.new_text_end
        ]
        found = dateparser_dates(email, record)
        ours.append((golds, mine))
        theirs.append((golds, found))
        gold_commitment = record["labels"]["commitment_date"]
        if gold_commitment:
            commit_n += 1
            chosen = primary_commitment(email, extraction, ODOO_PREFIXES)
            ours_commit += chosen is not None and chosen.value.isoformat() == gold_commitment
            latest = max((v for v, _ in found), default=None)
            theirs_commit += latest is not None and latest.isoformat() == gold_commitment
    finders = (("rules", ours, ours_commit), ("dateparser", theirs, theirs_commit))
    for finder, pairs, hits in finders:
        recall, precision, gold_n = score(pairs)
        emit("date_recall", recall, finder, gold_n)
        emit("date_precision", precision, finder, gold_n)
        emit("commitment_exact", hits / max(commit_n, 1), finder, commit_n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
