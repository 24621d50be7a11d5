"""``triage serve`` (the HTTP service) and ``triage worker`` (a background worker process).

Where the pipeline runs decides how much CPU the accepting endpoint keeps:

- ``triage serve`` (default): a worker thread inside each server process; simplest, but
  parsing and processing share the interpreter (and its lock) with request handling;
- ``triage serve --worker-processes N``: the server processes only serve HTTP and ``N``
  ``triage worker`` children drain the queue at a lower CPU priority (``--worker-nice``),
  restarted when one dies and stopped with the server, even a killed one
  (``agent.cli.supervise``; the HTTP processes of ``--workers N`` stop with it as well);
- ``triage serve --no-background`` plus ``triage worker`` processes run by a supervisor.

The server uses uvloop's event loop and the httptools HTTP parser when they are installed
(runtime dependencies), else asyncio's loop and h11: several times slower per request.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import signal
import threading
from typing import Annotated, Literal

import typer

from agent.cli.common import configure_logging, out, settings
from agent.cli.supervise import PARENT_ENV, WorkerSupervisor, follow_parent

logger = logging.getLogger(__name__)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Server processes.")] = 1,
    background: Annotated[
        bool,
        typer.Option(
            "--background/--no-background",
            help="Run the pipeline workers inside the server (else run `triage worker`).",
        ),
    ] = True,
    worker_processes: Annotated[
        int,
        typer.Option(
            "--worker-processes",
            min=0,
            help="Run the pipeline in this many `triage worker` child processes instead of "
            "inside the server processes (0: inside).",
        ),
    ] = 0,
    worker_nice: Annotated[
        int,
        typer.Option(min=0, max=19, help="How much lower the worker children's CPU priority is."),
    ] = 10,
) -> None:
    """Serve the API and the dashboard (uvicorn); workers run inside unless told otherwise."""
    import uvicorn

    config = settings()
    configure_logging(json_logs=config.log_json, level=logging.INFO)
    if not background or worker_processes:
        os.environ["TRIAGE_API_WORKERS"] = "false"
    loop, http = server_stack()
    logger.info("serving with the %s event loop and the %s HTTP parser", loop, http)
    os.environ[PARENT_ENV] = str(os.getpid())  # the HTTP processes of --workers N follow us too
    supervisor = WorkerSupervisor(worker_processes if background else 0, nice=worker_nice)
    supervisor.start()
    try:
        uvicorn.run(
            "agent.api.app:app_factory",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            loop=loop,
            http=http,
            log_level="warning",
            access_log=False,
            proxy_headers=True,
        )
    finally:
        supervisor.stop()


def server_stack() -> tuple[Literal["uvloop", "asyncio"], Literal["httptools", "h11"]]:
    """The event loop and HTTP parser uvicorn runs: the fast ones when they are installed."""
    loop: Literal["uvloop", "asyncio"] = "uvloop" if _installed("uvloop") else "asyncio"
    http: Literal["httptools", "h11"] = "httptools" if _installed("httptools") else "h11"
    return loop, http


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def worker(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
    name: Annotated[str | None, typer.Option(help="Worker name (host:pid:thread).")] = None,
    metrics_port: Annotated[
        int | None, typer.Option(help="Serve this process's Prometheus metrics on this port.")
    ] = None,
    nice: Annotated[
        int,
        typer.Option(
            min=0, max=19, help="Lower this process's CPU priority (so a server on the host wins)."
        ),
    ] = 0,
) -> None:
    """Process stored email, push the outbox, follow up, scan; until SIGTERM or Ctrl-C."""
    from agent.instrument import instrument
    from agent.wiring import build_deps
    from agent.worker import Worker

    if nice:
        os.nice(nice)
    config = settings()
    configure_logging(json_logs=config.log_json, level=logging.INFO)
    deps = build_deps(config)
    gc.collect()
    gc.freeze()  # start-up's objects live on: no full collection walks them (see agent.api.app)
    if metrics_port is not None:
        from prometheus_client import start_http_server

        from agent.api.metrics import Metrics

        metrics = Metrics()
        deps = instrument(deps, metrics.observe_odoo, metrics.observe_model)
        metrics.watch_store(deps.store, deps.clock, lambda: deps.extractor)
        start_http_server(metrics_port, addr="127.0.0.1", registry=metrics.registry)
    mailbox = None
    if config.api.mailbox:
        from agent.ingest.spec import open_source
        from agent.store.cursors import StoreCursorStore

        mailbox = open_source(config.api.mailbox, config, cursor_store=StoreCursorStore(deps.store))
    runner = Worker(deps, config, name=name, mailbox=mailbox)
    try:
        if once:
            report = runner.tick()
            out.print(
                f"claimed {report.claimed}, processed {report.processed}, pushed {report.pushed}"
            )
            return
        stop, wake = threading.Event(), threading.Event()

        def _on_signal(*_: object) -> None:
            stop.set()
            wake.set()

        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, _on_signal)
        follow_parent(_on_signal)  # a child of `triage serve` stops when the server is gone
        runner.run(stop, wake)
    finally:
        if mailbox is not None:
            mailbox.close()
        deps.store.close()


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``worker``."""
    app.command("serve")(serve)
    app.command("worker")(worker)
