"""The ``triage worker`` children of ``triage serve --worker-processes N``, kept running.

A :class:`WorkerSupervisor` starts the children, restarts one that exits while the server
runs (after a delay that doubles while the restarts keep failing fast, and is logged), and
stops them all with the server. Each child is told its parent's pid (:data:`PARENT_ENV`);
:func:`follow_parent` in the child makes it stop when that parent is gone, even when the
server was killed with SIGKILL and could stop nothing: on Linux the kernel sends the child
SIGTERM (``prctl(PR_SET_PDEATHSIG)``), and everywhere a thread polls the parent's pid.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

logger = logging.getLogger(__name__)

PARENT_ENV = "TRIAGE_WORKER_PARENT_PID"
"""Set by the supervisor in each child: the pid the child lives and dies with."""

_PR_SET_PDEATHSIG = 1


@dataclass
class _Slot:
    n: int
    child: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restart_at: float | None = None
    delay: float = 0.0
    restarts: int = 0


class WorkerSupervisor:
    """Keeps ``count`` worker children running until :meth:`stop`.

    Args:
        count: How many children.
        command: The child's command line (``triage worker --nice N`` by default).
        backoff: First restart delay in seconds; doubled after each child that dies within
            ``stable_seconds`` of its start, up to ``max_backoff``; reset after a stable run.
        poll_seconds: How often the children are checked.
    """

    def __init__(
        self,
        count: int,
        command: Sequence[str] | None = None,
        *,
        nice: int = 10,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        stable_seconds: float = 30.0,
        poll_seconds: float = 0.5,
    ) -> None:
        """Prepare; nothing starts before :meth:`start`."""
        self.command = list(command or worker_command(nice))
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.stable_seconds = stable_seconds
        self.poll_seconds = poll_seconds
        self._slots = [_Slot(n) for n in range(count)]
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start every child and the thread that watches them."""
        with self._lock:
            for slot in self._slots:
                self._spawn(slot)
        self._thread = threading.Thread(target=self._watch, name="worker-supervisor", daemon=True)
        self._thread.start()

    def pids(self) -> list[int | None]:
        """The pid of each slot's running child (``None`` while it waits for its restart)."""
        with self._lock:
            return [
                s.child.pid if s.child is not None and s.child.poll() is None else None
                for s in self._slots
            ]

    def restarts(self) -> int:
        """How many children were restarted so far."""
        with self._lock:
            return sum(s.restarts for s in self._slots)

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM the children (each finishes its pass), wait; SIGKILL stragglers."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            children = [s.child for s in self._slots if s.child is not None]
        for child in children:
            if child.poll() is None:
                child.terminate()
        deadline = time.monotonic() + timeout
        for child in children:
            try:
                child.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning(
                    "worker process %d did not stop in %.0f s; killed", child.pid, timeout
                )
                child.kill()
                child.wait()

    def _spawn(self, slot: _Slot) -> None:
        env = {**os.environ, PARENT_ENV: str(os.getpid())}
        slot.child = subprocess.Popen(self.command, env=env)
        slot.started_at = time.monotonic()
        slot.restart_at = None
        logger.info("worker process %d started (pid %d)", slot.n, slot.child.pid)

    def _watch(self) -> None:
        while not self._stopping.wait(self.poll_seconds):
            with self._lock:
                if self._stopping.is_set():
                    return
                for slot in self._slots:
                    self._check(slot, time.monotonic())

    def _check(self, slot: _Slot, now: float) -> None:
        if slot.restart_at is not None:
            if now >= slot.restart_at:
                slot.restarts += 1
                self._spawn(slot)
            return
        if slot.child is None or (code := slot.child.poll()) is None:
            return
        ran = now - slot.started_at
        slot.delay = (
            self.backoff
            if ran >= self.stable_seconds or not slot.delay
            else min(self.max_backoff, slot.delay * 2)
        )
        slot.restart_at = now + slot.delay
        logger.warning(
            "worker process %d (pid %d) exited with %s after %.1f s; restarting in %.1f s",
            slot.n,
            slot.child.pid,
            _describe(code),
            ran,
            slot.delay,
        )


def worker_command(nice: int) -> list[str]:
    """The command line of one worker child."""
    return [sys.executable, "-m", "agent", "worker", "--nice", str(nice)]


def _describe(code: int) -> str:
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"code {code}"


def follow_parent(on_gone: Callable[[], None], poll_seconds: float = 1.0) -> bool:
    """In a supervised child: call ``on_gone`` once the parent named in the environment is gone.

    Returns whether the process is supervised (:data:`PARENT_ENV` is set). On Linux the
    kernel also sends SIGTERM when the parent dies, so the child's SIGTERM handler runs at
    once; the polling thread covers other systems and a parent that died before the
    request was made.
    """
    value = os.environ.get(PARENT_ENV)
    if not value or not value.isdigit():
        return False
    parent = int(value)
    _request_death_signal(signal.SIGTERM)

    def poll() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        logger.warning("parent process %d is gone; stopping", parent)
        on_gone()

    threading.Thread(target=poll, name="parent-watch", daemon=True).start()
    return True


def _request_death_signal(sig: signal.Signals) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            logger.warning("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
            return False
    except OSError as exc:
        logger.warning("prctl(PR_SET_PDEATHSIG) unavailable: %s", exc)
        return False
    return True
