from __future__ import annotations

import datetime as dt
import email
import email.policy

from agent.scenario import facts
from agent.scenario.facts import days_of_cover, letter, stockout_date
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.letters import ALL_LETTERS
from agent.scenario.model import Scenario


def test_known_delayed_po(scenario: Scenario) -> None:
    order = scenario.order(facts.KNOWN_DELAYED_PO)
    assert order.state == "purchase"
    assert order.warehouse_id == facts.KNOWN_DELAYED_WAREHOUSE
    [line] = order.lines
    assert line.product_code == facts.KNOWN_DELAYED_PRODUCT
    assert line.date_planned.date() == facts.KNOWN_DELAY_PLANNED_DATE

    delay = letter(facts.KNOWN_DELAY_LETTER)
    assert delay.fact.intent == "delay"
    assert delay.fact.pos == (facts.KNOWN_DELAYED_PO,)
    assert delay.fact.new_date == facts.KNOWN_DELAY_NEW_DATE.isoformat()
    assert "delivered on Monday,\nDecember 21, 2026" in (delay.text or "")
    assert (facts.INBOX_DIR / "new" / facts.KNOWN_DELAY_EMAIL_FILE).is_file()


def test_known_delay_empties_the_shelf(scenario: Scenario) -> None:
    cover = days_of_cover(scenario, facts.KNOWN_DELAYED_PRODUCT, facts.KNOWN_DELAYED_WAREHOUSE)
    delay_days = (facts.KNOWN_DELAY_NEW_DATE - facts.KNOWN_DELAY_PLANNED_DATE).days
    assert delay_days == 21
    assert 3 < cover < 7
    assert cover < delay_days
    assert cover < (facts.KNOWN_DELAY_NEW_DATE - scenario.today).days
    runs_out = stockout_date(scenario, facts.KNOWN_DELAYED_PRODUCT, facts.KNOWN_DELAYED_WAREHOUSE)
    assert runs_out <= facts.KNOWN_DELAY_PLANNED_DATE < facts.KNOWN_DELAY_NEW_DATE

    gateway = ScenarioGateway(scenario)
    product = scenario.product(facts.KNOWN_DELAYED_PRODUCT)
    other_receipts = [
        i
        for i in gateway.incoming([product.id])
        if i.warehouse_id == facts.KNOWN_DELAYED_WAREHOUSE
        and i.po_name != facts.KNOWN_DELAYED_PO
        and i.date_planned < facts.KNOWN_DELAY_NEW_DATE
    ]
    assert other_receipts == []
    alternates = [
        s
        for s in gateway.supplier_infos([product.id])
        if s.vendor_id != scenario.order(facts.KNOWN_DELAYED_PO).partner_id
    ]
    assert alternates and all(s.delay_days > (runs_out - scenario.today).days for s in alternates)


def test_transfer_story(scenario: Scenario) -> None:
    assert days_of_cover(scenario, facts.TRANSFER_PRODUCT, facts.MAIN_DC) < 7
    assert days_of_cover(scenario, facts.TRANSFER_PRODUCT, facts.NORTH_HUB) > 40
    delay = letter("acme-p232-delay").fact
    assert facts.TRANSFER_PRODUCT in delay.products and delay.intent == "delay"


def test_alternate_vendor_story(scenario: Scenario) -> None:
    product = scenario.product(facts.ALTERNATE_VENDOR_PRODUCT)
    infos = [s for s in scenario.supplier_infos if s.product_id == product.id]
    primary = scenario.order("P00231").partner_id
    primary_lead = next(s.delay_days for s in infos if s.vendor_id == primary)
    assert min(s.delay_days for s in infos if s.vendor_id != primary) < primary_lead / 2
    assert days_of_cover(scenario, product.default_code, facts.MAIN_DC) < 7


def test_harmless_delay(scenario: Scenario) -> None:
    fact = letter("nordic-p234-delay").fact
    assert fact.pos == (facts.HARMLESS_DELAY_PO,) and fact.new_date
    horizon = (dt.date.fromisoformat(fact.new_date) - scenario.today).days
    for code in fact.products:
        assert days_of_cover(scenario, code, facts.MAIN_DC) > 2 * horizon


def test_near_stockout_products(scenario: Scenario) -> None:
    for code, warehouse_id in facts.NEAR_STOCKOUT:
        assert days_of_cover(scenario, code, warehouse_id) < 3


def test_spoofed_email_file() -> None:
    path = facts.INBOX_DIR / "new" / facts.SPOOFED_EMAIL_FILE
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert "dmarc=fail" in str(message["Authentication-Results"])
    assert facts.SPOOFED_DOMAIN in str(message["From"])


def test_orders_without_an_explaining_email(scenario: Scenario) -> None:
    late = scenario.order(facts.LATE_RECEIPT_PO)
    assert all(line.date_planned.date() < scenario.today for line in late.lines)
    assert all(line.qty_received == 0 for line in late.lines)
    assert not [x for x in ALL_LETTERS if facts.LATE_RECEIPT_PO in x.fact.pos]
    rfq = scenario.order(facts.UNACKNOWLEDGED_RFQ_PO)
    assert rfq.state == "sent" and not rfq.acknowledged
    about_rfq = [x for x in ALL_LETTERS if facts.UNACKNOWLEDGED_RFQ_PO in x.fact.pos]
    assert [x.fact.intent for x in about_rfq] == ["other"]


def test_named_letters_exist() -> None:
    keys = {x.key for x in ALL_LETTERS}
    named = {
        facts.KNOWN_DELAY_LETTER,
        facts.SPOOFED_LETTER,
        facts.TWO_ORDER_LETTER,
        facts.HTML_ONLY_LETTER,
        facts.CSV_LETTER,
        *facts.REFERENCES_ONLY_LETTERS,
        *facts.PARTNER_REF_ONLY_LETTERS,
        *facts.NOISE_LETTERS,
    }
    assert named <= keys
    assert facts.inbox_file(facts.SPOOFED_LETTER).name == facts.SPOOFED_EMAIL_FILE
