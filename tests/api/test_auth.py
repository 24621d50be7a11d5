"""API keys, scopes, revocation, rate limits, body size limits and CORS."""

from __future__ import annotations

from collections.abc import Callable

from agent.api.security import TokenBucket, authenticate, create_key, hash_key
from agent.store import apikeys
from tests.api.conftest import Api


def test_missing_key_is_401_with_a_clear_body(api: Api) -> None:
    response = api.client.get("/v1/queue")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    error = response.json()["error"]
    assert error["code"] == "unauthorized" and "missing API key" in error["message"]


def test_unknown_malformed_and_tampered_keys_are_401(api: Api) -> None:
    good = api.keys["read"]
    for key, words in [
        ("nonsense", "malformed"),
        ("trg_deadbeef_" + "x" * 43, "unknown API key"),
        (good[:-2] + ("AA" if not good.endswith("AA") else "BB"), "unknown API key"),
    ]:
        response = api.client.get("/v1/queue", headers={"X-API-Key": key})
        assert response.status_code == 401
        assert words in response.json()["error"]["message"]


def test_key_in_either_header_works(api: Api) -> None:
    assert api.client.get("/v1/queue", headers=api.auth("read")).status_code == 200
    assert api.client.get("/v1/queue", headers={"X-API-Key": api.keys["read"]}).status_code == 200


def test_wrong_scope_is_403_naming_the_scope(api: Api) -> None:
    response = api.client.get("/v1/queue", headers=api.auth("ingest"))
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "forbidden" and error["required_scope"] == "read"
    assert error["granted_scopes"] == ["ingest"]
    status, body = api.post_email(b"From: a@b\r\n\r\nhi", scope="read")
    assert status == 403 and body["error"]["required_scope"] == "ingest"


def test_admin_holds_every_scope(api: Api) -> None:
    assert api.client.get("/v1/queue", headers=api.auth("admin")).status_code == 200
    assert (
        api.client.post("/v1/recommendations/nope/approve", headers=api.auth("admin")).status_code
        == 404
    )


def test_revoked_key_is_refused_at_once(api: Api) -> None:
    record = apikeys.by_prefix(api.deps.store, api.keys["read"].split("_")[1])[0]
    assert api.client.get("/v1/queue", headers=api.auth("read")).status_code == 200
    apikeys.revoke(api.deps.store, record.id, api.deps.clock.now())
    response = api.client.get("/v1/queue", headers=api.auth("read"))
    assert response.status_code == 401 and "revoked" in response.json()["error"]["message"]


def test_only_the_hash_is_stored(api: Api) -> None:
    record, key = create_key(api.deps.store, "x", ["read"], None, api.deps.clock.now())
    assert record.key_hash == hash_key(key) and key not in record.key_hash
    stored = apikeys.get(api.deps.store, record.id)
    assert stored is not None and key.split("_", 2)[2] not in repr(stored)
    assert authenticate(api.deps.store, key).name == "x"


def test_rate_limit_answers_429_with_retry_after(api_factory: Callable[..., Api]) -> None:
    api = api_factory(rate_limit_per_minute=60, rate_limit_burst=3)
    statuses = [api.client.get("/v1/queue", headers=api.auth("read")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = api.client.get("/v1/queue", headers=api.auth("read"))
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["error"]["code"] == "rate_limited"
    assert api.client.get("/v1/queue", headers=api.auth("admin")).status_code == 200


def test_token_bucket_refills_with_time() -> None:
    now = [0.0]
    bucket = TokenBucket(60, 2, clock=lambda: now[0])
    assert bucket.take("k") == 0.0 and bucket.take("k") == 0.0
    assert bucket.take("k") > 0.0
    now[0] += 1.0
    assert bucket.take("k") == 0.0


def test_body_over_the_limit_is_413(api_factory: Callable[..., Api]) -> None:
    api = api_factory(max_body_bytes=1000)
    status, body = api.post_email(b"x" * 1001)
    assert status == 413 and body["error"]["code"] == "payload_too_large"

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(5):
            yield b"y" * 300

    response = api.client.post("/v1/emails", content=chunks(), headers=api.auth("ingest"))
    assert response.status_code == 413
    response = api.client.post(
        "/v1/exceptions",
        content=b'{"kind": "external", "summary": "' + b"z" * 2000 + b'"}',
        headers={**api.auth("ingest"), "Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_cors_is_off_unless_configured(api_factory: Callable[..., Api]) -> None:
    origin = {"Origin": "https://planner.example.com"}
    plain = api_factory()
    response = plain.client.get("/healthz", headers=origin)
    assert "access-control-allow-origin" not in response.headers
    allowed = api_factory(cors_origins=["https://planner.example.com"])
    response = allowed.client.get("/healthz", headers=origin)
    assert response.headers["access-control-allow-origin"] == "https://planner.example.com"
