"""Odoo 19's JSON-2 API: ``POST /json/2/<model>/<method>`` with a bearer API key.

The body is a JSON object of named arguments (``ids``, ``context``, then the method's own
parameters such as ``domain``, ``fields``, ``vals_list``); the answer is the bare result.
Errors come back with an HTTP status (401 bad key, 403 access, 404 unknown model, method or
record, 422 invalid input, 500 otherwise) and a JSON body ``{name, message, arguments,
context, debug}``. Servers older than 19 answer 404, as they have no such route.
"""

from __future__ import annotations

from typing import Any

from . import errors
from .methods import find
from .rpc import Backend, Reply

PREFIX = "/json/2/"


def handle(backend: Backend, path: str, authorization: str | None, body: Any) -> Reply:
    """Answer one JSON-2 request (``path`` starts with ``/json/2/``)."""
    context: dict[str, Any] = {}
    try:
        if backend.version < 19:
            raise errors.not_found(f"404 Not Found: {path}")
        model, _, method = path[len(PREFIX) :].partition("/")
        scheme, _, key = (authorization or "").partition(" ")
        uid = backend.api_keys.get(key.strip()) if scheme.lower() == "bearer" else None
        if uid is None:
            raise errors.invalid_api_key()
        if not isinstance(body, dict):
            raise errors.type_error("the request body must be a JSON object")
        named = dict(body)
        ids = named.pop("ids", None)
        raw_context = named.pop("context", None)
        context = raw_context if isinstance(raw_context, dict) else {}
        if model not in backend.db.registry:
            raise errors.not_found(f"the model {model!r} does not exist")
        found = find(backend.db, model, method)
        if found is None and not method.startswith("_"):
            raise errors.not_found(f"the method {model}.{method} does not exist")
        args = [ids or []] if found is not None and found.multi else []
        result = backend.execute(uid, model, method, args, {**named, "context": context})
    except errors.ServerError as exc:
        return Reply(exc.data(context), status=exc.json2_status)
    return Reply(result)
