"""The evaluators on their own: bounds, calibration, tuning, the policy rewrite, matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.classifiers.calibration import CEILING, ConfidenceCalibrator, load_default
from agent.config import LLMSettings
from agent.evals.calibrate import ISOTONIC_MARGIN, fit
from agent.evals.dataset import Example
from agent.evals.gateway import dataset_scenario
from agent.evals.metrics import ece, wilson
from agent.evals.results import ExampleResult
from agent.evals.runner import Evaluator, RunSpec
from agent.evals.tune import rewrite_policy_text, tune
from agent.models import Action
from agent.policy import Band, Policy, load_policy
from tests.evals.conftest import small_examples

REPO = Path(__file__).resolve().parents[2]


def test_wilson_bounds_bracket_the_rate() -> None:
    lower, upper = wilson(18, 20)
    assert lower < 0.9 < upper
    assert wilson(10, 10)[0] < wilson(40, 40)[0] < 1.0
    assert wilson(0, 0) == (0.0, 1.0)


def test_fit_fixes_planted_underconfidence() -> None:
    pairs: list[tuple[float, bool]] = []
    for raw, right_of_20 in ((0.2, 12), (0.35, 15), (0.5, 17), (0.65, 19), (0.8, 20)):
        pairs += [(raw, i < right_of_20) for i in range(20)]
    report = fit(pairs)
    assert report.ece_before is not None and report.ece_before > 0.25
    assert report.ece_after is not None and report.ece_after < 0.05
    assert report.ece_after_cv is not None and report.ece_after_cv < report.ece_before
    calibrator = report.calibrator
    assert calibrator.calibrate(0.2, None, None) == pytest.approx(0.6, abs=0.08)
    assert calibrator.calibrate(0.99, None, None) <= CEILING


def test_fit_keeps_platt_unless_isotonic_is_clearly_better() -> None:
    # Isotonic's cross-validated log-loss is a hair lower, within noise: the smooth map is
    # kept (the plain minimum would have taken isotonic's steps).
    close: list[tuple[float, bool]] = []
    for raw, right_of_20 in ((0.2, 5), (0.35, 5), (0.5, 10), (0.65, 15), (0.8, 15)):
        close += [(raw, i < right_of_20) for i in range(20)]
    report = fit(close)
    assert report.log_loss["isotonic"] < report.log_loss["platt"]
    assert report.calibrator.card.method == "platt"
    # Half right up to 0.6, then all right: a step with a flat shoulder no logistic curve
    # follows, so isotonic wins by more than the margin.
    step: list[tuple[float, bool]] = []
    for raw in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        step += [(raw, raw > 0.65 or i % 2 == 0) for i in range(20)]
    report = fit(step)
    assert report.log_loss["isotonic"] < report.log_loss["platt"] * ISOTONIC_MARGIN
    assert report.calibrator.card.method == "isotonic"


def test_calibrator_round_trips_and_the_packaged_one_loads(tmp_path: Path) -> None:
    pairs = [(0.3, i % 3 != 0) for i in range(30)] + [(0.7, i % 10 != 0) for i in range(30)]
    calibrator = fit(pairs).calibrator
    calibrator.save(tmp_path / "c.json")
    again = ConfidenceCalibrator.load(tmp_path / "c.json")
    assert again.calibrate(0.5, None, None) == calibrator.calibrate(0.5, None, None)
    assert load_default(tmp_path / "absent.json") is None
    packaged = load_default()
    assert packaged is not None and packaged.version == "calibration-v1"


def test_ece_is_zero_when_confidence_matches_outcomes() -> None:
    assert ece([(0.75, True), (0.75, True), (0.75, True), (0.75, False)]) == 0.0
    assert ece([(0.95, False), (0.95, False)]) == pytest.approx(0.95)


def _result(i: int, confidence: float, correct: bool, action: str, intent: str) -> ExampleResult:
    return ExampleResult(
        id=f"r{i}", split="dev", vendor="v", language="en", change_type="none",
        gold_intent=intent, pred_intent=intent, action=action, confidence=confidence,
        raw_confidence=confidence, correct=correct, trusted=True, has_target=True,
    )  # fmt: skip


def test_tune_keeps_precision_bound_and_closes_a_bad_group() -> None:
    results = [_result(i, 0.5 + i / 200, True, "info_only", "confirmation") for i in range(80)]
    results += [_result(100 + i, 0.9, i < 1, "accept_new_date", "delay") for i in range(6)]
    base = Policy(default=Band(auto=0.8, review=0.5))
    tuned = tune(results, base, target=0.8)
    assert tuned.policy.default.auto == 0.5
    assert tuned.policy.actions[Action.ACCEPT_NEW_DATE].auto == 1.0
    assert tuned.lower >= 0.8 and tuned.precision == 1.0
    assert tuned.n_auto == 80


def test_tune_never_auto_drafts_below_the_review_threshold() -> None:
    # All right from 0.3 up: precision alone would open the band at 0.3, but a draft whose
    # calibrated confidence is under review (0.5) goes to review, not straight to Odoo.
    results = [_result(i, 0.3 + i / 200, True, "info_only", "confirmation") for i in range(80)]
    tuned = tune(results, Policy(default=Band(auto=0.8, review=0.5)), target=0.8)
    assert tuned.policy.default.auto == 0.5 and tuned.policy.default.review == 0.5
    assert tuned.n_auto == sum(1 for r in results if r.confidence >= 0.5)


def test_rewrite_policy_keeps_everything_but_the_bands() -> None:
    text = (REPO / "evals" / "policy.toml").read_text()
    policy = load_policy(REPO / "evals" / "policy.toml").model_copy(
        update={"default": Band(auto=0.66, review=0.4), "version": "tuned-x"}
    )
    new = rewrite_policy_text(text, policy, "tuned in a test")
    assert 'version = "tuned-x"' in new and "auto = 0.66" in new
    assert new.count("[[approval]]") == text.count("[[approval]]")
    assert "[sla]" in new and "# tuned in a test" in new


def test_matching_finds_the_right_order_for_the_right_vendor() -> None:
    rows = small_examples()
    examples = [Example.model_validate(r) for r in rows]
    scenario = dataset_scenario(examples)
    owners = {o.name: o.partner_name for o in scenario.orders}
    assert owners["P00412"] == "Acme Home Goods Inc." and owners["P00610"] == "Keramik Werk GmbH"
    spec = RunSpec("rules", LLMSettings(), Policy(), None, tuple(examples))
    evaluator = Evaluator(spec)
    right = evaluator.evaluate(examples[0])
    assert right.match_ok and right.match_po_names == ["P00412"]
    spoof = examples[0].model_copy(update={"from_": "Jessica <jessica@acmeh0megoods.com>"})
    wrong = evaluator.evaluate(spoof)
    assert not wrong.trusted and wrong.decision == "queue"
    other = rows[0] | {"text": rows[0]["text"].replace("P00412", "P00610")}
    other["labels"] = rows[0]["labels"] | {"po_refs": ["P00610"]}
    swapped = evaluator.evaluate(Example.model_validate(other | {"subject": "P00610"}))
    assert swapped.match_po_names == ["P00610"]
    assert swapped.match_confidence < right.match_confidence
