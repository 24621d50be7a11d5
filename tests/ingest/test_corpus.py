"""Every message of the malformed corpus parses or is refused with the expected reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agent.errors import ParseError
from agent.ingest import Limits, attachment_sections, parse_email
from agent.models import InboundEmail

CORPUS = Path(__file__).parent.parent / "data" / "malformed"
EXPECTATIONS: dict[str, dict[str, Any]] = json.loads(
    (CORPUS / "expectations.json").read_text(encoding="utf-8")
)


def test_corpus_is_complete() -> None:
    files = {p.name for p in CORPUS.glob("*.eml")}
    assert files == set(EXPECTATIONS)
    assert len(files) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_corpus_message(name: str) -> None:
    expect = EXPECTATIONS[name]
    raw = (CORPUS / name).read_bytes()
    limits = Limits(**expect.get("limits", {}))
    if expect["outcome"] == "error":
        with pytest.raises(ParseError) as info:
            parse_email(raw, source="corpus", limits=limits)
        assert info.value.reason == expect["reason"]
        assert str(info.value)
        return
    email = parse_email(raw, source="corpus", limits=limits)
    email.model_dump_json()  # every string is valid unicode (no lone surrogates)
    assert email.text[: email.new_text_end] == email.new_text
    for needle in expect.get("contains", []):
        assert needle in email.text
    for needle in expect.get("not_contains", []):
        assert needle not in email.text
    for needle in expect.get("new_contains", []):
        assert needle in email.new_text
    for needle in expect.get("new_not_contains", []):
        assert needle not in email.new_text
    for needle in expect.get("quoted_contains", []):
        assert needle in email.quoted_text
    for needle in expect.get("note_contains", []):
        assert any(needle in note for note in email.notes), email.notes
    for key in ("subject", "from_name", "message_id", "text", "references"):
        if key in expect:
            assert getattr(email, key) == expect[key]
    if "message_id_suffix" in expect:
        assert email.message_id.endswith(expect["message_id_suffix"])
    _check_attachments(email, expect)


def _check_attachments(email: InboundEmail, expect: dict[str, Any]) -> None:
    by_name = {a.filename: a for a in email.attachments}
    for wanted in expect.get("attachments", []):
        att = by_name[wanted["filename"]]
        if "text_contains" in wanted:
            assert wanted["text_contains"] in (att.text or "")
        if "note_contains" in wanted:
            assert att.note is not None and wanted["note_contains"] in att.note
        if "size" in wanted:
            assert att.size == wanted["size"]
    for filename, start, end in attachment_sections(email):
        assert by_name[filename].text == email.text[start:end]
