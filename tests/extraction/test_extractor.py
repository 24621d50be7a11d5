"""The RulesExtractor end to end: roles, restated dates, several orders, spans, intent."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.extraction.base import ExtractionContext, Extractor
from agent.extraction.rules import RulesExtractor
from agent.models import DateRole, Intent
from tests.extraction.conftest import make_email

EXTRACTOR = RulesExtractor()
RULES_ONLY = RulesExtractor(use_classifier=False)
EU = ExtractionContext(vendor_country="DE", po_prefixes=("P", "PO"))
US = ExtractionContext(vendor_country="US", po_prefixes=("P", "PO"))


def roles(text: str, context: ExtractionContext = EU) -> list[tuple[str, str, str]]:
    extraction = RULES_ONLY.extract(make_email(text), context)
    return [(d.span.quote, d.value.isoformat(), d.role.value) for d in extraction.dates]


def test_implements_the_protocol() -> None:
    assert isinstance(EXTRACTOR, Extractor)
    assert EXTRACTOR.name == "rules"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We confirm delivery on 03.12.2026.", DateRole.CONFIRMED_DELIVERY),
        ("Unfortunately delayed, new delivery date 10.12.2026.", DateRole.NEW_ETA),
        ("The goods will ship on 01.12.2026.", DateRole.SHIP_DATE),
        ("New prices are effective 01.01.2027, +4%.", DateRole.PRICE_EFFECTIVE),
        ("Our office is closed on 24.12.2026.", DateRole.OTHER),
        ("Die Ware wird am 03.12.2026 geliefert.", DateRole.CONFIRMED_DELIVERY),
        ("La marchandise sera expédiée le 01.12.2026.", DateRole.SHIP_DATE),
        ("Entrega confirmada para el 03.12.2026.", DateRole.CONFIRMED_DELIVERY),
        ("Levering op 03.12.2026 bevestigd.", DateRole.CONFIRMED_DELIVERY),
    ],
)
def test_roles_from_surrounding_words(text: str, role: DateRole) -> None:
    assert [r for _q, _v, r in roles(text)] == [role.value]


@pytest.mark.parametrize(
    "text",
    [
        "We can deliver on 10.12.2026 instead of 02.12.2026.",
        "Delivery 10.12.2026, originally 02.12.2026.",
        "It was planned for 02.12.2026, now 10.12.2026 delivery.",
        "Lieferung am 10.12.2026 statt 02.12.2026.",
        "Livraison le 10.12.2026 au lieu du 02.12.2026.",
        "Entrega el 10.12.2026 en lugar del 02.12.2026.",
        "Levering op 10.12.2026 in plaats van 02.12.2026.",
    ],
)
def test_restated_old_dates_are_kept_apart(text: str) -> None:
    found = {v: r for _q, v, r in roles(text)}
    assert found["2026-12-02"] == DateRole.OTHER.value
    assert found["2026-12-10"] in {DateRole.NEW_ETA.value, DateRole.CONFIRMED_DELIVERY.value}
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert extraction.commitment is not None
    assert extraction.commitment.value == dt.date(2026, 12, 10)


def test_us_and_eu_order_in_the_same_words() -> None:
    text = "We confirm delivery on 12/05."
    assert roles(text, US)[0][1] == "2026-12-05"
    assert roles(text, EU)[0][1] == "2027-05-12"


def test_range_commitment_is_the_latest_date() -> None:
    extraction = RULES_ONLY.extract(make_email("Delivery between Dec 3 and Dec 5."), EU)
    assert [d.role for d in extraction.dates] == [DateRole.RANGE_START, DateRole.RANGE_END]
    assert extraction.commitment is not None
    assert extraction.commitment.value == dt.date(2026, 12, 5)


def test_business_days_count_from_the_ship_date() -> None:
    text = "P00160 ships Monday, delivery 5-7 business days."
    extraction = RULES_ONLY.extract(make_email(text), US)
    values = {d.role: d.value for d in extraction.dates}
    assert values[DateRole.SHIP_DATE] == dt.date(2026, 11, 30)
    assert values[DateRole.RANGE_START] == dt.date(2026, 12, 7)
    assert values[DateRole.RANGE_END] == dt.date(2026, 12, 9)


def test_business_days_skip_the_rest_ship_date_of_an_earlier_sentence() -> None:
    # the transit is the shipped part's, not the rest's that ships later
    text = (
        "P00160 shipped today, 18 of 24 pallets. Remaining 6 pallets ship 12/11. "
        "First part delivers 12/9, transit 3 business days."
    )
    extraction = RULES_ONLY.extract(make_email(text), US)
    spans = [d.value for d in extraction.dates if d.span.quote == "3 business days"]
    assert spans == [dt.date(2026, 12, 1)]  # today, 26 Nov, plus 3


def test_business_days_count_from_the_rest_ship_date_in_its_own_sentence() -> None:
    text = (
        "P00160: we shipped 120 today. The remaining 80 ship on 12/11, "
        "delivery approx. 2 business days later."
    )
    extraction = RULES_ONLY.extract(make_email(text), US)
    spans = [d.value for d in extraction.dates if d.span.quote == "2 business days"]
    assert spans == [dt.date(2026, 12, 15)]


def test_several_orders_in_one_email_kept_apart() -> None:
    text = (
        "P00455 will be delivered on 03.12.2026.\n"
        "P00456 is delayed, new delivery date 17.12.2026.\n"
        "P00457: 120 pcs of AB-100 shipped today."
    )
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert extraction.odoo_refs == ["P00455", "P00456", "P00457"]
    dates = [(d.value.isoformat(), d.role.value) for d in extraction.dates]
    assert ("2026-12-03", "confirmed_delivery") in dates or ("2026-12-03", "new_eta") in dates
    assert ("2026-12-17", "new_eta") in dates
    assert [(ln.product, ln.qty) for ln in extraction.lines] == [("AB-100", 120.0)]


def test_quoted_history_gives_refs_but_no_dates() -> None:
    text = (
        "Confirmed, delivery 03.12.2026.\n\nOn Mon, 23 Nov 2026 Buyer wrote:\n> P00042 by 28.11.?"
    )
    email = make_email(text, new_text_end=text.index("\n\nOn Mon"))
    extraction = RULES_ONLY.extract(email, EU)
    assert [d.value for d in extraction.dates] == [dt.date(2026, 12, 3)]
    assert [(r.value, r.in_quoted) for r in extraction.po_refs] == [("P00042", True)]


@pytest.mark.parametrize(
    ("subject", "text", "intent"),
    [
        ("Automatic reply: P00042", "I am out of the office until 2 December.", Intent.OTHER),
        ("Newsletter", "Our winter collection is here. Unsubscribe here.", Intent.OTHER),
        ("P00042", "We confirm your order P00042, delivery on schedule.", Intent.CONFIRMATION),
        ("P00042", "Sorry, P00042 is delayed, new ETA next week.", Intent.DELAY),
        ("P00042", "Order P00042 is cancelled, the item is discontinued.", Intent.CANCELLATION),
        ("Prices 2027", "Price increase of 4% from 1 January.", Intent.PRICE_CHANGE),
        ("P00042", "Shipped today with DHL, tracking JJD000390007881234.", Intent.SHIPPING_NOTICE),
    ],
)
def test_intent(subject: str, text: str, intent: Intent) -> None:
    extraction = EXTRACTOR.extract(make_email(text, subject=subject), EU)
    assert extraction.intent == intent
    assert 0.0 <= extraction.intent_confidence <= 1.0


def test_auto_submitted_note_wins() -> None:
    email = make_email("Delivery confirmed for 03.12.2026.").model_copy(
        update={"notes": ["auto-submitted: auto-replied"]}
    )
    assert EXTRACTOR.extract(email, EU).intent == Intent.OTHER


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(
        st.sampled_from(
            [
                *"0123456789 ./-:\n>,()%€$",
                "Dec",
                "KW",
                "week",
                "P00",
                "PO/2026/",
                "next",
                "Tuesday",
                "the ",
                "3rd",
                "am ",
                "between",
                " and ",
                "business days",
                "in 2 weeks",
                "end of",
                "mid-",
                "January",
                "tomorrow",
                "pcs",
                "ABC-1",
                "instead of",
                "UPS",
                "1Z",
                "tracking",
                "From: ",
                "On Mon wrote:",
                "morgen",
                "mañana",
                "é",
                "ß",
                "İ",
            ]
        ),
        max_size=60,
    ).map("".join),
    cut=st.floats(min_value=0, max_value=1),
    subject=st.text(max_size=40),
)
def test_never_raises_and_every_span_matches(text: str, cut: float, subject: str) -> None:
    email = make_email(text, subject=subject, new_text_end=int(len(text) * cut))
    extraction = RULES_ONLY.extract(email, US)
    spans = [d.span for d in extraction.dates] + [ln.span for ln in extraction.lines]
    spans += [p.span for p in extraction.price_changes] + [t.span for t in extraction.tracking]
    spans += [r.span for r in extraction.po_refs if r.span is not None]
    if extraction.intent_span is not None:
        spans.append(extraction.intent_span)
    for span in spans:
        assert span.quote
        assert text[span.start : span.end] == span.quote


def test_each_order_keeps_its_own_commitment() -> None:
    from agent.extraction.orders import order_commitments, primary_commitment

    text = (
        "P00455 will be delivered on 03.12.2026 as planned.\n"
        "P00456 is delayed, new delivery date 17.12.2026."
    )
    email = make_email(text)
    extraction = RULES_ONLY.extract(email, EU)
    by_order = order_commitments(email, extraction, ("P",))
    assert {k: v.value if v else None for k, v in by_order.items()} == {
        "P00455": dt.date(2026, 12, 3),
        "P00456": dt.date(2026, 12, 17),
    }
    first = primary_commitment(email, extraction, ("P",))
    assert first is not None and first.value == dt.date(2026, 12, 3)
    assert extraction.commitment is not None
    assert extraction.commitment.value == dt.date(2026, 12, 17)


def test_an_order_the_goods_travel_with_takes_no_dates() -> None:
    from agent.extraction.orders import order_commitments

    text = (
        "1) P00455 power banks - loading 24.11.2026, ETA Hamburg 29.12.2026, no change.\n"
        "2) P00456 chargers - only 1.200 pcs can ship with P00455, the other 800 pcs ship "
        "next vessel 08.12.2026, ETA Hamburg 12.01.2027.\n"
    )
    email = make_email(text)
    by_order = order_commitments(email, RULES_ONLY.extract(email, EU), ("P",))
    assert {k: v.value if v else None for k, v in by_order.items()} == {
        "P00455": dt.date(2026, 12, 29),
        "P00456": dt.date(2027, 1, 12),
    }


def _by_order(text: str, subject: str = "") -> dict[str, dt.date | None]:
    from agent.extraction.orders import order_commitments

    email = make_email(text, subject=subject)
    by_order = order_commitments(email, RULES_ONLY.extract(email, EU), ("P",))
    return {k: v.value if v else None for k, v in by_order.items()}


def test_the_order_in_the_subject_is_the_first_order() -> None:
    from agent.extraction.orders import primary_commitment

    text = (
        "P00456 went out on 02.12.2026 as planned, delivery on 07.12.2026.\n"
        "P00455 did not go with it, it is now delayed, new delivery date 17.12.2026."
    )
    email = make_email(text, subject="P00455 delayed")
    first = primary_commitment(email, RULES_ONLY.extract(email, EU), ("P",))
    assert first is not None and first.value == dt.date(2026, 12, 17)
    # Without an order in the subject the first order named in the text commits.
    plain = make_email(text, subject="Update")
    first = primary_commitment(plain, RULES_ONLY.extract(plain, EU), ("P",))
    assert first is not None and first.value == dt.date(2026, 12, 7)


def test_an_order_without_a_date_yields_to_the_next() -> None:
    from agent.extraction.orders import primary_commitment

    text = (
        "We confirm the cancellation of P00455.\n"
        "P00456 is not affected and will be delivered on 10.12.2026 as confirmed.\n"
        "P00457 is delayed, new delivery date 21.12.2026."
    )
    email = make_email(text)
    assert _by_order(text) == {
        "P00455": None,
        "P00456": dt.date(2026, 12, 10),
        "P00457": dt.date(2026, 12, 21),
    }
    first = primary_commitment(email, RULES_ONLY.extract(email, EU), ("P",))
    assert first is not None and first.value == dt.date(2026, 12, 10)


def test_orders_named_together_share_the_date() -> None:
    both = {"P00455": dt.date(2026, 12, 10), "P00456": dt.date(2026, 12, 10)}
    assert _by_order("P00455 und P00456 heute zusammen raus, Lieferung am 10.12.2026.") == both
    listed = (
        "Both orders left today on one truck:\n"
        "P00455 - 200 pcs, complete\n"
        "P00456 - 100 pcs, complete\n"
        "Delivery on 10.12.2026."
    )
    assert _by_order(listed) == both


def test_orders_in_a_list_keep_their_own_dates() -> None:
    # Named together in the opening line, then one line each: no sharing.
    text = (
        "Concerning your orders P00455 and P00456:\n"
        "- P00455: delivery on 03.12.2026 as planned.\n"
        "- P00456: delayed, new delivery date 17.12.2026."
    )
    assert _by_order(text) == {"P00455": dt.date(2026, 12, 3), "P00456": dt.date(2026, 12, 17)}


def test_the_order_the_goods_go_in_the_same_container_as_shares_nothing() -> None:
    text = (
        "P00455: all packed, ETA Hamburg 02.01.2027 as confirmed.\n"
        "P00456: 150 pcs go in the same container as P00455. The balance 100 pcs will "
        "reach Hamburg by 25.01.2027."
    )
    assert _by_order(text)["P00456"] == dt.date(2027, 1, 25)
    assert _by_order(text)["P00455"] != dt.date(2027, 1, 25)
