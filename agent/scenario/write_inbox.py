"""Render the bundled supplier emails into the scenario's Maildir.

Run ``python -m agent.scenario.write_inbox [DEST]`` after changing a letter; the output is
byte-for-byte reproducible (Message-IDs, Maildir names and MIME boundaries derive from each
letter's key), so the committed files only change when a letter does.
"""

from __future__ import annotations

import argparse
import email.policy
import email.utils
import logging
from email._policybase import Policy
from email.headerregistry import BaseHeader, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
from pathlib import Path

from agent.scenario import INBOX_DIR
from agent.scenario.build import load_scenario
from agent.scenario.letters import ALL_LETTERS, Letter
from agent.scenario.letters.spec import MAILDIR_HOST
from agent.scenario.model import Scenario

logger = logging.getLogger(__name__)

TO_HEADER = '"BrightMart Purchasing" <purchasing@brightmart.example>'


class _IdListHeader(UnstructuredHeader, BaseHeader):
    """In-Reply-To / References folded one id per line, as mail clients write them.

    The library's generic folding would RFC 2047-encode Odoo's 90-character ids.
    """

    def fold(self, *, policy: Policy) -> str:
        ids = str(self).split()
        return policy.linesep.join([f"{self.name}: {ids[0]}", *(f" {i}" for i in ids[1:])]) + (
            policy.linesep
        )


_REGISTRY = HeaderRegistry()
_REGISTRY.map_to_type("in-reply-to", _IdListHeader)
_REGISTRY.map_to_type("references", _IdListHeader)
_REGISTRY.map_to_type("message-id", _IdListHeader)
_OUTPUT_POLICY = email.policy.default.clone(header_factory=_REGISTRY)

_MAILER_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "")),
    "gmail": (),
    "zimbra": (("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4583)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ),
    "postfix": (),
    "bulk": (("X-Mailer", "Mailchimp Mailer - **CID8c41f2e07b1d**"),),
}


def references(letter: Letter, scenario: Scenario, by_key: dict[str, Letter]) -> list[str]:
    """The References of a letter: its parent's thread, then ids the vendor's client adds."""
    chain: list[str] = []
    if letter.reply_to_letter is not None:
        parent = by_key[letter.reply_to_letter]
        chain = [*references(parent, scenario, by_key), parent.message_id]
    elif letter.reply_to_po is not None:
        earlier = [m for m in scenario.messages_of(letter.reply_to_po) if m.date < letter.sent_at]
        if not earlier:
            raise ValueError(f"{letter.key}: no Odoo message on order {letter.reply_to_po} yet")
        chain = list(earlier[-1].references)
    return [*chain, *letter.extra_references]


def _authentication(letter: Letter, ip: str) -> str:
    domain = letter.domain
    if letter.auth == "fail":
        return (
            f"{MAILDIR_HOST}; spf=softfail (domain of {domain} does not designate {ip} as "
            f"permitted sender) smtp.mailfrom={domain}; dkim=none (message not signed); "
            f"dmarc=fail (p=NONE sp=NONE dis=NONE) header.from={domain}"
        )
    return (
        f"{MAILDIR_HOST}; spf=pass (domain of {domain} designates {ip} as permitted sender) "
        f"smtp.mailfrom={domain}; dkim=pass header.d={domain} header.s=selector1; "
        f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}"
    )


def render(letter: Letter, scenario: Scenario, by_key: dict[str, Letter]) -> bytes:
    """The RFC 5322 bytes of one letter as it lands in the purchasing mailbox."""
    h = letter.digest("transport")
    ip = f"{'203.0.113' if letter.auth == 'fail' else '198.51.100'}.{int(h[:2], 16) % 250 + 2}"
    received_at = email.utils.format_datetime(letter.sent_at)
    msg = EmailMessage(policy=_OUTPUT_POLICY)
    msg["Return-Path"] = f"<{letter.sender[1]}>"
    msg["Received"] = (
        f"from mail.{letter.domain} (mail.{letter.domain} [{ip}]) by {MAILDIR_HOST} "
        f"(Postfix) with ESMTPS id {h[2:12].upper()} for <purchasing@brightmart.example>; "
        f"{received_at}"
    )
    msg["Authentication-Results"] = _authentication(letter, ip)
    msg["From"] = email.utils.formataddr(letter.sender)
    msg["To"] = TO_HEADER
    if letter.cc:
        msg["Cc"] = ", ".join(letter.cc)
    msg["Subject"] = letter.subject
    msg["Date"] = letter.date
    msg["Message-ID"] = letter.message_id
    refs = references(letter, scenario, by_key)
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    if letter.reply_to:
        msg["Reply-To"] = letter.reply_to
    for name, value in (*_MAILER_HEADERS[letter.mailer], *letter.headers):
        msg[name] = value
    _body(msg, letter)
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"===============_{letter.digest(f'b{number}')[:20]}==")
    return msg.as_bytes(policy=_OUTPUT_POLICY)


def _body(msg: EmailMessage, letter: Letter) -> None:
    if letter.text is not None:
        if letter.encoding is None:
            msg.set_content(letter.text)
        else:
            msg.set_content(letter.text, cte=letter.encoding)
        if letter.html is not None:
            msg.add_alternative(letter.html, subtype="html")
    elif letter.html is not None:
        msg.set_content(letter.html, subtype="html")
    else:
        raise ValueError(f"{letter.key}: a letter needs a text or an HTML body")
    for attachment in letter.attachments:
        maintype, subtype = attachment.content_type.split("/", 1)
        if maintype != "text":
            raise ValueError(f"{letter.key}: only text attachments are bundled")
        msg.add_attachment(attachment.data, subtype=subtype, filename=attachment.filename)


def write_inbox(dest: Path = INBOX_DIR) -> list[Path]:
    """Write every letter into ``dest/new`` as a Maildir message; returns the files written.

    Files in ``new/`` that no letter produces any more are removed; ``cur/`` and ``tmp/``
    are created (with a ``.gitkeep``) and otherwise left alone.
    """
    scenario = load_scenario()
    by_key = {letter.key: letter for letter in ALL_LETTERS}
    for folder in ("cur", "new", "tmp"):
        (dest / folder).mkdir(parents=True, exist_ok=True)
    for folder in ("cur", "tmp"):
        (dest / folder / ".gitkeep").touch()
    wanted = {letter.maildir_name for letter in ALL_LETTERS}
    for stale in (dest / "new").iterdir():
        if stale.is_file() and stale.name not in wanted and stale.name != ".gitkeep":
            stale.unlink()
    written = []
    for letter in ALL_LETTERS:
        path = dest / "new" / letter.maildir_name
        path.write_bytes(render(letter, scenario, by_key))
        written.append(path)
    logger.info("wrote %d messages to %s", len(written), dest / "new")
    return written


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python -m agent.scenario.write_inbox [DEST]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dest", nargs="?", type=Path, default=INBOX_DIR)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    write_inbox(args.dest)


if __name__ == "__main__":
    main()
