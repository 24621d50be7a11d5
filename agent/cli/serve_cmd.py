"""``triage serve`` (the HTTP service) and ``triage worker`` (a background worker process)."""

from __future__ import annotations

import logging
import signal
import threading
from typing import Annotated

import typer

from agent.cli.common import configure_logging, out, settings

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
) -> None:
    """Serve the API and the dashboard (uvicorn); workers run inside unless told otherwise."""
    import os

    import uvicorn

    config = settings()
    configure_logging(json_logs=config.log_json, level=logging.INFO)
    if not background:
        os.environ["TRIAGE_API_WORKERS"] = "false"
    uvicorn.run(
        "agent.api.app:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
        proxy_headers=True,
    )


def worker(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
    name: Annotated[str | None, typer.Option(help="Worker name (host:pid:thread).")] = None,
    metrics_port: Annotated[
        int | None, typer.Option(help="Serve this process's Prometheus metrics on this port.")
    ] = None,
) -> None:
    """Process stored email, push the outbox, follow up, scan; until SIGTERM or Ctrl-C."""
    from agent.instrument import instrument
    from agent.wiring import build_deps
    from agent.worker import Worker

    config = settings()
    configure_logging(json_logs=config.log_json, level=logging.INFO)
    deps = build_deps(config)
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
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        runner.run(stop)
    finally:
        if mailbox is not None:
            mailbox.close()
        deps.store.close()


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``worker``."""
    app.command("serve")(serve)
    app.command("worker")(worker)
