"""Small builders for test messages."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid


def make_raw(
    body: str = "Hello,\nwe confirm P00042 for delivery on 12 December.\n",
    *,
    subject: str = "Re: Purchase Order P00042",
    sender: str = '"Wood Corner" <sales@woodcorner.com>',
    to: str = "purchase@retail.example",
    message_id: str | None = None,
    extra: dict[str, str] | None = None,
    html: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Dec 2024 10:00:00 +0100"
    msg["Message-ID"] = message_id or make_msgid(domain="woodcorner.com")
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
