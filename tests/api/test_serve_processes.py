"""``triage serve``'s process tree: the fast server stack, supervised worker children.

Real processes throughout; every wait polls with a deadline (no timing asserts).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from agent.cli import serve_cmd, supervise
from agent.cli.supervise import PARENT_ENV, WorkerSupervisor, follow_parent

REPO = Path(__file__).resolve().parents[2]
SLEEPER = [sys.executable, "-c", "import time; time.sleep(600)"]


def _until(condition: Callable[[], object], seconds: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"gave up after {seconds:.0f} s waiting for {what or condition}")


def _gone(pid: int) -> bool:
    """The process has exited (a zombie nobody reaped counts as exited)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append((int(entry.name), cmdline))
    return found


def test_server_stack_is_uvloop_and_httptools_when_installed() -> None:
    loop, http = serve_cmd.server_stack()
    assert loop == ("uvloop" if importlib.util.find_spec("uvloop") else "asyncio")
    assert http == ("httptools" if importlib.util.find_spec("httptools") else "h11")


def test_server_stack_falls_back_without_them(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def without(name: str, *args: object) -> object:
        return None if name in ("uvloop", "httptools") else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", without)
    assert serve_cmd.server_stack() == ("asyncio", "h11")


def test_supervisor_restarts_a_killed_child_and_logs_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=supervise.__name__)
    supervisor = WorkerSupervisor(2, SLEEPER, backoff=0.05, poll_seconds=0.02)
    supervisor.start()
    try:
        first = supervisor.pids()
        assert all(first)
        os.kill(first[0], signal.SIGKILL)  # type: ignore[arg-type]
        _until(lambda: supervisor.restarts() == 1, what="the restart")
        _until(lambda: supervisor.pids()[0] not in (None, first[0]), what="a new child")
        assert supervisor.pids()[1] == first[1]  # the other child was left alone
        assert "exited with signal SIGKILL" in caplog.text
        assert "restarting in 0.1 s" in caplog.text
    finally:
        supervisor.stop(timeout=10)
    assert all(_gone(pid) for pid in first if pid)
    assert supervisor.pids() == [None, None]


def test_supervisor_backs_off_while_a_child_keeps_failing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger=supervise.__name__)
    failing = [sys.executable, "-c", "raise SystemExit(3)"]
    supervisor = WorkerSupervisor(
        1, failing, backoff=0.01, max_backoff=0.04, stable_seconds=600, poll_seconds=0.01
    )
    supervisor.start()
    try:
        _until(lambda: supervisor.restarts() >= 4, what="four restarts")
    finally:
        supervisor.stop(timeout=10)
    delays = [r.args[-1] for r in caplog.records if "exited with" in r.getMessage() and r.args]
    assert "exited with code 3" in caplog.text
    assert delays[:4] == [0.01, 0.02, 0.04, 0.04]  # doubled, capped


def test_follow_parent_polls_when_the_parent_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(supervise, "_request_death_signal", lambda sig: False)
    monkeypatch.setenv(PARENT_ENV, str(os.getppid() + 1_000_000))  # not our parent
    gone = threading.Event()
    assert follow_parent(gone.set, poll_seconds=0.01)
    _until(gone.is_set, what="the parent watch")


def test_follow_parent_needs_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PARENT_ENV, raising=False)
    assert not follow_parent(lambda: None)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_linux_death_signal_stops_the_child_of_a_killed_parent(tmp_path: Path) -> None:
    """Only the kernel can stop it: the child's poll runs once an hour."""
    marker = tmp_path / "terminated"
    child = (
        "import signal, sys, time\n"
        "from agent.cli.supervise import follow_parent\n"
        "def bye(*_):\n"
        f"    open({str(marker)!r}, 'w').close(); sys.exit(0)\n"
        "signal.signal(signal.SIGTERM, bye)\n"
        "follow_parent(lambda: None, poll_seconds=3600)\n"
        "print('ready', flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = (
        "import os, subprocess, sys, time\n"
        f"env = {{**os.environ, {PARENT_ENV!r}: str(os.getpid())}}\n"
        f"p = subprocess.Popen([sys.executable, '-c', {child!r}], env=env)\n"
        "print(p.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    middle = subprocess.Popen(
        [sys.executable, "-c", parent], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert middle.stdout is not None
        grandchild = int(middle.stdout.readline())
        assert middle.stdout.readline().strip() == "ready"
        middle.kill()
        middle.wait(10)
        _until(lambda: _gone(grandchild), what="the orphan to stop")
        assert marker.exists()  # it got SIGTERM (its handler ran), not some other end
    finally:
        if middle.poll() is None:
            middle.kill()
            middle.wait(10)
        if middle.stdout is not None:
            middle.stdout.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_the_process_tree_dies_with_a_sigkilled_server(tmp_path: Path) -> None:
    """Worker children and uvicorn's HTTP processes stop; the port is free again."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        TRIAGE_DATA_DIR=str(tmp_path / "data"),
        TRIAGE_CONFIG=str(tmp_path / "absent.toml"),
        TRIAGE_SECRET_KEY="serve-test-secret",
        TRIAGE_ALLOW_MODEL_REQUESTS="false",
        TRIAGE_API_POLL_SECONDS="0.2",
        PYTHONPATH=str(REPO),
    )
    port = _free_port()
    command = [sys.executable, "-m", "agent", "serve", "--port", str(port), "--workers", "2"]
    with (tmp_path / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [*command, "--worker-processes", "2"], cwd=REPO, env=env, stdout=log, stderr=log
        )
    tree: list[int] = []
    try:

        def started() -> bool:
            children = _children(server.pid)
            tree[:] = [pid for pid, _ in children]
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            workers = [pid for pid, cmd in children if " worker " in cmd]
            http = [pid for pid, cmd in children if "multiprocessing" in cmd]
            return len(workers) == 2 and len(http) >= 2 and _serving(port)

        _until(started, what="two worker children and two HTTP processes")
        server.send_signal(signal.SIGKILL)
        server.wait(10)
        _until(lambda: all(_gone(pid) for pid in tree), what="the process tree to stop")
        assert not _serving(port)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(10)
        for pid in tree:  # only the processes this test's server started
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)


def _serving(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False
