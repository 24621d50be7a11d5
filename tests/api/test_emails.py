"""Email intake over HTTP and the signed webhook; the email view after processing."""

from __future__ import annotations

import time
from collections.abc import Callable

from agent.store import jobs
from tests.api.conftest import Api


def test_new_email_is_202_and_a_duplicate_200_with_the_same_id(
    api: Api, inbox: list[bytes]
) -> None:
    status, first = api.post_email(inbox[0])
    assert status == 202 and first["status"] == "accepted"
    stored = api.deps.store.get_email(str(first["id"]))
    assert stored is not None and stored.status == "raw" and stored.email is None
    status, again = api.post_email(inbox[0])
    assert status == 200 and again == {"id": first["id"], "status": "duplicate"}


def test_unparseable_email_is_recorded_and_answered_422(api: Api) -> None:
    status, body = api.post_email(b"")
    assert status == 422
    error = body["error"]
    assert error["code"] == "parse_error" and error["reason"]
    stored = api.deps.store.get_email(error["id"])
    assert stored is not None and stored.status == "error"
    assert stored.error_reason == error["reason"]
    status, again = api.post_email(b"")
    assert status == 422 and again["error"]["id"] == error["id"]


def test_processed_email_shows_extraction_match_and_evidence(api: Api) -> None:
    ids = api.load_inbox()
    with_recs = []
    for email_id in ids:
        body = api.client.get(f"/v1/emails/{email_id}", headers=api.auth("read")).json()
        assert body["status"] in ("processed", "error")
        if body["recommendation_ids"] and body["match"]["po_names"]:
            with_recs.append(body)
    assert with_recs
    body = with_recs[0]
    extraction = body["extraction"]
    assert extraction["intent"] and extraction["extractor"]
    spans = [d["span"] for d in extraction["dates"]] + [
        r["span"] for r in extraction["po_refs"] if r["span"]
    ]
    assert spans and all(body["text"][s["start"] : s["end"]] == s["quote"] for s in spans)
    assert body["trust"] is not None


def test_unknown_email_is_404(api: Api) -> None:
    response = api.client.get("/v1/emails/nope", headers=api.auth("read"))
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_signed_webhook_is_accepted_once(api: Api, inbox: list[bytes]) -> None:
    response = api.signed_webhook(inbox[1])
    assert response.status_code == 202, response.text
    email_id = response.json()["id"]
    stored = api.deps.store.get_email(email_id)
    assert stored is not None and stored.source == "webhook"
    again = api.signed_webhook(inbox[1])
    assert again.status_code == 200 and again.json()["id"] == email_id


def test_webhook_refuses_bad_signature_old_timestamp_and_missing_headers(
    api: Api, inbox: list[bytes]
) -> None:
    bad = api.signed_webhook(inbox[2], secret="wrong")
    assert bad.status_code == 401 and "signature" in bad.json()["error"]["message"]
    old = api.signed_webhook(inbox[2], at=time.time() - 3600)
    assert old.status_code == 401 and "window" in old.json()["error"]["message"]
    bare = api.client.post("/v1/webhooks/inbound", files={"email": ("m.eml", inbox[2])})
    assert bare.status_code == 401 and "missing" in bare.json()["error"]["message"]
    assert api.deps.store.count_emails() == {}


def test_webhook_without_the_email_field_is_422(api: Api) -> None:
    import hashlib
    import hmac

    body = b"other=1"
    stamp = str(int(time.time()))
    signature = hmac.new(b"whsec-test-secret", stamp.encode() + b"." + body, hashlib.sha256)
    response = api.client.post(
        "/v1/webhooks/inbound",
        content=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Triage-Timestamp": stamp,
            "X-Triage-Signature": "sha256=" + signature.hexdigest(),
        },
    )
    assert response.status_code == 422 and "'email'" in response.json()["error"]["message"]


def test_webhook_is_off_without_a_secret(
    api_factory: Callable[..., Api], inbox: list[bytes]
) -> None:
    api = api_factory(webhook_secret=None)
    response = api.signed_webhook(inbox[0])
    assert (
        response.status_code == 403
        and "TRIAGE_API_WEBHOOK_SECRET" in response.json()["error"]["message"]
    )


def test_exception_record_is_validated_stored_and_refreshed(api: Api) -> None:
    record = {
        "kind": "short_receipt",
        "po_name": "P00234",
        "summary": "WMS: 40 of 60 received",
        "details": {"received": 40, "ordered": 60},
    }
    first = api.client.post("/v1/exceptions", json=record, headers=api.auth("ingest"))
    assert first.status_code == 202 and first.json()["created"] is True
    again = api.client.post("/v1/exceptions", json=record, headers=api.auth("ingest"))
    assert again.status_code == 200 and again.json() == {
        "key": first.json()["key"],
        "created": False,
    }
    stored = api.deps.store.exceptions("short_receipt")
    assert [r.po_name for r in stored] == ["P00234"] and stored[0].source == "api:ingest-key"
    api.work()
    recs = api.deps.store.recommendations(source_ids=[first.json()["key"]])
    assert [(r.source_type, r.po_name) for r in recs] == [("exception", "P00234")]
    assert jobs.counts(api.deps.store, jobs.EXCEPTION) == {"done": 1}
    bad = api.client.post("/v1/exceptions", json={"kind": "nonsense"}, headers=api.auth("ingest"))
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "validation_error"
    extra = api.client.post(
        "/v1/exceptions", json={"kind": "external", "evil": 1}, headers=api.auth("ingest")
    )
    assert extra.status_code == 422
