"""Parse-and-clean throughput of parse_email against bare email.message_from_bytes.

Prints one JSON object per figure per line. The corpus is 10,000 generated supplier
messages of about 3 KB (plain, HTML, quoted replies, multipart/alternative); ``--quick``
uses 2,000. Target: the full parse costs no more than 4x the bare parse (ratio >= 0.25).
"""

from __future__ import annotations

import argparse
import email
import json
import random
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.ingest import parse_email

VENDORS = [
    ("Wood Corner", "woodcorner.com"),
    ("Acme Supplies", "acme-supplies.de"),
    ("Nordic Textiles", "nordic-tex.se"),
    ("Bella Ceramica", "bellaceramica.it"),
]
SENTENCES = [
    "We can only ship {q} of {t} units of {sku} on {d}.",
    "The new ETA for purchase order {po} is week {w}.",
    "Due to a shortage of raw material, delivery of {sku} moves to {d}.",
    "Please note our prices increase by {p}% from 1 January.",
    "Order {po} is confirmed for delivery on {d}, tracking follows.",
    "Item {sku} has been discontinued; we cancel the remaining {q} units.",
    "Our warehouse is closed between Christmas and New Year.",
    "Partial shipment of {q} pieces left today with DHL, rest on {d}.",
]
QUOTE = (
    "Dear supplier,\nplease confirm purchase order {po} for {t} units of {sku} by {d}.\n"
    "Our warehouse needs the goods before the end of the month.\nKind regards\nPurchasing\n"
)


def _sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES).format(
        q=rng.randint(5, 200), t=rng.randint(200, 500), sku=f"SKU-{rng.randint(1000, 9999)}",
        d=f"2024-12-{rng.randint(1, 28):02d}", po=f"P{rng.randint(1, 99999):05d}",
        w=rng.randint(1, 52), p=rng.randint(2, 9),
    )  # fmt: skip


def _body(rng: random.Random, size: int) -> str:
    lines = ["Hello,", ""]
    while sum(len(x) + 1 for x in lines) < size:
        lines.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))))
    return "\n".join(lines)


def make_message(rng: random.Random, n: int) -> bytes:
    name, domain = rng.choice(VENDORS)
    msg = EmailMessage()
    msg["From"] = f'"{name}" <sales@{domain}>'
    msg["To"] = "Purchasing <purchase@retail.example>"
    msg["Subject"] = f"Re: Purchase Order P{n:05d}"
    msg["Date"] = "Tue, 03 Dec 2024 10:00:00 +0100"
    msg["Message-ID"] = f"<bench-{n}@{domain}>"
    msg["In-Reply-To"] = f"<{n}.1795718044-openerp-{n}-purchase.order@odoo>"
    msg["References"] = f"<{n}.1795718044-openerp-{n}-purchase.order@odoo>"
    msg["Authentication-Results"] = (
        f"mx.retail.example; spf=pass smtp.mailfrom={domain}; dmarc=pass"
    )
    kind = n % 10
    if kind < 4:
        msg.set_content(_body(rng, 2600) + f"\n\nBest regards,\n{name}\n")
    elif kind < 7:
        quote = "\n".join("> " + line for line in QUOTE.format(
            po=f"P{n:05d}", t=300, sku="SKU-1234", d="2024-12-01").splitlines())  # fmt: skip
        msg.set_content(
            _body(rng, 1500) + f"\n\n-- \n{name}\nSales\n\nOn Mon, 2 Dec 2024 at 09:00, "
            f"Purchasing <purchase@retail.example> wrote:\n{quote}\n"
        )
    else:
        text = _body(rng, 1200)
        html = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        msg.set_content(text)
        msg.add_alternative(
            f"<html><head><style>p{{margin:0}}</style></head><body>{html}"
            f"<div>Best regards<br>{name}</div></body></html>",
            subtype="html",
        )
        if kind == 9:
            msg.get_body(("plain",)).set_content("")  # HTML-only in substance  # type: ignore[union-attr]
    return msg.as_bytes()


def _seconds(func: Callable[[bytes], object], corpus: list[bytes]) -> float:
    started = time.perf_counter()
    for raw in corpus:
        func(raw)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 messages, best of two passes")
    args = parser.parse_args()
    rng = random.Random(20241203)
    count = 2000 if args.quick else 10_000
    corpus = [make_message(rng, n) for n in range(count)]
    repeat = 2 if args.quick else 3
    for raw in corpus[:50]:
        parse_email(raw)  # warm caches and imports
    bare_best = full_best = float("inf")
    for _ in range(repeat):  # interleaved, best of each: robust to a busy machine
        bare_best = min(bare_best, _seconds(email.message_from_bytes, corpus))
        full_best = min(full_best, _seconds(parse_email, corpus))
    bare, full = count / bare_best, count / full_best
    avg = sum(len(r) for r in corpus) / len(corpus)
    figures = [
        {"bench": "ingest_parse", "metric": "messages_per_second", "value": round(full, 1),
         "unit": "messages/s", "baseline": round(bare, 1), "ratio": round(full / bare, 3)},
        {"bench": "ingest_parse", "metric": "cost_ratio_vs_bare_parse",
         "value": round(bare / full, 2), "unit": "x", "target": 4.0},
        {"bench": "ingest_parse", "metric": "corpus_messages", "value": count,
         "unit": "messages"},
        {"bench": "ingest_parse", "metric": "mean_message_bytes", "value": round(avg),
         "unit": "bytes"},
    ]  # fmt: skip
    for figure in figures:
        print(json.dumps(figure))


if __name__ == "__main__":
    main()
