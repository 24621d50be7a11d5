"""Each ``triage evals`` command on a small dataset written in the tests."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from agent.evals.dataset import load_dataset
from agent.policy import load_policy
from tests.evals.conftest import invoke, small_examples, write_jsonl

REPO = Path(__file__).resolve().parents[2]


def _run_dir(runs: Path, suffix: str) -> Path:
    found = sorted(p for p in runs.iterdir() if p.name.endswith(suffix))
    assert found, f"no run ending in {suffix} under {runs}"
    return found[-1]


def test_run_writes_run_directory_and_prints_metrics(dataset: Path, runs: Path) -> None:
    result = invoke("evals", "run", "--dataset", str(dataset), "--split", "dev", "--json",
                    "--jobs", "2", "--runs-dir", str(runs))  # fmt: skip
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    overall = metrics["overall"]
    assert overall["n"] == 6 and overall["errors"] == 0
    assert overall["intent_accuracy"] == 1.0
    assert overall["po_ref_precision"] == 1.0 and overall["po_ref_recall"] == 1.0
    assert overall["match_accuracy"] == 1.0
    for key in ("commitment_exact", "commitment_within_1d", "auto_draft_precision",
                "auto_draft_coverage", "review_rate", "queue_rate", "touchless_rate"):  # fmt: skip
        assert key in overall
    bands = overall["review_rate"] + overall["queue_rate"] + overall["auto_draft_coverage"]
    assert bands == pytest.approx(1.0, abs=3e-4)  # each share is rounded to 4 places
    assert set(metrics["slices"]) == {"vendor", "language", "intent", "change_type"}
    assert set(metrics["slices"]["language"]) == {"en", "de"}
    assert metrics["intent"]["confusion"]["labels"]
    run = _run_dir(runs, "rules-dev")
    config = json.loads((run / "config.json").read_text())
    assert config["split"] == "dev" and config["extractor"] == "rules"
    assert config["git_revision"] and "recommendation" in config["prompts"]
    assert config["models"]["intent"]
    lines = (run / "results.jsonl").read_text().splitlines()
    assert len(lines) == 6
    assert json.loads((run / "metrics.json").read_text()) == metrics


def test_llm_extractor_without_endpoint_is_one_clear_line(dataset: Path, runs: Path) -> None:
    for kind in ("llm", "hybrid"):
        result = invoke("evals", "run", "--extractor", kind, "--dataset", str(dataset),
                        "--runs-dir", str(runs))  # fmt: skip
        assert result.exit_code != 0
        assert isinstance(result.exception, Exception)
        assert "TRIAGE_LLM_BASE_URL" in str(result.exception)
        assert "\n" not in str(result.exception)


def test_gate_catches_a_planted_regression(tmp_path: Path, dataset: Path, runs: Path) -> None:
    baseline = tmp_path / "baseline.json"
    made = invoke("evals", "gate", "--baseline", str(baseline), "--update", "--dataset",
                  str(dataset), "--runs-dir", str(runs))  # fmt: skip
    assert made.exit_code == 0, made.output
    assert json.loads(baseline.read_text())["split"] == "test"
    same = invoke("evals", "gate", "--baseline", str(baseline), "--dataset", str(dataset),
                  "--runs-dir", str(runs))  # fmt: skip
    assert same.exit_code == 0, same.output

    rows = small_examples()
    for row in rows:
        if row["id"] in ("t-09", "t-10"):
            row["labels"]["intent"] = "confirmation"
    worse = write_jsonl(tmp_path / "worse.jsonl", rows)
    caught = invoke("evals", "gate", "--baseline", str(baseline), "--dataset", str(worse),
                    "--runs-dir", str(runs))  # fmt: skip
    assert caught.exit_code != 0
    assert re.search(r"FAIL intent_accuracy", caught.output)
    assert "gate failed" in caught.output and "intent_macro_f1" in caught.output


def test_calibrate_fixes_a_planted_miscalibration(tmp_path: Path, runs: Path) -> None:
    rows = small_examples()
    for row in rows:
        if row["id"] in ("t-02", "t-03"):
            row["labels"]["intent"] = "question"
    data = write_jsonl(tmp_path / "planted.jsonl", rows)
    target = tmp_path / "calibration.json"
    result = invoke("evals", "calibrate", "--dataset", str(data), "--out", str(target),
                    "--runs-dir", str(runs), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["version"] == "calibration-v1"
    assert summary["method"] in ("isotonic", "platt")
    assert summary["ece_after"] < summary["ece_before"]
    card = json.loads(target.read_text())
    assert card["version"] == "calibration-v1" and card["report"]["n"] == summary["n"]
    assert (Path(summary["run"]) / "reliability.svg").read_text().startswith("<svg")


def test_tune_write_updates_a_temp_policy_file(tmp_path: Path, dataset: Path, runs: Path) -> None:
    policy = tmp_path / "policy.toml"
    shutil.copy(REPO / "evals" / "policy.toml", policy)
    before = policy.read_text()
    result = invoke("evals", "tune", "--target-precision", "0.5", "--write", "--policy",
                    str(policy), "--dataset", str(dataset), "--runs-dir", str(runs))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "auto-draft coverage" in result.output
    after = policy.read_text()
    assert after != before
    assert "+++" in result.output and "(tuned)" in result.output
    tuned = load_policy(policy)
    assert tuned.version.startswith("tuned-") and tuned.version.endswith("p0.5")
    assert [rule.name for rule in tuned.approval] == [
        rule.name for rule in load_policy(REPO / "evals" / "policy.toml").approval
    ]
    assert tuned.default.auto < 1.0


def _planted(tmp_path: Path) -> Path:
    """The small dataset with one wrong label (t-09 is a delay, not a question)."""
    rows = small_examples()
    next(r for r in rows if r["id"] == "t-09")["labels"]["intent"] = "question"
    return write_jsonl(tmp_path / "planted.jsonl", rows)


def test_report_is_one_self_contained_html_file(tmp_path: Path, runs: Path) -> None:
    assert invoke("evals", "run", "--dataset", str(_planted(tmp_path)), "--split", "test",
                  "--runs-dir", str(runs)).exit_code == 0  # fmt: skip
    run = _run_dir(runs, "rules-test")
    result = invoke("evals", "report", run.name, "--runs-dir", str(runs))
    assert result.exit_code == 0, result.output
    html_files = list(run.glob("*.html"))
    assert html_files == [run / "report.html"]
    html = html_files[0].read_text()
    assert html.count("<svg") >= 4
    for banned in ("http://", "https://", "<script", "src=", "href=", "<link", "url(", "@import"):
        assert banned not in html, banned
    assert "<mark class=" in html and "t-09" in html and "intent: question -&gt; delay" in html


def test_compare_shows_deltas_and_flips(tmp_path: Path, dataset: Path, runs: Path) -> None:
    for name, data in (("a", _planted(tmp_path)), ("b", dataset)):
        result = invoke("evals", "run", "--dataset", str(data), "--split", "test",
                        "--name", name, "--runs-dir", str(runs))  # fmt: skip
        assert result.exit_code == 0, result.output
    a, b = _run_dir(runs, "-a"), _run_dir(runs, "-b")
    result = invoke("evals", "compare", a.name, b.name, "--runs-dir", str(runs), "--json")
    assert result.exit_code == 0, result.output
    comparison = json.loads(result.stdout)
    deltas = {d["metric"]: d for d in comparison["deltas"]}
    assert deltas["intent_accuracy"]["delta"] > 0 and deltas["intent_accuracy"]["better"]
    assert {"id": "t-09", "field": "correct", "a": "False", "b": "True"} in comparison["flips"]


def test_risk_reports_the_backtest_as_a_run(runs: Path) -> None:
    result = invoke("evals", "risk", "--series", "20", "--days", "140", "--json",
                    "--runs-dir", str(runs))  # fmt: skip
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert 0.0 <= metrics["overall"]["risk_auc_pr"] <= 1.0
    assert "risk_auc_pr_vs_reorder_point" in metrics["overall"]
    run = _run_dir(runs, "risk")
    assert json.loads((run / "metrics.json").read_text())["overall"] == metrics["overall"]


def test_bad_lines_are_recorded_and_skipped(tmp_path: Path) -> None:
    rows = [json.dumps(r) for r in small_examples()[:2]]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([rows[0], "{not json", '{"id": "x"}', rows[1]]) + "\n")
    loaded = load_dataset(path)
    assert [e.id for e in loaded.examples] == ["t-01", "t-02"]
    assert len(loaded.errors) == 2 and loaded.errors[0].startswith("mixed.jsonl:2:")
