"""The seam under the gateway: one remote call, whatever the protocol.

``OdooRpcGateway`` builds every domain, field list and record over this Protocol, so the
JSON-RPC (odoorpc, Odoo 16-18) and JSON-2 (httpx, Odoo 19+) transports share all of the
record conversion code. A transport only moves ``model.method(ids, **kwargs)`` over the
wire and turns failures into :class:`~agent.errors.OdooError` (see ``rpc_errors``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from agent.odoo.versions import VersionProfile


class OdooTransport(Protocol):
    """A logged-in connection to one Odoo database (``LazyTransport`` logs in on first use)."""

    @property
    def name(self) -> str:
        """The protocol: ``jsonrpc`` or ``json2``."""
        ...

    @property
    def url(self) -> str:
        """``http(s)://host[:port]`` of the server."""
        ...

    @property
    def db(self) -> str:
        """The database."""
        ...

    @property
    def login(self) -> str:
        """The user's login."""
        ...

    @property
    def uid(self) -> int:
        """The logged-in user's id."""
        ...

    @property
    def version(self) -> VersionProfile:
        """What the server's version can do."""
        ...

    def call(self, model: str, method: str, ids: Sequence[int] | None = None, **kwargs: Any) -> Any:
        """Run ``model.method`` (on ``ids`` for record methods) with named arguments.

        Raises:
            OdooUnavailable: The server could not be reached or failed transiently.
            OdooError: Odoo refused the call (access, validation, unknown model, ...).
        """
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
