"""``triage evals``: run, calibrate, tune, compare, report, gate, import-feedback, risk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from agent.cli.common import console, out, print_json, settings
from agent.evals import rundir
from agent.evals.dataset import DEFAULT_DATASET
from agent.evals.gate import DEFAULT_BASELINE
from agent.evals.runner import ExtractorKind
from agent.evals.session import EvalOptions, EvalOutcome, evaluate

evals_app = typer.Typer(help="Measure, calibrate, tune and guard the agent.", no_args_is_help=True)

Dataset = Annotated[Path, typer.Option("--dataset", help="Labelled JSONL (evals/README.md).")]
Jobs = Annotated[int, typer.Option("--jobs", min=1, help="Worker processes.")]
Json = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]
RunsDir = Annotated[Path, typer.Option("--runs-dir", help="Where run directories go.")]
HEADLINE = (
    "intent_accuracy", "intent_macro_f1", "po_ref_precision", "po_ref_recall",
    "commitment_exact", "commitment_within_1d", "quantity_precision", "quantity_recall",
    "match_accuracy", "draft_accuracy", "auto_draft_precision", "auto_draft_coverage",
    "review_rate", "queue_rate", "touchless_rate", "errors",
)  # fmt: skip


def _options(
    extractor: ExtractorKind,
    dataset: Path,
    split: str,
    jobs: int,
    runs_dir: Path,
    *,
    calibrated: bool = True,
    policy_path: Path | None = None,
    name: str | None = None,
) -> EvalOptions:
    from agent.classifiers.calibration import load_default
    from agent.policy import load_policy
    from agent.wiring import make_policy

    loaded = settings()
    policy = load_policy(policy_path) if policy_path else make_policy(loaded)
    return EvalOptions(
        extractor=extractor,
        dataset=dataset,
        split=split,
        jobs=jobs,
        policy=policy,
        policy_path=policy_path or loaded.policy_file,
        calibrator=load_default() if calibrated else None,
        llm=loaded.llm,
        runs_dir=runs_dir,
        name=name,
    )


def _evaluate(options: EvalOptions, quiet: bool = False, write: bool = True) -> EvalOutcome:
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task(f"{options.extractor} on {options.split}", total=None)
        outcome = evaluate(
            options,
            on_start=lambda n: progress.update(task, total=n),
            on_result=lambda _: progress.advance(task),
            write=write,
        )
    for error in outcome.dataset.errors:
        console.print(f"[yellow]skipped[/yellow] {error}", highlight=False)
    return outcome


def _figures(metrics: dict[str, Any]) -> Table:
    table = Table("metric", "value")
    for key in HEADLINE:
        value = metrics["overall"].get(key)
        table.add_row(key, "–" if value is None else f"{value:.4f}" if isinstance(value, float)
                      else str(value))  # fmt: skip
    calibration = metrics.get("calibration", {})
    for key in ("ece_raw", "ece"):
        if calibration.get(key) is not None:
            table.add_row(f"calibration.{key}", f"{calibration[key]:.4f}")
    return table


@evals_app.command("run")
def run_cmd(
    extractor: Annotated[ExtractorKind, typer.Option("--extractor")] = "rules",
    dataset: Dataset = DEFAULT_DATASET,
    split: Annotated[str, typer.Option("--split", help="dev or test (or train).")] = "dev",
    json_out: Json = False,
    jobs: Jobs = 1,
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
    name: Annotated[str | None, typer.Option("--name", help="Run directory suffix.")] = None,
) -> None:
    """Run extraction, matching and the gate on a split; store a run directory."""
    outcome = _evaluate(_options(extractor, dataset, split, jobs, runs_dir, name=name), json_out)
    if json_out:
        print_json(outcome.metrics)
        return
    out.print(_figures(outcome.metrics))
    out.print(f"run: {outcome.path}", highlight=False)


@evals_app.command("calibrate")
def calibrate_cmd(
    dataset: Dataset = DEFAULT_DATASET,
    split: Annotated[str, typer.Option("--split", help="Split to fit on.")] = "dev",
    jobs: Jobs = 1,
    output: Annotated[Path | None, typer.Option("--out", help="Calibration file.")] = None,
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
    json_out: Json = False,
) -> None:
    """Fit the confidence calibration (isotonic or Platt) on dev and save it."""
    from agent.classifiers.calibration import DEFAULT_PATH
    from agent.evals import metrics as metrics_mod
    from agent.evals.calibrate import fit, text_reliability
    from agent.evals.runner import regate
    from agent.evals.svg import reliability_chart

    options = _options("rules", dataset, split, jobs, runs_dir, calibrated=False,
                       name=f"calibrate-{split}")  # fmt: skip
    outcome = _evaluate(options, json_out, write=False)
    pool = metrics_mod.eligible(outcome.results)
    target = output or DEFAULT_PATH
    report = fit(
        [(r.raw_confidence, r.correct) for r in pool],
        {"dataset": str(dataset), "dataset_sha256": outcome.dataset.sha256, "split": split},
    )
    report.calibrator.save(target)
    results = regate(outcome.results, options.policy, report.calibrator)
    metrics = metrics_mod.compute(results)
    options.calibrator = report.calibrator
    path = rundir.create(runs_dir, options.name or "calibrate")
    config = {**outcome.config, "run": path.name, "calibration_version": report.calibrator.version}
    rundir.write(path, config, results, metrics)
    bins = {
        name: [(sum(c for c, _ in m) / len(m), sum(ok for _, ok in m) / len(m), len(m))
               for _, _, m in metrics_mod.reliability(pairs) if m]
        for name, pairs in (("raw", report.pairs_before), ("calibrated", report.pairs_after))
    }  # fmt: skip
    (path / "reliability.svg").write_text(reliability_chart("Reliability diagram", bins))
    summary = {**report.as_dict(), "file": str(target), "run": str(path)}
    if json_out:
        print_json(summary)
        return
    out.print(f"method {summary['method']} (cross-validated log-loss {summary['log_loss_cv']})")
    out.print(f"ECE before {report.ece_before}  after {report.ece_after} "
              f"(out-of-fold {report.ece_after_cv}) on {report.n} eligible drafts")  # fmt: skip
    for title, pairs in (("before", report.pairs_before), ("after", report.pairs_after)):
        out.print(f"\nreliability {title}:", highlight=False)
        for line in text_reliability(pairs):
            out.print(line, highlight=False, markup=False)
    out.print(f"\nsaved {target} (version {report.calibrator.version}); run: {path}")


@evals_app.command("tune")
def tune_cmd(
    target_precision: Annotated[float, typer.Option("--target-precision", min=0.0, max=1.0)],
    write: Annotated[bool, typer.Option("--write", help="Update the policy file.")] = False,
    policy_file: Annotated[Path, typer.Option("--policy", help="Policy file to tune.")] = Path(
        "evals/policy.toml"
    ),
    confidence: Annotated[float, typer.Option("--confidence", help="Of the bound.")] = 0.95,
    dataset: Dataset = DEFAULT_DATASET,
    split: Annotated[str, typer.Option("--split", help="Split to tune on.")] = "dev",
    jobs: Jobs = 1,
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
    json_out: Json = False,
) -> None:
    """Sweep thresholds per intent and action for coverage at a guaranteed precision."""
    import datetime as dt

    from agent.evals.tune import NOTE_PREFIX, tune, write_policy

    options = _options("rules", dataset, split, jobs, runs_dir, policy_path=policy_file,
                       name=f"tune-{split}")  # fmt: skip
    outcome = _evaluate(options, json_out, write=False)
    version = f"tuned-{dt.date.today().isoformat()}-p{target_precision}"
    result = tune(outcome.results, options.policy, target_precision, confidence, version)
    summary: dict[str, Any] = result.as_dict()
    if write:
        note = (f"{NOTE_PREFIX[2:]} `triage evals tune --target-precision {target_precision}` on "
                f"{split} ({outcome.dataset.sha256[:12]})")  # fmt: skip
        summary["diff"] = write_policy(policy_file, result.policy, note)
    if json_out:
        print_json(summary)
        return
    table = Table("band", "drafts", "auto", "why")
    for choice in result.choices:
        auto = "inherit" if choice.auto is None else f"{choice.auto:.4f}"
        table.add_row(f"{choice.kind}:{choice.key}", str(choice.n), auto, choice.reason)
    out.print(table)
    precision = "–" if result.precision is None else f"{result.precision:.3f}"
    out.print(f"auto-draft coverage {result.coverage:.3f} ({result.n_auto}/{result.n}), "
              f"precision {precision}, lower bound {result.lower:.3f} "
              f"(target {target_precision})")  # fmt: skip
    if write:
        out.print(summary["diff"] or "policy unchanged", highlight=False, markup=False)


@evals_app.command("compare")
def compare_cmd(
    run_a: Annotated[str, typer.Argument(help="Run directory (or its name, or 'latest').")],
    run_b: Annotated[str, typer.Argument(help="Run directory to compare with A.")],
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
    json_out: Json = False,
) -> None:
    """Metric deltas side by side and the examples that flipped."""
    from agent.evals.compare import compare

    settings()
    comparison = compare(rundir.load(run_a, runs_dir), rundir.load(run_b, runs_dir))
    if json_out:
        print_json(comparison.as_dict())
        return
    table = Table("metric", comparison.a, comparison.b, "delta")
    for d in comparison.deltas:
        mark = {True: "[green]", False: "[red]", None: ""}[d.better]
        table.add_row(d.metric, *("–" if v is None else f"{v:.4f}" for v in (d.a, d.b)),
                      f"{mark}{d.delta:+.4f}" if d.delta is not None else "–")  # fmt: skip
    out.print(table)
    for flip in comparison.flips:
        out.print(f"flipped {flip.id} {flip.field}: {flip.a} -> {flip.b}", highlight=False)


@evals_app.command("report")
def report_cmd(
    run: Annotated[str, typer.Argument(help="Run directory (or its name, or 'latest').")],
    output: Annotated[Path | None, typer.Option("--out", help="HTML file to write.")] = None,
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
) -> None:
    """Write one self-contained HTML report of a run."""
    from agent.evals.report import write_report

    settings()
    path = write_report(rundir.load(run, runs_dir), output)
    out.print(str(path), highlight=False)


@evals_app.command("gate")
def gate_cmd(
    baseline: Annotated[Path, typer.Option("--baseline")] = DEFAULT_BASELINE,
    run: Annotated[str | None, typer.Option("--run", help="Gate this run, not a new one.")] = None,
    dataset: Dataset = DEFAULT_DATASET,
    jobs: Jobs = 1,
    update: Annotated[bool, typer.Option("--update", help="Write the baseline.")] = False,
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
    json_out: Json = False,
) -> None:
    """Exit non-zero when a metric drops beyond its tolerance against the baseline."""
    from agent.evals.gate import Baseline, check, load_baseline, make_baseline
    from agent.evals.metrics import flatten

    known: Baseline | None = None if update and not baseline.exists() else load_baseline(baseline)
    if run is not None:
        settings()
        loaded = rundir.load(run, runs_dir)
        metrics, config = loaded.metrics, loaded.config
    else:
        split = known.split if known else "test"
        extractor: ExtractorKind = "rules"
        if known is not None and known.extractor in ("llm", "hybrid"):
            extractor = "llm" if known.extractor == "llm" else "hybrid"
        outcome = _evaluate(_options(extractor, dataset, split, jobs, runs_dir,
                                     name=f"gate-{split}"), json_out)  # fmt: skip
        metrics, config = outcome.metrics, outcome.config
    flat = flatten(metrics)
    if update:
        made = make_baseline(flat, config)
        baseline.write_text(json.dumps(made.model_dump(mode="json"), indent=2) + "\n")
        out.print(f"wrote {baseline} ({len(made.metrics)} metrics)", highlight=False)
        return
    assert known is not None
    verdicts = check(known, flat)
    failed = [v for v in verdicts if not v.passed]
    if json_out:
        print_json({"passed": not failed, "failed": [v.metric for v in failed],
                    "checks": [v.__dict__ | {"passed": v.passed} for v in verdicts]})  # fmt: skip
    else:
        for verdict in verdicts:
            out.print(verdict.line(), highlight=False, markup=False)
    if failed:
        console.print(f"gate failed: {', '.join(v.metric for v in failed)}", highlight=False)
        raise typer.Exit(1)


@evals_app.command("import-feedback")
def import_feedback_cmd(
    output: Annotated[Path, typer.Option("--out", help="JSONL to write.")] = Path(
        "evals/datasets/feedback.jsonl"
    ),
    split: Annotated[str, typer.Option("--split", help="Split of the new examples.")] = "dev",
    json_out: Json = False,
) -> None:
    """Turn planners' outcomes recorded from Odoo into a labelled dataset."""
    from agent.evals.feedback import import_feedback
    from agent.store.repository import Store

    loaded = settings()
    store = Store.open(loaded.store_url)
    try:
        report = import_feedback(store, output, split)
    finally:
        store.close()
    summary = {"out": str(output), "written": report.written, "skipped": report.skipped}
    if json_out:
        print_json(summary)
        return
    out.print(f"wrote {report.written} examples to {output}; skipped {report.skipped}")


@evals_app.command("risk")
def risk_cmd(
    sales: Annotated[Path | None, typer.Option("--sales", help="Daily sales CSV.")] = None,
    series: Annotated[int, typer.Option("--series", min=20)] = 200,
    days: Annotated[int, typer.Option("--days", min=140)] = 364,
    runs_dir: RunsDir = rundir.DEFAULT_RUNS_DIR,
    json_out: Json = False,
) -> None:
    """Run the stockout backtest and store it as an evals run."""
    from agent.evals.risk import EVAL_SEED, risk_metrics, run_risk

    settings()
    metrics = risk_metrics(run_risk(sales, series, days, EVAL_SEED))
    path = rundir.create(runs_dir, "risk")
    config = {"kind": "risk", "run": path.name, "sales": str(sales) if sales else "synthetic",
              "series": series, "days": days, "seed": EVAL_SEED,
              "models": rundir.model_versions(), "git_revision": rundir.git_revision()}  # fmt: skip
    rundir.write(path, config, [], metrics)
    if json_out:
        print_json(metrics)
        return
    table = Table("metric", "value")
    for key, value in metrics["overall"].items():
        table.add_row(key, f"{value:.4f}")
    out.print(table)
    out.print(f"run: {path}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``evals`` group."""
    app.add_typer(evals_app, name="evals")
