"""The bundled supplier emails as data: hand-written bodies with their headers and facts."""

from __future__ import annotations

from agent.scenario.letters import garden, grocery, household
from agent.scenario.letters.spec import Attach, Fact, Letter

ALL_LETTERS: tuple[Letter, ...] = tuple(
    sorted(
        (*household.LETTERS, *grocery.LETTERS, *garden.LETTERS),
        key=lambda letter: letter.sent_at,
    )
)

__all__ = ["ALL_LETTERS", "Attach", "Fact", "Letter"]
