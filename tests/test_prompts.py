from __future__ import annotations

from pathlib import Path

import pytest

from agent.errors import ConfigError
from agent.prompts import load_prompt


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "p.yaml").write_text(text)
    return tmp_path


def test_bundled_recommendation_templates_load() -> None:
    prompt = load_prompt("recommendation")
    assert prompt.ref == "recommendation@2"
    assert prompt.templates is not None and "expedite" in prompt.templates


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    directory = _write(tmp_path, "id: p\nversion: '1'\nvariables: []\ntemplate: hi\nmodel: x\n")
    with pytest.raises(ConfigError, match="Extra inputs"):
        load_prompt("p", directory)


def test_undeclared_placeholder_is_rejected(tmp_path: Path) -> None:
    directory = _write(tmp_path, "id: p\nversion: '1'\nvariables: [a]\ntemplate: '{a} {b}'\n")
    with pytest.raises(ConfigError, match="undeclared"):
        load_prompt("p", directory)


def test_unfilled_variable_fails_rendering(tmp_path: Path) -> None:
    directory = _write(tmp_path, "id: p\nversion: '2'\nvariables: [a, b]\ntemplate: '{a} {b}'\n")
    prompt = load_prompt("p", directory)
    assert prompt.render(a="x", b="y") == "x y"
    with pytest.raises(ConfigError, match="unfilled"):
        prompt.render(a="x")
