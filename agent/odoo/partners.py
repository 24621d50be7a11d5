"""Vendor reads: by contact address, by mail domain, by id, and the supplier directory.

A vendor is the commercial partner (the company); an address of any of its contacts counts
as the vendor's. One ``res.partner`` search answers a whole batch: the OR-ed domain asks for
partners with the address *and* companies with a contact that has it, so the company's own
row (name, country) arrives in the same round trip as its contacts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from agent.odoo.gateway import VendorLookup
from agent.odoo.records import Vendor
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import Domain, any_of, m2o_id, m2o_name, opt, text

PARTNER_FIELDS = [
    "name",
    "email",
    "email_normalized",
    "is_company",
    "parent_id",
    "commercial_partner_id",
    "country_code",
    "lang",
]
Row = dict[str, Any]


def address_of(row: Row) -> str:
    """A partner's normalised address (lower case), ``""`` when it has none."""
    return (text(row.get("email_normalized")) or text(row.get("email"))).strip().lower()


def commercial_id(row: Row, rows: dict[int, Row]) -> tuple[int, str]:
    """``(id, name)`` of the row's commercial partner (the company it belongs to)."""
    found = m2o_id(row.get("commercial_partner_id"))
    if found:
        return found, m2o_name(row.get("commercial_partner_id"))
    node, seen = row, set()
    while not node.get("is_company") and m2o_id(node.get("parent_id")) and node["id"] not in seen:
        seen.add(node["id"])
        parent_id = m2o_id(node["parent_id"])
        assert parent_id is not None
        parent = rows.get(parent_id)
        if parent is None:
            return parent_id, m2o_name(node["parent_id"]).split(",")[0]
        node = parent
    return node["id"], text(node.get("name"))


def vendors_from_rows(rows: Sequence[Row]) -> tuple[dict[int, Vendor], dict[int, int]]:
    """Vendors keyed by commercial id, and each row's commercial id."""
    by_id = {r["id"]: r for r in rows}
    owner: dict[int, int] = {}
    names: dict[int, str] = {}
    groups: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        cid, name = commercial_id(row, by_id)
        owner[row["id"]] = cid
        names.setdefault(cid, name)
        groups[cid].append(row)
    vendors: dict[int, Vendor] = {}
    for cid, members in groups.items():
        company = by_id.get(cid)
        contacts = sorted({address_of(r) for r in members if r["id"] != cid and address_of(r)})
        emails = set(contacts)
        if company is not None and address_of(company):
            emails.add(address_of(company))
        source = company or members[0]
        vendors[cid] = Vendor(
            id=cid,
            name=text(company.get("name")) if company else names[cid],
            email=address_of(company) or None if company else None,
            contact_emails=contacts,
            domains=sorted({e.rsplit("@", 1)[-1] for e in emails if "@" in e}),
            country_code=opt(source.get("country_code")) or None,
            lang=opt(source.get("lang")) or None,
        )
    return vendors, owner


def _search(transport: OdooTransport, domain: Domain) -> list[Row]:
    rows: list[Row] = transport.call(
        "res.partner", "search_read", domain=domain, fields=PARTNER_FIELDS
    )
    return rows


def find_vendors(
    transport: OdooTransport, emails: Sequence[str], domains: Sequence[str]
) -> tuple[VendorLookup, dict[int, int]]:
    """Vendors by exact address and by mail domain, in one ``search_read``.

    Also returns the commercial partner of every partner row read (contacts to company).
    """
    wanted_emails = sorted({e.strip().lower() for e in emails if e and e.strip()})
    wanted_domains = sorted({d.strip().lower().lstrip("@") for d in domains if d and d.strip()})
    if not wanted_emails and not wanted_domains:
        return VendorLookup(), {}
    leaves: list[Any] = []
    if wanted_emails:
        leaves += [
            ("email_normalized", "in", wanted_emails),
            ("child_ids.email_normalized", "in", wanted_emails),
        ]
    for domain in wanted_domains:
        leaves += [
            ("email_normalized", "=ilike", f"%@{domain}"),
            ("child_ids.email_normalized", "=ilike", f"%@{domain}"),
        ]
    rows = _search(transport, any_of(leaves))
    vendors, owner = vendors_from_rows(rows)
    by_email: dict[str, Vendor] = {}
    by_domain: dict[str, dict[int, Vendor]] = defaultdict(dict)
    email_set = set(wanted_emails)
    for row in rows:
        address = address_of(row)
        vendor = vendors[owner[row["id"]]]
        if address in email_set and (address not in by_email or row["id"] == vendor.id):
            by_email[address] = vendor
        domain = address.rsplit("@", 1)[-1] if "@" in address else ""
        if domain in wanted_domains:
            by_domain[domain][vendor.id] = vendor
    lookup = VendorLookup(
        by_email=by_email,
        by_domain={
            d: [v for _, v in sorted(found.items())] for d, found in sorted(by_domain.items())
        },
    )
    return lookup, owner


def vendors_by_ids(transport: OdooTransport, ids: Sequence[int]) -> dict[int, Vendor]:
    """Vendors (with their direct contacts) by partner id."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = _search(transport, any_of([("id", "in", wanted), ("parent_id", "in", wanted)]))
    vendors, _ = vendors_from_rows(rows)
    return {i: vendors[i] for i in wanted if i in vendors}


def supplier_directory(transport: OdooTransport) -> tuple[list[Vendor], dict[int, int]]:
    """Every supplier (``supplier_rank > 0``) with its contacts' addresses and domains."""
    rows = _search(
        transport, any_of([("supplier_rank", ">", 0), ("parent_id.supplier_rank", ">", 0)])
    )
    vendors, owner = vendors_from_rows(rows)
    return [v for _, v in sorted(vendors.items())], owner
