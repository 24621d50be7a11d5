"""The bundled retail scenario as an emulated Odoo database.

:func:`emulator_data_from_scenario` writes every record of :class:`~agent.scenario.Scenario`
the way a real Odoo stores it, so that the odoorpc gateway reads the same story from the
emulator that :class:`~agent.scenario.ScenarioGateway` tells offline:

- vendors are companies (``supplier_rank`` 1) with one contact per extra address; users'
  partners carry their addresses; ``commercial_partner_id`` is stored as Odoo stores it;
- products have a template each, a category and the ``Units`` unit;
- each warehouse has a view and a stock location, a receipt and a delivery type, and one
  ``stock.quant`` per product (on hand, reserved);
- purchase orders keep the scenario's ids, states, vendor references, buyers, approval and
  acknowledgement (``mail_reception_confirmed`` up to 17, ``acknowledged`` from 18) and the
  receipt type of their warehouse; their lines keep ids, quantities, prices and dates;
- the 180 days of demand are done ``stock.move`` rows from the warehouse's stock to the
  customer location, one per product, warehouse and day that sold something (at noon UTC),
  grouped in one delivery picking per warehouse and day;
- users (``admin`` as uid 2 and the scenario's buyers, lead and escalation user) may log in
  with the passwords of :func:`emulator_logins`;
- the scenario's delivery record (``agent.scenario.history``: half a year of closed
  orders before the scenario's day) becomes ``done`` orders with done receipt moves, and
  partly received open lines get their receipt move;
- reordering rules carry the forecast the scenario computes (on hand - reserved + confirmed
  incoming); Odoo's mails to vendors are ``mail.message`` rows with the scenario's
  Message-IDs, so vendors' replies find their order through ``References``.

The records are split by kind over :mod:`.from_scenario_master` and
:mod:`.from_scenario_documents`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from agent.scenario.model import Scenario

from .database import EmulatorData
from .from_scenario_documents import PURCHASE_ORDER_MODEL, SUBTYPE_NOTE, document_records
from .from_scenario_history import history_records
from .from_scenario_master import COMPANY_PARTNER, CURRENCY_EUR, UOM_UNITS, Tables, master_records
from .schema import renames
from .server import OdooEmulator

_MODULES = ("base", "mail", "product", "stock", "purchase", "purchase_stock")


def emulator_data_from_scenario(scenario: Scenario, version: int = 17) -> EmulatorData:
    """The scenario as the records of an Odoo ``version`` database (see the module docstring).

    Args:
        scenario: Usually ``load_scenario()``.
        version: Odoo major version (16-19); its field renames are applied.

    Returns:
        Fresh records to pass to :class:`~agent.odoo.emulator.OdooEmulator`.
    """
    r: Tables = {
        "res.company": {
            1: {
                "name": scenario.company_name,
                "partner_id": COMPANY_PARTNER,
                "currency_id": CURRENCY_EUR,
            }
        },
        "res.currency": {CURRENCY_EUR: {"name": "EUR", "symbol": "€", "active": True}},
        "res.groups": {1: {"name": "Internal User", "full_name": "User types / Internal User"}},
        "uom.uom": {UOM_UNITS: {"name": "Units", "factor": 1.0, "uom_type": "reference"}},
        "ir.module.module": {
            i: {"name": name, "state": "installed", "latest_version": f"{version}.0.1.0"}
            for i, name in enumerate(_MODULES, start=1)
        },
        "ir.mail_server": {},
        "mail.mail": {},
        "mail.alias.domain": {},
    }
    master_records(scenario, r)
    document_records(scenario, r, version)
    history_records(scenario, r, version)
    return _adapt(EmulatorData.from_records(r), version)


def _adapt(data: EmulatorData, version: int) -> EmulatorData:
    """Apply the field renames of ``version`` and its storable-product flag (18+)."""
    for model, old, new in renames(version):
        for row in data.table(model).values():
            if old in row:
                value = row.pop(old)
                if new is not None:
                    row[new] = value
    if version >= 18:
        for model in ("product.product", "product.template"):
            for row in data.table(model).values():
                row.update(type="consu", is_storable=True)
    return data


def emulator_logins(scenario: Scenario) -> dict[str, str]:
    """Who may log in to the seeded emulator: ``admin``/``admin`` and every user as its login.

    Demo credentials for a newcomer poking around with odoorpc; nothing real.
    """
    return {"admin": "admin", **{u.login: u.login for u in scenario.users}}


@contextmanager
def scenario_emulator(
    scenario: Scenario, version: int = 17, host: str = "127.0.0.1", port: int = 0
) -> Iterator[OdooEmulator]:
    """A started emulator seeded from ``scenario`` (stopped on leaving the block)."""
    emulator = OdooEmulator(
        emulator_data_from_scenario(scenario, version),
        version=version,
        host=host,
        port=port,
        users=emulator_logins(scenario),
    )
    with emulator:
        yield emulator


def landed(emulator: OdooEmulator, seeded_message_ids: set[int] | None = None) -> dict[str, int]:
    """What the service wrote: activities on purchase orders and chatter notes posted.

    ``seeded_message_ids`` are the messages that were there before (the scenario's mails);
    by default every message whose body carries a ``triage:`` marker counts as ours.
    """
    activities = [
        row
        for row in emulator.data.table("mail.activity").values()
        if row.get("res_model") == "purchase.order"
        or row.get("res_model_id") == PURCHASE_ORDER_MODEL
    ]
    known = seeded_message_ids or set()
    notes = [
        i
        for i, row in emulator.data.table("mail.message").items()
        if i not in known
        and row.get("subtype_id") == SUBTYPE_NOTE
        and not row.get("mail_activity_type_id")
        and "triage:" in str(row.get("body") or "")
    ]
    return {
        "activities": len(activities),
        "orders": len({row.get("res_id") for row in activities}),
        "notes": len(notes),
    }
