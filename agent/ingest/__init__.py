"""Email ingest: mailbox sources, MIME parsing and cleaning, sender trust.

``ImapSource`` lives in :mod:`agent.ingest.imap` and is not re-exported, so importing this
package never imports ``imaplib``; :func:`open_source` loads it when a SOURCE asks for it.
"""

from agent.ingest.cursors import JsonFileCursorStore, MemoryCursorStore, UidCursor, UidCursorStore
from agent.ingest.intake import ingest_raw
from agent.ingest.limits import DEFAULT_LIMITS, Limits
from agent.ingest.maildir import MaildirSource
from agent.ingest.mime import attachment_sections, content_hash, parse_email
from agent.ingest.sources import MailItem, MailSource, SourceStatus
from agent.ingest.spec import open_source
from agent.ingest.trust import VendorDirectory, assess_sender, sender_keys

__all__ = [
    "DEFAULT_LIMITS",
    "JsonFileCursorStore",
    "Limits",
    "MailItem",
    "MailSource",
    "MaildirSource",
    "MemoryCursorStore",
    "SourceStatus",
    "UidCursor",
    "UidCursorStore",
    "VendorDirectory",
    "assess_sender",
    "attachment_sections",
    "content_hash",
    "ingest_raw",
    "open_source",
    "parse_email",
    "sender_keys",
]
