"""The exception family. Context is added once, where a library's error is converted."""

from __future__ import annotations


class TriageError(Exception):
    """Root of every error the service raises on purpose."""

    exit_code = 1


class ConfigError(TriageError):
    """Settings or a policy file that cannot work; the message says how to fix it."""

    exit_code = 2


class OdooError(TriageError):
    """Odoo refused or failed a call."""

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        method: str | None = None,
        odoo_name: str | None = None,
        retryable: bool = False,
    ) -> None:
        """Keep what was called and Odoo's own exception name (``odoo.exceptions.AccessError``)."""
        super().__init__(message)
        self.model = model
        self.method = method
        self.odoo_name = odoo_name
        self.retryable = retryable

    def __str__(self) -> str:
        """One line: what was called, then why it failed."""
        where = ".".join(p for p in (self.model, self.method) if p)
        return f"{where}: {self.args[0]}" if where else str(self.args[0])


class OdooUnavailable(OdooError):
    """Odoo cannot be reached right now (network, 5xx, timeout); worth retrying."""

    def __init__(self, message: str, **kwargs: object) -> None:
        """Always retryable."""
        super().__init__(message, retryable=True, **kwargs)  # type: ignore[arg-type]


class OdooUnreachable(OdooUnavailable):
    """No connection to Odoo at all (refused, no route, name unknown): nothing was sent.

    The outbox keeps such writes however long the outage lasts; only answers from Odoo
    count toward the dead letters.
    """


class MailboxError(TriageError):
    """The mailbox cannot be read or updated."""


class ParseError(TriageError):
    """A message that cannot be taken in; ``reason`` is a short code counted in reports."""

    def __init__(self, reason: str, message: str) -> None:
        """Keep a short machine reason beside the human message."""
        super().__init__(message)
        self.reason = reason


class ExtractionError(TriageError):
    """Extraction failed for one email."""


class ModelUnavailable(ExtractionError):
    """The language model endpoint is failing; the hybrid extractor falls back on this."""


class ExtractionInvalid(ExtractionError):
    """The language model answered something that is not a valid extraction."""


class PolicyError(TriageError):
    """A policy that cannot be applied."""


class ApprovalError(TriageError):
    """An approval link or request that must change nothing (expired, replayed, tampered)."""
