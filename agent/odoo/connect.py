"""``connect``: the live gateway for the settings, on the transport the server wants.

``transport = auto`` asks the server's ``version_info`` first (one HTTP request, no login)
and picks JSON-2 from Odoo 19 on, odoorpc's JSON-RPC before; ``jsonrpc`` or ``json2`` force
one. The gateway then reads its reference data once (:meth:`OdooRpcGateway.prepare`).
``connect_lazily`` does all of this on the first call instead, for services that must start
(and take mail in) while Odoo is down.
"""

from __future__ import annotations

import logging

from agent.config import OdooSettings
from agent.errors import ConfigError
from agent.odoo.json2 import Json2Transport, probe_version
from agent.odoo.lazy import LazyTransport
from agent.odoo.rpc import OdooRpcGateway
from agent.odoo.rpc_transport import JsonRpcTransport
from agent.odoo.transport import OdooTransport
from agent.odoo.versions import JSON2_FROM, SUPPORTED_FROM, parse_version

logger = logging.getLogger(__name__)


def _configured(settings: OdooSettings) -> tuple[str, str, str, str]:
    """URL, database, login and password, or a ConfigError saying what to set."""
    if not (settings.url and settings.db and settings.login and settings.password):
        raise ConfigError(
            "Odoo is not configured: set TRIAGE_ODOO_URL, TRIAGE_ODOO_DB, TRIAGE_ODOO_LOGIN "
            "and TRIAGE_ODOO_PASSWORD"
        )
    return settings.url, settings.db, settings.login, settings.password.get_secret_value()


def open_transport(settings: OdooSettings) -> OdooTransport:
    """A logged-in transport for the settings (see the module docstring)."""
    url, db, login, password = _configured(settings)
    kind = settings.transport
    version: str | None = None
    if kind == "auto":
        info = probe_version(url, settings.timeout)
        version = str(info.get("server_version") or "")
        major = parse_version(version, info.get("server_version_info"))[0]
        if major and major < SUPPORTED_FROM:
            raise ConfigError(f"Odoo {version} is too old: versions 16 and later are supported")
        kind = "json2" if major >= JSON2_FROM else "jsonrpc"
    logger.info("odoo: %s at %s (version %s)", kind, url, version or "?")
    if kind == "json2":
        return Json2Transport(url, db, login, password, settings.timeout, version)
    return JsonRpcTransport(url, db, login, password, settings.timeout, version)


def connect(settings: OdooSettings, *, prepare: bool = True) -> OdooRpcGateway:
    """The gateway over the right transport, logged in now, with its reference data read."""
    gateway = OdooRpcGateway(open_transport(settings))
    if prepare:
        gateway.prepare()
    return gateway


def connect_lazily(settings: OdooSettings) -> OdooRpcGateway:
    """The gateway of a long-running service: it logs in on first use, not here.

    Settings are checked now (a ConfigError is not an outage); Odoo being down only fails
    the calls that need it, and the next call tries again (:class:`LazyTransport`).
    """
    url, db, login, _ = _configured(settings)
    return OdooRpcGateway(LazyTransport(lambda: open_transport(settings), url, db, login))
