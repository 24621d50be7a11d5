"""``triage demo --odoo-emulator``: watch the drafts land in an Odoo-like server.

The emulator is seeded from the bundled scenario, listens on 127.0.0.1 and a free port,
and the real odoorpc gateway (JSON-2 when it poses as Odoo 19) logs in to it as ``admin``.
The run uses its own throw-away store: the emulator's database lives only as long as this
command, so a store that remembered pushes to an earlier emulator would push nothing.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from agent.cli.common import out, print_json
from agent.cli.demo import print_run, run_demo
from agent.config import OdooSettings, Settings

EMULATOR_DB = "triage"
EMULATOR_TIMEOUT = 60.0


def demo_on_emulator(
    config: Settings,
    inbox: Path,
    *,
    version: int,
    json_out: bool,
    keep_serving: bool,
    push_wait: float,
    stop: threading.Event | None = None,
) -> dict[str, Any]:
    """Run the demo against a scenario-seeded emulator; returns what landed there.

    Args:
        config: Settings of the run (lead and escalation users already filled in).
        inbox: Maildir to read.
        version: Odoo version the emulator poses as (16-19).
        json_out: Print one JSON object instead of the table.
        keep_serving: After the run, keep serving until Ctrl-C (or ``stop`` is set).
        push_wait: Seconds to wait for the outbox.
        stop: Ends ``keep_serving`` when set (Ctrl-C does otherwise).
    """
    from agent.odoo.connect import connect
    from agent.odoo.emulator.from_scenario import emulator_logins, landed, scenario_emulator
    from agent.scenario.build import load_scenario
    from agent.store.repository import Store
    from agent.wiring import build_deps, scenario_clock

    scenario = load_scenario()
    with (
        scenario_emulator(scenario, version) as emulator,
        tempfile.TemporaryDirectory(prefix="triage-emulator-") as scratch,
    ):
        seeded = set(emulator.data.table("mail.message"))
        password = emulator.add_api_key("admin") if version >= 19 else "admin"
        odoo = OdooSettings(
            url=emulator.url,
            db=emulator.db_name,
            login="admin",
            password=password,
            timeout=EMULATOR_TIMEOUT,
        )
        run_config = config.model_copy(update={"odoo": odoo})
        gateway = connect(odoo)
        store = Store.open(f"sqlite:///{Path(scratch) / 'triage.db'}")
        try:
            deps = build_deps(
                run_config, gateway=gateway, clock=scenario_clock(config), store=store
            )
            run = run_demo(deps, inbox, quiet=json_out, push_wait=push_wait)
        finally:
            store.close()
            gateway.close()
        counts = landed(emulator, seeded)
        where = {
            "url": emulator.url,
            "db": emulator.db_name,
            "version": gateway.server_version(),
            "login": "admin",
            **counts,
        }
        _report(run, where, json_out)
        if keep_serving:
            _serve(where, emulator_logins(scenario), stop or threading.Event())
    return where


def _report(run: Any, where: dict[str, Any], json_out: bool) -> None:
    from agent.cli.demo import demo_json

    if json_out:
        print_json({**demo_json(run), "odoo": where})
        return
    print_run(run)
    out.print(
        f"Odoo emulator {where['version']} at {where['url']} (db {where['db']}): "
        f"{where['activities']} activities landed on {where['orders']} purchase orders, "
        f"{where['notes']} chatter notes posted."
    )


def _serve(where: dict[str, Any], logins: dict[str, str], stop: threading.Event) -> None:
    others = ", ".join(f"{login}/{password}" for login, password in logins.items())
    host, port = where["url"].removeprefix("http://").rsplit(":", 1)
    out.print(
        f"Serving until Ctrl-C. Log in as {others}, e.g.:\n"
        f"  import odoorpc; odoo = odoorpc.ODOO({host!r}, port={port}); "
        f"odoo.login({where['db']!r}, 'admin', 'admin')\n"
        "  odoo.env['mail.activity'].search_read([], ['res_name', 'summary', 'user_id'])"
    )
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        out.print("Stopping the emulator.")
