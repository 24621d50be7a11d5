"""Locate and load the recorded real Odoo 17 transcripts."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ENV_VAR = "TRIAGE_ODOO_REAL_DIR"


def transcripts_dir() -> Path | None:
    """Return the ``odoo-real`` folder (holding ``transcripts/``), or None when absent."""
    override = os.environ.get(ENV_VAR)
    candidates = [Path(override)] if override else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared" / "odoo-real")
    for candidate in candidates:
        if (candidate / "transcripts").is_dir():
            return candidate
    return None


def transcript_files() -> list[Path]:
    """Every transcript file, sorted by name; empty when the folder is absent."""
    folder = transcripts_dir()
    if folder is None:
        return []
    return sorted((folder / "transcripts").glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    """Parse one transcript file."""
    data: dict[str, Any] = json.loads(path.read_text())
    return data
