"""Prompt and text templates as versioned files in ``prompts/``.

A file is YAML with ``id``, ``version``, ``description``, ``variables`` and either
``template`` (one text) or ``templates`` (named texts, each a mapping of parts). The loader
rejects unknown keys, placeholders that are not declared, and rendering with a declared
variable missing, so a typo fails at load time instead of reaching a planner.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from agent.errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


class PromptFile(BaseModel):
    """One validated prompt or template file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    version: str
    description: str = ""
    variables: list[str]
    template: str | None = None
    templates: dict[str, dict[str, str]] | None = None

    @model_validator(mode="after")
    def _declared(self) -> PromptFile:
        if (self.template is None) == (self.templates is None):
            raise ValueError("exactly one of 'template' and 'templates' is required")
        declared = set(self.variables)
        for name, text in self._texts():
            used = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            undeclared = {u.split(".")[0].split("[")[0] for u in used} - declared
            if undeclared:
                raise ValueError(f"{name} uses undeclared variables: {sorted(undeclared)}")
        return self

    def _texts(self) -> list[tuple[str, str]]:
        if self.template is not None:
            return [("template", self.template)]
        assert self.templates is not None
        return [
            (f"templates.{key}.{part}", text)
            for key, parts in self.templates.items()
            for part, text in parts.items()
        ]

    def render(self, name: str | None = None, part: str | None = None, **values: Any) -> str:
        """Fill a template; every placeholder it uses must be given."""
        if name is None:
            text = self.template or ""
        else:
            if not self.templates or name not in self.templates:
                raise ConfigError(f"prompt {self.id} has no template {name!r}")
            text = self.templates[name][part or "body"]
        used = {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(text) if f}
        missing = used - set(values)
        if missing:
            raise ConfigError(f"prompt {self.id}: unfilled variables {sorted(missing)}")
        return text.format(**values)

    @property
    def ref(self) -> str:
        """``id@version``, stored with every result the prompt produced."""
        return f"{self.id}@{self.version}"


@lru_cache(maxsize=64)
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> PromptFile:
    """Load and validate ``prompts/NAME.yaml``."""
    path = directory / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"prompt file not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return PromptFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {exc.errors()[0]['msg']}") from exc
