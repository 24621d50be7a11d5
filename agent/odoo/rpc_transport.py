"""JSON-RPC through odoorpc: the transport for Odoo 16 to 18.

odoorpc asks ``/web/webclient/version_info`` when it connects and ``common.login`` plus
``res.users.context_get`` when it logs in; afterwards every call is one
``object.execute_kw`` POST carrying the password, so there is no session to expire.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import odoorpc

from agent.errors import ConfigError
from agent.odoo.rpc_errors import CallContext, mapped
from agent.odoo.versions import VersionProfile, parse_version, profile

logger = logging.getLogger(__name__)


def split_url(url: str) -> tuple[str, int, bool]:
    """``(host, port, ssl)`` of an ``http(s)://host[:port]`` URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not an http(s) URL: {url!r}")
    if parts.path not in ("", "/"):
        raise ConfigError(f"TRIAGE_ODOO_URL must be the server root without a path, not {url!r}")
    ssl = parts.scheme == "https"
    return parts.hostname, parts.port or (443 if ssl else 80), ssl


class JsonRpcTransport:
    """A logged-in odoorpc connection; see :class:`~agent.odoo.transport.OdooTransport`.

    Args:
        url: ``http(s)://host[:port]`` of the Odoo server.
        db: Database name.
        login: User login.
        password: Password or API key.
        timeout: Seconds to wait for each answer.
        version: Server version string when already known (skips odoorpc's probe).
    """

    name = "jsonrpc"

    def __init__(
        self,
        url: str,
        db: str,
        login: str,
        password: str,
        timeout: float = 30.0,
        version: str | None = None,
    ) -> None:
        """Connect and log in; failures raise ``OdooError`` with what to fix."""
        host, port, ssl = split_url(url)
        self.url, self.db, self.login = url, db, login
        self._ctx = CallContext(url, db, login, timeout)
        with mapped(self._ctx.at(None, "version_info")):
            self._odoo = odoorpc.ODOO(
                host,
                protocol="jsonrpc+ssl" if ssl else "jsonrpc",
                port=port,
                timeout=timeout,
                version=version,
            )
        text = str(self._odoo.version)
        self.version: VersionProfile = profile(parse_version(text)[0], text)
        with mapped(self._ctx.at("res.users", "login")):
            self._odoo.login(db, login, password)
        self.uid = int(self._odoo.env.uid)

    def call(self, model: str, method: str, ids: Sequence[int] | None = None, **kwargs: Any) -> Any:
        """One ``execute_kw`` round trip."""
        args = [list(ids)] if ids is not None else []
        started = time.monotonic()
        outcome = "error"
        try:
            with mapped(self._ctx.at(model, method)):
                result = self._odoo.execute_kw(model, method, args, kwargs)
            outcome = "ok"
            return result
        finally:
            logger.debug(
                "odoo jsonrpc %s.%s %s in %.3fs", model, method, outcome, time.monotonic() - started
            )

    def close(self) -> None:
        """Nothing to release: odoorpc keeps no open socket between calls."""
