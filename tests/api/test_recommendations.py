"""Recommendations over HTTP: filters, paging, approve/reject, the queue, approval links."""

from __future__ import annotations

import datetime as dt

from agent.approvals import sign
from agent.instrument import unwrap
from agent.models import Action, RecommendationState
from agent.push import drain
from agent.scenario.gateway import ScenarioGateway
from tests.api.conftest import Api


def _all(api: Api, **params: object) -> dict:
    response = api.client.get("/v1/recommendations", params=params, headers=api.auth("read"))
    assert response.status_code == 200, response.text
    return response.json()


def test_list_filters_and_pages(api: Api) -> None:
    api.load_inbox()
    everything = _all(api, limit=200)
    total = everything["total"]
    assert total == len(everything["items"]) > 3
    page1, page2 = _all(api, limit=2), _all(api, limit=2, offset=2)
    assert page1["total"] == total and len(page1["items"]) == 2
    assert not {i["id"] for i in page1["items"]} & {i["id"] for i in page2["items"]}
    queued = _all(api, state="queued", limit=200)
    assert queued["items"] and all(i["state"] == "queued" for i in queued["items"])
    two = _all(api, state=["queued", "logged"], limit=200)
    assert two["total"] == queued["total"] + _all(api, state="logged")["total"]
    review = _all(api, decision="review", limit=200)
    assert all(i["decision"] == "review" for i in review["items"])
    vendor = next(i["vendor_name"] for i in everything["items"] if i["vendor_name"])
    by_vendor = _all(api, vendor=vendor[:5], limit=200)
    assert by_vendor["items"] and all(vendor[:5] in i["vendor_name"] for i in by_vendor["items"])
    ascii_name = next(
        i["vendor_name"]
        for i in everything["items"]
        if i["vendor_name"] and i["vendor_name"].isascii()
    )
    assert _all(api, vendor=ascii_name.upper())["total"] >= 1
    levels = {i["risk"]["level"] for i in everything["items"] if i["risk"]}
    level = sorted(levels)[0]
    by_risk = _all(api, risk=level, limit=200)
    assert by_risk["items"] and all(i["risk"]["level"] == level for i in by_risk["items"])
    today = api.deps.clock.now().date()
    assert _all(api, since=today.isoformat())["total"] == total
    assert _all(api, until=today.isoformat())["total"] == 0
    assert _all(api, since=(today + dt.timedelta(days=1)).isoformat())["total"] == 0
    bad = api.client.get("/v1/recommendations", params={"state": "bogus"}, headers=api.auth("read"))
    assert bad.status_code == 422


def test_one_recommendation_and_404(api: Api) -> None:
    api.load_inbox()
    first = _all(api, limit=1)["items"][0]
    one = api.client.get(f"/v1/recommendations/{first['id']}", headers=api.auth("read"))
    assert one.status_code == 200 and one.json() == first
    missing = api.client.get("/v1/recommendations/none", headers=api.auth("read"))
    assert missing.status_code == 404


def test_approve_applies_the_new_date_once_and_needs_the_scope(api: Api) -> None:
    api.load_inbox()
    recs = api.deps.store.recommendations(states=["pushed"])
    rec = next(r for r in recs if r.action == Action.ACCEPT_NEW_DATE and r.line_ids)
    url = f"/v1/recommendations/{rec.id}/approve"
    assert api.client.post(url, headers=api.auth("read")).status_code == 403
    response = api.client.post(url, json={"reason": "fine"}, headers=api.auth("planner"))
    assert response.status_code == 200 and response.json()["state"] == "approved"
    again = api.client.post(url, headers=api.auth("planner"))
    assert again.status_code == 409 and again.json()["error"]["code"] == "approval_conflict"
    drain(api.deps.store, api.deps.gateway, api.deps.clock, max_wait=5)
    gateway = unwrap(api.deps.gateway)
    assert isinstance(gateway, ScenarioGateway)
    order = gateway.orders_by_names([rec.po_name])[rec.po_name]
    assert all(
        line.date_planned.date() == rec.new_date for line in order.lines if line.id in rec.line_ids
    )
    audit = api.deps.store.audit_log(rec.id)
    assert [e.actor for e in audit if e.event == "recommendation_approved"] == ["user:buyer"]


def test_reject_keeps_the_reason(api: Api) -> None:
    api.load_inbox()
    rec = api.deps.store.recommendations(states=["queued"])[0]
    response = api.client.post(
        f"/v1/recommendations/{rec.id}/reject",
        json={"reason": "vendor called"},
        headers=api.auth("approve"),
    )
    assert response.status_code == 200 and response.json()["state"] == "rejected"
    entry = [e for e in api.deps.store.audit_log(rec.id) if e.event == "recommendation_rejected"]
    assert entry[0].details["reason"] == "vendor called" and entry[0].actor == "apikey:approve-key"


def test_queue_lists_what_waits(api: Api) -> None:
    api.load_inbox()
    body = api.client.get("/v1/queue", headers=api.auth("read")).json()
    assert body["count"] == len(body["items"]) > 0
    assert all(i["state"] == "queued" or i["decision"] == "review" for i in body["items"])


def test_signed_link_confirms_on_get_and_applies_once_on_post(api: Api) -> None:
    api.load_inbox()
    rec = api.deps.store.recommendations(states=["pushed"])[0]
    token = sign(api.service.secret, rec, "reject", api.deps.clock.now())
    page = api.client.get(f"/v1/approvals/{token}")
    assert page.status_code == 200 and "Reject this recommendation?" in page.text
    stored = api.deps.store.get_recommendation(rec.id)
    assert stored is not None and stored.state == RecommendationState.PUSHED
    done = api.client.post(f"/v1/approvals/{token}")
    assert done.status_code == 200 and "now <b>rejected</b>" in done.text
    replay = api.client.post(f"/v1/approvals/{token}")
    assert replay.status_code == 409 and "already" in replay.text
    tampered = api.client.post(f"/v1/approvals/{token[:-3]}abc")
    assert tampered.status_code == 403 and "signature" in tampered.text
    expired = sign(api.service.secret, rec, "approve", api.deps.clock.now() - dt.timedelta(days=30))
    assert api.client.get(f"/v1/approvals/{expired}").status_code == 403
