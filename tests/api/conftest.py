"""An app on the bundled scenario with a fixed clock, keys per scope, and helpers."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from agent.api.app import create_app
from agent.api.deps import Service
from agent.api.security import create_key, webhook_signature
from agent.config import Settings, load_settings
from agent.deps import Deps
from agent.ingest.maildir import MaildirSource
from agent.wiring import build_deps, make_gateway, scenario_clock
from agent.worker import Worker

INBOX = Path(__file__).resolve().parents[2] / "agent" / "scenario" / "inbox"
WEBHOOK_SECRET = "whsec-test-secret"


def scenario_deps(settings: Settings) -> Deps:
    return build_deps(
        settings, gateway=make_gateway(settings, scenario=True), clock=scenario_clock(settings)
    )


def inbox_messages() -> list[bytes]:
    return [item.raw for item in MaildirSource(INBOX, read_only=True).fetch()]


@dataclass
class Api:
    """A running app with one key per scope."""

    app: FastAPI
    client: TestClient
    keys: dict[str, str]

    @property
    def service(self) -> Service:
        return self.app.state.service

    @property
    def deps(self) -> Deps:
        return self.service.deps

    def auth(self, scope: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[scope]}"}

    def post_email(self, raw: bytes, scope: str = "ingest") -> tuple[int, dict[str, object]]:
        response = self.client.post(
            "/v1/emails",
            content=raw,
            headers={**self.auth(scope), "Content-Type": "message/rfc822"},
        )
        return response.status_code, response.json()

    def work(self) -> None:
        """Run worker passes until every stored email is processed and the outbox is empty."""
        worker = Worker(self.deps, self.service.settings, name="test-worker")
        for _ in range(20):
            if not worker.tick().busy:
                return

    def load_inbox(self) -> list[str]:
        ids = [str(self.post_email(raw)[1]["id"]) for raw in inbox_messages()]
        self.work()
        return ids

    def signed_webhook(self, raw: bytes, *, at: float | None = None, secret: str = WEBHOOK_SECRET):
        files = {"email": ("message.eml", raw, "message/rfc822")}
        request = self.client.build_request("POST", "/v1/webhooks/inbound", files=files)
        body = request.read()
        stamp = str(int(at if at is not None else time.time()))
        request.headers["X-Triage-Timestamp"] = stamp
        request.headers["X-Triage-Signature"] = webhook_signature(secret.encode(), stamp, body)
        return self.client.send(request)


def make_settings(tmp_path: Path, **api: object) -> Settings:
    return load_settings(
        data_dir=tmp_path / "data",
        secret_key="test-server-secret",
        api={
            "webhook_secret": WEBHOOK_SECRET,
            "rate_limit_per_minute": 6000,
            "rate_limit_burst": 1000,
            **api,
        },
    )


@pytest.fixture
def api_factory(tmp_path: Path) -> Iterator[Callable[..., Api]]:
    opened: list[TestClient] = []

    def make(**api: object) -> Api:
        app = create_app(
            make_settings(tmp_path, **api), deps_factory=scenario_deps, run_workers=False
        )
        client = TestClient(app)
        client.__enter__()
        opened.append(client)
        service: Service = app.state.service
        now = service.deps.clock.now()
        keys = {}
        for scope in ("ingest", "read", "approve", "admin"):
            _, keys[scope] = create_key(service.deps.store, f"{scope}-key", [scope], None, now)
        _, keys["planner"] = create_key(
            service.deps.store, "planner", ["read", "approve"], "buyer", now
        )
        return Api(app=app, client=client, keys=keys)

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture
def api(api_factory: Callable[..., Api]) -> Api:
    return api_factory()


@pytest.fixture(scope="module")
def inbox() -> list[bytes]:
    return inbox_messages()
