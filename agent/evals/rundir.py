"""Run directories: ``evals/runs/<timestamp>-<name>/`` with everything a run depends on.

Files: ``config.json`` (extractor, dataset and its hash, split, policy, calibration,
prompt and model versions, git revision), ``results.jsonl`` (one
:class:`~agent.evals.results.ExampleResult` per example, with its diffs against the
labels) and ``metrics.json``. ``compare``, ``report`` and ``gate`` read them back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.errors import ConfigError
from agent.evals.results import ExampleResult

DEFAULT_RUNS_DIR = Path("evals/runs")
PROMPTS_DIR = Path(__file__).resolve().parent.parent.parent / "prompts"
_VERSION_LINE = re.compile(r"^(id|version):\s*['\"]?([^'\"\n]+)", re.M)


@dataclass(frozen=True)
class Run:
    """A run read back from its directory."""

    path: Path
    config: dict[str, Any]
    results: list[ExampleResult]
    metrics: dict[str, Any]

    @property
    def name(self) -> str:
        """The directory's name."""
        return self.path.name


def git_revision(cwd: Path | None = None) -> str:
    """``HEAD``'s commit, with ``+dirty`` when the tree has changes; ``unknown`` outside git."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def prompt_versions(directory: Path = PROMPTS_DIR) -> dict[str, str]:
    """``id -> version`` of every prompt file (front matter or top-level keys)."""
    found: dict[str, str] = {}
    for path in sorted(directory.glob("*")) if directory.is_dir() else []:
        if path.suffix not in (".yaml", ".yml", ".md"):
            continue
        head = path.read_text(encoding="utf-8")[:2000]
        keys = dict(_VERSION_LINE.findall(head))
        found[keys.get("id", path.stem).strip()] = keys.get("version", "unversioned").strip()
    return found


def model_versions() -> dict[str, str | None]:
    """Versions of the learned models an eval run depends on."""
    from agent.classifiers import intent_model
    from agent.classifiers.calibration import load_default

    calibrator = load_default()
    return {
        "intent": intent_model.MODEL_VERSION,
        "calibration": calibrator.version if calibrator else None,
    }


def create(runs_dir: Path, name: str, now: dt.datetime | None = None) -> Path:
    """A new, empty run directory named by time and ``name``."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "run"
    path = runs_dir / f"{stamp}-{slug}"
    suffix = 1
    while path.exists():
        suffix += 1
        path = runs_dir / f"{stamp}-{slug}-{suffix}"
    path.mkdir(parents=True)
    return path


def write(
    path: Path,
    config: dict[str, Any],
    results: Sequence[ExampleResult],
    metrics: dict[str, Any],
) -> None:
    """Write the three files of a run."""
    (path / "config.json").write_text(json.dumps(config, indent=2, default=str) + "\n")
    with (path / "results.jsonl").open("w", encoding="utf-8") as handle:
        for result in results:
            handle.write(result.model_dump_json() + "\n")
    (path / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")


def resolve(ref: str | Path, runs_dir: Path = DEFAULT_RUNS_DIR) -> Path:
    """A run directory from a path, a directory name under ``runs_dir``, or ``latest``."""
    candidate = Path(ref)
    if candidate.is_dir():
        return candidate
    if str(ref) == "latest":
        runs = sorted(p for p in runs_dir.glob("*") if (p / "metrics.json").exists())
        if runs:
            return runs[-1]
    elif (runs_dir / str(ref)).is_dir():
        return runs_dir / str(ref)
    raise ConfigError(f"no run directory {ref!s} (looked in {runs_dir})")


def load(ref: str | Path, runs_dir: Path = DEFAULT_RUNS_DIR) -> Run:
    """Read a run back; ``ConfigError`` when a file is missing or broken."""
    path = resolve(ref, runs_dir)
    try:
        config = json.loads((path / "config.json").read_text())
        metrics = json.loads((path / "metrics.json").read_text())
        results = [
            ExampleResult.model_validate_json(line)
            for line in (path / "results.jsonl").read_text().splitlines()
            if line.strip()
        ]
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a complete run directory: {exc}") from exc
    return Run(path=path, config=config, results=results, metrics=metrics)
