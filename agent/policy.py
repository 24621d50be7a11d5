"""The gate: calibrated confidence and a policy decide auto-draft, review or queue.

Text from an email can never reach this module's inputs other than as extracted facts, so
nothing in an email can change a threshold, an assignee or a decision rule.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agent.config import Thresholds
from agent.errors import ConfigError
from agent.models import Action, Decision, Intent


class Band(BaseModel):
    """Auto and review thresholds on calibrated confidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    auto: float = Field(ge=0, le=1)
    review: float = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.review > self.auto:
            raise ValueError(f"review ({self.review}) must not exceed auto ({self.auto})")
        return self


class Policy(BaseModel):
    """Thresholds, refined per intent and per action (the action's band wins)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = "default"
    default: Band = Band(auto=0.8, review=0.5)
    intents: dict[Intent, Band] = Field(default_factory=dict)
    actions: dict[Action, Band] = Field(default_factory=dict)
    review_stays_local: bool = False

    def band(self, intent: Intent | None, action: Action) -> Band:
        """The band that applies to one recommendation."""
        if action in self.actions:
            return self.actions[action]
        if intent is not None and intent in self.intents:
            return self.intents[intent]
        return self.default


def default_policy(thresholds: Thresholds) -> Policy:
    """The policy when no file is configured: one band from the settings."""
    return Policy(default=Band(auto=thresholds.auto, review=thresholds.review))


def load_policy(path: Path) -> Policy:
    """Read and validate a TOML policy file; errors name the offending key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"policy file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: {problems}") from exc


class GateResult(BaseModel):
    """A decision with the rule that made it."""

    model_config = ConfigDict(frozen=True)

    decision: Decision
    reason: str
    band: Band


def gate(
    policy: Policy,
    *,
    intent: Intent | None,
    action: Action,
    confidence: float,
    trusted: bool,
    has_target: bool,
) -> GateResult:
    """Decide where a recommendation goes, and say why."""
    band = policy.band(intent, action)
    if not trusted:
        return GateResult(decision=Decision.QUEUE, reason="untrusted sender", band=band)
    if not has_target:
        return GateResult(decision=Decision.QUEUE, reason="no purchase order matched", band=band)
    if confidence >= band.auto:
        return GateResult(
            decision=Decision.AUTO_DRAFT,
            reason=f"confidence {confidence:.2f} >= auto {band.auto:.2f}",
            band=band,
        )
    if confidence >= band.review:
        return GateResult(
            decision=Decision.REVIEW,
            reason=(
                f"review {band.review:.2f} <= confidence {confidence:.2f} < auto {band.auto:.2f}"
            ),
            band=band,
        )
    return GateResult(
        decision=Decision.QUEUE,
        reason=f"confidence {confidence:.2f} < review {band.review:.2f}",
        band=band,
    )
