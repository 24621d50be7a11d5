"""Server-side errors shaped like the ones a real Odoo sends.

Every failure the emulator reports is a :class:`ServerError` carrying the fully qualified
exception name (``odoo.exceptions.AccessError``, ``builtins.ValueError``, ...) and the
message, exactly as recorded in the real transcripts 035 and 090-124. The JSON-RPC layer
wraps them in ``{"code": 200, "message": "Odoo Server Error", "data": {...}}``; the JSON-2
layer (Odoo 19) sends the ``data`` part alone with an HTTP status.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_TRACE_HEAD = (
    "Traceback (most recent call last):\n"
    '  File "/opt/odoo/odoo/http.py", line 1788, in _serve_db\n'
    '  File "/opt/odoo/odoo/service/model.py", line 152, in retrying\n'
    '  File "/opt/odoo/odoo/http.py", line 1816, in _serve_ir_http\n'
    '  File "/opt/odoo/odoo/http.py", line 2020, in dispatch\n'
    '  File "/opt/odoo/odoo/addons/base/controllers/rpc.py", line 163, in jsonrpc\n'
)

#: HTTP status of a JSON-2 error per exception name; anything else is a 500.
JSON2_STATUS: dict[str, int] = {
    "odoo.exceptions.AccessDenied": 401,
    "werkzeug.exceptions.Unauthorized": 401,
    "odoo.exceptions.AccessError": 403,
    "odoo.exceptions.MissingError": 404,
    "werkzeug.exceptions.NotFound": 404,
    "odoo.exceptions.UserError": 422,
    "odoo.exceptions.ValidationError": 422,
    "builtins.TypeError": 422,
    "builtins.ValueError": 422,
}


class ServerError(Exception):
    """An error the emulated Odoo server reports to its client.

    Attributes:
        name: Fully qualified exception name, e.g. ``odoo.exceptions.AccessError``.
        message: The exception message (``arguments[0]``).
        code: JSON-RPC error code: 200 for server errors, 100 for an expired session.
        arguments: The exception arguments as Odoo serialises them.

    """

    def __init__(
        self, name: str, message: str, *, code: int = 200, arguments: list[Any] | None = None
    ) -> None:
        """Describe an error by its qualified exception ``name`` and ``message``."""
        super().__init__(message)
        self.name = name
        self.message = message
        self.code = code
        self.arguments = arguments if arguments is not None else [message]

    @property
    def json2_status(self) -> int:
        """HTTP status the Odoo 19 JSON-2 endpoint uses for this error."""
        return JSON2_STATUS.get(self.name, 500)

    def data(self, context: dict[str, Any] | None = None) -> dict[str, Any]:
        """Return the ``error.data`` object: name, debug, message, arguments, context."""
        short = self.name.removeprefix("builtins.")
        return {
            "name": self.name,
            "debug": f"{_TRACE_HEAD}{short}: {self.message}\n",
            "message": self.message,
            "arguments": self.arguments,
            "context": context or {},
        }

    def jsonrpc_error(self) -> dict[str, Any]:
        """Return the ``error`` member of a JSON-RPC response."""
        title = "Odoo Session Expired" if self.code == 100 else "Odoo Server Error"
        return {"code": self.code, "message": title, "data": self.data()}


def access_denied() -> ServerError:
    """Wrong password or API key (``odoo.exceptions.AccessDenied``)."""
    return ServerError("odoo.exceptions.AccessDenied", "Access Denied")


def access_error(message: str) -> ServerError:
    """Operation forbidden for this user (``odoo.exceptions.AccessError``)."""
    return ServerError("odoo.exceptions.AccessError", message)


def missing_error(model: str, ids: Iterable[int], uid: int) -> ServerError:
    """Report records that do not exist (``odoo.exceptions.MissingError``)."""
    id_list = list(ids)
    shown = f"({id_list[0]},)" if len(id_list) == 1 else repr(tuple(id_list))
    return ServerError(
        "odoo.exceptions.MissingError",
        f"Record does not exist or has been deleted.\n(Record: {model}{shown}, User: {uid})",
    )


def user_error(message: str) -> ServerError:
    """Return a business rule refused the operation (``odoo.exceptions.UserError``)."""
    return ServerError("odoo.exceptions.UserError", message)


def validation_error(message: str) -> ServerError:
    """Return a constraint failed (``odoo.exceptions.ValidationError``)."""
    return ServerError("odoo.exceptions.ValidationError", message)


def value_error(message: str) -> ServerError:
    """Bad value, unknown field (``builtins.ValueError``)."""
    return ServerError("builtins.ValueError", message)


def type_error(message: str) -> ServerError:
    """Wrong arguments for a method (``builtins.TypeError``)."""
    return ServerError("builtins.TypeError", message)


def attribute_error(message: str) -> ServerError:
    """Unknown public method (``builtins.AttributeError``)."""
    return ServerError("builtins.AttributeError", message)


def key_error(key: str) -> ServerError:
    """Unknown RPC service (``builtins.KeyError``)."""
    return ServerError("builtins.KeyError", key)


def database_missing(db: str) -> ServerError:
    """Return the database does not exist (``psycopg2.OperationalError``)."""
    return ServerError(
        "psycopg2.OperationalError",
        'connection to server at "127.0.0.1", port 5432 failed: '
        f'FATAL:  database "{db}" does not exist\n',
    )


def session_expired() -> ServerError:
    """Return a web route needs a session and has none (JSON-RPC code 100)."""
    return ServerError("odoo.http.SessionExpiredException", "Session expired", code=100)


def invalid_api_key() -> ServerError:
    """JSON-2 call without a valid bearer key (HTTP 401)."""
    return ServerError(
        "werkzeug.exceptions.Unauthorized", "Invalid apikey", arguments=["Invalid apikey", 401]
    )


def not_found(message: str) -> ServerError:
    """JSON-2 call on an unknown model or method (HTTP 404)."""
    return ServerError("werkzeug.exceptions.NotFound", message)
