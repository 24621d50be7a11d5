"""Choose auto-draft thresholds from evidence: maximum coverage at a guaranteed precision.

For a group of eligible drafts (trusted sender, matched order) the sweep tries every
observed confidence as the auto threshold and keeps the lowest one (the most coverage)
whose one-sided Wilson lower bound on precision is at least the target. Groups follow the
policy's precedence (an action's band wins over an intent's, which wins over the default):

1. the default band from all eligible drafts;
2. each action: a lower threshold of its own when its own drafts prove the target
   below the default; when at least ``MIN_TO_CLOSE`` of its drafts pass the default and
   even the upper bound of their precision is below the target, a higher threshold of
   its own where its drafts prove the target, or else a closed band (``auto = 1.0``);
   otherwise no band of its own (it inherits the default: a small group with a stray
   error is not evidence against the pooled threshold);
3. each intent, over the drafts whose action has no band, the same way.

A band the data says nothing about (an action the dataset never produces) is kept as it
is in the policy. Review thresholds are kept, lowered to the auto threshold if needed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.errors import ConfigError
from agent.evals.metrics import eligible, wilson
from agent.evals.results import ExampleResult
from agent.models import Action, Intent
from agent.policy import Band, Policy, load_policy

CLOSED = 1.0
MIN_TO_CLOSE = 5
"""Fewer drafts than this never close a band: one bad draft is an anecdote."""


@dataclass(frozen=True)
class SweepPoint:
    """One candidate threshold and what it would auto-draft."""

    threshold: float
    n_auto: int
    correct: int
    coverage: float
    precision: float | None
    lower: float
    upper: float


@dataclass
class GroupChoice:
    """The band chosen for one group, and why."""

    kind: str
    key: str
    n: int
    auto: float | None
    reason: str


@dataclass
class TuneResult:
    """The tuned policy with its figures on the tuning data."""

    policy: Policy
    choices: list[GroupChoice]
    target: float
    confidence: float
    n: int
    n_auto: int
    precision: float | None
    lower: float
    coverage: float
    curve: list[SweepPoint] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "target_precision": self.target,
            "confidence": self.confidence,
            "n": self.n,
            "auto_draft_n": self.n_auto,
            "auto_draft_coverage": round(self.coverage, 4),
            "auto_draft_precision": round(self.precision, 4)
            if self.precision is not None
            else None,
            "auto_draft_precision_lower": round(self.lower, 4),
            "bands": [c.__dict__ for c in self.choices],
        }


def sweep(
    items: Sequence[tuple[float, bool]], total: int, confidence: float = 0.95
) -> list[SweepPoint]:
    """Every distinct confidence as a threshold, lowest first."""
    points = []
    for threshold in sorted({c for c, _ in items}):
        chosen = [ok for c, ok in items if c >= threshold]
        hits = sum(chosen)
        lower, upper = wilson(hits, len(chosen), confidence)
        points.append(
            SweepPoint(
                threshold=threshold,
                n_auto=len(chosen),
                correct=hits,
                coverage=len(chosen) / total if total else 0.0,
                precision=hits / len(chosen) if chosen else None,
                lower=lower,
                upper=upper,
            )
        )
    return points


def best(points: Sequence[SweepPoint], target: float) -> SweepPoint | None:
    """The point with the most coverage whose lower bound reaches ``target``."""
    passing = [p for p in points if p.lower >= target]
    return max(passing, key=lambda p: (p.n_auto, -p.threshold)) if passing else None


def _choose(
    kind: str,
    key: str,
    items: list[tuple[float, bool]],
    fallback: float,
    target: float,
    confidence: float,
) -> GroupChoice:
    own = best(sweep(items, len(items), confidence), target)
    above = [ok for c, ok in items if c >= fallback]
    lower, upper = wilson(sum(above), len(above), confidence)
    tally = f"{sum(above)}/{len(above)} right at the default threshold"
    if own is not None and own.threshold < fallback:
        return GroupChoice(kind, key, len(items), own.threshold,
                           f"extends: {own.correct}/{own.n_auto} right, "
                           f"lower bound {own.lower:.3f}")  # fmt: skip
    if not above or lower >= target:
        return GroupChoice(kind, key, len(items), None, f"inherits: {tally}")
    if len(above) >= MIN_TO_CLOSE and upper < target:
        if own is not None:
            return GroupChoice(kind, key, len(items), own.threshold,
                               f"raised: {tally}, upper bound {upper:.3f} < {target}; "
                               f"{own.correct}/{own.n_auto} right from {own.threshold:.3f}"
                               )  # fmt: skip
        return GroupChoice(kind, key, len(items), CLOSED,
                           f"closed: {tally}, upper bound {upper:.3f} < {target}")  # fmt: skip
    return GroupChoice(kind, key, len(items), None, f"inherits: {tally}, too few to decide")


def tune(
    results: Sequence[ExampleResult],
    policy: Policy,
    target: float,
    confidence: float = 0.95,
    version: str | None = None,
) -> TuneResult:
    """Tune ``policy``'s auto thresholds on calibrated results (see the module docstring)."""
    pool = eligible(results)
    pairs = [(r.confidence, r.correct) for r in pool]
    curve = sweep(pairs, len(results), confidence)
    top = best(curve, target)
    default_auto = top.threshold if top else CLOSED
    choices = [
        GroupChoice(
            "default",
            "default",
            len(pool),
            default_auto,
            f"{top.correct}/{top.n_auto} right, lower bound {top.lower:.3f}"
            if top
            else f"no threshold reaches a lower bound of {target}: closed",
        )
    ]
    actions: dict[Action, Band] = {a: b for a, b in policy.actions.items()}
    intents: dict[Intent, Band] = {i: b for i, b in policy.intents.items()}
    for action in sorted({Action(r.action) for r in pool if r.action}):
        items = [(r.confidence, r.correct) for r in pool if r.action == action.value]
        choice = _choose("action", action.value, items, default_auto, target, confidence)
        choices.append(choice)
        actions.pop(action, None)
        if choice.auto is not None:
            actions[action] = _band(choice.auto, policy.band(None, action).review)
    rest = [r for r in pool if r.action is None or Action(r.action) not in actions]
    for intent in sorted({Intent(r.pred_intent) for r in rest if r.pred_intent}):
        items = [(r.confidence, r.correct) for r in rest if r.pred_intent == intent.value]
        choice = _choose("intent", intent.value, items, default_auto, target, confidence)
        choices.append(choice)
        intents.pop(intent, None)
        if choice.auto is not None:
            intents[intent] = _band(choice.auto, policy.band(intent, Action.INFO_ONLY).review)
    tuned = policy.model_copy(
        update={
            "default": _band(default_auto, policy.default.review),
            "actions": actions,
            "intents": intents,
            "version": version or policy.version,
        }
    )
    tuned = Policy.model_validate(tuned.model_dump())
    auto = [
        r
        for r in pool
        if r.confidence >= tuned.band(_intent(r), Action(r.action or "info_only")).auto
    ]
    hits = sum(r.correct for r in auto)
    lower, _ = wilson(hits, len(auto), confidence)
    return TuneResult(
        policy=tuned,
        choices=choices,
        target=target,
        confidence=confidence,
        n=len(results),
        n_auto=len(auto),
        precision=hits / len(auto) if auto else None,
        lower=lower,
        coverage=len(auto) / len(results) if results else 0.0,
        curve=curve,
    )


def _intent(result: ExampleResult) -> Intent | None:
    return Intent(result.pred_intent) if result.pred_intent else None


def _band(auto: float, review: float) -> Band:
    """A tuned band never auto-drafts below its review threshold.

    A band's precision is an average over all its drafts: a threshold that keeps the
    average above target can still let in drafts whose own calibrated confidence says they
    are more likely wrong than right (below review, 0.5 by default). Those go to review.
    """
    return Band(auto=round(max(auto, review), 4), review=round(review, 4))


# ------------------------------------------------------------------ the policy file

NOTE_PREFIX = "# bands tuned by"
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_BAND_TABLE = re.compile(r"^(default|intents\.[a-z_]+|actions\.[a-z_]+)$")


def _bands_toml(policy: Policy) -> str:
    blocks = [f"[default]\nauto = {policy.default.auto}\nreview = {policy.default.review}\n"]
    for kind, table in (("intents", policy.intents), ("actions", policy.actions)):
        for key in sorted(table, key=str):
            band = table[key]  # type: ignore[index]
            blocks.append(f"[{kind}.{key}]\nauto = {band.auto}\nreview = {band.review}\n")
    return "\n".join(blocks)


def rewrite_policy_text(text: str, policy: Policy, note: str) -> str:
    """The policy file with its band tables replaced and ``version`` updated.

    Everything else (comments, approval rules, SLAs, key order) is kept as written.
    """
    lines = text.splitlines()
    out: list[str] = []
    inserted = False
    skipping = False
    for line in lines:
        if line.startswith(NOTE_PREFIX):
            continue
        header = _HEADER.match(line)
        if header:
            skipping = bool(_BAND_TABLE.match(header.group(1).replace(" ", "")))
            if skipping and not inserted:
                out.extend([f"# {note}", *_bands_toml(policy).rstrip("\n").splitlines(), ""])
                inserted = True
        if skipping:
            continue
        if (
            not header
            and re.match(r"^\s*version\s*=", line)
            and not any(_HEADER.match(x) for x in out)
        ):
            out.append(f'version = "{policy.version}"')
            continue
        out.append(line)
    if not inserted:
        out.extend(["", f"# {note}", *_bands_toml(policy).rstrip("\n").splitlines()])
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out).rstrip("\n") + "\n")


def write_policy(path: Path, policy: Policy, note: str) -> str:
    """Rewrite the bands of the policy file at ``path``; returns the unified diff.

    The new text is validated before it replaces the file, so a failed write changes nothing.
    """
    try:
        before = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"policy file not found: {path}") from exc
    after = rewrite_policy_text(before, policy, note)
    staged = path.with_name(path.name + ".new")
    staged.write_text(after, encoding="utf-8")
    try:
        load_policy(staged)
    except ConfigError:
        staged.unlink()
        raise
    staged.replace(path)
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{path} (before)",
            tofile=f"{path} (tuned)",
        )
    )
