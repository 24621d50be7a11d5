"""The local review queue's record of writes: activities, chatter notes, new line dates.

With the bundled scenario there is no Odoo to write to, so writes go here instead: one JSON
object per line, appended (in memory when no file is given). Several processes may share
one file: each append holds an exclusive ``flock`` and every read first takes in the lines
other writers appended since, so all of them see one history.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from agent.errors import OdooError
from agent.odoo.records import ActivityDraft

logger = logging.getLogger(__name__)


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    at: dt.datetime


class ActivityCreated(_Entry):
    """An activity (and its chatter note, if the draft had one) was created."""

    type: Literal["activity"] = "activity"
    activity_id: int
    note_id: int | None = None
    draft: ActivityDraft


class NotePosted(_Entry):
    """An internal chatter note was posted on a record."""

    type: Literal["note"] = "note"
    message_id: int
    res_model: str
    res_id: int
    body_html: str


class LineDatesSet(_Entry):
    """Planned dates of purchase order lines were changed (an approved change)."""

    type: Literal["line_dates"] = "line_dates"
    changes: list[tuple[int, dt.datetime]]


class ActivityClosed(_Entry):
    """A person closed an activity: marked it done (with feedback) or deleted it."""

    type: Literal["activity_closed"] = "activity_closed"
    marker: str
    state: Literal["done", "gone"]
    feedback: str | None = None


class ActivityReassigned(_Entry):
    """An activity was handed to another user (escalation)."""

    type: Literal["activity_reassigned"] = "activity_reassigned"
    activity_id: int
    user_id: int


LogEntry = Annotated[
    ActivityCreated | NotePosted | LineDatesSet | ActivityClosed | ActivityReassigned,
    Field(discriminator="type"),
]
_ENTRY: TypeAdapter[LogEntry] = TypeAdapter(LogEntry)


class ActivityLog:
    """An append-only list of write entries, optionally mirrored to a JSON-lines file."""

    def __init__(self, path: Path | None = None) -> None:
        """Open (or start) the log; an existing file is read in full."""
        self.path = path
        self._entries: list[LogEntry] = []
        self._offset = 0
        self._lock = threading.RLock()
        self._listeners: list[Callable[[LogEntry], None]] = []
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(exist_ok=True)
            self.refresh()

    def subscribe(self, listener: Callable[[LogEntry], None]) -> None:
        """Call ``listener`` for every entry already read and every entry read from now on."""
        with self._lock:
            self._listeners.append(listener)
            for entry in self._entries:
                listener(entry)

    @property
    def entries(self) -> list[LogEntry]:
        """All entries, oldest first, including those other processes appended."""
        self.refresh()
        with self._lock:
            return list(self._entries)

    def refresh(self) -> None:
        """Take in lines appended to the file since the last read."""
        if self.path is None:
            return
        with self._lock, self.path.open("rb") as handle:
            handle.seek(self._offset)
            chunk = handle.read()
            complete = chunk[: chunk.rfind(b"\n") + 1]
            parsed = [
                self._parse(raw, number)
                for number, raw in enumerate(complete.splitlines(), start=1)
                if raw.strip()
            ]
            self._offset += len(complete)
            for entry in parsed:
                self._take(entry)

    @contextmanager
    def writing(self) -> Iterator[Callable[[LogEntry], None]]:
        """Hold the write lock (across processes too) and yield an ``append`` function.

        Everything read inside the block is current, so a check-then-append (such as
        "does an activity with this marker exist?") cannot race another writer.
        """
        with self._lock:
            if self.path is None:
                yield self._take
                return
            with self.path.open("ab") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    self.refresh()

                    def append(entry: LogEntry) -> None:
                        line = entry.model_dump_json() + "\n"
                        handle.write(line.encode("utf-8"))
                        handle.flush()
                        self._offset += len(line.encode("utf-8"))
                        self._take(entry)

                    yield append
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)

    def _take(self, entry: LogEntry) -> None:
        self._entries.append(entry)
        for listener in self._listeners:
            listener(entry)

    def _parse(self, raw: bytes, number: int) -> LogEntry:
        try:
            return _ENTRY.validate_json(raw)
        except ValidationError as exc:
            raise OdooError(
                f"{self.path}: line {number} after byte {self._offset} is not a valid "
                f"activity log entry ({exc.errors()[0]['msg']}); fix or remove that line",
                model="scenario.activity_log",
                method="read",
            ) from exc
