from __future__ import annotations

import pytest

from agent.ingest.html import html_to_text
from agent.ingest.quotes import split_reply
from agent.ingest.text import clean_text


@pytest.mark.parametrize(
    ("body", "new", "history_start"),
    [
        (
            "Confirmed.\n\nOn Mon, 2 Dec 2024 at 09:00, A <a@b.c> wrote:\n> q",
            "Confirmed.",
            "On Mon",
        ),
        (
            "Confirmed.\n\nOn Mon, 2 Dec 2024 at 09:00, Anna Buyer <\na@b.c> wrote:\n> q",
            "Confirmed.",
            "On Mon",
        ),
        ("Ja.\n\nAm 02.12.2024 um 09:00 schrieb Einkauf <e@x.de>:\n> q", "Ja.", "Am 02"),
        ("Oui.\n\nLe lun. 2 déc. 2024, Achats <a@x.fr> a écrit :\n> q", "Oui.", "Le lun"),
        ("Sí.\n\nEl lun, 2 dic 2024, Compras <c@x.es> escribió:\n> q", "Sí.", "El lun"),
        ("Ja.\n\nOp ma 2 dec 2024 om 09:00 schreef Inkoop <i@x.nl>:\n> q", "Ja.", "Op ma"),
        ("OK.\n\n-----Original Message-----\nFrom: x\nSent: y\n\nq", "OK.", "-----Original"),
        (
            "OK.\n\nFrom: Buyer <b@x.com>\nSent: Monday\nTo: s\nSubject: P1\n\nq",
            "OK.",
            "From: Buyer",
        ),
        ("OK.\n\nVon: Einkauf\nGesendet: Montag\nAn: v\n\nq", "OK.", "Von: Einkauf"),
        ("OK.\n\nDe : Achats\nEnvoyé : lundi\nÀ : v\n\nq", "OK.", "De : Achats"),
        ("Week 51.\n\n-- \nAnna\nSales", "Week 51.", "-- "),
        ("Week 51.\n\nBest regards,\nAnna Wood\nWood Corner GmbH", "Week 51.", "Best regards"),
        ("Week 51.\n\nMit freundlichen Grüßen\nMax", "Week 51.", "Mit freundlichen"),
        ("Week 51.\n\nSent from my iPhone", "Week 51.", "Sent from my iPhone"),
        (
            "Thanks for the order, we ship on Friday.",
            "Thanks for the order, we ship on Friday.",
            "",
        ),
        ("> only a quote\n> nothing new", "> only a quote\n> nothing new", ""),
    ],
)
def test_split_reply(body: str, new: str, history_start: str) -> None:
    split = split_reply(body)
    assert split.new == new
    assert split.history.startswith(history_start)


def test_regards_early_in_a_long_mail_is_not_a_signature() -> None:
    body = "Regards the delay:\n" + "\n".join(f"line {n}" for n in range(12))
    assert split_reply(body).new == body


def test_forward_keeps_forwarded_content_as_new_text() -> None:
    body = (
        "FYI\n\n-- \nBob\n\n---------- Forwarded message ---------\nFrom: Anna <a@w.com>\n"
        "Date: Mon\nSubject: P1\n\nNew ETA week 51.\n\nOn Fri, Bob <b@r.com> wrote:\n> when?"
    )
    split = split_reply(body)
    assert split.new.startswith("FYI\n\n---------- Forwarded message")
    assert split.new.endswith("New ETA week 51.")
    assert "-- \nBob" in split.history and "> when?" in split.history
    assert "forward" in split.markers


def test_html_blocks_entities_and_tables() -> None:
    html = (
        "<html><head><title>t</title><style>x{}</style></head><body>"
        "<h1>Order&nbsp;P00042</h1><p>Qty &lt;120&gt; &amp; date&#58; 12.12.</p>"
        "<ul><li>one</li><li>two</li></ul>"
        "<table><tr><th>SKU</th><th>Qty</th></tr><tr><td>A-1</td><td>5</td></tr></table>"
        "<script>document.write('x')</script><pre>  keep\n  spacing</pre></body></html>"
    )
    assert clean_text(html_to_text(html)) == (
        "Order P00042\n\nQty <120> & date: 12.12.\n\n- one\n- two\n\nSKU | Qty\nA-1 | 5\n\n"
        "  keep\n  spacing"
    )


def test_html_blockquote_becomes_quote_lines() -> None:
    text = html_to_text(
        "<div>New</div><blockquote><div>old</div><blockquote>older</blockquote></blockquote>"
    )
    assert text == "New\n> old\n> > older"
    assert split_reply(text).new == "New"


def test_clean_text_removes_invisible_padding() -> None:
    assert clean_text("a\u200b\u034f b\u00a0c\r\n\r\n\r\n\r\nd \t\n") == "a bc\n\nd".replace(
        "bc", "b c"
    )
