"""What every command shares: settings, logging, one-line errors instead of tracebacks."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import typer
from rich.console import Console

from agent.config import Settings, load_settings
from agent.errors import TriageError

console = Console(stderr=True)
out = Console()


def run_app(app: typer.Typer) -> None:
    """Run the Typer app and turn ``TriageError`` into one clear line and an exit code."""
    try:
        app(standalone_mode=False)
    except TriageError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        console.print("aborted")
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click's usage errors
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise


def settings() -> Settings:
    """Load settings once per command; configure logging from them."""
    loaded = load_settings()
    configure_logging(json_logs=loaded.log_json)
    return loaded


def configure_logging(json_logs: bool = False, level: int = logging.WARNING) -> None:
    """Handlers are configured here and in the server entry point only.

    A second call adds no handler but may lower the level (``settings()`` configures
    warnings first; ``triage serve`` and ``triage worker`` then ask for their info lines).
    """
    root = logging.getLogger()
    if root.handlers:
        if level < root.level:
            root.setLevel(level)
        return
    handler = logging.StreamHandler(sys.stderr)
    if json_logs:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {
                "at": self.formatTime(record),
                "level": record.levelname,
                "logger": record.name,
                "message": record.getMessage(),
            }
        )


def print_json(data: Any) -> None:
    """Print one JSON object on standard output."""
    sys.stdout.write(json.dumps(data, default=str, ensure_ascii=False) + "\n")
