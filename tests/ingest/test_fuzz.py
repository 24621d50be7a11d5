"""Property tests: random bytes and mutated real messages give an InboundEmail or a ParseError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.errors import ParseError
from agent.ingest import Limits, parse_email
from agent.models import InboundEmail

CORPUS = Path(__file__).parent.parent / "data" / "malformed"
ODOO = Path("/work/shared/odoo-real/emails")
SEEDS = sorted(p.read_bytes() for p in CORPUS.glob("*.eml") if 0 < p.stat().st_size < 200_000)
SEEDS += sorted(p.read_bytes()[:60_000] for p in ODOO.glob("*.eml")) if ODOO.is_dir() else []
LIMITS = Limits(max_parts=60, max_depth=8)


def _check(raw: bytes) -> None:
    try:
        email = parse_email(raw, source="fuzz", limits=LIMITS)
    except ParseError as exc:
        assert exc.reason and str(exc)
        return
    assert isinstance(email, InboundEmail)
    assert email.text[: email.new_text_end] == email.new_text
    email.model_dump_json()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_random_header_like_text(text: str) -> None:
    _check(("From: a@b.c\nContent-Type: multipart/mixed; boundary=x\n" + text).encode())


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    [b"\r\n", b"\x00", b"--", b"=?utf-8?B?", b"boundary=", b"\n\n", b"\xff\xfe",
                     b"Content-Type: message/rfc822\n\n", b"charset=bogus", b"<blockquote>"]
                )
            )  # fmt: skip
        else:
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_messages(raw: bytes) -> None:
    _check(raw)
