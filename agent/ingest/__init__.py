"""Email ingest: mailbox sources, MIME parsing and cleaning, sender trust."""

from agent.ingest.intake import ingest_raw
from agent.ingest.limits import DEFAULT_LIMITS, Limits
from agent.ingest.maildir import MaildirSource
from agent.ingest.mime import attachment_sections, content_hash, parse_email
from agent.ingest.sources import MailItem, MailSource, SourceStatus
from agent.ingest.trust import VendorDirectory, assess_sender, sender_keys

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "MailItem",
    "MailSource",
    "MaildirSource",
    "SourceStatus",
    "VendorDirectory",
    "assess_sender",
    "attachment_sections",
    "content_hash",
    "ingest_raw",
    "parse_email",
    "sender_keys",
]
