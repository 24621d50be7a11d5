from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.errors import ParseError
from agent.ingest import Limits, attachment_sections, content_hash, parse_email
from tests.ingest.helpers import make_raw

ODOO = Path("/work/shared/odoo-real/emails")


def test_plain_reply_keeps_headers_and_splits_quote() -> None:
    body = (
        "Hello,\nwe can only ship 120 of 200 on 12 December.\n\nBest regards,\nAnna\n\n"
        "On Mon, 2 Dec 2024 at 09:00, Buyer <buyer@retail.example> wrote:\n"
        "> Please confirm P00042\n"
    )
    raw = make_raw(
        body,
        message_id="<abc@woodcorner.com>",
        extra={"In-Reply-To": "<po-1@odoo>", "References": "<po-0@odoo> <po-1@odoo>"},
    )
    email = parse_email(raw, source="test")
    assert email.message_id == "<abc@woodcorner.com>"
    assert email.in_reply_to == "<po-1@odoo>"
    assert email.references == ["<po-0@odoo>", "<po-1@odoo>"]
    assert email.from_addr == "sales@woodcorner.com"
    assert email.from_name == "Wood Corner"
    assert email.new_text == "Hello,\nwe can only ship 120 of 200 on 12 December."
    assert "Please confirm P00042" in email.quoted_text
    assert "Best regards" in email.quoted_text
    assert email.date == dt.datetime(2024, 12, 3, 9, 0, tzinfo=dt.UTC)
    assert email.content_hash == content_hash(raw)
    assert email.source == "test"


def test_missing_message_id_gets_stable_hash_id() -> None:
    raw = b"From: a@b.com\nSubject: x\n\nhello\n"
    first = parse_email(raw)
    assert first.message_id.endswith("@triage.local>")
    assert parse_email(raw.replace(b"\n", b"\r\n")).message_id == first.message_id
    assert "no Message-ID; a content-hash id was made" in first.notes


def test_html_only_body_becomes_text() -> None:
    raw = (
        b"From: a@b.com\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n"
        b"<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
        b"<body><p>New ETA&nbsp;week&nbsp;51 for P00042</p><div>Qty: 5 &amp; more</div>"
        b"<blockquote>old thread P00001</blockquote></body></html>"
    )
    email = parse_email(raw)
    assert email.new_text == "New ETA week 51 for P00042\n\nQty: 5 & more"
    assert "> old thread P00001" in email.quoted_text
    assert "alert" not in email.text and "color" not in email.text


def test_unknown_charset_decodes_with_note() -> None:
    raw = (
        b"From: a@b.com\nSubject: x\nContent-Type: text/plain; charset=x-klingon\n"
        b"Content-Transfer-Encoding: 8bit\n\nPreis \xe4ndert sich\n"
    )
    email = parse_email(raw)
    assert email.new_text.startswith("Preis ")
    assert any("x-klingon" in note for note in email.notes)


def test_rfc2047_and_8bit_headers() -> None:
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j@lieferant.de>\n"
        b"Subject: Liefertermin f\xc3\xbcr P00042\n\nText\n"
    )
    email = parse_email(raw)
    assert email.from_name == "Jürgen Müller"
    assert email.subject == "Liefertermin für P00042"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not_email"),
        (b"From: a@b.com\n\n" + b"x" * 2000, "too_large"),
    ],
)
def test_refused_messages_have_reasons(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_email(raw, limits=Limits(max_message_bytes=1000))
    assert info.value.reason == reason


def test_too_many_parts_and_too_deep() -> None:
    parts = b"".join(b"--b\nContent-Type: text/plain\n\nx\n" for _ in range(20))
    raw = b"From: a@b.com\nContent-Type: multipart/mixed; boundary=b\n\n" + parts + b"--b--\n"
    with pytest.raises(ParseError) as info:
        parse_email(raw, limits=Limits(max_parts=10))
    assert info.value.reason == "too_many_parts"
    nested = b"x\n"
    for level in range(8):
        nested = (
            f"Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n".encode()
            + nested
            + f"\n--b{level}--\n".encode()
        )
    with pytest.raises(ParseError) as info:
        parse_email(b"From: a@b.com\n" + nested, limits=Limits(max_depth=4))
    assert info.value.reason == "too_deep"


def test_csv_attachment_section_is_addressable() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "a@b.com"
    msg["Subject"] = "lines"
    msg.set_content("See the attached lines.")
    msg.add_attachment(
        b"sku;qty;date\nA-1;120;2024-12-12\n", maintype="text", subtype="csv", filename="lines.csv"
    )
    email = parse_email(msg.as_bytes())
    assert email.attachments[0].filename == "lines.csv"
    assert email.attachments[0].text == "sku | qty | date\nA-1 | 120 | 2024-12-12"
    [(name, start, end)] = attachment_sections(email)
    assert name == "lines.csv"
    assert email.text[start:end] == email.attachments[0].text


@pytest.mark.skipif(not ODOO.is_dir(), reason="real Odoo emails not present")
def test_real_odoo_vendor_reply() -> None:
    raw = (ODOO / "vendor_reply_P00001_forwarded_to_follower.eml").read_bytes()
    email = parse_email(raw)
    assert email.message_id == "<vendor-reply-0001@woodcorner.example.com>"
    assert len(email.references) == 4
    assert "can only deliver on 2026-12-03" in email.new_text
    assert "Powered by Odoo" in email.quoted_text
    assert "\u200b" not in email.text
