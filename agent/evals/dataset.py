"""The labelled supplier-email dataset as typed examples.

One JSON object per line, with the schema documented in ``evals/README.md``. The bundled
set is ``evals/datasets/supplier_emails.jsonl``; an integrator's own labelled mail in the
same schema is read the same way (``--dataset PATH``). A line that cannot be read is
recorded with its line number and skipped: one bad line never stops a run.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

DEFAULT_DATASET = Path("evals/datasets/supplier_emails.jsonl")
SPLITS = ("train", "dev", "test")


class _Label(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class LabelledDate(_Label):
    """A date expression with its resolved value, role and span."""

    value: dt.date
    role: str
    quote: str = ""
    start: int = 0
    end: int = 0


class LabelledLine(_Label):
    """A quantity the vendor states for a product."""

    product: str | None = None
    qty: float | None = None
    unit: str | None = None
    quote: str = ""
    start: int = 0
    end: int = 0
    po_ref: str | None = None


class LabelledChange(_Label):
    """One change of one order when an email concerns several orders."""

    po_ref: str | None = None
    kind: str
    date: dt.date | None = None
    qty: float | None = None
    quote: str = ""
    start: int = 0
    end: int = 0


class Labels(_Label):
    """What a person who read the email says it contains."""

    intent: str
    secondary_intents: list[str] = Field(default_factory=list)
    po_refs: list[str] = Field(default_factory=list)
    vendor_refs: list[str] = Field(default_factory=list)
    commitment_date: dt.date | None = None
    commitment_quote: str | None = None
    commitment_start: int | None = None
    commitment_end: int | None = None
    dates: list[LabelledDate] = Field(default_factory=list)
    lines: list[LabelledLine] = Field(default_factory=list)
    price_changes: list[dict[str, Any]] = Field(default_factory=list)
    tracking: list[dict[str, Any]] = Field(default_factory=list)
    changes: list[LabelledChange] = Field(default_factory=list)


class Example(BaseModel):
    """One labelled email."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    id: str
    split: str = "dev"
    origin: str = "handwritten"
    language: str = "en"
    vendor: str
    vendor_country: str | None = None
    from_: str = Field(default="", alias="from")
    subject: str = ""
    received_at: dt.datetime
    text: str
    new_text_end: int | None = None
    change_type: str = "none"
    injection: bool = False
    labels: Labels
    label_source: dict[str, Any] | None = None

    @property
    def from_address(self) -> str:
        """The sender's address, lower-case ('' when none is given)."""
        return email.utils.parseaddr(self.from_)[1].lower()

    @property
    def from_name(self) -> str:
        """The sender's display name."""
        return email.utils.parseaddr(self.from_)[0]

    @property
    def gold_po(self) -> str | None:
        """The order the email is about.

        The first change's order, else the first order named in the subject or the
        vendor's new text, else the first order named at all.
        """
        if self.labels.changes and self.labels.changes[0].po_ref:
            return self.labels.changes[0].po_ref
        new_text = self.text[: self.new_text_end if self.new_text_end is not None else None]
        for ref in self.labels.po_refs:
            if ref in self.subject or ref in new_text:
                return ref
        return self.labels.po_refs[0] if self.labels.po_refs else None


@dataclass
class Dataset:
    """Examples of the wanted splits, the lines that could not be read, and a fingerprint."""

    path: Path
    examples: list[Example]
    errors: list[str] = field(default_factory=list)
    sha256: str = ""


def load_dataset(path: Path, splits: Iterable[str] | None = None) -> Dataset:
    """Read a JSONL dataset; ``splits`` keeps only those splits (all when ``None``).

    Raises:
        FileNotFoundError: when ``path`` does not exist.
    """
    wanted = set(splits) if splits is not None else None
    raw = path.read_bytes()
    examples: list[Example] = []
    errors: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            example = Example.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            first = (
                str(exc).splitlines()[0]
                if isinstance(exc, json.JSONDecodeError)
                else (
                    "; ".join(
                        f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                        for e in exc.errors()[:3]
                    )
                )
            )
            errors.append(f"{path.name}:{number}: {first}")
            continue
        if example.id in seen:
            errors.append(f"{path.name}:{number}: duplicate id {example.id}")
            continue
        seen.add(example.id)
        if wanted is None or example.split in wanted:
            examples.append(example)
    return Dataset(
        path=path, examples=examples, errors=errors, sha256=hashlib.sha256(raw).hexdigest()
    )


def record_of(example: Example) -> dict[str, Any]:
    """The example as a dataset line (the inverse of :func:`load_dataset`)."""
    return example.model_dump(mode="json", by_alias=True, exclude_none=False)
