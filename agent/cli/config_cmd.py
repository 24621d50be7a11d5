"""``triage config show``: the effective settings, secrets masked, with their sources."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import out, print_json, settings
from agent.config import describe_settings

config_app = typer.Typer(help="Inspect settings.", no_args_is_help=True)


@config_app.command("show")
def show(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Print the effective settings with secrets masked and where each came from."""
    rows = describe_settings(settings())
    if json_out:
        print_json({key: {"value": value, "source": source} for key, value, source in rows})
        return
    table = Table("setting", "value", "source")
    for key, value, source in rows:
        table.add_row(key, value, source)
    out.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``config`` group."""
    app.add_typer(config_app, name="config")
