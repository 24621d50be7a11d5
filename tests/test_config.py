from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.config import describe_settings, load_settings
from agent.errors import ConfigError


def test_env_prefix_and_nested_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_ODOO_URL", "https://erp.example.com/")
    monkeypatch.setenv("TRIAGE_ODOO_DB", "prod")
    monkeypatch.setenv("TRIAGE_ODOO_LOGIN", "bot")
    monkeypatch.setenv("TRIAGE_ODOO_PASSWORD", "s3cret")
    monkeypatch.setenv("TRIAGE_ODOO_FALLBACK_USER", "lead")
    monkeypatch.setenv("TRIAGE_DATABASE_URL", "postgresql://x@h/db")
    settings = load_settings()
    assert settings.odoo.url == "https://erp.example.com"
    assert settings.odoo.fallback_user == "lead"
    assert settings.odoo.password is not None
    assert settings.odoo.password.get_secret_value() == "s3cret"
    assert settings.store_url == "postgresql://x@h/db"


def test_toml_file_and_env_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "triage.toml"
    config.write_text('week_weekday = 3\n[thresholds]\nauto = 0.9\nreview = 0.6\n')
    monkeypatch.setenv("TRIAGE_CONFIG", str(config))
    monkeypatch.setenv("TRIAGE_THRESHOLDS_REVIEW", "0.4")
    settings = load_settings()
    assert settings.week_weekday == 3
    assert settings.thresholds.auto == 0.9
    assert settings.thresholds.review == 0.4
    sources = {key: source for key, _, source in describe_settings(settings)}
    assert sources["week_weekday"] == f"file {config}"
    assert sources["thresholds.review"] == "env TRIAGE_THRESHOLDS_REVIEW"
    assert sources["timezone"] == "default"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TRIAGE_ODOO_URL": "erp.example.com"}, "must start with http"),
        ({"TRIAGE_ODOO_URL": "https://erp.example.com"}, "TRIAGE_ODOO_DB"),
        ({"TRIAGE_THRESHOLDS_AUTO": "0.3"}, "must not exceed"),
        ({"TRIAGE_IMAP_PORT": "99999"}, "imap.port"),
    ],
)
def test_nonsense_is_refused_with_a_fix(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError, match=message):
        load_settings()


def test_config_show_masks_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_LLM_API_KEY", "sk-very-secret")
    result = CliRunner().invoke(app, ["config", "show", "--json"])
    assert result.exit_code == 0, result.output
    assert "sk-very-secret" not in result.output
    shown = '"llm.api_key": {"value": "********", "source": "env TRIAGE_LLM_API_KEY"}'
    assert shown in result.output
