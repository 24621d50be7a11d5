r"""IMAP mailbox source (``imaplib``): TLS, STARTTLS or plain; incremental by UID.

Reading never changes the mailbox: messages are fetched with ``BODY.PEEK[]``. Only
:meth:`ImapSource.ack`, called after the message is committed to the store, marks it:
``\Seen``, or a move to ``move_to`` (``MOVE`` where the server has it, otherwise ``COPY``
plus ``\Seen`` on the original: this source never deletes or expunges mail). In observer
mode no flag is ever set; progress lives only in the cursor store, so the service can share
a mailbox with Odoo's own fetcher.

The cursor ``(UIDVALIDITY, last UID)`` moves past a UID only when every earlier yielded UID
was acked. A UIDVALIDITY change resets it to zero: everything is read again and the store's
Message-ID + content-hash check drops the duplicates. Connection errors are retried with
exponential backoff; after the budget a :class:`agent.errors.MailboxError` says what failed.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import re
import select
import ssl
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Literal, TypeVar

from pydantic import SecretStr

from agent.errors import MailboxError
from agent.ingest.cursors import MemoryCursorStore, UidCursorStore
from agent.ingest.sources import MailItem, SourceStatus, lag_since

logger = logging.getLogger(__name__)

T = TypeVar("T")
Security = Literal["tls", "starttls", "none"]
_RETRYABLE = (imaplib.IMAP4.abort, OSError, EOFError)
_UID = re.compile(rb"\bUID (\d+)")
_STALE = "uidvalidity changed"


class ImapSource:
    """Supplier mail from one IMAP folder."""

    def __init__(
        self,
        host: str,
        user: str,
        password: SecretStr,
        *,
        port: int | None = None,
        security: Security = "tls",
        folder: str = "INBOX",
        move_to: str | None = None,
        observer: bool = False,
        cursor_store: UidCursorStore | None = None,
        poll_seconds: float = 60.0,
        timeout: float = 30.0,
        retries: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        batch_size: int = 20,
        ssl_context: ssl.SSLContext | None = None,
        use_move: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Configure the source; nothing connects until the first fetch."""
        self.host, self.user, self.folder = host, user, folder
        self.port = port or (993 if security == "tls" else 143)
        self.security: Security = security
        self.move_to = move_to
        self.observer = observer
        self.poll_seconds = poll_seconds
        self.timeout = timeout
        self.retries, self.backoff, self.max_backoff = retries, backoff, max_backoff
        self.batch_size = batch_size
        self.use_move = use_move
        self.name = f"imap://{user}@{host}:{self.port}/{folder}"
        self.cursor_key = self.name
        self._password = password
        self._cursors = cursor_store or MemoryCursorStore()
        self._ssl = ssl_context or ssl.create_default_context()
        self._sleep = sleep
        self._conn: imaplib.IMAP4 | None = None
        self._capabilities: frozenset[str] = frozenset()
        self.uidvalidity: int | None = None
        self._pending: set[int] = set()
        self._acked: set[int] = set()
        self._started = dt.datetime.now(dt.UTC)
        self._last_success: dt.datetime | None = None
        self._last_message: dt.datetime | None = None
        self._failures = 0
        self._last_error: str | None = None
        self._idle_tags = 0

    # ------------------------------------------------------------------ public

    def fetch(self) -> Iterator[MailItem]:
        r"""Yield messages above the cursor (not ``\Seen`` ones unless in observer mode).

        Raises:
            MailboxError: The server cannot be reached within the retry budget, or refuses.
        """
        uids = self._call("search", self._search)
        validity = self.uidvalidity
        for start in range(0, len(uids), self.batch_size):
            chunk = uids[start : start + self.batch_size]
            try:
                found = self._call("fetch", partial(self._fetch, uids=chunk, validity=validity))
            except MailboxError as exc:
                if str(exc).endswith(_STALE):
                    logger.warning("%s: UIDVALIDITY changed during fetch; restart", self.name)
                    return
                raise
            for uid, raw in found:
                self._pending.add(uid)
                self._last_message = dt.datetime.now(dt.UTC)
                yield MailItem(raw=raw, key=f"{validity}:{uid}")

    def ack(self, item: MailItem) -> None:
        """Mark a committed message handled and advance the cursor past it if possible.

        Raises:
            MailboxError: Flagging or moving failed within the retry budget.
        """
        validity_text, _, uid_text = item.key.partition(":")
        validity, uid = int(validity_text), int(uid_text)
        if validity != self.uidvalidity:
            logger.warning("%s: ack of %s after a UIDVALIDITY change; skipped", self.name, item.key)
            return
        if not self.observer:
            self._call("ack", lambda c: self._mark(c, uid, validity))
        self._pending.discard(uid)
        self._acked.add(uid)
        self._advance(validity)

    def wait(self, timeout: float) -> None:
        """Wait for new mail with IDLE when the server has it, else sleep ``poll_seconds``."""
        if "IDLE" not in self._capabilities or self._conn is None:
            self._sleep(min(timeout, self.poll_seconds))
            return
        try:
            self._idle(self._conn, timeout)
        except _RETRYABLE as exc:
            logger.info("%s: IDLE interrupted (%s); reconnecting on next fetch", self.name, exc)
            self._drop()

    def status(self) -> SourceStatus:
        """Health: last successful command, lag, failures, un-acked messages."""
        return SourceStatus(
            name=self.name,
            last_success_at=self._last_success,
            last_message_at=self._last_message,
            lag_seconds=lag_since(self._last_success, self._started),
            consecutive_failures=self._failures,
            last_error=self._last_error,
            pending=len(self._pending),
        )

    def close(self) -> None:
        """Log out; un-acked messages are read again next time."""
        if self._conn is not None:
            try:
                self._conn.logout()
            except (*_RETRYABLE, imaplib.IMAP4.error):
                pass
        self._conn = None
        self._pending.clear()
        self._acked.clear()

    # ------------------------------------------------------------------ connection

    def _connect(self) -> imaplib.IMAP4:
        conn: imaplib.IMAP4
        if self.security == "tls":
            conn = imaplib.IMAP4_SSL(
                self.host, self.port, ssl_context=self._ssl, timeout=self.timeout
            )
        else:
            conn = imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
            if self.security == "starttls":
                try:
                    conn.starttls(ssl_context=self._ssl)
                except BaseException:
                    conn.shutdown()
                    raise
        try:
            return self._open(conn)
        except BaseException:
            conn.shutdown()
            raise

    def _open(self, conn: imaplib.IMAP4) -> imaplib.IMAP4:
        conn.login(self.user, self._password.get_secret_value())
        _, caps = conn.capability()
        self._capabilities = frozenset(
            caps[0].decode("ascii", "replace").upper().split() if caps and caps[0] else ()
        )
        typ, data = conn.select(_quote(self.folder), readonly=self.observer)
        if typ != "OK":
            raise MailboxError(f"{self.name}: cannot select folder: {_text(data)}")
        _, validity = conn.response("UIDVALIDITY")
        if not validity or validity[0] is None:
            raise MailboxError(f"{self.name}: server sent no UIDVALIDITY")
        self.uidvalidity = int(validity[0])
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.shutdown()
            except (*_RETRYABLE, imaplib.IMAP4.error):
                pass
        self._conn = None

    def _call(self, what: str, operation: Callable[[imaplib.IMAP4], T]) -> T:
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                if self._conn is None:
                    self._conn = self._connect()
                started = time.monotonic()
                result = operation(self._conn)
            except _RETRYABLE as exc:
                self._drop()
                self._failures += 1
                self._last_error = f"{what}: {type(exc).__name__}: {exc}"
                if attempt == self.retries:
                    raise MailboxError(
                        f"{self.name}: {what} failed after {attempt + 1} attempts: {exc}"
                    ) from exc
                logger.warning("%s: %s failed (%s); retry in %.1fs", self.name, what, exc, delay)
                self._sleep(delay)
                delay = min(delay * 2, self.max_backoff)
                continue
            except imaplib.IMAP4.error as exc:
                self._failures += 1
                self._last_error = f"{what}: {exc}"
                raise MailboxError(f"{self.name}: {what} refused: {exc}") from exc
            logger.debug("%s: %s ok in %.3fs", self.name, what, time.monotonic() - started)
            self._last_success = dt.datetime.now(dt.UTC)
            self._failures = 0
            return result
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ commands

    def _search(self, conn: imaplib.IMAP4) -> list[int]:
        assert self.uidvalidity is not None
        cursor = self._cursors.get(self.cursor_key)
        if cursor is not None and cursor.uidvalidity != self.uidvalidity:
            logger.warning(
                "%s: UIDVALIDITY %s -> %s; reading the folder again",
                self.name, cursor.uidvalidity, self.uidvalidity,
            )  # fmt: skip
            cursor = None
        if cursor is None:
            self._cursors.set(self.cursor_key, self.uidvalidity, 0)
            self._pending.clear()
            self._acked.clear()
        last = cursor.last_uid if cursor else 0
        criteria = [f"UID {last + 1}:*"] + ([] if self.observer else ["UNSEEN"])
        typ, data = conn.uid("SEARCH", *criteria)
        if typ != "OK":
            raise MailboxError(f"{self.name}: search refused: {_text(data)}")
        found = {int(x) for x in b" ".join(d for d in data if isinstance(d, bytes)).split()}
        return sorted(uid for uid in found if uid > last)

    def _fetch(
        self, conn: imaplib.IMAP4, uids: list[int], validity: int | None
    ) -> list[tuple[int, bytes]]:
        if validity != self.uidvalidity:
            raise MailboxError(f"{self.name}: {_STALE}")
        typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise MailboxError(f"{self.name}: fetch refused: {_text(data)}")
        found: dict[int, bytes] = {}
        for entry in data:
            if isinstance(entry, tuple) and len(entry) == 2:
                match = _UID.search(entry[0])
                if match and int(match.group(1)) in uids:
                    found[int(match.group(1))] = bytes(entry[1])
        return sorted(found.items())

    def _mark(self, conn: imaplib.IMAP4, uid: int, validity: int) -> None:
        if validity != self.uidvalidity:
            logger.warning("%s: UID %s is stale after reconnect; not marked", self.name, uid)
            return
        if self.move_to and self.use_move and "MOVE" in self._capabilities:
            self._ok(conn.uid("MOVE", str(uid), _quote(self.move_to)), "move")
            return
        if self.move_to:
            self._ok(conn.uid("COPY", str(uid), _quote(self.move_to)), "copy")
        self._ok(conn.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Seen)"), "flag")

    def _ok(self, response: tuple[str, list[object]], what: str) -> None:
        typ, data = response
        if typ != "OK":
            raise MailboxError(f"{self.name}: {what} refused: {_text(data)}")

    def _advance(self, validity: int) -> None:
        cursor = self._cursors.get(self.cursor_key)
        last = cursor.last_uid if cursor and cursor.uidvalidity == validity else 0
        limit = min(self._pending) - 1 if self._pending else None
        done = [uid for uid in self._acked if limit is None or uid <= limit]
        if done and max(done) > last:
            self._cursors.set(self.cursor_key, validity, max(done))
        self._acked.difference_update(done)

    def _idle(self, conn: imaplib.IMAP4, timeout: float) -> None:
        self._idle_tags += 1
        tag = b"TRIDLE%d" % self._idle_tags
        conn.send(tag + b" IDLE\r\n")
        first = conn.readline()
        if not first.startswith(b"+"):
            raise imaplib.IMAP4.abort(f"IDLE refused: {first!r}")
        sock = conn.socket()
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            buffered = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
            if not buffered and not select.select([sock], [], [], remaining)[0]:
                break
            line = conn.readline()
            if not line:
                raise EOFError("connection closed during IDLE")
            if b"EXISTS" in line or b"RECENT" in line:
                break
        conn.send(b"DONE\r\n")
        while not (line := conn.readline()).startswith(tag):
            if not line:
                raise EOFError("connection closed while ending IDLE")
        self._last_success = dt.datetime.now(dt.UTC)


def _quote(folder: str) -> str:
    if folder.startswith('"') or not re.search(r'[\s"(){%*\\]', folder):
        return folder
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(data: object) -> str:
    if isinstance(data, list) and data and isinstance(data[0], bytes):
        return data[0].decode("utf-8", "replace")
    return str(data)
