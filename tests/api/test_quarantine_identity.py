"""The same unparseable bytes get one quarantine row, over HTTP or through ``triage ingest``.

``POST /v1/emails`` commits raw bytes under their message key and quarantines them when a
worker fails to parse them (or at once when they fail the checks needing no parse);
``triage ingest`` parses first. Both must name the message the same way, whichever path
sees it first, so it is stored once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app
from tests.api.conftest import Api

PARTS = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(300))
BAD = {
    "junk": b"\x00\x01\x02 this is not an email at all \xff\xfe",
    "junk_crlf": b"no headers here\r\njust lines\r\n",
    "too_many_parts": b"Message-ID: <parts@example.com>\r\nFrom: a@example.com\r\n"
    b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + PARTS + b"--b--\r\n",
    "empty": b" \r\n",
}


def _ingest(tmp_path: Path, raw: bytes) -> dict[str, object]:
    box = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (box / sub).mkdir(parents=True, exist_ok=True)
    (box / "new" / f"{len(list((box / 'cur').iterdir()))}.bad").write_bytes(raw)
    result = CliRunner().invoke(app, ["ingest", f"maildir:{box}", "--json", "--push-wait", "0"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _post(api: Api, raw: bytes) -> str:
    status, body = api.post_email(raw)
    if status == 422:
        return str(body["error"]["id"])  # type: ignore[index]
    assert status in (200, 202), body
    api.work()  # the worker parses it and quarantines it
    return str(body["id"])


def _quarantined(api: Api) -> list[str]:
    return [e.id for e in api.deps.store.emails(status="error")]


@pytest.mark.parametrize("name", sorted(BAD))
def test_http_then_ingest_store_the_bad_bytes_once(api: Api, tmp_path: Path, name: str) -> None:
    raw = BAD[name]
    email_id = _post(api, raw)
    assert _quarantined(api) == [email_id]
    report = _ingest(tmp_path, raw)
    assert (report["errors"], report["duplicates"], report["parsed"]) == (0, 1, 0)
    assert _quarantined(api) == [email_id]


@pytest.mark.parametrize("name", sorted(BAD))
def test_ingest_then_http_store_the_bad_bytes_once(api: Api, tmp_path: Path, name: str) -> None:
    raw = BAD[name]
    report = _ingest(tmp_path, raw)
    assert (report["errors"], report["duplicates"]) == (1, 0)
    (email_id,) = _quarantined(api)
    assert _post(api, raw) == email_id
    assert _quarantined(api) == [email_id]


def test_rows_quarantined_under_the_old_id_are_rekeyed(api: Api, tmp_path: Path) -> None:
    """Migration 0006: a message ``triage ingest`` stored before stays one row."""
    import datetime as dt
    import hashlib
    import importlib

    migration = importlib.import_module(
        "agent.store.migrations.versions.0006_quarantine_message_keys"
    )
    raw, store = BAD["junk"], api.deps.store
    digest = hashlib.sha256(raw).hexdigest()
    old = store.add_failed_email(
        raw,
        message_id=f"<unparsed-{digest[:32]}@triage.local>",
        content_hash=digest,
        source="old",
        reason="not_email",
        error="no email headers found",
        now=dt.datetime.now(dt.UTC),
    )
    with store.engine.begin() as connection:
        assert migration.rekey_quarantined(connection) == 1
    assert _post(api, raw) == old.id
    report = _ingest(tmp_path, raw)
    assert (report["errors"], report["duplicates"]) == (0, 1)
    assert _quarantined(api) == [old.id]
