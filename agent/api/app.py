"""The FastAPI application: ``create_app`` and the lifespan that builds everything it needs.

Nothing is built at import time. The lifespan builds the deps (store, gateway, extractor,
clock ...) from settings, instruments them for metrics, loads the server secret, and starts
the in-process worker unless ``TRIAGE_API_WORKERS=false`` (then ``triage worker`` processes
do the work). ``uvicorn --factory agent.api.app:app_factory`` serves it.

A served app (``app_factory``) freezes what start-up built out of the garbage collector's
reach (``gc.freeze``): the ~200,000 objects of the imported libraries and the deps are
never freed, yet a full collection walked them all (100+ ms on a small machine), a pause
that every request in flight waited for.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent import __version__
from agent.api.deps import Service
from agent.api.errors import register_error_handlers
from agent.api.metrics import Metrics
from agent.api.routes import approvals, emails, exceptions, health, recommendations
from agent.api.security import BodySizeLimit, KeyCache, TokenBucket
from agent.approvals import load_secret
from agent.config import Settings, load_settings
from agent.deps import Deps
from agent.ingest.sources import MailSource
from agent.instrument import instrument
from agent.store import rawmail
from agent.store.groupcommit import AsyncGroupWriter
from agent.worker import Worker, WorkerThread

logger = logging.getLogger(__name__)

DepsFactory = Callable[[Settings], Deps]


class _RequestMetrics:
    """Count and time every request by route template (not by raw path)."""

    def __init__(self, app: ASGIApp, metrics: Callable[[], Metrics | None]) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def tracked(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        finally:
            metrics = self.metrics()
            if metrics is not None:
                route = getattr(scope.get("route"), "path", "unmatched")
                metrics.http_requests.labels(scope["method"], route, str(status)).inc()
                metrics.http_seconds.labels(route).observe(time.perf_counter() - started)


def _default_deps(settings: Settings) -> Deps:
    from agent.wiring import build_deps

    return build_deps(settings)


def create_app(
    settings: Settings | None = None,
    *,
    deps_factory: DepsFactory | None = None,
    run_workers: bool | None = None,
    freeze_gc: bool = False,
) -> FastAPI:
    """Build the app; deps are made in the lifespan, so tests can override them.

    Args:
        settings: Settings (from the environment and ``triage.toml`` when omitted).
        deps_factory: Builds the deps from settings (``agent.wiring.build_deps`` by default).
        run_workers: Start the in-process worker (``settings.api.workers`` by default).
        freeze_gc: Once started, exempt every object alive from garbage collection (a
            server process; not in tests, where apps come and go).
    """
    settings = settings or load_settings()
    factory = deps_factory or _default_deps
    workers = settings.api.workers if run_workers is None else run_workers

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        metrics = Metrics()
        deps = instrument(factory(settings), metrics.observe_odoo, metrics.observe_model)
        secret_key = settings.secret_key.get_secret_value() if settings.secret_key else None
        service = Service(
            settings=settings,
            deps=deps,
            secret=load_secret(secret_key, settings.data_dir),
            metrics=metrics,
            limiter=TokenBucket(settings.api.rate_limit_per_minute, settings.api.rate_limit_burst),
            keys=KeyCache(settings.api.key_cache_seconds),
            raw_writer=AsyncGroupWriter(deps.store, rawmail.write_raw),
        )
        thread: WorkerThread | None = None
        if workers:
            thread = WorkerThread(Worker(deps, settings, mailbox=_mailbox(settings, deps)))
            service.wake = thread.wake
            service.mailbox_status = thread.worker.mailbox_status
        metrics.watch_store(
            deps.store, deps.clock, lambda: service.deps.extractor, service.mailbox_status
        )
        app.state.service = service
        if service.raw_writer is not None:
            service.raw_writer.warm()
        if freeze_gc:
            gc.collect()
            gc.freeze()
        if thread is not None:
            thread.start()
        try:
            yield
        finally:
            if thread is not None:
                thread.stop()
                if thread.worker.mailbox is not None:
                    thread.worker.mailbox.close()
            if service.raw_writer is not None:
                service.raw_writer.close()
            deps.store.close()

    app = FastAPI(
        title="Procurement exception triage",
        version=__version__,
        description=(
            "Supplier email and exception records in, gated recommendations for Odoo out. "
            "Authenticate with an API key (`triage apikey create`) as a Bearer token or in "
            "`X-API-Key`. Scopes: ingest, read, approve, admin."
        ),
        lifespan=lifespan,
    )
    register_error_handlers(app)
    for module in (emails, exceptions, recommendations, approvals, health):
        app.include_router(module.router)
    from agent.api.dashboard import router as dashboard_router

    app.include_router(dashboard_router)
    if settings.api.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    app.add_middleware(BodySizeLimit, max_bytes=settings.api.max_body_bytes)
    app.add_middleware(
        _RequestMetrics,
        metrics=lambda: getattr(getattr(app.state, "service", None), "metrics", None),
    )
    return app


def _mailbox(settings: Settings, deps: Deps) -> MailSource | None:
    if not settings.api.mailbox:
        return None
    from agent.ingest.spec import open_source
    from agent.store.cursors import StoreCursorStore

    return open_source(settings.api.mailbox, settings, cursor_store=StoreCursorStore(deps.store))


def app_factory() -> FastAPI:
    """The app for ``uvicorn --factory`` (``triage serve``): settings from the environment."""
    from agent.cli.common import configure_logging

    settings = load_settings()
    configure_logging(json_logs=settings.log_json, level=logging.INFO)
    _follow_serve()
    return create_app(settings, freeze_gc=True)


def _follow_serve() -> None:
    """In an HTTP process that ``triage serve --workers N`` started: stop when it is gone.

    uvicorn's supervisor cannot stop its processes when it is killed (SIGKILL); they would
    keep the port. SIGTERM makes uvicorn shut down gracefully. A single-process server
    (the app in ``triage serve``'s own process) has nothing to follow.
    """
    import os
    import signal

    from agent.cli.supervise import PARENT_ENV, follow_parent

    if os.environ.get(PARENT_ENV) != str(os.getpid()):
        follow_parent(lambda: os.kill(os.getpid(), signal.SIGTERM))
