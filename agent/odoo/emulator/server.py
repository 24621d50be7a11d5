"""The HTTP front of the emulator: a stdlib ``ThreadingHTTPServer`` in a daemon thread.

It decodes each request, lets the :class:`~.faults.FaultPlan` misbehave first (latency,
HTTP 500, dropped connection, timeout), then hands JSON-RPC to :class:`~.rpc.Backend` and
``/json/2/`` to :mod:`.json2`. Only the standard library is used, so shipping the emulator in
the package adds no dependency.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from email.utils import formatdate
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from . import errors, json2
from .database import Database, EmulatorData
from .faults import Fault, FaultKind, FaultPlan
from .mail import RecordRef
from .rpc import Backend, Reply
from .schema import build_registry
from .seed import demo_data

logger = logging.getLogger(__name__)

JSONRPC_ROUTES = ("/jsonrpc", "/web/webclient/version_info", "/web/session/", "/web/dataset/")
WERKZEUG_500 = (
    "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
    "<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was "
    "unable to complete your request. Either the server is overloaded or there is an error "
    "in the application.</p>\n"
)
WERKZEUG_404 = (
    "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
    "<p>The requested URL was not found on the server.</p>\n"
)


def _as_jsonrpc(value: Any) -> Any:
    if isinstance(value, RecordRef):
        return str(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _as_json2(value: Any) -> Any:
    if isinstance(value, RecordRef):
        return value.ids
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class OdooEmulator:
    """An Odoo server over real HTTP, backed by in-memory records.

    Example:
        >>> with OdooEmulator(version=17) as emu:          # doctest: +SKIP
        ...     odoo = odoorpc.ODOO("127.0.0.1", port=emu.port)

    """

    def __init__(
        self,
        data: EmulatorData | None = None,
        version: int = 17,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str = "triage",
        users: dict[str, str] | None = None,
    ) -> None:
        """Prepare (but do not bind) an emulator.

        Args:
            data: Records to serve; defaults to :func:`~.seed.demo_data` for ``version``.
            version: Odoo major version to emulate: 16, 17, 18 or 19.
            host: Address to bind.
            port: Port to bind; 0 picks a free one (read it back from :attr:`port`).
            db: Database name clients must use.
            users: Login to password; ``admin`` is uid 2. Defaults to ``{"admin": "admin"}``.

        """
        if version not in (16, 17, 18, 19):
            raise ValueError(f"unsupported Odoo version {version}; use 16, 17, 18 or 19")
        self.version = version
        self.data = data if data is not None else demo_data(version)
        self._db = Database(self.data, build_registry(version), version, db)
        self._backend = Backend(self._db, users if users is not None else {"admin": "admin"})
        self.faults = FaultPlan()
        self.request_count = 0
        self._host, self._port = host, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._count_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        """Bind the socket and serve in a daemon thread."""
        if self._server is not None:
            return
        self._stopping.clear()
        handler = type("Handler", (_Handler,), {"emulator": self})
        self._server = ThreadingHTTPServer((self._host, self._port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"odoo-emulator-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OdooEmulator:
        """Start on entering a ``with`` block."""
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop on leaving the ``with`` block."""
        self.stop()

    @property
    def port(self) -> int:
        """The bound port (after :meth:`start`)."""
        if self._server is None:
            return self._port
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:8069``."""
        return f"http://{self._host}:{self.port}"

    @property
    def db_name(self) -> str:
        """Name of the emulated database."""
        return self._db.name

    # -- what tests inspect and script ------------------------------------------------
    @property
    def calls(self) -> list[tuple[str, str]]:
        """``(model, method)`` of every model call received, in order."""
        return self._backend.calls

    def reset_calls(self) -> None:
        """Forget the recorded calls (and the request count)."""
        with self._backend.lock:
            self._backend.calls.clear()
        self.request_count = 0

    def inject(self, fault: Fault) -> None:
        """Queue a fault for the next matching request(s)."""
        self.faults.add(fault)

    def set_access(self, login: str, model: str, perms: set[str] | frozenset[str]) -> None:
        """Restrict ``login`` on ``model`` to ``perms`` (subset of read/write/create/unlink)."""
        uid = self._backend.uid_of(login)
        if uid is None:
            raise KeyError(f"unknown login {login!r}")
        unknown = set(perms) - {"read", "write", "create", "unlink"}
        if unknown:
            raise ValueError(f"unknown permissions {sorted(unknown)}")
        self._db.access[(uid, model)] = set(perms)

    def add_user(self, login: str, password: str) -> int:
        """Let ``login`` log in with ``password`` (creating the user if needed); its uid."""
        return self._backend.add_user(login, password)

    def add_api_key(self, login: str) -> str:
        """Create a JSON-2 bearer API key for ``login`` and return it."""
        uid = self._backend.uid_of(login)
        if uid is None:
            raise KeyError(f"unknown login {login!r}")
        key = secrets.token_hex(20)
        self._backend.api_keys[key] = uid
        return key

    def _count(self) -> None:
        with self._count_lock:
            self.request_count += 1


class _Handler(BaseHTTPRequestHandler):
    emulator: OdooEmulator
    protocol_version = "HTTP/1.1"
    server_version = "Werkzeug/2.0.2"
    sys_version = "Python/3.11"

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._serve(None)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._serve(self.rfile.read(length) if length else b"")

    def _serve(self, raw: bytes | None) -> None:
        emulator = self.emulator
        emulator._count()
        path = self.path.split("?", 1)[0]
        payload: Any = {}
        if raw:
            try:
                payload = json.loads(raw)
            except ValueError:
                self._send(400, b"Invalid JSON data", "text/plain; charset=utf-8")
                return
        if self._fault(path, payload):
            return
        backend = emulator._backend
        if path.startswith(json2.PREFIX):
            reply = json2.handle(backend, path, self.headers.get("Authorization"), payload)
            self._send_json(reply, _as_json2)
        elif path.startswith(JSONRPC_ROUTES) and isinstance(payload, dict):
            try:
                reply = backend.handle(path, payload, self._session_id())
            except Exception as exc:  # an emulator bug must still look like an Odoo error
                logger.exception("emulator failure on %s", path)
                error = errors.ServerError(f"builtins.{type(exc).__name__}", str(exc))
                reply = Reply(
                    {"jsonrpc": "2.0", "id": payload.get("id"), "error": error.jsonrpc_error()}
                )
            self._send_json(reply, _as_jsonrpc)
        else:
            self._send(404, WERKZEUG_404.encode(), "text/html; charset=utf-8")

    def _fault(self, path: str, payload: Any) -> bool:
        model, method = _target(path, payload)
        fault = self.emulator.faults.take(model, method)
        if fault is None:
            return False
        if fault.kind is FaultKind.LATENCY:
            self.emulator._stopping.wait(fault.seconds)
            return False
        if fault.kind is FaultKind.HTTP_500:
            self._send(500, WERKZEUG_500.encode(), "text/html; charset=utf-8")
            return True
        if fault.kind is FaultKind.TIMEOUT:
            self.emulator._stopping.wait(fault.seconds)
        self.close_connection = True
        return True

    def _session_id(self) -> str | None:
        cookie = SimpleCookie(self.headers.get("Cookie") or "")
        morsel = cookie.get("session_id")
        return morsel.value if morsel else None

    def _send_json(self, reply: Reply, default: Any) -> None:
        body = json.dumps(reply.body, default=default).encode()
        cookie = reply.session_id
        if cookie is None and self._session_id() is None and not self.path.startswith(json2.PREFIX):
            cookie = self.emulator._backend.new_session(None)
        self._send(reply.status, body, "application/json; charset=utf-8", cookie)

    def _send(self, status: int, body: bytes, content_type: str, cookie: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if cookie:
            self.send_header(
                "Set-Cookie",
                f"session_id={cookie}; Expires={formatdate(time.time() + 604800, usegmt=True)}; "
                "Max-Age=604800; "
                "HttpOnly; Path=/",
            )
        self.end_headers()
        self.wfile.write(body)


def _target(path: str, payload: Any) -> tuple[str | None, str | None]:
    """``(model, method)`` a request calls, for scoping faults; Nones when none."""
    if path.startswith(json2.PREFIX):
        model, _, method = path[len(json2.PREFIX) :].partition("/")
        return model, method
    params = payload.get("params") if isinstance(payload, dict) else None
    if not isinstance(params, dict):
        return None, None
    if "model" in params:
        return str(params.get("model")), str(params.get("method"))
    args = params.get("args") or []
    if params.get("service") == "object" and len(args) >= 5:
        return str(args[3]), str(args[4])
    return None, str(params.get("method")) if params.get("method") else None
