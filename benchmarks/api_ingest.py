"""HTTP ingest benchmark: ``POST /v1/emails`` under load while processing drains behind it.

Starts ``triage serve --workers 2 --worker-processes 1`` on 127.0.0.1: two HTTP server
processes that only accept (commit the raw bytes and answer) and one ``triage worker`` child
at a lower CPU priority that parses and processes behind them (SQLite in a temporary data
directory, or ``TRIAGE_DATABASE_URL`` when set); ``--worker-processes 0`` runs the workers
inside the server processes instead. A separate load process then posts 3 KB supplier emails
(each unique) over concurrent keep-alive connections for a bounded count and time: by
default with a lean hand-written HTTP/1.1 client (``--client raw``), because httpx costs a few
milliseconds of CPU per request that a small machine then takes from the server under test;
``--client httpx`` uses ``httpx.AsyncClient``. Prints one JSON object per figure:

- ``requests_per_second``: accepted posts per second over the load (target >= 500);
- ``p99_ms``: 99th percentile latency of the accepting endpoint (target <= 50);
- ``backlog_drain_seconds``: from the last post until no email waits for processing.

``--quick`` posts at most 1,500 emails within 20 s; the full run 6,000 within 60 s.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from agent.store.repository import Store

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGETS = {"requests_per_second": 500.0, "p99_ms": 50.0}
FILLER = (
    "Please note that our warehouse works in two shifts and that loading slots are "
    "confirmed by the carrier the day before collection. "
)


def make_email(n: int) -> bytes:
    """A ~3 KB delay notice about a scenario order, unique by Message-ID and body."""
    msg = EmailMessage()
    msg["From"] = "Erik Lind <order@nordichome.se>"
    msg["To"] = "purchasing@brightmart.example"
    msg["Subject"] = "Re: Purchase Order P00234"
    msg["Message-ID"] = f"<bench-{n}-{os.getpid()}@nordichome.se>"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC))
    msg["Authentication-Results"] = "mx.brightmart.example; spf=pass; dkim=pass; dmarc=pass"
    body = (
        f"Hello,\n\nUpdate {n}: P00234 is delayed, new delivery date {10 + n % 15} December "
        "2026.\n\n" + FILLER * 22 + "\n\nBest regards,\nErik\nNordic Home AB\n"
    )
    msg.set_content(body)
    return msg.as_bytes()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _load_httpx(
    url: str, key: str, bodies: list[bytes], seconds: float, concurrency: int
) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    next_index = 0
    deadline = time.perf_counter() + seconds
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "message/rfc822"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal next_index
        while next_index < len(bodies) and time.perf_counter() < deadline:
            body = bodies[next_index]
            next_index += 1
            started = time.perf_counter()
            response = await client.post("/v1/emails", content=body, headers=headers)
            latencies.append(time.perf_counter() - started)
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"latencies": latencies, "statuses": statuses, "elapsed": elapsed}


async def _load_raw(
    url: str, key: str, bodies: list[bytes], seconds: float, concurrency: int
) -> dict:
    """The same posts over plain keep-alive HTTP/1.1 connections, written by hand.

    httpx spends a few milliseconds of CPU per request; on a small machine that is CPU the
    server under test does not get, so this client measures the server rather than itself.
    """
    parsed = httpx.URL(url)
    host, port = parsed.host, parsed.port or 80
    head = (
        f"POST /v1/emails HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {key}\r\n"
        "Content-Type: message/rfc822\r\nContent-Length: "
    ).encode()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    next_index = 0
    deadline = time.perf_counter() + seconds

    async def client_loop() -> None:
        nonlocal next_index
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while next_index < len(bodies) and time.perf_counter() < deadline:
                body = bodies[next_index]
                next_index += 1
                started = time.perf_counter()
                writer.write(head + str(len(body)).encode() + b"\r\n\r\n" + body)
                status = int((await reader.readline()).split()[1])
                length, close = 0, False
                while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value)
                    elif name == b"connection" and value.strip().lower() == b"close":
                        close = True
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
                statuses[status] = statuses.get(status, 0) + 1
                if close:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client_loop() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {"latencies": latencies, "statuses": statuses, "elapsed": elapsed}


def _load_process(
    client: str, url: str, key: str, count: int, seconds: float, concurrency: int, out
) -> None:
    bodies = [make_email(n) for n in range(count)]
    load = _load_raw if client == "raw" else _load_httpx
    out.send(asyncio.run(load(url, key, bodies, seconds, concurrency)))
    out.close()


def _emit(metric: str, value: float, unit: str, **extra: object) -> None:
    row: dict[str, object] = {
        "bench": "api_ingest",
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
    }
    if metric in TARGETS:
        row["baseline"] = TARGETS[metric]
        row["ratio"] = round(value / TARGETS[metric], 3)
    row.update(extra)
    print(json.dumps(row), flush=True)


def _waiting(store: Store) -> int:
    """Emails not processed yet: accepted raw (not parsed) or parsed and queued."""
    counts = store.count_emails()
    return int(counts.get("raw", 0) + counts.get("received", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Bounded to about half a minute.")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--client",
        choices=["raw", "httpx"],
        default="raw",
        help="Load client: plain keep-alive HTTP/1.1 (lean) or httpx.AsyncClient.",
    )
    parser.add_argument(
        "--worker-processes",
        type=int,
        default=1,
        help="`triage worker` children of the server (0: workers inside the server processes).",
    )
    args = parser.parse_args()
    count, seconds = (1500, 20.0) if args.quick else (6000, 60.0)

    from agent.api.security import create_key
    from agent.clock import SystemClock
    from agent.store.repository import Store

    data = Path(tempfile.mkdtemp(prefix="triage-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        TRIAGE_DATA_DIR=str(data),
        TRIAGE_CONFIG=str(data / "absent.toml"),
        TRIAGE_SECRET_KEY="bench-secret",
        TRIAGE_ALLOW_MODEL_REQUESTS="false",
        TRIAGE_API_RATE_LIMIT_PER_MINUTE="10000000",
        TRIAGE_API_RATE_LIMIT_BURST="1000000",
        TRIAGE_API_POLL_SECONDS="0.2",
        TRIAGE_API_WORKER_BATCH="50",
        PYTHONPATH=str(REPO),
    )
    if os.environ.get("TRIAGE_DATABASE_URL"):
        env["TRIAGE_DATABASE_URL"] = os.environ["TRIAGE_DATABASE_URL"]
    store_url = env.get("TRIAGE_DATABASE_URL") or f"sqlite:///{data / 'triage.db'}"
    store = Store.open(store_url)
    _, key = create_key(store, "bench", ["ingest"], None, SystemClock().now())
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with (data / "server.log").open("wb") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "agent",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                "2",
                "--worker-processes",
                str(args.worker_processes),
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit(f"server did not start; see {data / 'server.log'}")
        receiver, sender = multiprocessing.Pipe(duplex=False)
        load = multiprocessing.Process(
            target=_load_process,
            args=(args.client, url, key, count, seconds, args.concurrency, sender),
        )
        load.start()
        result = receiver.recv()
        load.join()
        loaded_at = time.perf_counter()
        drain_deadline = time.monotonic() + (120 if args.quick else 600)
        while _waiting(store) and time.monotonic() < drain_deadline:
            time.sleep(0.1)
        drained = time.perf_counter() - loaded_at
        waiting = _waiting(store)
        outcome = store.count_emails()
    finally:
        server.terminate()
        server.wait(30)
        store.close()
    latencies = sorted(result["latencies"])
    ok = sum(n for status, n in result["statuses"].items() if status in (200, 202))
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    _emit(
        "requests_per_second",
        ok / result["elapsed"],
        "req/s",
        requests=len(latencies),
        statuses=result["statuses"],
        concurrency=args.concurrency,
        client=args.client,
    )
    _emit("p99_ms", p99, "ms", p50_ms=round(latencies[len(latencies) // 2] * 1000, 2))
    _emit(
        "backlog_drain_seconds",
        drained,
        "s",
        still_waiting=waiting,
        emails=outcome,
        worker_processes=args.worker_processes,
        load_average=[round(x, 2) for x in os.getloadavg()],
    )


if __name__ == "__main__":
    main()
