"""IMAP cursors in the store, so every replica and restart reads on from the same UID."""

from __future__ import annotations

import datetime as dt

from agent.ingest.cursors import UidCursor
from agent.store.repository import Store


class StoreCursorStore:
    """``UidCursorStore`` over the ``mailbox_cursors`` table."""

    def __init__(self, store: Store) -> None:
        """Keep cursors in ``store``."""
        self.store = store

    def get(self, folder: str) -> UidCursor | None:
        """The stored cursor, or None when the folder was never read."""
        found = self.store.get_cursor(folder)
        return UidCursor(uidvalidity=found[0], last_uid=found[1]) if found else None

    def set(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Store the cursor."""
        self.store.set_cursor(folder, uidvalidity, last_uid, dt.datetime.now(dt.UTC))
