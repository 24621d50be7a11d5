"""One evaluation from options to a run directory, shared by run, calibrate, tune and gate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.classifiers.base import Calibrator
from agent.config import LLMSettings
from agent.errors import ConfigError
from agent.evals import metrics as metrics_mod
from agent.evals import rundir
from agent.evals.dataset import DEFAULT_DATASET, Dataset, load_dataset
from agent.evals.results import ExampleResult
from agent.evals.runner import ExtractorKind, RunSpec, run_examples
from agent.policy import Policy


@dataclass
class EvalOptions:
    """What to evaluate and how."""

    extractor: ExtractorKind = "rules"
    dataset: Path = DEFAULT_DATASET
    split: str = "dev"
    jobs: int = 1
    policy: Policy = field(default_factory=Policy)
    policy_path: Path | None = None
    calibrator: Calibrator | None = None
    llm: LLMSettings = field(default_factory=LLMSettings)
    runs_dir: Path = rundir.DEFAULT_RUNS_DIR
    name: str | None = None


@dataclass
class EvalOutcome:
    """Results, metrics and where they were written."""

    path: Path
    config: dict[str, Any]
    results: list[ExampleResult]
    metrics: dict[str, Any]
    dataset: Dataset


def load(options: EvalOptions) -> Dataset:
    """The whole dataset (every split: the in-memory Odoo knows every order)."""
    try:
        return load_dataset(options.dataset)
    except FileNotFoundError as exc:
        raise ConfigError(f"no dataset at {options.dataset}; pass --dataset PATH") from exc


def config_of(options: EvalOptions, dataset: Dataset, n: int) -> dict[str, Any]:
    """The ``config.json`` of a run."""
    return {
        "name": options.name,
        "extractor": options.extractor,
        "dataset": str(options.dataset),
        "dataset_sha256": dataset.sha256,
        "dataset_errors": dataset.errors,
        "split": options.split,
        "n": n,
        "jobs": options.jobs,
        "policy_file": str(options.policy_path) if options.policy_path else None,
        "policy_version": options.policy.version,
        "policy": options.policy.model_dump(mode="json"),
        "calibration_version": options.calibrator.version if options.calibrator else None,
        "llm_model": options.llm.model if options.extractor != "rules" else None,
        "prompts": rundir.prompt_versions(),
        "models": rundir.model_versions(),
        "git_revision": rundir.git_revision(),
        "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def evaluate(
    options: EvalOptions,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[ExampleResult], None] | None = None,
    write: bool = True,
) -> EvalOutcome:
    """Run the split, compute the metrics and (with ``write``) store the run directory."""
    dataset = load(options)
    chosen = [e for e in dataset.examples if e.split == options.split]
    if not chosen:
        raise ConfigError(f"{options.dataset}: no examples in split {options.split!r}")
    if on_start is not None:
        on_start(len(chosen))
    spec = RunSpec(
        extractor=options.extractor,
        llm=options.llm,
        policy=options.policy,
        calibrator=options.calibrator,
        universe=tuple(dataset.examples),
    )
    results = run_examples(spec, chosen, jobs=options.jobs, on_result=on_result)
    metrics = metrics_mod.compute(results)
    config = config_of(options, dataset, len(chosen))
    name = options.name or f"{options.extractor}-{options.split}"
    path = Path()
    if write:
        path = rundir.create(options.runs_dir, name)
        config["run"] = path.name
        rundir.write(path, config, results, metrics)
    return EvalOutcome(path=path, config=config, results=results, metrics=metrics, dataset=dataset)
