"""JSON-RPC: the ``/jsonrpc`` services and the web client's session routes.

:class:`Backend` holds what the HTTP layer shares between requests (database, passwords,
sessions, API keys, the call log) and answers one decoded JSON-RPC request at a time with a
:class:`Reply`. It knows nothing of sockets, so it can be exercised without a server.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from typing import Any

from . import business, errors, grouping, mail  # noqa: F401  (registers their methods)
from .database import Database
from .methods import Env, call, create_record

VERSION_INFO = {
    v: {
        "server_version": f"{v}.0",
        "server_version_info": [v, 0, 0, "final", 0, ""],
        "server_serie": f"{v}.0",
        "protocol_version": 1,
    }
    for v in (16, 17, 18, 19)
}


@dataclass
class Reply:
    """One HTTP answer: JSON body, status and, when a session starts, its cookie."""

    body: Any
    status: int = 200
    session_id: str | None = None


class Backend:
    """The state behind the HTTP front: database, credentials, sessions, call log."""

    def __init__(self, db: Database, users: dict[str, str]) -> None:
        """Give ``users`` (login to password) access; unknown logins get a res.users row."""
        self.db = db
        self.passwords = dict(users)
        self.api_keys: dict[str, int] = {}
        self.sessions: dict[str, int | None] = {}
        self.calls: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        for login, password in users.items():
            self.add_user(login, password)

    def add_user(self, login: str, password: str) -> int:
        """Let ``login`` log in with ``password``, creating the res.users row if needed."""
        self.passwords[login] = password
        uid = self.uid_of(login)
        if uid is None:
            with self.db.lock:
                env = Env(self.db, 2, "res.users")
                uid = create_record(env, "res.users", {"login": login, "name": login.title()})
        return uid

    @property
    def version(self) -> int:
        """Major Odoo version emulated."""
        return self.db.version

    def uid_of(self, login: str) -> int | None:
        """Return the uid of an active user ``login``."""
        for uid, row in self.db.data.table("res.users").items():
            if row.get("login") == login and row.get("active") is not False:
                return uid
        return None

    def authenticate(self, dbname: str, login: str, password: str) -> int | bool:
        """Return the uid for valid credentials, False otherwise (``common.login``)."""
        self.require_db(dbname)
        uid = self.uid_of(login)
        if uid is None or self.passwords.get(login) != password:
            return False
        return uid

    def require_db(self, dbname: Any) -> None:
        """Raise the PostgreSQL error Odoo leaks for an unknown database."""
        if dbname != self.db.name:
            raise errors.database_missing(str(dbname))

    def check(self, dbname: Any, uid: Any, password: Any) -> int:
        """Validate ``execute_kw`` credentials like ``res.users.check``."""
        self.require_db(dbname)
        row = self.db.data.table("res.users").get(uid) if isinstance(uid, int) else None
        if row is None:
            raise errors.missing_error("res.users", [uid], uid if isinstance(uid, int) else 0)
        if self.passwords.get(str(row.get("login"))) != password:
            raise errors.access_denied()
        return int(uid)

    def new_session(self, uid: int | None) -> str:
        """Open a web session and return its id (the ``session_id`` cookie)."""
        session_id = secrets.token_hex(20)
        with self.lock:
            self.sessions[session_id] = uid
        return session_id

    def execute(
        self, uid: int, model: str, method: str, args: list[Any], kwargs: dict[str, Any]
    ) -> Any:
        """Run one model method as ``uid`` and log it in ``calls``."""
        with self.lock:
            self.calls.append((model, method))
        context = kwargs.pop("context", None) or {}
        env = Env(self.db, uid, model, dict(context) if isinstance(context, dict) else {})
        with self.db.lock:
            return call(env, method, list(args), kwargs)

    # -- JSON-RPC --------------------------------------------------------------------
    def handle(self, path: str, request: dict[str, Any], session_id: str | None) -> Reply:
        """Answer one JSON-RPC request posted to ``path``."""
        request_id = request.get("id")
        params = request.get("params") or {}
        try:
            reply = self._route(path, params, session_id)
        except errors.ServerError as exc:
            body = {
                "jsonrpc": "2.0",
                "id": None if exc.code == 100 else request_id,
                "error": exc.jsonrpc_error(),
            }
            return Reply(body)
        reply.body = {"jsonrpc": "2.0", "id": request_id, "result": reply.body}
        return reply

    def _route(self, path: str, params: dict[str, Any], session_id: str | None) -> Reply:
        if path == "/web/webclient/version_info":
            return Reply(VERSION_INFO[self.version])
        if path == "/jsonrpc":
            return Reply(self._service(params))
        if path == "/web/session/authenticate":
            user = self.authenticate(
                str(params.get("db")), str(params.get("login", "")), str(params.get("password", ""))
            )
            if not user:
                raise errors.access_denied()
            return Reply(self.session_info(int(user)), session_id=self.new_session(int(user)))
        uid = self.sessions.get(session_id or "")
        if path == "/web/session/destroy":
            self.sessions.pop(session_id or "", None)
            return Reply(None)
        if uid is None:
            raise errors.session_expired()
        if path == "/web/session/get_session_info":
            return Reply(self.session_info(uid))
        if path.startswith("/web/dataset/call_kw") or path.startswith("/web/dataset/call_button"):
            args = list(params.get("args") or [])
            kwargs = dict(params.get("kwargs") or {})
            return Reply(
                self.execute(uid, params.get("model", ""), params.get("method", ""), args, kwargs)
            )
        raise errors.not_found(f"404: Not Found: {path}")

    def _service(self, params: dict[str, Any]) -> Any:
        service, method = params.get("service"), params.get("method")
        args = list(params.get("args") or [])
        if service == "common":
            return self._common(str(method), args)
        if service == "db":
            if method == "list":
                return [self.db.name]
            if method == "server_version":
                return VERSION_INFO[self.version]["server_version"]
            if method == "db_exist":
                return bool(args) and args[0] == self.db.name
            raise errors.ServerError("builtins.KeyError", str(method))
        if service == "object":
            return self._object(str(method), args)
        raise errors.key_error(str(service))

    def _common(self, method: str, args: list[Any]) -> Any:
        if method == "version":
            return VERSION_INFO[self.version]
        if method in ("login", "authenticate"):
            if len(args) < 3:
                raise errors.type_error(f"exp_{method}() missing required positional arguments")
            return self.authenticate(args[0], str(args[1]), str(args[2]))
        raise errors.ServerError("builtins.Exception", f"Method not found: {method}")

    def _object(self, method: str, args: list[Any]) -> Any:
        if method not in ("execute", "execute_kw"):
            raise errors.ServerError("builtins.NameError", f"Method not available {method}")
        if len(args) < 5:
            raise errors.type_error(f"{method}() missing required positional arguments")
        dbname, uid, password, model, name = args[:5]
        uid = self.check(dbname, uid, password)
        if method == "execute":
            return self.execute(uid, str(model), str(name), list(args[5:]), {})
        call_args = args[5] if len(args) > 5 else []
        call_kwargs = args[6] if len(args) > 6 else {}
        if not isinstance(call_args, list) or not isinstance(call_kwargs, dict):
            raise errors.type_error("execute_kw() takes args as a list and kwargs as a dict")
        return self.execute(uid, str(model), str(name), list(call_args), dict(call_kwargs))

    def session_info(self, uid: int) -> dict[str, Any]:
        """Return the ``/web/session/authenticate`` answer for ``uid`` (transcript 005 shape)."""
        user = self.db.data.table("res.users").get(uid, {})
        partner_id = user.get("partner_id") or False
        info = VERSION_INFO[self.version]
        companies = {
            str(cid): {
                "id": cid,
                "name": row.get("name"),
                "sequence": row.get("sequence", 0),
                "child_ids": [],
                "parent_id": False,
            }
            for cid, row in self.db.data.table("res.company").items()
        }
        return {
            "uid": uid,
            "is_system": uid == 2,
            "is_admin": uid == 2,
            "is_public": False,
            "is_internal_user": not user.get("share"),
            "user_context": {
                "lang": user.get("lang") or "en_US",
                "tz": user.get("tz") or "Europe/Brussels",
                "uid": uid,
            },
            "db": self.db.name,
            "server_version": info["server_version"],
            "server_version_info": info["server_version_info"],
            "name": user.get("name"),
            "username": user.get("login"),
            "partner_display_name": self.db.display_name("res.partner", partner_id)
            if partner_id
            else False,
            "partner_id": partner_id,
            "user_companies": {
                "current_company": user.get("company_id") or 1,
                "allowed_companies": companies,
            },
            "currencies": {"1": {"symbol": "$", "position": "before", "digits": [69, 2]}},
            "user_settings": {"id": uid, "user_id": {"id": uid}},
            "support_url": "https://www.odoo.com/buy",
            "web.base.url": "http://127.0.0.1:8069",
            "active_ids_limit": 20000,
            "profile_session": None,
            "profile_collectors": None,
            "profile_params": None,
            "max_file_upload_size": 134217728,
            "home_action_id": False,
            "cache_hashes": {},
            "bundle_params": {"lang": user.get("lang") or "en_US"},
            "show_effect": True,
            "display_switch_company_menu": len(companies) > 1,
            "user_id": [uid],
            "max_time_between_keys_in_ms": 100,
            "websocket_worker_version": f"{self.version}.0-1",
            "web_tours": [],
            "tour_disable": True,
            "notification_type": user.get("notification_type") or "email",
            "odoobot_initialized": True,
            "iap_company_enrich": True,
            "is_quick_edit_mode_enabled": False,
        }
