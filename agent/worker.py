"""Background workers: process stored email, push the outbox, follow up, scan, poll mail.

A :class:`Worker` runs in a thread of the server process (the default) or as a
``triage worker`` process. Several of them, in one or many processes, share the work:

- email jobs are claimed under leases (``agent.store.jobs``; ``FOR UPDATE SKIP LOCKED`` on
  PostgreSQL), renewed while the batch runs, and taken over when a worker dies;
- the outbox is claimed the same way by ``agent.push.push_once``; on SQLite, whose claims
  cannot skip locked rows, one process pushes at a time under a file lock;
- exception records posted over HTTP are jobs too, processed by ``process_exceptions``;
- emails that wait for Odoo (``odoo_wait``) get their jobs back once Odoo answers;
- follow-up, the exception scan and mailbox polling are idempotent and run on timers
  (the scan under a file lock, so one process of a host scans at a time).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from agent.accept import parse_accepted
from agent.config import Settings
from agent.deps import Deps
from agent.followup import follow_up
from agent.ingest.sources import MailSource, SourceStatus
from agent.pipeline import intake, process_emails
from agent.push import push_once
from agent.store import jobs

logger = logging.getLogger(__name__)


@dataclass
class TickReport:
    """What one pass of a worker did."""

    enqueued: int = 0
    claimed: int = 0
    processed: int = 0
    abandoned: int = 0
    pushed: int = 0
    fetched: int = 0

    @property
    def busy(self) -> bool:
        """Whether there may be more work right away."""
        return bool(self.claimed or self.pushed or self.fetched)


def worker_name() -> str:
    """A name unique per process and thread: ``host:pid:thread``."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident() % 100000}"


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[bool]:
    """Hold an exclusive ``flock`` if free; yields False (holding nothing) if another has it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class _LeaseKeeper:
    """Renews the leases of held jobs every third of the lease while a batch runs."""

    def __init__(self, worker: Worker, ids: Sequence[int]) -> None:
        self.worker = worker
        self.ids = list(ids)
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="lease-keeper", daemon=True)

    def _run(self) -> None:
        w = self.worker
        while not self.done.wait(w.lease_seconds / 3):
            try:
                jobs.renew(w.deps.store, self.ids, w.name, w.deps.clock.now(), w.lease_seconds)
            except Exception:
                logger.exception("renewing leases failed")

    def __enter__(self) -> _LeaseKeeper:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


class Worker:
    """One worker: call :meth:`tick` for one pass, or :meth:`run` until stopped.

    Args:
        deps: The dependency bundle (store, gateway, extractor, clock, ...).
        settings: ``settings.api`` gives batch size, lease, timers and the mailbox.
        name: Unique worker name (host:pid:thread by default); leases are held in it.
        mailbox: A mail source to poll; none means mail arrives over HTTP or the CLI.
    """

    def __init__(
        self,
        deps: Deps,
        settings: Settings | None = None,
        *,
        name: str | None = None,
        mailbox: MailSource | None = None,
    ) -> None:
        """Take settings from ``deps.settings`` unless given."""
        self.deps = deps
        self.settings = settings or deps.settings
        api = self.settings.api
        self.name = name or worker_name()
        self.batch = api.worker_batch
        self.lease_seconds = api.lease_seconds
        self.max_attempts = api.max_job_attempts
        self.mailbox = mailbox
        self._push_lock = self.settings.data_dir / "push.lock"
        self._due: dict[str, float] = {}

    # ------------------------------------------------------------ stages
    def process_once(self, report: TickReport | None = None) -> int:
        """Claim a batch of email jobs, parse the raw ones, run the pipeline, settle them."""
        report = report or TickReport()
        store, now = self.deps.store, self.deps.clock.now()
        report.enqueued += jobs.enqueue_received_emails(store, now)
        claimed = jobs.claim(
            store,
            jobs.EMAIL,
            now,
            worker=self.name,
            limit=self.batch,
            lease_seconds=self.lease_seconds,
        )
        if not claimed:
            return 0
        report.claimed += len(claimed)
        jobs.discard_partial(store, [j.ref for j in claimed if j.attempts > 1])
        poison = [j for j in claimed if j.attempts > self.max_attempts]
        for job in poison:
            logger.error("email %s abandoned after %d claims", job.ref, job.attempts - 1)
            store.set_email_status(
                job.ref,
                "failed",
                now,
                error=f"worker: claimed {job.attempts - 1} times, never finished",
            )
        jobs.finish(store, [j.id for j in poison], self.name, now, jobs.DEAD, "abandoned")
        report.abandoned += len(poison)
        live = [j for j in claimed if j.attempts <= self.max_attempts]
        with _LeaseKeeper(self, [j.id for j in live]):
            parse_accepted(self.deps, [j.ref for j in live])
            process_emails(self.deps, [j.ref for j in live])
        settled = jobs.finish(store, [j.id for j in live], self.name, self.deps.clock.now())
        if settled < len(live):
            logger.warning(
                "%d of %d leases were lost during the batch", len(live) - settled, len(live)
            )
        report.processed += settled
        return settled

    def exceptions_once(self, report: TickReport | None = None) -> int:
        """Claim exception-record jobs (from ``POST /v1/exceptions``) and recommend on them."""
        from agent.exceptions_flow import process_exceptions

        report = report or TickReport()
        store, now = self.deps.store, self.deps.clock.now()
        claimed = jobs.claim(
            store,
            jobs.EXCEPTION,
            now,
            worker=self.name,
            limit=self.batch,
            lease_seconds=self.lease_seconds,
        )
        if not claimed:
            return 0
        report.claimed += len(claimed)
        with _LeaseKeeper(self, [j.id for j in claimed]):
            process_exceptions(self.deps, jobs.exception_records(store, [j.ref for j in claimed]))
        return jobs.finish(store, [j.id for j in claimed], self.name, self.deps.clock.now())

    def scan(self) -> int:
        """Scan Odoo for exception records, recommend on the fresh ones, store them all."""
        from agent.exceptions_flow import process_exceptions
        from agent.scan import record_scan, scan

        d, config = self.deps, self.settings
        with _file_lock(self.settings.data_dir / "scan.lock") as held:
            if not held:
                return 0
            result = scan(
                d.gateway,
                d.store,
                d.clock.now(),
                ack_days=config.scan_ack_days,
                lookback_days=config.scan_lookback_days,
            )
            process_exceptions(d, result.fresh)
            record_scan(d.store, result, d.clock.now())
            return len(result.fresh)

    def push(self) -> int:
        """Push due outbox entries to Odoo (one SQLite process at a time)."""
        d = self.deps
        if d.store.dialect != "sqlite":
            return push_once(
                d.store, d.gateway, d.clock, lease_seconds=self.lease_seconds, worker=self.name
            ).pushed
        with _file_lock(self._push_lock) as held:
            if not held:
                return 0
            return push_once(
                d.store, d.gateway, d.clock, lease_seconds=self.lease_seconds, worker=self.name
            ).pushed

    def poll_mailbox(self) -> int:
        """Commit what the mailbox holds, acknowledging each message after its commit."""
        if self.mailbox is None:
            return 0
        items = list(self.mailbox.fetch())
        if not items:
            return 0
        intake(self.deps, [(i.raw, f"{self.mailbox.name}#{i.key}") for i in items])
        for item in items:
            self.mailbox.ack(item)
        return len(items)

    def mailbox_status(self) -> SourceStatus | None:
        """The polled mailbox's health, if there is one."""
        return self.mailbox.status() if self.mailbox is not None else None

    def _timer(self, name: str, every: float) -> bool:
        now = time.monotonic()
        if now < self._due.get(name, 0.0):
            return False
        self._due[name] = now + every
        return True

    def retry_waiting(self) -> int:
        """Queue again the emails that wait for Odoo, once it answers; how many."""
        from agent.waiting import reopen_waiting

        return reopen_waiting(self.deps, self.deps.clock.now())

    def periodic(self) -> None:
        """Follow-up, the exception scan and emails waiting for Odoo, each on its timer."""
        api = self.settings.api
        if self._timer("odoo_retry", api.odoo_retry_seconds):
            self.retry_waiting()
        if self._timer("followup", api.followup_seconds):
            follow_up(self.deps)
        if self._timer("scan", api.scan_seconds):
            self.scan()

    def tick(self) -> TickReport:
        """One pass over every duty; a failing duty is logged and the others still run."""
        report = TickReport()
        duties: list[tuple[str, Callable[[], object]]] = [
            ("mailbox", lambda: setattr(report, "fetched", self._poll_if_due())),
            ("process", lambda: self.process_once(report)),
            ("exceptions", lambda: self.exceptions_once(report)),
            ("push", lambda: setattr(report, "pushed", self.push())),
            ("periodic", self.periodic),
        ]
        for duty, run in duties:
            try:
                run()
            except Exception:  # the worker outlives database blips and Odoo outages
                logger.exception("worker %s: %s failed", self.name, duty)
        return report

    def _poll_if_due(self) -> int:
        if self.mailbox is None or not self._timer("mailbox", self.settings.imap.poll_seconds):
            return 0
        return self.poll_mailbox()

    def run(self, stop: threading.Event, wake: threading.Event | None = None) -> None:
        """Tick until ``stop`` is set; sleep ``poll_seconds`` when idle or until woken."""
        wake = wake or threading.Event()
        poll = self.settings.api.poll_seconds
        logger.info("worker %s started", self.name)
        while not stop.is_set():
            if self.tick().busy:
                continue
            wake.wait(poll)
            wake.clear()
        logger.info("worker %s stopped", self.name)


class WorkerThread:
    """A worker in a daemon thread of the server process."""

    def __init__(self, worker: Worker) -> None:
        """Prepare (not start) the thread."""
        self.worker = worker
        self.stop_event = threading.Event()
        self.wake = threading.Event()
        self.thread = threading.Thread(
            target=worker.run, args=(self.stop_event, self.wake), name="triage-worker", daemon=True
        )

    def start(self) -> None:
        """Start ticking."""
        self.thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the worker to finish its pass and wait for it."""
        self.stop_event.set()
        self.wake.set()
        self.thread.join(timeout)
