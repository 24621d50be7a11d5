"""Seams of the learned models the gate relies on."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from agent.models import Action, Intent


@runtime_checkable
class Calibrator(Protocol):
    """Maps a raw composite confidence to the probability that the draft is right.

    Fitted by ``triage evals calibrate`` on the dev split and persisted with a version.
    """

    version: str

    def calibrate(self, raw: float, intent: Intent | None, action: Action | None) -> float:
        """The calibrated probability for one recommendation."""
        ...
