"""API keys, sessions, webhook signatures, rate limits and body size limits.

A key reads ``trg_<prefix>_<secret>``. The store keeps only ``sha256(key)`` and the prefix;
checking a key finds its row by prefix and compares hashes with ``hmac.compare_digest``.
Nothing here logs a key, a secret or a signature.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent.api.errors import Forbidden, Unauthorized, error_body
from agent.store import apikeys
from agent.store.apikeys import ApiKeyRecord
from agent.store.repository import Store

KEY_PREFIX = "trg"


class ApiScope(StrEnum):
    """What a key may do. ``admin`` implies every other scope."""

    INGEST = "ingest"
    READ = "read"
    APPROVE = "approve"
    ADMIN = "admin"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the key's id, name, scopes and the Odoo login it stands for."""

    key_id: str
    name: str
    scopes: frozenset[str]
    login: str | None = None

    def allows(self, scope: str) -> bool:
        """Whether this principal holds ``scope`` (admin holds all)."""
        return scope in self.scopes or ApiScope.ADMIN.value in self.scopes

    @property
    def actor(self) -> str:
        """How audit entries name this principal."""
        return f"user:{self.login}" if self.login else f"apikey:{self.name}"


def hash_key(key: str) -> str:
    """The stored form of a key."""
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(
    store: Store, name: str, scopes: Sequence[str], login: str | None, now: dt.datetime
) -> tuple[ApiKeyRecord, str]:
    """Make a key; returns its record and the key itself (shown once, never stored)."""
    unknown = sorted(set(scopes) - {s.value for s in ApiScope})
    if unknown or not scopes:
        raise ValueError(
            f"scopes must be some of {', '.join(s.value for s in ApiScope)}; got {list(scopes)}"
        )
    prefix = secrets.token_hex(4)
    key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    record = apikeys.add(
        store, name=name, prefix=prefix, key_hash=hash_key(key), scopes=scopes, login=login, now=now
    )
    return record, key


def authenticate(store: Store, key: str) -> Principal:
    """The principal of a presented key; ``Unauthorized`` saying why when it is not valid."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        raise Unauthorized("malformed API key: expected trg_<prefix>_<secret>")
    given = hash_key(key)
    for record in apikeys.by_prefix(store, parts[1]):
        if hmac.compare_digest(record.key_hash, given):
            if not record.active:
                raise Unauthorized("API key revoked")
            return principal_of(record)
    raise Unauthorized("unknown API key")


class KeyCache:
    """Keys verified in the last ``ttl_seconds``, by key hash, so most requests skip the store.

    A hit still compares the stored hash with the presented key's hash in constant time.
    Revoking a key in this process (``agent.store.apikeys.revoke``) empties the cache at
    once; a key revoked by another process (``triage apikey revoke``) is refused here within
    ``ttl_seconds``. Failures are never cached. ``ttl_seconds`` 0 turns the cache off.
    On an event loop, :meth:`lookup` reads the store once for all the concurrent requests
    that present a key missing from the cache (the first requests, or all those in flight
    when its entry expires), instead of one thread and one read each.

    Args:
        ttl_seconds: How long a verified key is trusted without reading the store.
        max_entries: The cache is emptied when it reaches this many keys.
        clock: Monotonic seconds (tests pass their own).
    """

    def __init__(
        self,
        ttl_seconds: float,
        max_entries: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Start empty."""
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self._clock = clock
        self._entries: dict[str, tuple[str, Principal, float]] = {}
        self._generation = apikeys.revocations()
        self._lock = threading.Lock()
        self._pending: dict[str, asyncio.Future[Principal]] = {}

    def cached(self, key: str) -> Principal | None:
        """The principal of a key verified within the TTL, else ``None`` (never reads the store)."""
        if self.ttl <= 0:
            return None
        given = hash_key(key)
        with self._lock:
            self._forget_revoked()
            entry = self._entries.get(given)
        if entry is None:
            return None
        stored_hash, principal, expires = entry
        if self._clock() < expires and hmac.compare_digest(stored_hash, given):
            return principal
        return None

    def authenticate(self, store: Store, key: str) -> Principal:
        """Like :func:`authenticate`, answered from the cache while the entry is fresh."""
        found = self.cached(key)
        if found is not None:
            return found
        generation = apikeys.revocations()
        now = self._clock()
        principal = authenticate(store, key)
        if self.ttl > 0:
            given = hash_key(key)  # equal to the stored hash: authenticate compared them
            with self._lock:
                if generation == apikeys.revocations():
                    if len(self._entries) >= self.max_entries:
                        self._entries.clear()
                    self._entries[given] = (given, principal, now + self.ttl)
        return principal

    async def lookup(self, store: Store, key: str) -> Principal:
        """:meth:`authenticate` from a coroutine: concurrent misses of one key share a read.

        Use from one event loop; the store is read in a thread.
        """
        found = self.cached(key)
        if found is not None:
            return found
        given = hash_key(key)
        pending = self._pending.get(given)
        if pending is None:
            pending = asyncio.ensure_future(run_in_threadpool(self.authenticate, store, key))
            self._pending[given] = pending
            pending.add_done_callback(lambda done: self._settled(given, done))
        return await asyncio.shield(pending)

    def _settled(self, given: str, done: asyncio.Future[Principal]) -> None:
        self._pending.pop(given, None)
        if not done.cancelled():
            done.exception()  # retrieved here too: every waiter may have been cancelled

    def _forget_revoked(self) -> None:
        generation = apikeys.revocations()
        if generation != self._generation:
            self._entries.clear()
            self._generation = generation


def principal_of(record: ApiKeyRecord) -> Principal:
    """The principal a stored key stands for."""
    return Principal(
        key_id=record.id, name=record.name, scopes=frozenset(record.scopes), login=record.login
    )


def require(principal: Principal, scope: str) -> Principal:
    """The principal, if it holds ``scope``; ``Forbidden`` naming the missing scope otherwise."""
    if not principal.allows(scope):
        raise Forbidden(
            f"this API key lacks the {scope!r} scope",
            required_scope=scope,
            granted_scopes=sorted(principal.scopes),
        )
    return principal


# ---------------------------------------------------------------- signed values


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_value(secret: bytes, purpose: str, data: dict[str, Any]) -> str:
    """``payload.signature`` with the HMAC bound to a purpose (session, csrf)."""
    payload = _b64(json.dumps(data, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(secret, f"{purpose}:{payload}".encode(), hashlib.sha256).digest()
    return f"{payload}.{_b64(mac)}"


def unsign_value(secret: bytes, purpose: str, token: str) -> dict[str, Any] | None:
    """The data of a signed value, or ``None`` when it is malformed or tampered with."""
    try:
        payload, mac = token.split(".")
        expected = hmac.new(secret, f"{purpose}:{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(mac)):
            return None
        data = json.loads(_unb64(payload))
    except (ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def verify_webhook(
    secret: bytes,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    now: float,
    tolerance: float,
) -> None:
    """Check ``X-Triage-Signature: sha256=HEX`` over ``timestamp + "." + body`` and the window.

    Raises:
        Unauthorized: the headers are missing, the signature does not match, or the
            timestamp is outside ``tolerance`` seconds of now (a replay).
    """
    if not timestamp or not signature:
        raise Unauthorized("missing X-Triage-Timestamp or X-Triage-Signature header")
    try:
        sent = float(timestamp)
    except ValueError as exc:
        raise Unauthorized("X-Triage-Timestamp must be Unix seconds") from exc
    if abs(now - sent) > tolerance:
        raise Unauthorized(f"webhook timestamp outside the {tolerance:g} s window")
    expected = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    given = signature.removeprefix("sha256=")
    if not hmac.compare_digest(expected, given):
        raise Unauthorized("webhook signature does not match")


def webhook_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    """The header value a sender computes (for clients and tests)."""
    return (
        "sha256=" + hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    )


# ---------------------------------------------------------------- rate limits


class TokenBucket:
    """Per-key token buckets: ``rate_per_minute`` refill, ``burst`` capacity; thread-safe."""

    def __init__(
        self, rate_per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Start every bucket full."""
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take one token: 0.0 when allowed, else the seconds until one is there."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate


# ---------------------------------------------------------------- body size


class _TooLarge(StarletteHTTPException):
    """Raised from ``receive`` once the streamed body passes the limit.

    An HTTP exception, so that FastAPI's body parsing passes it through as a 413 instead
    of turning it into "error parsing the body".
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over {limit} bytes")


class BodySizeLimit:
    """ASGI middleware: 413 when ``Content-Length`` or the streamed body exceeds the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        """Wrap ``app``."""
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse early on the declared length, else count while the app reads."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._refuse(send)
                return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooLarge:
            if started:
                raise
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            error_body("payload_too_large", f"request body over {self.max_bytes} bytes")
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
