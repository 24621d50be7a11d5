"""Maildir folder source, the embedded default.

Unhandled mail is every file in ``new/`` plus files in ``cur/`` without the ``S`` (seen)
flag. :meth:`MaildirSource.ack` renames ``new/NAME`` to ``cur/NAME:2,S`` (or adds ``S`` to
a ``cur/`` file's flags), which is atomic on one file system. A read-only source changes
nothing, yields every message each time and suits bundled inboxes; a plain directory of
``.eml`` files is read that way too.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from agent.errors import MailboxError
from agent.ingest.sources import MailItem, SourceStatus, lag_since

logger = logging.getLogger(__name__)

_INFO = ":2,"


class MaildirSource:
    """A Maildir (``new/``, ``cur/``, ``tmp/``) or a flat directory of ``.eml`` files."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = False) -> None:
        """Open ``path``; with ``create`` a missing or empty folder becomes a Maildir.

        Raises:
            MailboxError: The path is neither a Maildir nor a directory of ``.eml`` files.
        """
        self.path = Path(path)
        self.name = f"maildir:{self.path}"
        self._started = dt.datetime.now(dt.UTC)
        self._last_success: dt.datetime | None = None
        self._failures = 0
        self._last_error: str | None = None
        self._pending: dict[str, Path] = {}
        is_maildir = (self.path / "new").is_dir() or (self.path / "cur").is_dir()
        empty = not self.path.exists() or not any(self.path.iterdir())
        if not is_maildir and create and not read_only and empty:
            for sub in ("new", "cur", "tmp"):
                (self.path / sub).mkdir(parents=True, exist_ok=True)
            is_maildir = True
        self.flat = not is_maildir
        if self.flat and not self.path.is_dir():
            raise MailboxError(f"{self.path}: no such Maildir or directory")
        self.read_only = read_only or self.flat

    def _candidates(self) -> list[Path]:
        if self.flat:
            return sorted(p for p in self.path.iterdir() if p.suffix == ".eml" and p.is_file())
        found: list[Path] = []
        for sub in ("new", "cur"):
            folder = self.path / sub
            if not folder.is_dir():
                continue
            for entry in sorted(folder.iterdir()):
                if entry.name.startswith(".") or not entry.is_file():
                    continue
                if not self.read_only and sub == "cur" and "S" in _flags(entry.name):
                    continue
                found.append(entry)
        return found

    def fetch(self) -> Iterator[MailItem]:
        """Yield unhandled messages oldest name first; unreadable files are skipped and logged.

        Raises:
            MailboxError: The folder itself cannot be listed.
        """
        try:
            candidates = self._candidates()
        except OSError as exc:
            self._fail(exc)
            raise MailboxError(f"{self.name}: cannot list: {exc}") from exc
        self._succeed()
        for entry in candidates:
            try:
                raw = entry.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                logger.warning("%s: cannot read %s: %s", self.name, entry.name, exc)
                continue
            key = entry.name.split(_INFO, 1)[0] if not self.flat else entry.name
            self._pending[key] = entry
            yield MailItem(raw=raw, key=key)

    def ack(self, item: MailItem) -> None:
        """Flag the message seen (moving it to ``cur/``); a no-op when read-only.

        Raises:
            MailboxError: The rename failed for a reason other than it being done already.
        """
        entry = self._pending.pop(item.key, None)
        if self.read_only or entry is None:
            return
        flags = _flags(entry.name)
        if entry.parent.name == "cur" and "S" in flags:
            return
        target = self.path / "cur" / (item.key + _INFO + "".join(sorted(set(flags) | {"S"})))
        try:
            os.rename(entry, target)
        except FileNotFoundError:
            if not target.exists():
                raise MailboxError(f"{self.name}: {entry.name} vanished before ack") from None
        except OSError as exc:
            self._fail(exc)
            raise MailboxError(f"{self.name}: cannot flag {entry.name}: {exc}") from exc

    def wait(self, timeout: float) -> None:
        """Poll: sleep ``timeout`` seconds (a Maildir has no push)."""
        time.sleep(timeout)

    def status(self) -> SourceStatus:
        """Health figures; lag is the time since the folder was last listed."""
        return SourceStatus(
            name=self.name,
            last_success_at=self._last_success,
            lag_seconds=lag_since(self._last_success, self._started),
            consecutive_failures=self._failures,
            last_error=self._last_error,
            pending=len(self._pending),
        )

    def close(self) -> None:
        """Forget un-acked items (they will be yielded again next time)."""
        self._pending.clear()

    def _succeed(self) -> None:
        self._last_success = dt.datetime.now(dt.UTC)
        self._failures = 0

    def _fail(self, exc: Exception) -> None:
        self._failures += 1
        self._last_error = str(exc)


def _flags(name: str) -> str:
    return name.split(_INFO, 1)[1] if _INFO in name else ""
