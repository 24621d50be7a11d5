"""Attachment text: PDF acknowledgements, CSV and XLSX line tables; the rest by name only.

Attachment files come from strangers, so every reader here is capped (bytes in, pages,
rows, characters out, unzipped size of XLSX) and turns a reader's failure into a note on
the :class:`agent.models.Attachment` instead of an error for the message.
"""

from __future__ import annotations

import csv
import io
import logging
import warnings
import zipfile
from collections.abc import Iterable

from agent.ingest.limits import Limits
from agent.models import Attachment

logger = logging.getLogger(__name__)

_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
_CSV_TYPES = frozenset({"text/csv", "text/comma-separated-values", "application/csv"})
_XLSX_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel.sheet.macroenabled.12",
    }
)
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
_TEXT_TYPES = frozenset({"text/plain", "text/tab-separated-values"})


def kind_of(filename: str, content_type: str, payload: bytes) -> str:
    """Classify an attachment as ``pdf``, ``csv``, ``xlsx``, ``text``, ``tnef`` or ``other``.

    The declared type wins; a generic type (``application/octet-stream``) falls back to
    the file name's extension and, for PDF, the ``%PDF`` magic.
    """
    name = filename.lower()
    if content_type in _TNEF_TYPES or name == "winmail.dat":
        return "tnef"
    if content_type in _PDF_TYPES or name.endswith(".pdf") or payload[:5] == b"%PDF-":
        return "pdf"
    if content_type in _XLSX_TYPES or name.endswith((".xlsx", ".xlsm")):
        return "xlsx"
    if content_type in _CSV_TYPES or name.endswith(".csv"):
        return "csv"
    if content_type in _TEXT_TYPES or name.endswith((".txt", ".tsv")):
        return "text"
    return "other"


def read_attachment(
    filename: str, content_type: str, payload: bytes, limits: Limits, *, budget: int
) -> Attachment:
    """Build the attachment record, with its text when it is a kind we read.

    Args:
        filename: The part's file name (may be empty).
        content_type: The declared MIME type, lower-case.
        payload: The decoded bytes.
        limits: Caps on input bytes, pages, rows and text length.
        budget: Characters of attachment text still allowed for this message.

    Returns:
        The attachment with ``text`` (capped) or a ``note`` saying why there is none.
    """
    size = len(payload)
    kind = kind_of(filename, content_type, payload)
    base = {"filename": filename, "content_type": content_type, "size": size}
    if kind == "other":
        return Attachment(**base)
    if kind == "tnef":
        return Attachment(**base, note="winmail.dat (TNEF) is not decoded")
    if size > limits.max_attachment_bytes:
        return Attachment(**base, note=f"not read: {size} bytes is over the attachment cap")
    cap = min(limits.max_attachment_text_chars, budget)
    if cap <= 0:
        return Attachment(**base, note="not read: attachment text budget used up")
    try:
        if kind == "pdf":
            text, note = _pdf_text(payload, limits)
        elif kind == "xlsx":
            text, note = _xlsx_text(payload, limits)
        elif kind == "csv":
            text, note = _csv_text(payload, limits)
        else:
            text, note = _decode(payload)[0], None
    # Readers of hostile files raise nearly anything (pypdf and openpyxl included); one
    # unreadable attachment must never stop the message, so it becomes a note.
    except Exception as exc:
        logger.info("attachment %r (%s) unreadable: %s", filename, kind, exc)
        return Attachment(**base, note=f"unreadable {kind}: {type(exc).__name__}")
    if len(text) > cap:
        text = text[:cap]
        note = (note + "; " if note else "") + f"text cut at {cap} characters"
    return Attachment(**base, text=text, note=note)


def _decode(payload: bytes) -> tuple[str, str | None]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return payload.decode(encoding), None
        except UnicodeDecodeError:
            continue
    return payload.decode("latin-1"), "decoded as latin-1"


def _pdf_text(payload: bytes, limits: Limits) -> tuple[str, str | None]:
    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(payload), strict=False)
        if reader.is_encrypted:
            return "", "encrypted PDF"
        pages = reader.pages
        count = len(pages)
        texts = [pages[i].extract_text() or "" for i in range(min(count, limits.max_pdf_pages))]
    note = (
        f"only the first {limits.max_pdf_pages} of {count} pages read"
        if (count > limits.max_pdf_pages)
        else None
    )
    text = "\n".join(t.strip() for t in texts if t.strip())
    if not text:
        note = (note + "; " if note else "") + "no text layer (scanned?)"
    return text, note


def _rows_text(rows: Iterable[Iterable[object]], max_rows: int) -> tuple[list[str], bool]:
    lines: list[str] = []
    for row in rows:
        cells = ["" if cell is None else str(cell).strip() for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if len(lines) >= max_rows:
            return lines, True
        lines.append(" | ".join(cells))
    return lines, False


def _csv_text(payload: bytes, limits: Limits) -> tuple[str, str | None]:
    text, note = _decode(payload)
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    lines, cut = _rows_text(
        csv.reader(io.StringIO(text, newline=""), dialect), limits.max_table_rows
    )
    if cut:
        note = (note + "; " if note else "") + f"only the first {limits.max_table_rows} rows"
    return "\n".join(lines), note


def _xlsx_text(payload: bytes, limits: Limits) -> tuple[str, str | None]:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        unzipped = sum(info.file_size for info in archive.infolist())
    if unzipped > limits.max_attachment_unzipped_bytes:
        return "", f"not read: unzips to {unzipped} bytes, over the cap"
    from openpyxl import load_workbook

    out: list[str] = []
    notes: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(io.BytesIO(payload), read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                lines, cut = _rows_text(sheet.iter_rows(values_only=True), limits.max_table_rows)
                if cut:
                    notes.append(
                        f"sheet {sheet.title}: only the first {limits.max_table_rows} rows"
                    )
                if lines:
                    out.append(f"[sheet {sheet.title}]")
                    out.extend(lines)
        finally:
            book.close()
    return "\n".join(out), "; ".join(notes) or None
