"""The one place where failures talking to Odoo become ``OdooError`` / ``OdooUnavailable``.

Both transports (odoorpc's JSON-RPC and httpx's JSON-2) call :func:`mapped`, so a wrong
password, an unknown database or a missing module reads the same whichever protocol is in
use, and says what to change. Only network trouble, HTTP 5xx pages, timeouts, expired
sessions and database serialization conflicts are retryable (``OdooUnavailable``): a
request Odoo refused stays refused however often it is repeated.
"""

from __future__ import annotations

import errno
import http.client
import json
import socket
import urllib.error
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import odoorpc.error

from agent.errors import OdooError, OdooUnavailable, OdooUnreachable

MODULES_HINT = "install the purchase, stock and purchase_stock modules in that database"
_NO_CONNECTION = {errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH}
_RETRYABLE_NAMES = (
    "psycopg2.errors.SerializationFailure",
    "psycopg2.extensions.TransactionRollbackError",
    "psycopg2.errors.LockNotAvailable",
    "odoo.http.SessionExpiredException",
)


@dataclass(frozen=True)
class CallContext:
    """Where a call went, for messages that say what to fix."""

    url: str
    db: str
    login: str
    timeout: float
    model: str | None = None
    method: str | None = None

    def at(self, model: str | None, method: str | None) -> CallContext:
        """The same connection, another call."""
        return CallContext(self.url, self.db, self.login, self.timeout, model, method)


def server_error(name: str, message: str, ctx: CallContext, status: int | None = None) -> OdooError:
    """An error Odoo answered (``data.name`` / ``data.message``) as an actionable OdooError."""
    kw: dict[str, Any] = {"model": ctx.model, "method": ctx.method, "odoo_name": name or None}
    first = message.strip().splitlines()[0] if message.strip() else name
    if name == "odoo.exceptions.AccessDenied" or status == 401:
        return OdooError(
            f"wrong credentials: Odoo at {ctx.url} refused login {ctx.login!r} on database "
            f"{ctx.db!r}; check TRIAGE_ODOO_LOGIN and TRIAGE_ODOO_PASSWORD (an API key "
            "works as the password)",
            **kw,
        )
    if "does not exist" in message and ("database" in message or "OperationalError" in name):
        return OdooError(
            f"unknown database {ctx.db!r} on {ctx.url}: check TRIAGE_ODOO_DB "
            "(`triage odoo check` lists the databases the server offers)",
            **kw,
        )
    if name == "odoo.exceptions.AccessError" or status == 403:
        return OdooError(
            f"missing access rights: {first} Give user {ctx.login!r} the Purchase and "
            "Inventory user groups (or run `triage odoo check` to see which access is missing)",
            **kw,
        )
    if _unknown_model(message) or (status == 404 and ctx.model and "model" in message.lower()):
        return OdooError(
            f"model {ctx.model!r} is unknown to the database {ctx.db!r}: {MODULES_HINT}",
            **kw,
        )
    if name == "werkzeug.exceptions.NotFound":
        return OdooError(
            f"{ctx.url} has no such route ({first}); check TRIAGE_ODOO_URL "
            "(and TRIAGE_ODOO_TRANSPORT: json2 needs Odoo 19 or later)",
            **kw,
        )
    if name in _RETRYABLE_NAMES:
        return OdooUnavailable(f"Odoo asked to retry: {first}", **kw)
    if name == "builtins.ValueError" and "Invalid field" in message:
        return OdooError(
            f"{first} (the gateway may not know this Odoo version's fields; "
            "run `triage odoo check`)",
            **kw,
        )
    return OdooError(first or "Odoo refused the call", **kw)


def _unknown_model(message: str) -> bool:
    return message.startswith("Object ") and message.rstrip().endswith("doesn't exist")


def _from_rpc_error(exc: odoorpc.error.RPCError, ctx: CallContext) -> OdooError:
    info: dict[str, Any] = exc.info if isinstance(exc.info, dict) else {}
    raw = info.get("data")
    data: dict[str, Any] = raw if isinstance(raw, dict) else {}
    message = str(data.get("message") or exc.args[0] or "")
    name = str(data.get("name") or "")
    if not info and "Wrong login" in message:
        name = "odoo.exceptions.AccessDenied"
    if info.get("code") == 100:
        name = name or "odoo.http.SessionExpiredException"
    return server_error(name, message, ctx)


def http_status_error(status: int, body: bytes | str, ctx: CallContext) -> OdooError:
    """An HTTP error status: Odoo's JSON error body when there is one, else the status."""
    raw = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        data = json.loads(raw) if raw.strip().startswith("{") else {}
    except ValueError:
        data = {}
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        data = data["error"].get("data") or {}
    if isinstance(data, dict) and data.get("name"):
        return server_error(str(data["name"]), str(data.get("message") or ""), ctx, status)
    if status >= 500:
        return OdooUnavailable(
            f"Odoo at {ctx.url} answered HTTP {status}; it is failing or restarting, "
            "the call will be retried",
            model=ctx.model,
            method=ctx.method,
        )
    if status in (401, 403):
        return server_error("", "", ctx, status)
    if status == 404:
        return OdooError(
            f"{ctx.url} answered HTTP 404: no Odoo API there; check TRIAGE_ODOO_URL "
            "(and TRIAGE_ODOO_TRANSPORT: json2 needs Odoo 19 or later)",
            model=ctx.model,
            method=ctx.method,
        )
    return OdooError(
        f"Odoo at {ctx.url} answered HTTP {status}", model=ctx.model, method=ctx.method
    )


def map_exception(exc: BaseException, ctx: CallContext) -> OdooError | None:
    """The OdooError for a library or network exception; ``None`` when it is not one of ours."""
    where: dict[str, Any] = {"model": ctx.model, "method": ctx.method}
    if isinstance(exc, odoorpc.error.RPCError):
        return _from_rpc_error(exc, ctx)
    if isinstance(exc, urllib.error.HTTPError):
        try:
            body = exc.read()
        except OSError:
            body = b""
        finally:
            exc.close()
        return http_status_error(exc.code, body, ctx)
    if isinstance(exc, httpx.TimeoutException | TimeoutError | socket.timeout):
        return OdooUnavailable(
            f"Odoo at {ctx.url} did not answer within {ctx.timeout:g}s "
            "(raise TRIAGE_ODOO_TIMEOUT if the server is just slow)",
            **where,
        )
    if isinstance(exc, urllib.error.URLError) and isinstance(
        exc.reason, TimeoutError | socket.timeout
    ):
        return map_exception(exc.reason, ctx)
    if isinstance(
        exc,
        urllib.error.URLError | ConnectionError | http.client.HTTPException | httpx.TransportError,
    ):
        reason = getattr(exc, "reason", None) or exc
        kind = OdooUnreachable if _not_connected(exc) else OdooUnavailable
        return kind(
            f"cannot reach Odoo at {ctx.url} ({reason}); check TRIAGE_ODOO_URL and that "
            "the server is running",
            **where,
        )
    if isinstance(exc, OSError):
        return OdooUnavailable(f"network error talking to Odoo at {ctx.url}: {exc}", **where)
    if isinstance(exc, json.JSONDecodeError):
        return OdooError(
            f"{ctx.url} did not answer JSON: is TRIAGE_ODOO_URL an Odoo server?", **where
        )
    return None


def _not_connected(exc: BaseException) -> bool:
    """Whether no connection was made at all (refused, no route, unknown host)."""
    reason = getattr(exc, "reason", None) if isinstance(exc, urllib.error.URLError) else exc
    return isinstance(reason, httpx.ConnectError | ConnectionRefusedError | socket.gaierror) or (
        isinstance(reason, OSError) and reason.errno in _NO_CONNECTION
    )


@contextmanager
def mapped(ctx: CallContext) -> Iterator[None]:
    """Run a remote call and convert any failure into ``OdooError`` (context added once)."""
    try:
        yield
    except OdooError:
        raise
    except Exception as exc:
        error = map_exception(exc, ctx)
        if error is None:
            raise
        raise error from exc
