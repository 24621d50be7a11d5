"""``LazyTransport``: log in to Odoo on first use, so the service starts while Odoo is down.

The service builds its gateway at start-up; with this transport nothing goes over the wire
until a call needs Odoo. A failed log-in is not remembered: the next call tries again, so
the gateway recovers by itself once Odoo is back. :meth:`LazyTransport.check` (behind
``/readyz``) asks Odoo each time, so it reports an outage that began after the log-in too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from agent.odoo.transport import OdooTransport
from agent.odoo.versions import VersionProfile


class LazyTransport:
    """An :class:`~agent.odoo.transport.OdooTransport` that opens its connection on demand.

    Args:
        opener: Opens the real (logged-in) transport; may raise ``OdooError``.
        url: Server URL (known before any log-in).
        db: Database name.
        login: User login.
    """

    def __init__(self, opener: Callable[[], OdooTransport], url: str, db: str, login: str) -> None:
        """Keep the opener; no call is made here."""
        self._opener = opener
        self._inner: OdooTransport | None = None
        self._lock = threading.Lock()
        self.url, self.db, self.login = url, db, login

    def open(self) -> OdooTransport:
        """The logged-in transport, logging in now if it is not yet (raises ``OdooError``)."""
        inner = self._inner
        if inner is not None:
            return inner
        with self._lock:
            if self._inner is None:
                self._inner = self._opener()
            return self._inner

    @property
    def name(self) -> str:
        """The protocol in use (``jsonrpc`` or ``json2``) once logged in, else ``lazy``."""
        return self._inner.name if self._inner is not None else "lazy"

    @property
    def uid(self) -> int:
        """The logged-in user's id (logs in if needed)."""
        return self.open().uid

    @property
    def version(self) -> VersionProfile:
        """What the server's version can do (logs in if needed)."""
        return self.open().version

    def call(self, model: str, method: str, ids: Sequence[int] | None = None, **kwargs: Any) -> Any:
        """The call over the logged-in transport (logs in first if needed)."""
        return self.open().call(model, method, ids, **kwargs)

    def check(self) -> str:
        """Odoo's version if it answers now (one ``context_get``); else raises ``OdooError``."""
        inner = self.open()
        inner.call("res.users", "context_get")
        return inner.version.text

    def close(self) -> None:
        """Release the logged-in transport, if any; the next call logs in again."""
        with self._lock:
            inner, self._inner = self._inner, None
        if inner is not None:
            inner.close()
