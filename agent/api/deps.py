"""FastAPI dependencies: the service state built in the lifespan, the deps, the caller.

Routes declare what they need with the ``Annotated`` aliases at the bottom
(``DepsDep``, ``ReadKey``, ``ApproveKey`` ...). Tests replace ``get_deps`` (or
``get_service``) with ``app.dependency_overrides``. The dependencies are ``async``: FastAPI
runs a plain ``def`` dependency in the thread pool, a hop that costs more than the work
here; the one that may read the store (a key not in the cache) hands that read to a thread,
one for all the requests waiting for the same key.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from agent.api.errors import RateLimited, Unauthorized
from agent.api.metrics import Metrics
from agent.api.security import ApiScope, KeyCache, Principal, TokenBucket, require
from agent.config import Settings
from agent.deps import Deps
from agent.ingest.sources import SourceStatus
from agent.store.groupcommit import AsyncGroupWriter
from agent.store.rawmail import RawAdd


@dataclass
class Service:
    """What the app holds between requests; built once in the lifespan."""

    settings: Settings
    deps: Deps
    secret: bytes
    metrics: Metrics
    limiter: TokenBucket
    keys: KeyCache = field(default_factory=lambda: KeyCache(0.0))
    raw_writer: AsyncGroupWriter[dict[str, Any], RawAdd] | None = None
    wake: threading.Event = field(default_factory=threading.Event)
    mailbox_status: Callable[[], SourceStatus | None] = lambda: None
    extra: dict[str, Any] = field(default_factory=dict)

    def notify(self) -> None:
        """Wake the in-process workers: new work was committed."""
        self.wake.set()


async def get_service(request: Request) -> Service:
    """The service state of the running app."""
    service: Service | None = getattr(request.app.state, "service", None)
    if service is None:
        raise RuntimeError("the app's lifespan has not run: use it as a context manager")
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


async def get_deps(service: ServiceDep) -> Deps:
    """The dependency bundle (store, gateway, extractor, clock ...)."""
    return service.deps


async def get_settings(service: ServiceDep) -> Settings:
    """The settings the app was built with."""
    return service.settings


DepsDep = Annotated[Deps, Depends(get_deps)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer trg_...`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key.")


async def get_principal(
    service: ServiceDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    header: Annotated[str | None, Security(_header)],
) -> Principal:
    """The caller of the API key presented; counts against that key's rate limit."""
    key = header or (bearer.credentials if bearer is not None else None)
    if not key:
        raise Unauthorized(
            "missing API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    principal = await service.keys.lookup(service.deps.store, key)
    wait = service.limiter.take(principal.key_id)
    if wait > 0:
        raise RateLimited(
            f"rate limit of {service.settings.api.rate_limit_per_minute}/min exceeded",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
            retry_after_seconds=round(wait, 3),
        )
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def scoped(scope: ApiScope) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that admits only principals holding ``scope``."""

    async def dependency(principal: PrincipalDep) -> Principal:
        return require(principal, scope.value)

    dependency.__name__ = f"require_{scope.value}"
    return dependency


IngestKey = Annotated[Principal, Depends(scoped(ApiScope.INGEST))]
ReadKey = Annotated[Principal, Depends(scoped(ApiScope.READ))]
ApproveKey = Annotated[Principal, Depends(scoped(ApiScope.APPROVE))]
AdminKey = Annotated[Principal, Depends(scoped(ApiScope.ADMIN))]
