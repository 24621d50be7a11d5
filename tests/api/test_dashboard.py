"""Dashboard pages over HTTP: login, queue, item with marked evidence, decisions, other pages."""

from __future__ import annotations

import re

from agent.api.views import highlight
from agent.models import Span
from tests.api.conftest import Api


def _login(api: Api, key: str) -> None:
    response = api.client.post("/dashboard/login", data={"key": key}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dashboard/"


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_pages_need_a_login(api: Api) -> None:
    response = api.client.get("/dashboard/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dashboard/login"
    bad = api.client.post("/dashboard/login", data={"key": "trg_x_y"})
    assert bad.status_code == 401 and "unknown API key" in bad.text
    ingest_only = api.client.post("/dashboard/login", data={"key": api.keys["ingest"]})
    assert ingest_only.status_code == 403 and "read" in ingest_only.text


def test_planner_reviews_and_approves_an_item(api: Api) -> None:
    api.load_inbox()
    _login(api, api.keys["planner"])
    queue = api.client.get("/dashboard/")
    assert queue.status_code == 200 and 'id="queue"' in queue.text
    rec = next(r for r in api.deps.store.recommendations(states=["pushed"]) if r.evidence)
    item = api.client.get(f"/dashboard/items/{rec.id}")
    assert item.status_code == 200 and '<mark class="evidence">' in item.text
    assert 'id="approve"' in item.text
    forged = api.client.post(f"/dashboard/items/{rec.id}/approve", data={"csrf": "forged"})
    assert forged.status_code == 403
    done = api.client.post(f"/dashboard/items/{rec.id}/approve", data={"csrf": _csrf(item.text)})
    assert done.status_code == 200 and 'id="state">approved<' in done.text
    assert 'id="approve"' not in done.text
    after = api.deps.store.get_recommendation(rec.id)
    assert after is not None and after.state.value == "approved"


def test_read_only_planner_sees_no_buttons(api: Api) -> None:
    api.load_inbox()
    _login(api, api.keys["read"])
    rec = api.deps.store.recommendations(states=["queued"])[0]
    item = api.client.get(f"/dashboard/items/{rec.id}")
    assert item.status_code == 200 and 'id="approve"' not in item.text


def test_risk_overdue_vendor_and_health_pages(api: Api) -> None:
    api.load_inbox()
    _login(api, api.keys["planner"])
    risk = api.client.get("/dashboard/risk").text
    assert 'id="risk"' in risk and 'class="pill' in risk
    assert 'id="overdue"' in api.client.get("/dashboard/overdue").text
    vendors = api.client.get("/dashboard/vendors").text
    assert 'id="vendors"' in vendors and "Revisions per order" in vendors
    health = api.client.get("/dashboard/health").text
    for words in ("Outbox depth", "Last Odoo sync", "Mailbox", "Dead letters", "Model circuit"):
        assert words in health


def test_logout_ends_the_session(api: Api) -> None:
    _login(api, api.keys["planner"])
    page = api.client.get("/dashboard/")
    out = api.client.post(
        "/dashboard/logout", data={"csrf": _csrf(page.text)}, follow_redirects=False
    )
    assert out.status_code == 303
    assert api.client.get("/dashboard/", follow_redirects=False).status_code == 303


def test_highlight_escapes_and_marks_spans() -> None:
    text = "New ETA <b>12 Dec</b> for P00234."
    html = str(
        highlight(
            text,
            [Span(start=8, end=19, quote="<b>12 Dec</b>"[:11]), Span(start=0, end=3, quote="New")],
        )
    )
    assert html.startswith('<mark class="evidence">New</mark>')
    assert "&lt;b&gt;12 Dec&lt;/" in html and "<b>" not in html
    moved = str(highlight(text, [Span(start=0, end=3, quote="P00234")]))
    assert '<mark class="evidence">P00234</mark>' in moved
