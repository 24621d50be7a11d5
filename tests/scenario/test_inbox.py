from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent.models import Intent
from agent.scenario.facts import INBOX_DIR, email_facts, letter
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.letters import ALL_LETTERS, Letter
from agent.scenario.model import Scenario
from agent.scenario.write_inbox import write_inbox

MAILDIR_NAME = re.compile(r"^\d{10}\.M\d{6}P\d+\.mx1\.brightmart\.example$")
FILES = sorted((INBOX_DIR / "new").iterdir())
FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "gmx.de")


def _parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _texts(message: EmailMessage) -> str:
    """Subject and every text part, decoded (HTML and attachments included)."""
    parts = [str(message["Subject"])]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def _by_key(key: str) -> EmailMessage:
    return _parse(INBOX_DIR / "new" / letter(key).maildir_name)


def test_maildir_layout() -> None:
    for folder in ("cur", "new", "tmp"):
        assert (INBOX_DIR / folder).is_dir()
    assert [p.name for p in (INBOX_DIR / "cur").iterdir()] == [".gitkeep"]
    assert [p.name for p in (INBOX_DIR / "tmp").iterdir()] == [".gitkeep"]
    assert len(FILES) == len(ALL_LETTERS) >= 32
    assert all(MAILDIR_NAME.match(p.name) for p in FILES)
    assert {p.name for p in FILES} == {x.maildir_name for x in ALL_LETTERS}


def test_committed_files_are_what_write_inbox_renders(tmp_path: Path) -> None:
    written = write_inbox(tmp_path)
    assert sorted(p.name for p in written) == [p.name for p in FILES]
    for path in FILES:
        assert (tmp_path / "new" / path.name).read_bytes() == path.read_bytes(), path.name
    again = write_inbox(tmp_path)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in written]


def test_write_inbox_removes_stale_messages(tmp_path: Path) -> None:
    (tmp_path / "new").mkdir(parents=True)
    (tmp_path / "new" / "123.stale.host").write_text("x")
    write_inbox(tmp_path)
    assert not (tmp_path / "new" / "123.stale.host").exists()


@pytest.mark.parametrize("path", FILES, ids=[p.name[:16] for p in FILES])
def test_every_file_is_a_complete_rfc5322_message(path: Path) -> None:
    message = _parse(path)
    assert not [d for part in message.walk() for d in part.defects]
    for header in ("Message-ID", "Date", "From", "To", "Subject", "Authentication-Results"):
        assert message[header], header
    assert re.fullmatch(r"<[^<>\s]+@[^<>\s]+>", str(message["Message-ID"]))
    assert message["To"].addresses[0].addr_spec == "purchasing@brightmart.example"
    sender = message["From"].addresses[0]
    assert sender.display_name and "@" in sender.addr_spec
    sent = email.utils.parsedate_to_datetime(str(message["Date"]))
    assert sent.tzinfo is not None
    assert (
        dt.datetime(2026, 11, 16, tzinfo=dt.UTC) <= sent < dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    )
    assert message.get_body(("plain", "html")) is not None


def test_message_ids_are_unique() -> None:
    ids = [str(_parse(p)["Message-ID"]) for p in FILES]
    assert len(set(ids)) == len(ids)


def test_mime_variety() -> None:
    messages = {x.key: _by_key(x.key) for x in ALL_LETTERS}
    types = [m.get_content_type() for m in messages.values()]
    assert types.count("text/plain") >= 20
    assert types.count("multipart/alternative") >= 3
    html_only = [k for k, m in messages.items() if m.get_content_type() == "text/html"]
    assert html_only == ["terra-p246-asn-html"]

    def encodings(message: EmailMessage) -> set[str]:
        return {str(p.get("Content-Transfer-Encoding", "")).lower() for p in message.walk()}

    assert "quoted-printable" in encodings(messages["duval-p236-qp-fr"])
    assert "base64" in encodings(messages["duval-p245-b64-fr"])
    assert "8bit" in encodings(messages["gartenwerk-p235-kw50"])
    attachments = [
        (k, a.get_filename(), a.get_content_type())
        for k, m in messages.items()
        for a in m.iter_attachments()
    ]
    assert attachments == [("greenvalley-p249-csv", "P00249_confirmation.csv", "text/csv")]
    csv_text = next(messages["greenvalley-p249-csv"].iter_attachments()).get_content()
    assert "P00249,2,GRC-1011,Tomato Passata 700g,400,400,2026-12-20,2027-01-08" in csv_text


def test_non_ascii_vendors_decode() -> None:
    german = _by_key("gartenwerk-p235-kw50")
    assert "Mit freundlichen Grüßen" in german.get_content()
    assert "Lieferverzögerung" in str(german["Subject"])
    french = _by_key("duval-p245-b64-fr").get_content()
    assert "Nouvelle date de livraison : vendredi 18 décembre 2026" in french
    assert "réf." in str(_by_key("duval-p245-b64-fr")["Subject"])
    assert _by_key("duval-p255-remaining")["From"].addresses[0].display_name.startswith("Épicerie")


def test_genuine_vendors_pass_authentication(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    for item in ALL_LETTERS:
        results = str(_by_key(item.key)["Authentication-Results"])
        if item.fact.trusted:
            assert all(f"{k}=pass" in results for k in ("spf", "dkim", "dmarc")), item.key
            assert gateway.vendors_by_domains([item.domain]), item.key
        else:
            assert "dmarc=fail" in results


def test_exactly_one_spoofed_sender(scenario: Scenario) -> None:
    spoofed = [x for x in ALL_LETTERS if not x.fact.trusted]
    assert [x.key for x in spoofed] == ["spoof-acme-bank"]
    message = _by_key("spoof-acme-bank")
    sender = message["From"].addresses[0]
    assert sender.display_name in {v.name for v in scenario.vendors}
    assert sender.domain == "acme-supp1y.com"
    vendor_domains = {d for v in scenario.vendors for d in v.domains}
    assert sender.domain not in vendor_domains
    assert message["Reply-To"].addresses[0].domain in FREE_MAIL
    text = message.get_content()
    assert "IBAN" in text and "cancel purchase order P00247" in text


def test_noise_is_marked_as_such() -> None:
    auto = _by_key("nordic-p252-ooo")
    assert auto["Auto-Submitted"] == "auto-replied"
    news = _by_key("greenvalley-newsletter")
    assert news["Precedence"] == "bulk" and news["List-Unsubscribe"]
    auto_replies = [x.key for x in ALL_LETTERS if _by_key(x.key)["Auto-Submitted"]]
    assert auto_replies == ["nordic-p252-ooo"]


def test_replies_point_at_odoo_messages(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    odoo_ids = {m.message_id for m in scenario.mail_messages}
    replies = 0
    for item in ALL_LETTERS:
        message = _by_key(item.key)
        refs = str(message.get("References", "")).split()
        if not refs:
            assert message["In-Reply-To"] is None
            continue
        replies += 1
        assert str(message["In-Reply-To"]) == refs[-1]
        odoo_refs = [r for r in refs if "-openerp-" in r]
        assert set(odoo_refs) <= odoo_ids, item.key
        found = gateway.orders_by_message_ids(odoo_refs)
        assert {o.name for o in found.values()} <= set(item.fact.pos), item.key
    assert replies >= 15


def test_references_only_replies_name_no_order(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    refs_only = [x for x in ALL_LETTERS if x.fact.match == "references"]
    assert [x.key for x in refs_only] == ["greenvalley-p243-references-only"]
    for item in refs_only:
        message = _by_key(item.key)
        text = _texts(message)
        assert not re.search(r"P0\d{4}", text)
        assert not any(o.partner_ref and o.partner_ref in text for o in scenario.orders)
        found = gateway.orders_by_message_ids(str(message["References"]).split())
        assert {o.name for o in found.values()} == set(item.fact.pos)


def test_partner_ref_only_letter(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    item = letter("pacific-p248-partner-ref")
    text = _texts(_by_key(item.key))
    assert not re.search(r"P0\d{4}", text)
    refs = [o.partner_ref for o in scenario.orders if o.partner_ref and o.partner_ref in text]
    assert {o.name for o in gateway.orders_by_partner_refs(refs).values()} == {"P00248"}


def test_two_orders_in_one_email() -> None:
    text = _texts(_by_key("acme-p247-p250-status"))
    assert "P00247" in text and "P00250" in text


def _check_fact(item: Letter, scenario: Scenario, gateway: ScenarioGateway) -> None:
    fact = item.fact
    Intent(fact.intent)
    for extra in fact.secondary:
        Intent(extra)
    orders = gateway.orders_by_names(list(fact.pos))
    assert sorted(orders) == sorted(fact.pos)
    codes = {line.product_code for o in orders.values() for line in o.lines}
    if orders:
        assert set(fact.products) <= codes
    else:
        assert set(fact.products) <= {p.default_code for p in scenario.products}
    if fact.match == "name":
        text = _texts(_by_key(item.key))
        assert all(name in text for name in fact.pos)
    if fact.trusted and orders:
        vendor = gateway.vendors_by_domains([item.domain])[item.domain][0]
        assert {o.partner_id for o in orders.values()} == {vendor.id}
    if fact.new_date:
        assert dt.date.fromisoformat(fact.new_date) > item.sent_at.date()
    if fact.earliest:
        assert fact.new_date and fact.earliest < fact.new_date


def test_facts_agree_with_scenario_and_text(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    for item in ALL_LETTERS:
        _check_fact(item, scenario, gateway)
    facts = email_facts()
    assert [f.file for f in facts] == [x.maildir_name for x in ALL_LETTERS]
    assert {f.fact.intent for f in facts} >= {i.value for i in Intent}


def test_inbox_covers_the_wanted_cases() -> None:
    intents = [x.fact.intent for x in ALL_LETTERS]
    assert intents.count("delay") >= 6
    assert intents.count("cancellation") >= 2
    notes = " ".join(x.fact.note for x in ALL_LETTERS)
    for phrase in ("week 51", "KW 50", "next Friday", "120 of 200", "+4%", "discontinued"):
        assert phrase.lower() in notes.lower() or any(
            phrase.lower() in (x.text or "").lower() for x in ALL_LETTERS
        ), phrase


def test_date_headers_name_the_right_weekday() -> None:
    assert [x.key for x in ALL_LETTERS if x.sent_at.strftime("%a") != x.date[:3]] == []


def test_package_exports() -> None:
    import agent.scenario as package

    assert sorted(package.__all__) == [
        "INBOX_DIR",
        "MailMessage",
        "Scenario",
        "ScenarioGateway",
        "load_scenario",
    ]
    assert package.INBOX_DIR == INBOX_DIR
