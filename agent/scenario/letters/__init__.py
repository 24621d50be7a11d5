"""The bundled supplier emails as data: hand-written bodies with their headers and facts.

One module per vendor; ``ALL_LETTERS`` is every letter, oldest first.
"""

from __future__ import annotations

from agent.scenario.letters import (
    acme,
    duval,
    gartenwerk,
    green_valley,
    nordic,
    pacific,
    sparkle,
    terra,
)
from agent.scenario.letters.spec import Attach, Fact, Letter

ALL_LETTERS: tuple[Letter, ...] = tuple(
    sorted(
        (
            *acme.LETTERS,
            *nordic.LETTERS,
            *sparkle.LETTERS,
            *pacific.LETTERS,
            *green_valley.LETTERS,
            *duval.LETTERS,
            *terra.LETTERS,
            *gartenwerk.LETTERS,
        ),
        key=lambda letter: letter.sent_at,
    )
)

__all__ = ["ALL_LETTERS", "Attach", "Fact", "Letter"]
