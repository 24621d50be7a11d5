"""A gateway that records every call it forwards to the bundled scenario."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent.scenario.build import load_scenario
from agent.scenario.gateway import ScenarioGateway

WRITES = frozenset({"create_activities", "set_line_dates", "post_note", "close_activity"})


class RecordingGateway:
    """Forwards to a ScenarioGateway and records the method names called."""

    def __init__(self, tmp_path: Path) -> None:
        self.inner = ScenarioGateway(load_scenario(), activity_log=tmp_path / "activities.jsonl")
        self.calls: list[str] = []
        self.name = "recording"

    def __getattr__(self, name: str) -> Any:
        target = getattr(self.inner, name)
        if not callable(target):
            return target

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return target(*args, **kwargs)

        return recorded

    @property
    def writes(self) -> list[str]:
        return [c for c in self.calls if c in WRITES]
