"""Throughput of the deterministic extractor on typical 3 KB supplier emails, on one core.

Prints JSON lines {"bench", "metric", "value", "unit"}; ``emails_per_second`` compares with
a baseline that finds dates with ``dateparser.search.search_dates`` instead of the compiled
regular expressions (only the date search, so the baseline flatters dateparser).

    python benchmarks/extract_rules.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from agent.models import InboundEmail

BODIES = [
    "Hi Laura,\n\nQuick update on P00412 - the ceramic planters (AHG-PL-18) are stuck at the "
    "port. We won't make the 11/20 delivery. Best we can do now is 12/04, 120 pcs of AHG-PL-18 "
    "and the remaining 80 units the week after. Sorry for the hassle.\n\nThanks,\nJessica\n",
    "Sehr geehrte Damen und Herren,\n\nwir bestätigen Ihre Bestellung P00518 mit Liefertermin "
    "KW 49. Die Position 2 (SW-TOPF-24) kann leider erst am 14.12.2026 geliefert werden, statt "
    "wie geplant am 03.12.2026. Unsere Auftragsnummer ist AB-2026-5531.\n\nMit freundlichen "
    "Grüßen\nMarkus Weber\n",
    "Bonjour,\n\nVotre commande PO00311 a été expédiée aujourd'hui par DHL, numéro de suivi "
    "JJD0001234567890. Livraison prévue entre le 3 et le 5 décembre.\n\nCordialement,\nClaire\n",
    "Dear Tim,\n\nPlease note our price increase of 4.5% effective 1 January 2027 on all "
    "items. Example: VX-MH-01 from USD 2.35 to USD 2.46 per piece. Orders placed before "
    "15 December keep the old price.\n\nBest regards,\nCindy\n",
]
HISTORY = (
    "\nOn Mon, Nov 2, 2026 at 3:11 PM Buyer <buyer@retail.example> wrote:\n"
    "> Hi, please confirm delivery of P00412 by 11/20 as agreed. We also need to know about\n"
    "> the other orders, especially P00398 and P00401, which are due in week 48.\n"
)


def typical_emails(count: int) -> list[InboundEmail]:
    """``count`` emails of about 3 KB: a vendor's reply over quoted history."""
    emails = []
    for index in range(count):
        body = BODIES[index % len(BODIES)]
        text = body
        while len(text) < 3000:
            text += HISTORY
        text = text[:3072]
        emails.append(
            InboundEmail(
                message_id=f"bench-{index}",
                content_hash=str(index),
                subject="Re: Purchase Order P00412",
                date=dt.datetime(2026, 11, 17, 9, 42, tzinfo=dt.UTC),
                text=text,
                new_text_end=len(body),
            )
        )
    return emails


def emit(metric: str, value: float, unit: str, **extra: float) -> None:
    row = {"bench": "extract_rules", "metric": metric, "value": round(value, 2), "unit": unit}
    row.update({k: round(v, 3) for k, v in extra.items()})
    print(json.dumps(row))


def rate(func, emails: list[InboundEmail], seconds: float) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Emails per second of process CPU time (one pinned core) and of wall-clock time.

    CPU time is the fair figure on a shared machine: it does not count time the process
    spent waiting for the core while other processes ran.
    """
    done = 0
    wall, cpu = time.perf_counter(), time.process_time()
    while True:
        for email in emails:
            func(email)
        done += len(emails)
        elapsed = time.perf_counter() - wall
        if elapsed >= seconds:
            return done / (time.process_time() - cpu), done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    seconds = 2.0 if args.quick else 8.0
    emails = typical_emails(64)
    context = ExtractionContext(vendor_country="US", po_prefixes=("P", "PO"))
    full = RulesExtractor()
    rules_only = RulesExtractor(use_classifier=False)
    full.extract(emails[0], context)

    import dateparser.search

    def dateparser_dates(email: InboundEmail) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dateparser.search.search_dates(
                email.new_text, settings={"RELATIVE_BASE": email.date.replace(tzinfo=None)}
            )

    baseline, _ = rate(dateparser_dates, emails[:8], seconds / 2)
    with_model, with_model_wall = rate(lambda e: full.extract(e, context), emails, seconds)
    without_model, _ = rate(lambda e: rules_only.extract(e, context), emails, seconds)
    emit(
        "emails_per_second",
        with_model,
        "emails/s",
        baseline=baseline,
        ratio=with_model / baseline if baseline else 0.0,
    )
    emit("emails_per_second_wall", with_model_wall, "emails/s")
    emit("emails_per_second_rules_only", without_model, "emails/s")
    emit("dateparser_search_dates_per_second", baseline, "emails/s")
    emit("load_average_1m", os.getloadavg()[0], "processes")
    emit("email_bytes", float(sum(len(e.text.encode()) for e in emails) / len(emails)), "bytes")


if __name__ == "__main__":
    main()
