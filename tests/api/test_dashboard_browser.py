"""The dashboard end to end in headless Chromium (Debian's, driven by Playwright).

A real server on a free port (uvicorn in a thread, in-process workers), the bundled inbox
posted over HTTP; a planner logs in, opens an item, approves it and sees its state change.
A screenshot is kept under ``test-artifacts/``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from agent.api.app import create_app
from agent.api.security import create_key
from agent.store.repository import Store
from tests.api.conftest import inbox_messages, make_settings, scenario_deps

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no Chromium at /usr/bin/chromium (apt-get install chromium; .ci/run installs it)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str, Store]]:
    """A served app with the bundled inbox processed; yields (base URL, planner key, store)."""
    import uvicorn

    settings = make_settings(tmp_path, poll_seconds=0.1)
    app = create_app(settings, deps_factory=scenario_deps, run_workers=True)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "server did not start"
    store = app.state.service.deps.store
    now = app.state.service.deps.clock.now()
    _, ingest = create_key(store, "ingest", ["ingest"], None, now)
    _, planner = create_key(store, "planner", ["read", "approve"], "buyer", now)
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {ingest}"}) as client:
        for raw in inbox_messages():
            assert client.post("/v1/emails", content=raw).status_code in (202, 422)
    deadline = time.monotonic() + 60
    while store.count_emails().get("received") and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        yield base, planner, store
    finally:
        server.should_exit = True
        thread.join(30)


def test_planner_logs_in_opens_an_item_and_approves_it(server: tuple[str, str, Store]) -> None:
    from playwright.sync_api import sync_playwright

    base, planner, store = server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/dashboard/")
            assert page.url.endswith("/dashboard/login")
            page.fill("#key", planner)
            page.click("button[type=submit]")
            page.wait_for_selector("#queue")
            assert int(page.inner_text("#queue-count")) > 0
            page.click("#queue a.item-link >> nth=0")
            page.wait_for_selector("#state")
            before = page.inner_text("#state")
            assert before in ("queued", "pending_push", "pushed")
            if page.locator("mark.evidence").count():
                assert page.inner_text("mark.evidence >> nth=0").strip()
            rec_id = page.url.rsplit("/", 1)[-1]
            page.click("#approve")
            page.wait_for_selector("#flash")
            assert page.inner_text("#state") == "approved"
            assert page.locator("#approve").count() == 0
            page.screenshot(path=str(ARTIFACTS / "dashboard-approved.png"), full_page=True)
        finally:
            browser.close()
    rec = store.get_recommendation(rec_id)
    assert rec is not None and rec.state.value == "approved"
    assert any(
        e.event == "recommendation_approved" and e.actor == "user:buyer"
        for e in store.audit_log(rec_id)
    )
