"""What one bundled supplier email is: its headers, its hand-written body and its facts.

A :class:`Letter` holds everything ``write_inbox.py`` needs to render the ``.eml`` file;
only the thread headers (In-Reply-To / References to Odoo's messages), the Message-ID's
exact shape and the MIME boundaries are derived, deterministically, from ``key``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict

MAILDIR_HOST = "mx1.brightmart.example"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Fact(_Frozen):
    """What a reader of the email should conclude; the later stages are tested against it.

    Attributes:
        intent: The main ``agent.models.Intent`` value.
        secondary: Other intents in the same email.
        pos: Odoo order names the email concerns (also when its text does not name them).
        match: How the email is tied to the orders: ``name`` (an order name in the text or
            subject), ``partner_ref`` (only the vendor's order number), ``references`` (only
            the thread headers), or ``none``.
        new_date: The delivery date the vendor now commits to, if any (ISO).
        earliest: Start of a date range such as a calendar week, when the commitment is one.
        products: Product codes concerned.
        trusted: Whether the sender is who it claims to be.
        note: One line on what matters in this email.
    """

    intent: str
    secondary: tuple[str, ...] = ()
    pos: tuple[str, ...] = ()
    match: Literal["name", "partner_ref", "references", "none"] = "name"
    new_date: str | None = None
    earliest: str | None = None
    products: tuple[str, ...] = ()
    trusted: bool = True
    note: str = ""


class Attach(_Frozen):
    """A small attachment."""

    filename: str
    content_type: str
    data: str


Mailer = Literal["outlook", "gmail", "zimbra", "thunderbird", "postfix", "bulk"]
Encoding = Literal["7bit", "8bit", "quoted-printable", "base64"]


class Letter(_Frozen):
    """One supplier email of the bundled inbox.

    ``reply_to_po`` makes it a reply to the last message Odoo sent about that order before
    ``date``; ``reply_to_letter`` makes it a reply to another letter (by key), which keeps
    that letter's thread. ``extra_references`` are ids of mails we never saw (a vendor's
    direct mail to a buyer) that a mail client would still list.
    """

    key: str
    sender: tuple[str, str]
    date: str
    subject: str
    text: str | None = None
    html: str | None = None
    encoding: Encoding | None = None
    mailer: Mailer = "outlook"
    cc: tuple[str, ...] = ()
    reply_to: str | None = None
    reply_to_po: int | None = None
    reply_to_letter: str | None = None
    extra_references: tuple[str, ...] = ()
    attachments: tuple[Attach, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    auth: Literal["pass", "fail"] = "pass"
    fact: Fact

    @property
    def sent_at(self) -> dt.datetime:
        """The Date header as an aware datetime."""
        return email.utils.parsedate_to_datetime(self.date)

    @property
    def domain(self) -> str:
        """The sender address's domain."""
        return self.sender[1].rsplit("@", 1)[1]

    def digest(self, salt: str = "") -> str:
        """A stable hex digest of the key, for ids that must look random but never change."""
        return hashlib.sha256(f"{self.key}/{salt}".encode()).hexdigest()

    @property
    def message_id(self) -> str:
        """The Message-ID in the shape the sender's mail system writes."""
        h = self.digest("mid")
        stamp = self.sent_at.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
        if self.mailer == "outlook":
            letters = chr(65 + int(h[0], 16)) + chr(65 + int(h[1], 16))
            box = f"{letters}{int(h[2:4], 16) % 9 + 1}PR{int(h[4:6], 16) % 90 + 10}MB"
            box += str(int(h[6:10], 16) % 9000 + 1000)
            zone = "namprd" if self.domain.endswith(".com") else "eurprd"
            region = f"{zone}{int(h[34], 16) % 9 + 1:02d}"
            return f"<{box}{h[10:34].upper()}@{box}.{region}.prod.outlook.com>"
        if self.mailer == "gmail":
            return f"<CA{h[:2].upper()}{h[2:40]}@mail.gmail.com>"
        if self.mailer == "zimbra":
            return f"<{int(h[:8], 16)}.{int(h[8:12], 16)}.{stamp}.JavaMail.zimbra@{self.domain}>"
        if self.mailer == "thunderbird":
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{self.domain}>"
        if self.mailer == "bulk":
            return f"<{stamp}.{h[:20]}@mailer.{self.domain}>"
        return f"<{stamp}.{h[:10].upper()}@mail.{self.domain}>"

    @property
    def maildir_name(self) -> str:
        """A Maildir unique file name: delivery time, microseconds, process id, host."""
        h = self.digest("maildir")
        delivered = int(self.sent_at.timestamp()) + int(h[:2], 16) % 20 + 2
        micros = int(h[2:7], 16) % 1000000
        pid = int(h[7:11], 16) % 60000 + 1000
        return f"{delivered}.M{micros:06d}P{pid}.{MAILDIR_HOST}"
