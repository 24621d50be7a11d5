"""Round trips to Odoo for a batch of 100 varied supplier emails, batched vs one by one.

Runs the pipeline's reads (vendors, orders by name / vendor reference / reply thread /
vendor, products, stock, incoming, price lists, demand, buyers) through ``OdooRpcGateway``
against the Odoo emulator over real HTTP, counting the model calls the emulator received.
The baseline is a record-by-record integration: each email alone, each product alone.

    python benchmarks/odoo_roundtrips.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.config import OdooSettings
from agent.odoo.connect import connect
from agent.odoo.emulator.server import OdooEmulator
from tests.odoo.batch import read_batch, read_one_by_one, varied_emails

BENCH = "odoo_roundtrips"


def emit(metric: str, value: float, unit: str, **extra: float) -> None:
    print(json.dumps({"bench": BENCH, "metric": metric, "value": value, "unit": unit, **extra}))


def run(version: int, emails: int) -> None:
    with OdooEmulator(version=version) as emu:
        password = emu.add_api_key("admin") if version >= 19 else "admin"
        settings = OdooSettings(url=emu.url, db="triage", login="admin", password=password)
        emu.reset_calls()
        gateway = connect(settings)
        setup = len(emu.calls)
        batch = varied_emails(emu, emails)
        today = dt.date.today()
        emu.reset_calls()
        started = time.perf_counter()
        read_batch(gateway, batch, today)
        batched = len(emu.calls)
        batched_s = time.perf_counter() - started
        emu.reset_calls()
        started = time.perf_counter()
        read_one_by_one(gateway, batch, today)
        naive = len(emu.calls)
        naive_s = time.perf_counter() - started
        gateway.close()
    scale = 100 / emails
    suffix = "" if version == 17 else f"_odoo{version}"
    emit(
        f"rpc_calls_per_100_emails{suffix}",
        round(batched * scale, 1),
        "calls",
        baseline=round(naive * scale, 1),
        ratio=round(naive / max(batched, 1), 1),
    )
    emit(f"connect_reference_calls{suffix}", setup, "calls")
    emit(
        f"read_seconds_per_100_emails{suffix}",
        round(batched_s * scale, 3),
        "s",
        baseline=round(naive_s * scale, 3),
        ratio=round(naive_s / max(batched_s, 1e-9), 1),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="Odoo 17 only.")
    args = parser.parse_args()
    for version in (17,) if args.quick else (16, 17, 18, 19):
        run(version, 100)


if __name__ == "__main__":
    main()
