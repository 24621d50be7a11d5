"""Snapshot the deterministic extractor's full outputs, to prove a speed-up changes nothing.

Runs ``RulesExtractor`` over the train and dev records of the labelled dataset (never test),
each under three contexts (the record's own; another country's day/month order with Friday
calendar weeks; the labelled product codes as known codes), and over the throughput
benchmark's typical emails. Writes one JSON line per extraction, or compares with a file
written before and prints the first differences.

    python benchmarks/extract_snapshot.py --write /tmp/before.jsonl
    python benchmarks/extract_snapshot.py --check /tmp/before.jsonl [--classifier]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.extraction.base import ExtractionContext
from agent.extraction.batch import email_from_line
from agent.extraction.metrics import DEFAULT_DATASET, ODOO_PREFIXES, load_records
from agent.extraction.rules import RulesExtractor
from agent.models import InboundEmail

SPLITS = ("train", "dev")


def _contexts(record: dict[str, Any], base: ExtractionContext) -> Iterator[ExtractionContext]:
    yield base
    other = "DE" if (base.vendor_country or "") in {"US", "CA", "PH"} else "US"
    yield base.model_copy(update={"vendor_country": other, "week_weekday": 4})
    codes = tuple(
        sorted({line["product"] for line in record["labels"]["lines"] if line.get("product")})
    )
    yield base.model_copy(update={"product_codes": codes})


def cases(path: Path) -> Iterator[tuple[str, InboundEmail, ExtractionContext]]:
    """Every (key, email, context) the snapshot covers, in a fixed order."""
    for record in load_records(path, SPLITS):
        email, base = email_from_line(record, po_prefixes=ODOO_PREFIXES)
        for index, context in enumerate(_contexts(record, base)):
            yield f"{record['id']}#{index}", email, context
    from benchmarks.extract_rules import typical_emails

    bench_context = ExtractionContext(vendor_country="US", po_prefixes=("P", "PO"))
    for email in typical_emails(4):
        yield email.message_id, email, bench_context


def snapshot(path: Path, *, classifier: bool) -> dict[str, str]:
    """Key -> the extraction as JSON."""
    extractor = RulesExtractor(use_classifier=classifier)
    return {
        key: extractor.extract(email, context).model_dump_json()
        for key, email, context in cases(path)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the snapshot here")
    action.add_argument("--check", type=Path, help="compare with this snapshot")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--classifier", action="store_true", help="intent by the packaged model")
    args = parser.parse_args()
    current = snapshot(args.dataset, classifier=args.classifier)
    if args.write:
        with args.write.open("w", encoding="utf-8") as handle:
            for key, value in current.items():
                handle.write(json.dumps({"key": key, "extraction": json.loads(value)}) + "\n")
        print(f"wrote {len(current)} extractions to {args.write}")
        return 0
    before: dict[str, str] = {}
    with args.check.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            before[row["key"]] = json.dumps(row["extraction"], sort_keys=True)
    now = {key: json.dumps(json.loads(value), sort_keys=True) for key, value in current.items()}
    differing = [key for key in before.keys() | now.keys() if before.get(key) != now.get(key)]
    for key in sorted(differing)[:10]:
        print(f"DIFF {key}\n  before: {before.get(key)}\n  now:    {now.get(key)}")
    print(f"{len(now)} extractions, {len(differing)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
