"""``triage demo --odoo-emulator``: watch the drafts land in an Odoo-like server.

The emulator is seeded from the bundled scenario, listens on 127.0.0.1 and a free port,
and the real odoorpc gateway (JSON-2 when it poses as Odoo 19) logs in to it as ``admin``.
The run uses its own throw-away store: the emulator's database lives only as long as this
command, so a store that remembered pushes to an earlier emulator would push nothing.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.cli.common import out, print_json
from agent.cli.demo import DemoRun, demo_json, print_run, run_demo
from agent.config import OdooSettings, Settings
from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.versions import JSON2_FROM

EMULATOR_TIMEOUT = 60.0


@dataclass
class EmulatorDemo:
    """A finished run and the emulator it wrote to (still serving inside the block)."""

    run: DemoRun
    emulator: OdooEmulator
    odoo: dict[str, Any]


@contextmanager
def emulator_demo(
    config: Settings, inbox: Path, *, version: int = 17, quiet: bool = True, push_wait: float = 10.0
) -> Iterator[EmulatorDemo]:
    """Run the demo against a scenario-seeded emulator; the emulator stops on leaving the block.

    Args:
        config: Settings of the run (lead and escalation users already filled in).
        inbox: Maildir to read.
        version: Odoo version the emulator poses as (16-19; 19 speaks JSON-2).
        quiet: No progress bar.
        push_wait: Seconds to wait for the outbox.

    Yields:
        The run, the emulator, and where it is with what landed there (``odoo``).
    """
    from agent.odoo.connect import connect
    from agent.odoo.emulator.from_scenario import landed, scenario_emulator
    from agent.scenario.build import load_scenario
    from agent.store.repository import Store
    from agent.wiring import build_deps, scenario_clock

    with (
        scenario_emulator(load_scenario(), version) as emulator,
        tempfile.TemporaryDirectory(prefix="triage-emulator-") as scratch,
    ):
        seeded = set(emulator.data.table("mail.message"))
        password = emulator.add_api_key("admin") if version >= JSON2_FROM else "admin"
        odoo = OdooSettings(
            url=emulator.url,
            db=emulator.db_name,
            login="admin",
            password=password,
            timeout=EMULATOR_TIMEOUT,
        )
        gateway = connect(odoo)
        store = Store.open(f"sqlite:///{Path(scratch) / 'triage.db'}")
        try:
            deps = build_deps(
                config.model_copy(update={"odoo": odoo}),
                gateway=gateway,
                clock=scenario_clock(config),
                store=store,
            )
            run = run_demo(deps, inbox, quiet=quiet, push_wait=push_wait)
            version_text = gateway.server_version()
        finally:
            store.close()
            gateway.close()
        where = {
            "url": emulator.url,
            "db": emulator.db_name,
            "version": version_text,
            "login": "admin",
            **landed(emulator, seeded),
        }
        yield EmulatorDemo(run, emulator, where)


def demo_on_emulator(
    config: Settings,
    inbox: Path,
    *,
    version: int,
    json_out: bool,
    keep_serving: bool,
    push_wait: float,
) -> None:
    """``triage demo --odoo-emulator``: run, report what landed, optionally keep serving."""
    from agent.odoo.emulator.from_scenario import emulator_logins
    from agent.scenario.build import load_scenario

    with emulator_demo(
        config, inbox, version=version, quiet=json_out, push_wait=push_wait
    ) as result:
        _report(result.run, result.odoo, json_out)
        if keep_serving:
            _serve(result.odoo, emulator_logins(load_scenario()))


def _report(run: DemoRun, where: dict[str, Any], json_out: bool) -> None:
    if json_out:
        print_json({**demo_json(run), "odoo": where})
        return
    print_run(run)
    out.print(
        f"Odoo emulator {where['version']} at {where['url']} (db {where['db']}): "
        f"{where['activities']} activities landed on {where['orders']} purchase orders, "
        f"{where['notes']} chatter notes posted."
    )


def _serve(where: dict[str, Any], logins: dict[str, str]) -> None:
    host, port = where["url"].removeprefix("http://").rsplit(":", 1)
    accounts = ", ".join(f"{login}/{password}" for login, password in logins.items())
    out.print(f"Serving until Ctrl-C. Logins: {accounts}. Try:", soft_wrap=True)
    out.print(
        f'  python -c "import odoorpc; odoo = odoorpc.ODOO({host!r}, port={port}); '
        f"odoo.login({where['db']!r}, 'admin', 'admin'); "
        "print(odoo.env['mail.activity'].search_read([], ['res_name', 'summary', 'user_id']))\"",
        soft_wrap=True,
        highlight=False,
        markup=False,
    )
    forever = threading.Event()
    try:
        while not forever.wait(1.0):
            pass
    except KeyboardInterrupt:
        out.print("Stopping the emulator.")
