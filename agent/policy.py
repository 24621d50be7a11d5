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
from agent.models import Action, Decision, Intent, RiskLevel


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


class ApprovalRule(BaseModel):
    """One row of the approval matrix; the first rule whose conditions all hold applies.

    Conditions left empty match anything. ``assignee`` overrides the buyer; with
    ``needs_approval`` applying the change waits for ``approver`` (a login).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    min_amount: float | None = None
    vendor_tags: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    warehouses: list[str] = Field(default_factory=list)
    min_risk: RiskLevel | None = None
    actions: list[Action] = Field(default_factory=list)
    assignee: str | None = None
    needs_approval: bool = False
    approver: str | None = None

    @model_validator(mode="after")
    def _approver(self) -> ApprovalRule:
        if self.needs_approval and not self.approver:
            raise ValueError(f"rule {self.name!r} needs_approval but names no approver")
        return self

    def matches(self, facts: RuleFacts) -> bool:
        """Whether every condition of the rule holds for these facts."""
        checks = [
            self.min_amount is None or facts.amount >= self.min_amount,
            not self.vendor_tags or bool(set(self.vendor_tags) & set(facts.vendor_tags)),
            not self.categories or bool(set(self.categories) & set(facts.categories)),
            not self.warehouses or facts.warehouse in self.warehouses,
            self.min_risk is None
            or (facts.risk is not None and facts.risk.rank >= self.min_risk.rank),
            not self.actions or facts.action in self.actions,
        ]
        return all(checks)


class RuleFacts(BaseModel):
    """What the approval matrix looks at."""

    model_config = ConfigDict(frozen=True)

    amount: float = 0.0
    vendor_tags: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    warehouse: str | None = None
    risk: RiskLevel | None = None
    action: Action


class Sla(BaseModel):
    """Hours an activity may stay open per risk level before it is escalated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    critical: float = Field(default=4, gt=0)
    high: float = Field(default=24, gt=0)
    medium: float = Field(default=72, gt=0)
    low: float = Field(default=120, gt=0)
    escalation_user: str | None = None

    def hours(self, level: RiskLevel | None) -> float:
        """The SLA of a risk level (low when unknown)."""
        return float(getattr(self, (level or RiskLevel.LOW).value))


class Policy(BaseModel):
    """Thresholds, refined per intent and per action (the action's band wins)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = "default"
    default: Band = Band(auto=0.8, review=0.5)
    intents: dict[Intent, Band] = Field(default_factory=dict)
    actions: dict[Action, Band] = Field(default_factory=dict)
    review_stays_local: bool = False
    approval: list[ApprovalRule] = Field(default_factory=list)
    sla: Sla = Sla()

    def rule_for(self, facts: RuleFacts) -> ApprovalRule | None:
        """The first approval rule that matches."""
        return next((rule for rule in self.approval if rule.matches(facts)), None)

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
        text = path.read_text(encoding="utf-8")
        problems = "; ".join(
            f"line {_line_of(text, err['loc'])}: {'.'.join(str(p) for p in err['loc'])}: "
            f"{err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"{path}: {problems}") from exc


def _line_of(text: str, loc: tuple[int | str, ...]) -> int:
    """Best line number for an error location: the key's line under its table header."""
    lines = text.splitlines()
    tables = [str(p) for p in loc if not isinstance(p, int)]
    line_no = 1
    for depth in range(len(tables), 0, -1):
        header = ".".join(tables[:depth])
        for i, line in enumerate(lines, 1):
            stripped = line.strip()
            if stripped in (f"[{header}]", f"[[{header}]]"):
                line_no = i
                break
        else:
            continue
        break
    key = tables[-1] if tables else ""
    for i in range(line_no - 1, len(lines)):
        if lines[i].split("=")[0].strip() == key:
            return i + 1
    return line_no


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
