"""Versioned model files: a joblib payload beside a JSON card with version and schema.

``save_model`` writes ``NAME.joblib`` and ``NAME.json``; ``load_model`` reads them back and
refuses a file whose feature schema is not the one the code computes, so a model trained on
other columns can never score silently wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import joblib
import sklearn

from agent.errors import TriageError

log = logging.getLogger(__name__)


class ModelFileError(TriageError):
    """A model file that is missing, corrupt, or made for another feature schema."""

    exit_code = 3


def card_path(path: Path) -> Path:
    """The JSON card that goes with a ``.joblib`` file."""
    return path.with_suffix(".json")


def save_model(
    model: Any,
    path: Path,
    *,
    version: str,
    feature_schema: tuple[str, ...] | list[str],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Persist ``model`` with its version and feature schema; return the card written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"model": model, "version": version, "feature_schema": list(feature_schema)}
    joblib.dump(payload, path, compress=3)
    card = {
        "version": version,
        "feature_schema": list(feature_schema),
        "estimator": type(model).__name__,
        "sklearn_version": sklearn.__version__,
        "trained_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        **(extra or {}),
    }
    card_path(path).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    log.info("saved model %s to %s", version, path)
    return card


def load_model(
    path: Path, feature_schema: tuple[str, ...] | list[str]
) -> tuple[Any, dict[str, Any]]:
    """Load a model saved by ``save_model``.

    Raises:
        ModelFileError: when a file is missing or unreadable, when its checksum does not
            match its card, or when its feature schema differs from ``feature_schema``.
    """
    card_file = card_path(path)
    if not path.exists() or not card_file.exists():
        raise ModelFileError(f"model file {path} or its card {card_file.name} is missing")
    try:
        card = json.loads(card_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelFileError(f"model card {card_file} is unreadable: {exc}") from exc
    expected = list(feature_schema)
    if card.get("feature_schema") != expected:
        raise ModelFileError(
            f"{path.name} was trained on features {card.get('feature_schema')}, "
            f"this code computes {expected}; retrain with `triage risk train`"
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if card.get("sha256") != digest:
        raise ModelFileError(f"{path.name} does not match the checksum in its card")
    try:
        payload = joblib.load(path)
    except Exception as exc:  # joblib raises many kinds on a corrupt file
        raise ModelFileError(f"{path.name} cannot be loaded: {exc}") from exc
    if not isinstance(payload, dict) or payload.get("feature_schema") != expected:
        raise ModelFileError(f"{path.name} holds a model for another feature schema")
    return payload["model"], card
