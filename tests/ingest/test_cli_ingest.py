"""`triage ingest SOURCE --json` end to end: Maildir and a real Dovecot, through the pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.scenario import INBOX_DIR
from tests.ingest.conftest import Dovecot

JUNK = b"\x00\x01\x02 this is not an email at all \xff\xfe"


def _ingest(spec: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["ingest", spec, "--json", "--push-wait", "5"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _scenario_messages(count: int) -> list[bytes]:
    return [p.read_bytes() for p in sorted((INBOX_DIR / "new").iterdir())[:count]]


def test_maildir_ingest_commits_then_marks(tmp_path: Path) -> None:
    box = tmp_path / "Maildir"
    shutil.copytree(INBOX_DIR, box)
    (box / "new" / "1795000000.M1P1.junk").write_bytes(JUNK)
    first = _ingest(f"maildir:{box}")
    total = len(list((INBOX_DIR / "new").iterdir()))
    assert first["parsed"] == total
    assert first["errors"] == 1 and sum(first["error_reasons"].values()) == 1
    assert first["duplicates"] == 0
    assert not [p for p in (box / "new").iterdir() if not p.name.startswith(".")]
    marked = [p for p in (box / "cur").iterdir() if not p.name.startswith(".")]
    assert len(marked) == total + 1 and all(":2,S" in p.name for p in marked)
    again = _ingest(f"maildir:{box}")
    assert (again["parsed"], again["duplicates"], again["errors"]) == (0, 0, 0)


@pytest.mark.dovecot
def test_imap_ingest_on_dovecot(
    mailbox: tuple[Dovecot, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, user, password = mailbox
    for raw in [*_scenario_messages(3), JUNK]:
        server.append(user, raw)
    monkeypatch.setenv("TRIAGE_IMAP_PASSWORD", password)
    spec = f"imap://{user}@127.0.0.1:{server.port}/INBOX?security=none"
    first = _ingest(spec)
    assert (first["parsed"], first["errors"], first["duplicates"]) == (3, 1, 0)
    conn = server.client(user)
    try:
        conn.select("INBOX")
        typ, data = conn.uid("SEARCH", "UNSEEN")
        assert typ == "OK" and data[0].split() == []
    finally:
        conn.logout()
    again = _ingest(spec)
    assert (again["parsed"], again["errors"]) == (0, 0)
