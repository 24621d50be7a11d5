"""SOURCE strings to mail sources: ``maildir:PATH``, ``imap://user@host:port/FOLDER``.

``imaps://`` is implicit TLS (port 993). ``imap://`` is STARTTLS (port 143) unless the query
or ``TRIAGE_IMAP_SECURITY`` says ``none`` (for a local test server). The password comes from
``TRIAGE_IMAP_PASSWORD`` (a password or an app password); a password in the URL is refused
so that it never lands in shell history or logs. Query options: ``security``, ``move_to``,
``observer``. ``maildir-ro:PATH`` reads a Maildir without changing it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from agent.config import Settings
from agent.errors import ConfigError
from agent.ingest.cursors import JsonFileCursorStore, UidCursorStore
from agent.ingest.maildir import MaildirSource
from agent.ingest.sources import MailSource

_TRUE = {"1", "true", "yes", "on"}


def open_source(
    spec: str, settings: Settings, *, cursor_store: UidCursorStore | None = None
) -> MailSource:
    """Build the source a SOURCE string names.

    Args:
        spec: ``maildir:PATH``, ``maildir-ro:PATH``, ``imap://...`` or ``imaps://...``.
        settings: For the IMAP password and defaults (folder, move-to, observer, polling).
        cursor_store: Where IMAP cursors live; a JSON file in the data directory otherwise.

    Raises:
        ConfigError: The string cannot be understood or a credential is missing.
    """
    if spec.startswith("maildir:"):
        return MaildirSource(Path(spec.removeprefix("maildir:")).expanduser(), create=True)
    if spec.startswith("maildir-ro:"):
        return MaildirSource(Path(spec.removeprefix("maildir-ro:")).expanduser(), read_only=True)
    if spec.startswith(("imap://", "imaps://")):
        return _imap(spec, settings, cursor_store)
    raise ConfigError(
        f"unknown mail source {spec!r}: use maildir:PATH, imaps://user@host:993/INBOX "
        "or imap://user@host:143/INBOX"
    )


def _imap(spec: str, settings: Settings, cursor_store: UidCursorStore | None) -> MailSource:
    from agent.ingest.imap import ImapSource, Security

    url = urlsplit(spec)
    query = {k: v[-1] for k, v in parse_qs(url.query).items()}
    if url.password:
        raise ConfigError("put the IMAP password in TRIAGE_IMAP_PASSWORD, not in the source URL")
    imap = settings.imap
    user = unquote(url.username) if url.username else imap.user
    host = url.hostname or imap.host
    if not user or not host:
        raise ConfigError(f"{spec!r}: say the user and host, e.g. imaps://buyer@mail.example.com")
    if imap.password is None:
        raise ConfigError("set TRIAGE_IMAP_PASSWORD (a password or an app password)")
    security: Security
    if url.scheme == "imaps":
        security = "tls"
    else:
        wanted = query.get("security") or (imap.security if imap.security != "tls" else "starttls")
        if wanted not in ("starttls", "none", "tls"):
            raise ConfigError(f"{spec!r}: security must be tls, starttls or none")
        security = "none" if wanted == "none" else "tls" if wanted == "tls" else "starttls"
    try:
        port = url.port
    except ValueError as exc:
        raise ConfigError(f"{spec!r}: bad port") from exc
    folder = unquote(url.path.lstrip("/")) or imap.folder
    store = cursor_store or JsonFileCursorStore(settings.data_dir / "imap-cursors.json")
    return ImapSource(
        host,
        user,
        imap.password,
        port=port or (993 if security == "tls" else 143),
        security=security,
        folder=folder,
        move_to=query.get("move_to") or imap.move_to,
        observer=query.get("observer", str(imap.observer)).lower() in _TRUE,
        cursor_store=store,
        poll_seconds=imap.poll_seconds,
    )
