"""Where an IMAP source remembers how far it has read: ``(UIDVALIDITY, last UID)`` per folder.

The cursor only moves past a UID once that message was acknowledged (committed), so a
crash re-reads from the last committed message. The integrator adds a SQL implementation
beside these two.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import NamedTuple, Protocol, runtime_checkable

from agent.errors import MailboxError

logger = logging.getLogger(__name__)


class UidCursor(NamedTuple):
    """A folder's UIDVALIDITY and the highest UID handled under it."""

    uidvalidity: int
    last_uid: int


@runtime_checkable
class UidCursorStore(Protocol):
    """Persistence for IMAP cursors; ``folder`` is the source's mailbox key."""

    def get(self, folder: str) -> UidCursor | None:
        """The stored cursor, or None when the folder was never read."""
        ...

    def set(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Store the cursor (replacing the previous one)."""
        ...


class MemoryCursorStore:
    """Cursors in a dict: for tests and one-shot runs."""

    def __init__(self) -> None:
        """Start empty."""
        self.cursors: dict[str, UidCursor] = {}

    def get(self, folder: str) -> UidCursor | None:
        """The stored cursor, if any."""
        return self.cursors.get(folder)

    def set(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Remember the cursor."""
        self.cursors[folder] = UidCursor(uidvalidity, last_uid)


class JsonFileCursorStore:
    """Cursors in a small JSON file, replaced atomically on every change."""

    def __init__(self, path: str | Path) -> None:
        """Use ``path`` (created on the first ``set``)."""
        self.path = Path(path)

    def _load(self) -> dict[str, list[int]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise MailboxError(f"{self.path}: cursor file unreadable: {exc}") from exc
        return data if isinstance(data, dict) else {}

    def get(self, folder: str) -> UidCursor | None:
        """The stored cursor, if any.

        Raises:
            MailboxError: The file exists but is not readable JSON.
        """
        value = self._load().get(folder)
        if isinstance(value, list) and len(value) == 2:
            return UidCursor(int(value[0]), int(value[1]))
        return None

    def set(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Write the cursor through a temporary file and an atomic rename."""
        data = self._load()
        data[folder] = [uidvalidity, last_uid]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".cursors-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise MailboxError(f"{self.path}: cannot write cursor: {exc}") from exc
