"""Sender trust: who the vendor is, and whether the sender may be believed.

Matching: the exact contact address first, then the vendor's own domain (never a free-mail
domain). Distrust: a failed DMARC (or both SPF and DKIM failing), a display name that
claims a vendor the address does not belong to, a Reply-To on another domain, and a
look-alike of a vendor's domain (edit distance 1-2 or homoglyphs such as ``rn``/``m``,
``0``/``o``, ``1``/``l``, Cyrillic letters). Untrusted emails can never be auto-drafted;
``reasons`` are shown to the planner.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from email_validator import EmailNotValidError, validate_email

from agent.models import InboundEmail, SenderTrust
from agent.odoo.records import Vendor

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.de",
        "hotmail.co.uk", "hotmail.fr", "live.com", "live.de", "msn.com", "yahoo.com",
        "yahoo.de", "yahoo.co.uk", "yahoo.fr", "ymail.com", "aol.com", "icloud.com", "me.com",
        "mac.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de", "t-online.de",
        "freenet.de", "mail.com", "mail.ru", "yandex.ru", "yandex.com", "protonmail.com",
        "proton.me", "zoho.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr",
        "libero.it", "qq.com", "163.com", "126.com", "naver.com", "posteo.de", "mailbox.org",
    }
)  # fmt: skip
"""Domains anyone can get an address on: never a basis for a domain match."""

_AUTH = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORDS = re.compile(r"[^\w]+")
_HOMOGLYPHS = (
    ("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"), ("|", "l"), ("5", "s"),
    ("а", "a"), ("е", "e"), ("о", "o"), ("р", "p"), ("с", "c"), ("х", "x"), ("у", "y"),
    ("і", "l"), ("ӏ", "l"), ("ԁ", "d"), ("ո", "n"), ("ѕ", "s"), ("ј", "j"), ("ԛ", "q"),
)  # fmt: skip
_MIN_NAME = 4
_LEGAL_FORMS = frozenset(
    {
        "gmbh", "ag", "kg", "co", "ltd", "limited", "inc", "llc", "corp", "sa", "sas", "sarl",
        "srl", "spa", "bv", "nv", "oy", "ab", "as", "plc", "ug", "ohg", "mbh", "se", "kft",
    }
)  # fmt: skip


@dataclass(frozen=True)
class VendorDirectory:
    """Every known vendor by normalised name and by domain, for claims and look-alikes."""

    by_name: Mapping[str, Vendor] = field(default_factory=dict)
    domains: Mapping[str, Sequence[Vendor]] = field(default_factory=dict)

    @classmethod
    def from_vendors(cls, vendors: Iterable[Vendor]) -> VendorDirectory:
        """Index vendors; build once per batch, not per email."""
        by_name: dict[str, Vendor] = {}
        domains: dict[str, list[Vendor]] = {}
        for vendor in vendors:
            name = _norm_name(vendor.name)
            if len(name) >= _MIN_NAME:
                by_name.setdefault(name, vendor)
            for domain in vendor_domains(vendor):
                domains.setdefault(domain, []).append(vendor)
        return cls(by_name=by_name, domains=domains)


def normalize_address(address: str | None) -> str | None:
    """The address normalised by email-validator and lower-cased; None when invalid."""
    if not address:
        return None
    try:
        valid = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(valid.normalized).lower()


def domain_of(address: str) -> str:
    """The domain part of an address (lower-case)."""
    return address.rsplit("@", 1)[-1].lower()


def vendor_domains(vendor: Vendor) -> set[str]:
    """The vendor's own domains: declared ones plus non-free-mail contact domains."""
    found = {d.lower().lstrip("@") for d in vendor.domains}
    for address in [vendor.email, *vendor.contact_emails]:
        if address and "@" in address:
            domain = domain_of(address)
            if domain not in FREE_MAIL_DOMAINS:
                found.add(domain)
    return found


def _vendor_addresses(vendor: Vendor) -> set[str]:
    return {a.lower() for a in [vendor.email, *vendor.contact_emails] if a}


def sender_keys(email: InboundEmail) -> tuple[list[str], list[str]]:
    """Addresses and (non-free-mail) domains to look vendors up by, for batching.

    Returns:
        ``(emails, domains)`` from From, Reply-To and Sender, normalised and de-duplicated.
    """
    emails = [
        a
        for a in (normalize_address(x) for x in (email.from_addr, email.reply_to, email.sender))
        if a
    ]
    emails = list(dict.fromkeys(emails))
    domains = [d for d in dict.fromkeys(domain_of(a) for a in emails) if d not in FREE_MAIL_DOMAINS]
    return emails, domains


def parse_auth_results(value: str | None) -> dict[str, str]:
    """SPF, DKIM and DMARC verdicts from the topmost Authentication-Results header.

    Only the first header counts: it is the one our own receiving server added, while
    headers further down may have been written by the sender.
    """
    if not value:
        return {}
    found: dict[str, str] = {}
    for method, verdict in _AUTH.findall(value.split("\n", 1)[0]):
        key, verdict = method.lower(), verdict.lower()
        if key not in found or (key == "dkim" and verdict == "pass"):
            found[key] = verdict
    return found


def assess_sender(
    email: InboundEmail,
    vendors_by_email: Mapping[str, Vendor],
    vendors_by_domain: Mapping[str, Sequence[Vendor]],
    known_vendors: VendorDirectory | Iterable[Vendor] | None = None,
    *,
    trusted_relays: Collection[str] = (),
) -> SenderTrust:
    """Decide who sent ``email`` and whether to believe it.

    Args:
        email: The parsed email.
        vendors_by_email: Result of ``OdooGateway.vendors_by_emails`` (lower-case keys).
        vendors_by_domain: Result of ``OdooGateway.vendors_by_domains`` (lower-case keys).
        known_vendors: All vendors (or their directory) for display-name claims and
            look-alike domains; without it only the looked-up vendors are known.
        trusted_relays: Our own systems' sender addresses (e.g. Odoo's notification
            address) that legitimately send with a vendor's display name.

    Returns:
        The verdict; ``reasons`` explain distrust and also carry informational notes.
    """
    directory = _directory(known_vendors, vendors_by_email, vendors_by_domain)
    auth = parse_auth_results(email.authentication_results)
    reasons: list[str] = []
    blocking: list[str] = []
    from_addr = normalize_address(email.from_addr)
    if from_addr is None:
        blocking.append(f"From address {email.from_addr!r} is missing or not valid")
        return _verdict(None, "none", blocking, reasons, auth)
    vendor, method = _match(from_addr, vendors_by_email, vendors_by_domain, reasons)
    relayed = from_addr in {r.lower() for r in trusted_relays}
    blocking.extend(_auth_problems(auth))
    if not relayed:
        blocking.extend(_display_name_claims(email.from_name, from_addr, vendor, directory))
        blocking.extend(_reply_to_problems(email.reply_to, from_addr, vendor))
    if vendor is None:
        blocking.extend(_look_alikes(domain_of(from_addr), directory, "From"))
    if email.reply_to and not relayed:
        reply = normalize_address(email.reply_to)
        if reply and (vendor is None or domain_of(reply) not in vendor_domains(vendor)):
            blocking.extend(_look_alikes(domain_of(reply), directory, "Reply-To"))
    if vendor is None:
        reasons.append(f"sender {from_addr} is not a known vendor contact or domain")
    return _verdict(vendor, method, blocking, reasons, auth)


def _verdict(
    vendor: Vendor | None,
    method: str,
    blocking: list[str],
    reasons: list[str],
    auth: dict[str, str],
) -> SenderTrust:
    return SenderTrust(
        trusted=not blocking,
        vendor_id=vendor.id if vendor else None,
        vendor_name=vendor.name if vendor else None,
        method="exact" if method == "exact" else "domain" if method == "domain" else "none",
        reasons=list(dict.fromkeys([*blocking, *reasons])),
        spf=auth.get("spf"),
        dkim=auth.get("dkim"),
        dmarc=auth.get("dmarc"),
    )


def _directory(
    known: VendorDirectory | Iterable[Vendor] | None,
    by_email: Mapping[str, Vendor],
    by_domain: Mapping[str, Sequence[Vendor]],
) -> VendorDirectory:
    if isinstance(known, VendorDirectory):
        return known
    vendors = list(known or [])
    vendors.extend(by_email.values())
    for found in by_domain.values():
        vendors.extend(found)
    return VendorDirectory.from_vendors({v.id: v for v in vendors}.values())


def _match(
    address: str,
    by_email: Mapping[str, Vendor],
    by_domain: Mapping[str, Sequence[Vendor]],
    reasons: list[str],
) -> tuple[Vendor | None, str]:
    exact = by_email.get(address)
    if exact is not None:
        return exact, "exact"
    domain = domain_of(address)
    if domain in FREE_MAIL_DOMAINS:
        reasons.append(f"{domain} is a free-mail domain: only an exact contact address matches")
        return None, "none"
    candidates = {v.id: v for v in by_domain.get(domain, ()) if domain in vendor_domains(v)}
    if len(candidates) == 1:
        return next(iter(candidates.values())), "domain"
    if len(candidates) > 1:
        names = ", ".join(sorted(v.name for v in candidates.values()))
        reasons.append(f"domain {domain} belongs to several vendors ({names})")
    return None, "none"


def _auth_problems(auth: dict[str, str]) -> list[str]:
    problems = []
    if auth.get("dmarc") == "fail":
        problems.append("DMARC failed: the From domain did not authenticate this message")
    elif auth.get("spf") == "fail" and auth.get("dkim") == "fail" and auth.get("dmarc") != "pass":
        problems.append("SPF and DKIM both failed")
    return problems


def _belongs(address: str, vendor: Vendor) -> bool:
    return address in _vendor_addresses(vendor) or domain_of(address) in vendor_domains(vendor)


def _display_name_claims(
    display: str, address: str, vendor: Vendor | None, directory: VendorDirectory
) -> list[str]:
    problems = []
    for shown in _EMAIL_IN_TEXT.findall(display or ""):
        if shown.lower() != address:
            problems.append(f"display name shows {shown} but the mail comes from {address}")
    name = f" {_norm_name(display)} "
    if name.strip():
        for vendor_name, claimed in directory.by_name.items():
            if f" {vendor_name} " not in name or (vendor is not None and claimed.id == vendor.id):
                continue
            if not _belongs(address, claimed):
                problems.append(
                    f"display name {display!r} claims vendor {claimed.name} "
                    f"but {address} does not belong to it"
                )
    return problems


def _reply_to_problems(reply_to: str | None, from_addr: str, vendor: Vendor | None) -> list[str]:
    reply = normalize_address(reply_to)
    if not reply_to:
        return []
    if reply is None:
        return [f"Reply-To {reply_to!r} is not a valid address"]
    if domain_of(reply) == domain_of(from_addr) or (vendor is not None and _belongs(reply, vendor)):
        return []
    return [f"Reply-To {reply} is on another domain than From {from_addr}"]


def _look_alikes(domain: str, directory: VendorDirectory, header: str) -> list[str]:
    if domain in directory.domains or domain in FREE_MAIL_DOMAINS:
        return []
    skeleton = _skeleton(domain)
    for known, vendors in directory.domains.items():
        if _similar(domain, skeleton, known):
            return [f"{header} domain {domain} looks like {known}, the domain of {vendors[0].name}"]
    return []


def _similar(domain: str, skeleton: str, known: str) -> bool:
    if domain.endswith("." + known):
        return False
    if f".{known}." in f".{domain}." or domain.startswith(known + "-"):
        return True
    if skeleton == _skeleton(known):
        return True
    limit = 2 if len(known) >= 9 else 1 if len(known) >= 6 else 0
    return limit > 0 and 0 < _distance(domain, known, limit) <= limit


def _skeleton(domain: str) -> str:
    out = domain.lower()
    for look, real in _HOMOGLYPHS:
        out = out.replace(look, real)
    return out


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _norm_name(name: str) -> str:
    words = _WORDS.sub(" ", (name or "").casefold()).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)
