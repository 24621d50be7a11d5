"""``triage vendors``: delivery records from Odoo's line history and the store's promises."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import out, print_json, settings


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _num(value: float | None, unit: str = "") -> str:
    return "-" if value is None else f"{value:.1f}{unit}"


def vendors(
    vendor: Annotated[
        list[int] | None, typer.Option("--vendor", help="Only this vendor id (repeatable).")
    ] = None,
    last: Annotated[
        int, typer.Option("--last", min=1, help="Delivered orders each scorecard covers.")
    ] = 10,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Print the vendor scorecard: on time, delay, partial shipments, acknowledgement."""
    from agent.clock import SystemClock
    from agent.store.repository import Store
    from agent.vendors import load_history, reports
    from agent.wiring import make_gateway, scenario_clock

    config = settings()
    gateway = make_gateway(config)
    clock = SystemClock() if config.odoo.url else scenario_clock(config)
    store = Store.open(config.store_url)
    ids = vendor or [v.id for v in gateway.vendor_directory()]
    found = reports(load_history(gateway, store, ids, clock.now()), last)
    if json_out:
        print_json(
            {
                "vendors": [
                    {
                        **r.score.model_dump(mode="json"),
                        "open_orders": r.open_orders,
                        "sentence": r.sentence,
                    }
                    for r in found.values()
                ]
            }
        )
        return
    table = Table(
        "vendor",
        "delivered",
        "on time (first promise)",
        "on time (last revision)",
        "avg delay",
        "partial",
        "ack",
        "open",
    )
    for r in found.values():
        s = r.score
        table.add_row(
            f"{s.vendor_name or s.vendor_id}",
            str(s.delivered),
            _pct(s.on_time_first_promise),
            _pct(s.on_time_last_revision),
            _num(s.average_delay_days, " d"),
            _pct(s.partial_share),
            _num(s.avg_ack_days, " d"),
            str(r.open_orders),
        )
    out.print(table)
    for r in found.values():
        out.print(f"{r.score.vendor_name or r.score.vendor_id}: {r.sentence}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``vendors``."""
    app.command("vendors")(vendors)
