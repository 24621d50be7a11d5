"""Pipeline throughput: ``intake`` + ``process_emails`` on generated supplier email.

Usage: python benchmarks/pipeline.py [--quick] [--emails N] [--batch 50] [--profile FILE]

The emails are the bundled scenario's inbox (33 supplier emails) repeated with a fresh
Message-ID, a Date moved by a few minutes and, where an email names one order, another
open order of the same vendor, so later copies update the recommendations earlier ones
opened (as a real mailbox does). They run in batches of 50 on a fresh SQLite store
against the ScenarioGateway with the deterministic extractor, like ``triage demo``.

Prints one JSON object per figure: ``emails_per_second`` (wall), ``cpu_ms_per_email``
(process CPU time, robust on a shared machine) and ``demo_cpu_seconds`` (the 33-email
bundled inbox once, through the same two calls) and ``cpu_ms_per_email_grown_store`` (a
service's steady state: batches of 5 on a store already holding 2,000 emails; 400 with
``--quick``). ``--profile FILE`` writes cProfile
statistics of the timed run to FILE (then the figures include the profiler's overhead).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import email.utils
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BATCH = 50
GROWN_BATCH = 5
INBOX = ROOT / "agent" / "scenario" / "inbox"
ORDER_NAME = re.compile(rb"\bP00\d{3}\b")
MESSAGE_ID = re.compile(rb"^Message-ID: *<([^>]*)>", re.MULTILINE | re.IGNORECASE)
DATE = re.compile(rb"^Date: *(.*)$", re.MULTILINE)


def emit(metric: str, value: float, unit: str, **extra: object) -> None:
    """One figure as a JSON line."""
    row: dict[str, object] = {"bench": "pipeline", "metric": metric, "value": round(value, 4)}
    row["unit"] = unit
    row.update(extra)
    print(json.dumps(row), flush=True)


def inbox_messages() -> list[bytes]:
    """The bundled inbox, in a stable order."""
    return [path.read_bytes() for path in sorted((INBOX / "new").iterdir())] + [
        path.read_bytes() for path in sorted((INBOX / "cur").iterdir())
    ]


def generate(n: int) -> list[bytes]:
    """``n`` supplier emails: the inbox repeated with new ids, dates and order references."""
    from agent.scenario.build import load_scenario

    by_vendor: dict[int, list[str]] = {}
    vendor_of: dict[str, int] = {}
    for order in load_scenario().orders:
        by_vendor.setdefault(order.partner_id, []).append(order.name)
        vendor_of[order.name] = order.partner_id
    templates = inbox_messages()
    out: list[bytes] = []
    for i in range(n):
        raw, copy = templates[i % len(templates)], i // len(templates)
        if copy:
            raw = _vary(raw, i, copy, by_vendor, vendor_of)
        out.append(raw)
    return out


def _vary(
    raw: bytes, i: int, copy: int, by_vendor: dict[int, list[str]], vendor_of: dict[str, int]
) -> bytes:
    raw = MESSAGE_ID.sub(lambda m: b"Message-ID: <bench%d." % i + m.group(1) + b">", raw, 1)
    found = DATE.search(raw)
    if found:
        sent = email.utils.parsedate_to_datetime(found.group(1).decode().strip())
        moved = email.utils.format_datetime(sent + dt.timedelta(minutes=copy % 90))
        raw = raw[: found.start(1)] + moved.encode() + raw[found.end(1) :]
    names = {m.decode() for m in ORDER_NAME.findall(raw)}
    if len(names) == 1:
        (name,) = names
        siblings = by_vendor.get(vendor_of.get(name, -1), [name])
        other = siblings[copy % len(siblings)]
        raw = raw.replace(name.encode(), other.encode())
    return raw


def make_deps(tmp: Path, like=None):  # type: ignore[no-untyped-def]
    """Deps like ``triage demo``: scenario gateway and clock, fresh SQLite store in ``tmp``.

    ``like`` lends its loaded models (extractor, risk model, calibrator), as a long-running
    service loads them once.
    """
    from agent.config import load_settings
    from agent.scenario.build import load_scenario
    from agent.scenario.gateway import ScenarioGateway
    from agent.store.repository import Store
    from agent.wiring import build_deps, scenario_clock

    config = load_settings(data_dir=tmp, triage_lead="lead", escalation_user="escalation")
    gateway = ScenarioGateway(load_scenario(), activity_log=tmp / "activities.jsonl")
    if like is None:
        return build_deps(config, gateway=gateway, clock=scenario_clock(config))
    store = Store.open(config.store_url)
    return dataclasses.replace(like, settings=config, gateway=gateway, store=store)


def run(deps, raws: list[bytes], size: int = BATCH) -> int:  # type: ignore[no-untyped-def]
    """Intake and process in batches of ``size``; returns the recommendations made."""
    from agent.pipeline import intake, process_emails

    made = 0
    for start in range(0, len(raws), size):
        batch = raws[start : start + size]
        report = intake(deps, [(raw, f"bench:{start + k}") for k, raw in enumerate(batch)])
        made += len(process_emails(deps, report.new_ids))
    return made


def timed(fn: Callable[[], int]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200 emails instead of 1,000")
    parser.add_argument("--emails", type=int, default=None)
    parser.add_argument("--batch", type=int, default=BATCH, help="emails per batch")
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile stats here")
    args = parser.parse_args()
    os.environ["TRIAGE_CONFIG"] = str(Path(tempfile.gettempdir()) / "absent-triage.toml")
    os.environ["TRIAGE_ALLOW_MODEL_REQUESTS"] = "false"
    n = args.emails or (200 if args.quick else 1000)
    raws = generate(n)

    with tempfile.TemporaryDirectory() as tmp:
        warm = make_deps(Path(tmp) / "warm")
        run(warm, inbox_messages())  # imports, caches and first-call paths out of the figures
        warm.store.close()

    with tempfile.TemporaryDirectory() as tmp:
        deps = make_deps(Path(tmp), like=warm)
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        cpu, wall, made = timed(lambda: run(deps, raws, args.batch))
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
        deps.store.close()
    size = {"emails": n, "batch": args.batch}
    emit("emails_per_second", n / wall, "emails/s", **size, recommendations=made)
    emit("cpu_ms_per_email", cpu / n * 1000, "ms", **size)

    with tempfile.TemporaryDirectory() as tmp:
        deps = make_deps(Path(tmp), like=warm)
        cpu, wall, made = timed(lambda: run(deps, inbox_messages()))
        deps.store.close()
    emit("demo_cpu_seconds", cpu, "s", emails=33, wall_seconds=round(wall, 4))

    # A service's steady state: small batches against a store that already holds much mail.
    held, tail = (400, 100) if args.quick else (2000, 200)
    raws = generate(held + tail)
    with tempfile.TemporaryDirectory() as tmp:
        deps = make_deps(Path(tmp), like=warm)
        run(deps, raws[:held])
        cpu, wall, made = timed(lambda: run(deps, raws[held:], GROWN_BATCH))
        deps.store.close()
    emit(
        "cpu_ms_per_email_grown_store",
        cpu / tail * 1000,
        "ms",
        emails=tail,
        batch=GROWN_BATCH,
        store_emails=held,
    )


if __name__ == "__main__":
    main()
