"""Odoo 19's JSON-2 API over httpx: the transport once JSON-RPC is gone.

``POST /json/2/<model>/<method>`` with ``Authorization: bearer <API key>`` and the
database in ``X-Odoo-Database``; the body holds named arguments (``ids``, ``context`` and
the method's own parameters) and the answer is the bare result. Failures come back as HTTP
status codes with Odoo's error object as the body; ``rpc_errors`` maps both.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Sequence
from typing import Any

import httpx

from agent.errors import OdooError
from agent.odoo.rpc_errors import CallContext, http_status_error, mapped, server_error
from agent.odoo.versions import VersionProfile, parse_version, profile

logger = logging.getLogger(__name__)


def _request_id() -> int:
    return random.randint(1, 10**9)


def probe_version(url: str, timeout: float, client: httpx.Client | None = None) -> dict[str, Any]:
    """``/web/webclient/version_info`` of the server (answered by every version, 16 to 19+)."""
    ctx = CallContext(url, "", "", timeout, None, "version_info")
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    try:
        with mapped(ctx):
            response = http.post(
                f"{url}/web/webclient/version_info",
                json={
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {},
                    "id": random.randint(1, 10**9),
                },
            )
        if response.status_code != 200:
            raise http_status_error(response.status_code, response.content, ctx)
        with mapped(ctx):
            body = response.json()
    finally:
        if own:
            http.close()
    result = body.get("result") if isinstance(body, dict) else None
    if not isinstance(result, dict):
        raise OdooError(f"{url} does not answer like an Odoo server (no version_info)")
    return result


class Json2Transport:
    """A JSON-2 connection authenticated by an API key.

    Args:
        url: ``http(s)://host[:port]`` of the Odoo server.
        db: Database name (sent as ``X-Odoo-Database``).
        login: User login (for messages; the API key identifies the user).
        api_key: The user's API key.
        timeout: Seconds to wait for each answer.
        version: Server version string when already known.
        transport: httpx transport override (tests can route through a plain function).
    """

    name = "json2"

    def __init__(
        self,
        url: str,
        db: str,
        login: str,
        api_key: str,
        timeout: float = 30.0,
        version: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """Open the client, learn the version and check the key with ``context_get``."""
        self.url, self.db, self.login = url, db, login
        self._ctx = CallContext(url, db, login, timeout)
        self._client = httpx.Client(
            base_url=url,
            timeout=timeout,
            transport=transport,
            headers={
                "Authorization": f"bearer {api_key}",
                "X-Odoo-Database": db,
                "User-Agent": "triage-agent",
            },
        )
        try:
            if version is None:
                info = probe_version(url, timeout, self._client)
                version = str(info.get("server_version") or "")
                major = parse_version(version, info.get("server_version_info"))[0]
            else:
                major = parse_version(version)[0]
            self.version: VersionProfile = profile(major, version)
            context = self.call("res.users", "context_get")
        except BaseException:
            self._client.close()
            raise
        self.uid = int(context.get("uid") or 0) if isinstance(context, dict) else 0

    def call(self, model: str, method: str, ids: Sequence[int] | None = None, **kwargs: Any) -> Any:
        """One ``POST /json/2/<model>/<method>``."""
        ctx = self._ctx.at(model, method)
        body: dict[str, Any] = dict(kwargs)
        if ids is not None:
            body["ids"] = list(ids)
        started = time.monotonic()
        outcome = "error"
        try:
            with mapped(ctx):
                response = self._client.post(f"/json/2/{model}/{method}", json=body)
            if response.status_code != 200:
                raise http_status_error(response.status_code, response.content, ctx)
            with mapped(ctx):
                result = response.json()
            if isinstance(result, dict) and set(result) >= {"name", "message", "debug"}:
                raise server_error(str(result["name"]), str(result["message"]), ctx)
            outcome = "ok"
            return result
        finally:
            logger.debug(
                "odoo json2 %s.%s %s in %.3fs", model, method, outcome, time.monotonic() - started
            )

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()
