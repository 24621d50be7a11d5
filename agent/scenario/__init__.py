"""The bundled retail scenario: the embedded default's stand-in for a live Odoo.

``load_scenario()`` builds the data, ``ScenarioGateway`` answers the ``OdooGateway``
Protocol from it, and ``INBOX_DIR`` is the Maildir of supplier emails that goes with it.
The story the data tells is in ``agent.scenario.facts`` and this package's README.
"""

from __future__ import annotations

from pathlib import Path

from agent.scenario.build import load_scenario
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.model import MailMessage, Scenario

INBOX_DIR = Path(__file__).parent / "inbox"

__all__ = ["INBOX_DIR", "MailMessage", "Scenario", "ScenarioGateway", "load_scenario"]
