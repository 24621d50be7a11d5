"""The ``triage`` command line. Each command group lives in its own module with ``register``."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="triage",
    help="Procurement exception triage for Odoo: supplier email in, gated recommendations out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Command modules, each with ``register(app)``. Add a module here to add commands.
COMMAND_MODULES = [
    "agent.cli.config_cmd",
    "agent.cli.demo",
    "agent.cli.queue",
    "agent.cli.ingest",
    "agent.cli.policy_cmd",
    "agent.cli.digest_cmd",
    "agent.cli.risk",
    "agent.cli.extract",
    "agent.cli.odoo_cmd",
    "agent.cli.outbox_cmd",
    "agent.cli.scan_cmd",
    "agent.cli.vendors_cmd",
    "agent.cli.evals_cmd",
    "agent.cli.serve_cmd",
    "agent.cli.apikey_cmd",
]


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    """Entry point of the ``triage`` console script."""
    from agent.cli.common import run_app

    run_app(app)
