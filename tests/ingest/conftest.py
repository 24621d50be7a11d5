"""A real Dovecot IMAP server for the ingest tests, started per session (and per test
where a test restarts it), on 127.0.0.1 and a free port, with a temporary mail store.

Run as root, Dovecot's login processes drop to ``dovenull`` and mail is owned by the
``dovecot`` user (both created by Debian's dovecot-core); run as anyone else, everything
runs as that user.
"""

from __future__ import annotations

import grp
import imaplib
import itertools
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or (
    "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
)
_users = itertools.count(1)
USERS = 500
PASSWORD = "s3cret-pass"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _identity() -> tuple[str, str, str, int, int]:
    """(login user, internal user, internal group, mail uid, mail gid)."""
    if os.geteuid() != 0:
        user = pwd.getpwuid(os.geteuid()).pw_name
        group = grp.getgrgid(os.getegid()).gr_name
        return user, user, group, os.geteuid(), os.getegid()
    try:
        mail = pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError:
        pytest.skip("running as root needs the dovecot and dovenull users (dovecot-core)")
    return "dovenull", "dovecot", grp.getgrgid(mail.pw_gid).gr_name, mail.pw_uid, mail.pw_gid


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = {ssl}
{ssl_files}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
default_login_user = {login_user}
default_internal_user = {internal}
default_internal_group = {internal_group}
first_valid_uid = 1
first_valid_gid = 1
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    """A running Dovecot and helpers to act on it like another mail client would."""

    root: Path
    port: int
    tls_port: int
    cafile: Path
    process: subprocess.Popen[bytes] | None = None
    users: dict[str, str] = field(default_factory=dict)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [DOVECOT or "dovecot", "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        log = (self.root / "dovecot.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"dovecot did not start:\n{log}")

    def kick(self, user: str) -> None:
        """Drop the user's open IMAP connections, as a server-side failure would."""
        subprocess.run(
            ["doveadm", "-c", str(self.root / "dovecot.conf"), "kick", user],
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        if self.process is not None:
            # The master leaves running imap processes behind; end them first.
            subprocess.run(
                ["doveadm", "-c", str(self.root / "dovecot.conf"), "kick", "*"],
                check=False,
                capture_output=True,
            )
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def add_user(self) -> tuple[str, str]:
        """A user nobody used yet (Dovecot re-reads passwd files unreliably, so all exist)."""
        user = f"buyer{next(_users)}"
        password = self.users[user] = PASSWORD
        return user, password

    def client(self, user: str) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        try:
            conn.login(user, self.users[user])
        except imaplib.IMAP4.error:
            conn.shutdown()
            raise
        return conn

    def append(self, user: str, raw: bytes, folder: str = "INBOX", flags: str = "") -> int:
        conn = self.client(user)
        try:
            typ, data = conn.append(folder, f"({flags})" if flags else None, None, raw)
            assert typ == "OK", data
            # APPENDUID <uidvalidity> <uid>
            return int(data[0].split(b"]")[0].split()[-1])
        finally:
            conn.logout()

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, set[str]]:
        conn = self.client(user)
        try:
            conn.select(folder, readonly=True)
            _, data = conn.uid("FETCH", "1:*", "(UID FLAGS)")
            out: dict[int, set[str]] = {}
            for line in data:
                if not isinstance(line, bytes):
                    continue
                text = line.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                out[uid] = set(text.split("FLAGS (")[1].split(")")[0].split())
            return out
        finally:
            conn.logout()

    def command(self, user: str, *args: str) -> None:
        conn = self.client(user)
        try:
            typ, data = getattr(conn, args[0])(*args[1:])
            assert typ == "OK", data
        finally:
            conn.logout()

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cafile))


def _make(root: Path) -> Dovecot:
    if DOVECOT is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificate")
    login_user, internal, internal_group, uid, gid = _identity()
    root.chmod(0o755)
    (root / "mail").mkdir()
    (root / "passwd").write_text(
        "".join(f"buyer{n}:{{PLAIN}}{PASSWORD}\n" for n in range(1, USERS + 1))
    )
    if os.geteuid() == 0:
        os.chown(root / "mail", uid, gid)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem"),
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    server = Dovecot(root=root, port=_free_port(), tls_port=_free_port(), cafile=root / "cert.pem")
    (root / "dovecot.conf").write_text(
        CONFIG.format(
            root=root,
            ssl="yes",
            ssl_files=f"ssl_cert = <{root}/cert.pem\nssl_key = <{root}/key.pem",
            login_user=login_user,
            internal=internal,
            internal_group=internal_group,
            uid=uid,
            gid=gid,
            port=server.port,
            tls_port=server.tls_port,
        )
    )
    server.start()
    return server


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    root = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
    server = _make(root)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def private_dovecot() -> Iterator[Dovecot]:
    """A server of its own, for tests that stop or restart it."""
    root = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
    server = _make(root)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def mailbox(dovecot_server: Dovecot) -> tuple[Dovecot, str, str]:
    """A fresh user (and so a fresh, empty mail store) on the shared server."""
    user, password = dovecot_server.add_user()
    return dovecot_server, user, password
