"""Settings: environment variables prefixed ``TRIAGE_``, an optional TOML file, defaults.

Groups are small frozen models; ``TRIAGE_ODOO_URL`` fills ``odoo.url``. The TOML file is
``triage.toml`` in the working directory, or the path in ``TRIAGE_CONFIG``. Environment
variables win over the file, the file over defaults. Credentials are ``SecretStr`` and are
never printed; :func:`describe_settings` masks them and says where each value came from.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

ENV_PREFIX = "TRIAGE_"
DEFAULT_CONFIG_FILE = "triage.toml"


class _Group(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class OdooSettings(_Group):
    """Where Odoo is and how to log in. No URL means the bundled scenario."""

    url: str | None = None
    db: str | None = None
    login: str | None = None
    password: SecretStr | None = None
    timeout: float = Field(default=30.0, gt=0)
    transport: Literal["auto", "jsonrpc", "json2"] = "auto"
    activity_type: str = "mail.mail_activity_data_todo"
    fallback_user: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(
                "TRIAGE_ODOO_URL must start with http:// or https://, e.g. https://erp.example.com"
            )
        return value.rstrip("/") if value else value

    @model_validator(mode="after")
    def _complete(self) -> OdooSettings:
        if self.url and not (self.db and self.login and self.password):
            raise ValueError(
                "TRIAGE_ODOO_URL is set, so TRIAGE_ODOO_DB, TRIAGE_ODOO_LOGIN and "
                "TRIAGE_ODOO_PASSWORD (a password or an API key) must be set too"
            )
        return self


class ImapSettings(_Group):
    """The shared purchasing mailbox."""

    host: str | None = None
    port: int = Field(default=993, gt=0, lt=65536)
    user: str | None = None
    password: SecretStr | None = None
    security: Literal["tls", "starttls", "none"] = "tls"
    folder: str = "INBOX"
    move_to: str | None = None
    observer: bool = False
    poll_seconds: float = Field(default=60.0, gt=0)


class LLMSettings(_Group):
    """An OpenAI-compatible endpoint. No base URL and no key means the deterministic path."""

    base_url: str | None = None
    model: str = "gpt-4o-mini"
    api_key: SecretStr | None = None
    mode: Literal["hybrid", "always", "off"] = "hybrid"
    timeout: float = Field(default=30.0, gt=0)
    max_concurrency: int = Field(default=8, gt=0)
    requests_per_minute: int = Field(default=600, gt=0)
    cost_per_1k_input: float = 0.00015
    cost_per_1k_output: float = 0.0006
    structured_output: Literal["json_schema", "function_calling"] = "json_schema"
    max_retries: int = Field(default=3, ge=0, le=10)
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=20.0, ge=0)
    breaker_failures: int = Field(default=5, gt=0)
    breaker_cooldown: float = Field(default=30.0, ge=0)
    min_rules_confidence: float = Field(default=0.7, ge=0, le=1)
    agent_max_steps: int = Field(default=6, gt=0)
    agent_max_tokens: int = Field(default=20_000, gt=0)

    @property
    def configured(self) -> bool:
        """Whether an endpoint is set at all."""
        return bool(self.base_url or self.api_key)


class Thresholds(_Group):
    """Default gate thresholds on calibrated confidence (the policy file refines them)."""

    auto: float = Field(default=0.8, ge=0, le=1)
    review: float = Field(default=0.5, ge=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.review > self.auto:
            raise ValueError(
                f"thresholds.review ({self.review}) must not exceed thresholds.auto ({self.auto})"
            )
        return self


class DigestSettings(_Group):
    """The morning digest: when, for whom, where it is posted and how it is mailed."""

    time: str = "07:30"
    recipients: list[str] = Field(default_factory=list)
    res_model: str | None = None
    res_id: int | None = None
    smtp_host: str | None = None
    smtp_port: int = Field(default=25, gt=0, lt=65536)
    smtp_from: str = "triage@localhost"
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None


class ApiSettings(_Group):
    """The HTTP service and its background workers (``triage serve`` / ``triage worker``).

    ``cors_origins`` empty means CORS stays off. ``webhook_secret`` unset disables the
    inbound-email webhook. ``mailbox`` is a SOURCE string (``maildir:PATH``, ``imaps://...``)
    that the workers poll; none means mail arrives only over HTTP or ``triage ingest``.
    ``odoo_retry_seconds`` is how often emails that wait for Odoo are tried again.
    ``key_cache_seconds`` is how long a verified API key is trusted without reading the
    store (a key revoked by another process is refused within it; 0 reads every time).
    """

    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    rate_limit_per_minute: int = Field(default=600, gt=0)
    rate_limit_burst: int = Field(default=60, gt=0)
    key_cache_seconds: float = Field(default=5.0, ge=0)
    webhook_secret: SecretStr | None = None
    webhook_tolerance_seconds: int = Field(default=300, gt=0)
    session_hours: float = Field(default=12.0, gt=0)
    workers: bool = True
    worker_batch: int = Field(default=20, gt=0)
    lease_seconds: float = Field(default=60.0, gt=0)
    poll_seconds: float = Field(default=1.0, gt=0)
    followup_seconds: float = Field(default=300.0, gt=0)
    scan_seconds: float = Field(default=900.0, gt=0)
    odoo_retry_seconds: float = Field(default=60.0, gt=0)
    mailbox: str | None = None
    max_job_attempts: int = Field(default=5, gt=0)

    @field_validator("cors_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        bad = [o for o in value if o != "*" and not o.startswith(("http://", "https://"))]
        if bad:
            raise ValueError(
                f"TRIAGE_API_CORS_ORIGINS entries must be http(s) origins, not {bad}; "
                "e.g. TRIAGE_API_CORS_ORIGINS='[\"https://planner.example.com\"]'"
            )
        return value


class Settings(BaseSettings):
    """All settings of the service."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="_",
        env_nested_max_split=1,
        extra="ignore",
        frozen=True,
    )

    data_dir: Path = Path(".triage")
    database_url: str | None = None
    policy_file: Path | None = None
    timezone: str = "Europe/Berlin"
    week_weekday: int = Field(default=0, ge=0, le=6)
    triage_lead: str | None = None
    escalation_user: str | None = None
    scan_ack_days: int = Field(default=3, ge=0)
    scan_lookback_days: int = Field(default=120, gt=0)
    secret_key: SecretStr | None = None
    public_url: str = "http://127.0.0.1:8000"
    log_json: bool = False
    odoo: OdooSettings = OdooSettings()
    imap: ImapSettings = ImapSettings()
    llm: LLMSettings = LLMSettings()
    thresholds: Thresholds = Thresholds()
    api: ApiSettings = ApiSettings()
    digest: DigestSettings = DigestSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Init arguments, then environment, then the TOML file."""
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=config_file()),
        )

    @property
    def store_url(self) -> str:
        """The SQLAlchemy URL: the setting, or a SQLite file in the data directory."""
        return self.database_url or f"sqlite:///{self.data_dir / 'triage.db'}"


def config_file() -> Path | None:
    """The TOML file in use, if any."""
    path = Path(os.environ.get(f"{ENV_PREFIX}CONFIG", DEFAULT_CONFIG_FILE))
    return path if path.is_file() else None


def load_settings(**overrides: Any) -> Settings:
    """Build settings; raises ``ConfigError`` with a readable message on nonsense."""
    from pydantic import ValidationError

    from agent.errors import ConfigError

    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config_file()}: not valid TOML: {exc}") from exc


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, BaseModel):
        out: dict[str, Any] = {}
        for name in type(value).model_fields:
            out.update(_flatten(getattr(value, name), f"{prefix}{name}."))
        return out
    return {prefix.rstrip("."): value}


def describe_settings(settings: Settings) -> list[tuple[str, str, str]]:
    """Rows of (setting, value with secrets masked, source) for ``triage config show``."""
    file = config_file()
    file_data: dict[str, Any] = {}
    if file is not None:
        file_data = _flatten_dict(tomllib.loads(file.read_text(encoding="utf-8")))
    environ = {k.upper(): v for k, v in os.environ.items()}
    rows = []
    for key, value in _flatten(settings).items():
        env_name = ENV_PREFIX + key.replace(".", "_").upper()
        if env_name in environ:
            source = f"env {env_name}"
        elif key in file_data:
            source = f"file {file}"
        else:
            source = "default"
        if isinstance(value, SecretStr):
            shown = "********" if value.get_secret_value() else ""
        elif value is None:
            shown = ""
        else:
            shown = str(value)
        rows.append((key, shown, source))
    return rows


def _flatten_dict(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_flatten_dict(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out
