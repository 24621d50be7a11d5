"""The regression gate: current metrics against ``evals/baseline.json`` with tolerances.

The baseline names the split, the extractor and, per metric, the value of a real run, the
direction (``higher`` or ``lower`` is better) and how far it may move the wrong way. A
metric missing from the current run counts as a regression: a gate that silently stops
measuring something is not a gate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.errors import ConfigError

DEFAULT_BASELINE = Path("evals/baseline.json")
DEFAULT_TOLERANCES: dict[str, tuple[Literal["higher", "lower"], float]] = {
    "intent_macro_f1": ("higher", 0.02),
    "intent_accuracy": ("higher", 0.02),
    "commitment_exact": ("higher", 0.03),
    "commitment_within_1d": ("higher", 0.03),
    "po_ref_precision": ("higher", 0.005),
    "po_ref_recall": ("higher", 0.005),
    "quantity_recall": ("higher", 0.05),
    "vendor_ref_recall": ("higher", 0.05),
    "tracking_recall": ("higher", 0.05),
    "price_change_recall": ("higher", 0.05),
    "price_change_precision": ("higher", 0.05),
    "match_accuracy": ("higher", 0.02),
    "draft_accuracy": ("higher", 0.03),
    "auto_draft_precision": ("higher", 0.05),
    "auto_draft_coverage": ("higher", 0.08),
    "touchless_rate": ("higher", 0.08),
    "errors": ("lower", 0.0),
    "calibration.ece": ("lower", 0.05),
}


class MetricBound(BaseModel):
    """One gated metric."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: float
    direction: Literal["higher", "lower"] = "higher"
    tolerance: float = Field(ge=0)


class Baseline(BaseModel):
    """The baseline file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    split: str = "test"
    extractor: str = "rules"
    dataset_sha256: str | None = None
    run: str | None = None
    git_revision: str | None = None
    metrics: dict[str, MetricBound]


@dataclass(frozen=True)
class Verdict:
    """One metric's check."""

    metric: str
    baseline: float
    current: float | None
    tolerance: float
    direction: str

    @property
    def passed(self) -> bool:
        """Within tolerance (a missing metric fails)."""
        if self.current is None:
            return False
        if self.direction == "higher":
            return self.current >= self.baseline - self.tolerance - 1e-9
        return self.current <= self.baseline + self.tolerance + 1e-9

    def line(self) -> str:
        """One human line."""
        state = "ok  " if self.passed else "FAIL"
        current = "missing" if self.current is None else f"{self.current:.4f}"
        sign = "-" if self.direction == "higher" else "+"
        return (
            f"{state} {self.metric}: {current} vs baseline {self.baseline:.4f} "
            f"(tolerance {sign}{self.tolerance})"
        )


def load_baseline(path: Path) -> Baseline:
    """Read and validate the baseline file."""
    try:
        return Baseline.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise ConfigError(f"baseline not found: {path} (create it with --update)") from exc
    except (ValueError, ValidationError) as exc:
        raise ConfigError(f"{path}: not a valid baseline: {str(exc).splitlines()[0]}") from exc


def check(baseline: Baseline, flat: dict[str, float]) -> list[Verdict]:
    """Every baseline metric against the current figures."""
    return [
        Verdict(name, bound.value, flat.get(name), bound.tolerance, bound.direction)
        for name, bound in sorted(baseline.metrics.items())
    ]


def make_baseline(flat: dict[str, float], config: dict[str, Any]) -> Baseline:
    """A baseline from a run's headline figures with the default tolerances."""
    return Baseline(
        split=str(config.get("split", "test")),
        extractor=str(config.get("extractor", "rules")),
        dataset_sha256=config.get("dataset_sha256"),
        run=config.get("run"),
        git_revision=config.get("git_revision"),
        metrics={
            name: MetricBound(value=flat[name], direction=direction, tolerance=tolerance)
            for name, (direction, tolerance) in DEFAULT_TOLERANCES.items()
            if name in flat
        },
    )
