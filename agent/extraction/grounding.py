"""Grounding: a value the model returns is kept only if the email's own words prove it.

Each wire value carries a quote. :func:`locate` finds the quote in the email text, allowing
differences of whitespace, case and typographic quote marks, and maps the match back to exact
offsets in the original text, so ``text[span.start:span.end] == span.quote`` holds. Dates are
parsed again from the quote by the deterministic date parser and quantities, prices and
reference numbers are read again from it; a value the quote does not say is dropped and the
drop is recorded with its reason. Nothing here talks to a model.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from agent.extraction.base import ExtractionContext
from agent.extraction.injection import injection_spans, overlaps
from agent.extraction.llm_schema import (
    WireDate,
    WireExtraction,
    WireLine,
    WirePrice,
    WireRef,
    WireTracking,
)
from agent.extraction.rules.calendar_math import add_business_days
from agent.extraction.rules.dates import DateSettings, find_dates, month_first_for
from agent.extraction.rules.refs import odoo_pattern
from agent.extraction.rules.zones import current_zones, inside
from agent.models import (
    DateRole,
    ExtractedDate,
    ExtractedLine,
    Extraction,
    InboundEmail,
    PoRef,
    PriceChange,
    Span,
    Tracking,
)

GROUNDED_CONFIDENCE = 0.8
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_NUMBER = re.compile(r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_ALNUM = re.compile(r"[^0-9a-z]")


class NormalisedText:
    """A text folded for matching (whitespace runs, case, quote marks) with its offset map."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        previous_space = False
        for index, char in enumerate(text.translate(_FOLD)):
            if char.isspace():
                if previous_space:
                    continue
                chars.append(" ")
                origin.append(index)
                previous_space = True
                continue
            previous_space = False
            for folded in char.lower():
                chars.append(folded)
                origin.append(index)
        self.folded = "".join(chars)
        self.origin = origin

    def find_all(self, quote: str) -> list[Span]:
        """Every place the quote occurs, as spans of the original text."""
        needle = normalise(quote)
        if not needle:
            return []
        spans = []
        position = self.folded.find(needle)
        while position >= 0:
            start = self.origin[position]
            end = self.origin[position + len(needle) - 1] + 1
            spans.append(Span(start=start, end=end, quote=self.text[start:end]))
            position = self.folded.find(needle, position + 1)
        return spans


def normalise(value: str) -> str:
    """Fold a string the way :class:`NormalisedText` folds the email."""
    folded = re.sub(r"\s+", " ", value.translate(_FOLD).strip())
    return "".join(c.lower() for c in folded)


def locate(text: str, quote: str, zones: list[tuple[int, int]] | None = None) -> Span | None:
    """The first place ``quote`` occurs in ``text``, preferring the vendor's current words."""
    spans = NormalisedText(text).find_all(quote)
    if zones:
        current = [s for s in spans if inside(zones, s.start, s.end)]
        if current:
            return current[0]
    return spans[0] if spans else None


def numbers_in(quote: str) -> set[float]:
    """Every number the quote can be read as ("1,200" is 1200 or 1.2; "12,5" is 12.5)."""
    found: set[float] = set()
    for m in _NUMBER.finditer(quote):
        raw = m.group(0)
        found.add(float(re.sub(r"[,.' ]", "", raw)))
        for decimal in (".", ","):
            other = "," if decimal == "." else "."
            candidate = raw.replace(other, "").replace("'", "").replace(" ", "")
            candidate = candidate.replace(decimal, ".")
            if candidate.count(".") <= 1:
                found.add(float(candidate))
    return found


def _has_number(quote: str, value: float | None) -> bool:
    return value is None or any(abs(n - abs(value)) < 1e-6 for n in numbers_in(quote))


def _contains(quote: str, value: str) -> bool:
    needle = _ALNUM.sub("", value.lower())
    return bool(needle) and needle in _ALNUM.sub("", quote.lower())


@dataclass
class Grounded:
    """The values that survived grounding, and why the others were dropped."""

    intent_span: Span | None = None
    po_refs: list[PoRef] = field(default_factory=list)
    dates: list[ExtractedDate] = field(default_factory=list)
    lines: list[ExtractedLine] = field(default_factory=list)
    price_changes: list[PriceChange] = field(default_factory=list)
    tracking: list[Tracking] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    kept: int = 0


class Grounder:
    """Grounds one model answer against one email."""

    def __init__(self, email: InboundEmail, context: ExtractionContext) -> None:
        self.email = email
        self.context = context
        self.text = NormalisedText(email.text)
        self.subject = NormalisedText(email.subject)
        self.zones = current_zones(email.text, email.new_text_end)
        self.instructions = injection_spans(email.text)
        self.date_settings = DateSettings(
            reference=email.date.date(),
            month_first=month_first_for(email.text, context.vendor_country),
            week_weekday=context.week_weekday,
        )
        self.result = Grounded()

    def _span(self, what: str, quote: str, *, current: bool = False) -> Span | None:
        found = self.text.find_all(quote)
        spans = [s for s in found if not overlaps(self.instructions, s.start, s.end)]
        if found and not spans:
            self.drop(f"{what}: quote {quote!r} is inside instruction-like text")
            return None
        in_zone = [s for s in spans if inside(self.zones, s.start, s.end)]
        if current:
            if not in_zone:
                reason = "not in the vendor's current words" if spans else "not in the email"
                self.drop(f"{what}: quote {quote!r} {reason}")
                return None
            return in_zone[0]
        if not spans:
            self.drop(f"{what}: quote {quote!r} not in the email")
            return None
        return (in_zone or spans)[0]

    def drop(self, reason: str) -> None:
        """Record a value that was not kept."""
        self.result.dropped.append(reason)

    def intent(self, quote: str | None) -> None:
        """Ground the sentence that shows the intent (the intent itself is a judgement)."""
        if quote:
            self.result.intent_span = self._span("intent", quote)

    def ref(self, wire: WireRef) -> None:
        """Keep a reference its quote contains; Odoo names must have Odoo's shape."""
        what = f"po_ref {wire.value!r}"
        if not _contains(wire.quote, wire.value):
            self.drop(f"{what}: the quote {wire.quote!r} does not contain it")
            return
        value = wire.value.strip().upper()
        kind = wire.kind
        if kind == "odoo" and not odoo_pattern(self.context.po_prefixes).fullmatch(value):
            kind = "vendor"
        span = None
        spans = [
            s
            for s in self.text.find_all(wire.quote)
            if not overlaps(self.instructions, s.start, s.end)
        ]
        if spans:
            span = spans[0]
        elif not self.subject.find_all(wire.quote):
            self.drop(f"{what}: quote {wire.quote!r} not in the email")
            return
        if any(r.value == value and r.kind == kind for r in self.result.po_refs):
            return
        quoted = span is None or span.start >= self.email.new_text_end
        self.result.po_refs.append(
            PoRef(value=value, kind=kind, in_quoted=quoted, span=span, confidence=0.85)
        )
        self.result.kept += 1

    def parsed_dates(self, quote: str) -> set[dt.date]:
        """The days the deterministic parser reads in ``quote`` (business days from ship dates)."""
        days: set[dt.date] = set()
        ships = [d.value for d in self.result.dates if d.role == DateRole.SHIP_DATE]
        for mention in find_dates(quote, self.date_settings):
            days.add(mention.value)
            if mention.business_days is not None:
                days.update(add_business_days(s, mention.business_days) for s in ships)
        return days

    def date(self, wire: WireDate) -> None:
        """Keep a date only when the parser reads the same day in its quote."""
        what = f"date {wire.value.isoformat()} ({wire.role.value})"
        span = self._span(what, wire.quote, current=True)
        if span is None:
            return
        parsed = self.parsed_dates(span.quote)
        if wire.value not in parsed:
            said = ", ".join(sorted(d.isoformat() for d in parsed)) or "no date"
            self.drop(f"{what}: the parser reads {said} in {span.quote!r}")
            return
        self.result.dates.append(
            ExtractedDate(
                value=wire.value, role=wire.role, span=span, confidence=GROUNDED_CONFIDENCE
            )
        )
        self.result.kept += 1

    def line(self, wire: WireLine) -> None:
        """Keep a line whose quote states its quantity and names its product."""
        what = f"line {wire.product or ''} qty {wire.qty}".replace("  ", " ")
        span = self._span(what, wire.quote, current=True)
        if span is None:
            return
        if not _has_number(span.quote, wire.qty):
            self.drop(f"{what}: the quantity is not in {span.quote!r}")
            return
        if wire.product and not _contains(span.quote, wire.product):
            self.drop(f"{what}: the product is not in {span.quote!r}")
            return
        self.result.lines.append(
            ExtractedLine(
                product=wire.product,
                qty=wire.qty,
                unit=wire.unit,
                po_ref=wire.po_ref
                if wire.po_ref and _contains(self.email.text, wire.po_ref)
                else None,
                span=span,
                confidence=GROUNDED_CONFIDENCE,
            )
        )
        self.result.kept += 1

    def price(self, wire: WirePrice) -> None:
        """Keep a price change whose quote states its numbers; its date must parse there too."""
        what = "price change"
        span = self._span(what, wire.quote, current=True)
        if span is None:
            return
        for name, value in (
            ("old_price", wire.old_price),
            ("new_price", wire.new_price),
            ("percent", wire.percent),
        ):
            if not _has_number(span.quote, value):
                self.drop(f"{what}: {name} {value} is not in {span.quote!r}")
                return
        effective = wire.effective_date
        if effective is not None and effective not in self.parsed_dates(span.quote):
            self.drop(f"{what}: effective date {effective.isoformat()} is not in {span.quote!r}")
            effective = None
        self.result.price_changes.append(
            PriceChange(
                product=wire.product,
                old_price=wire.old_price,
                new_price=wire.new_price,
                percent=wire.percent,
                currency=wire.currency,
                effective_date=effective,
                span=span,
                confidence=GROUNDED_CONFIDENCE,
            )
        )
        self.result.kept += 1

    def shipment(self, wire: WireTracking) -> None:
        """Keep a tracking number its quote contains."""
        what = f"tracking {wire.number!r}"
        span = self._span(what, wire.quote)
        if span is None:
            return
        if not _contains(span.quote, wire.number):
            self.drop(f"{what}: the number is not in {span.quote!r}")
            return
        self.result.tracking.append(
            Tracking(
                carrier=wire.carrier,
                number=wire.number,
                span=span,
                confidence=GROUNDED_CONFIDENCE,
            )
        )
        self.result.kept += 1


def ground(wire: WireExtraction, email: InboundEmail, context: ExtractionContext) -> Grounded:
    """Ground every value of a model answer; the result holds only values the text proves."""
    grounder = Grounder(email, context)
    grounder.intent(wire.intent_quote)
    for ref in wire.po_refs:
        grounder.ref(ref)
    ship_first = sorted(wire.dates, key=lambda d: d.role != DateRole.SHIP_DATE)
    for date in ship_first:
        grounder.date(date)
    grounder.result.dates.sort(key=lambda d: d.span.start)
    for line in wire.lines:
        grounder.line(line)
    for price in wire.price_changes:
        grounder.price(price)
    for shipment in wire.tracking:
        grounder.shipment(shipment)
    return grounder.result


def audit(extraction: Extraction, email: InboundEmail, context: ExtractionContext) -> list[str]:
    """Values of a result that the email's words do not prove (empty for a sound result).

    Checks what grounding promises: each span points at its own quote, dates parse from
    their quote, quantities, prices, references and tracking numbers appear in theirs.
    """
    text = email.text
    grounder = Grounder(email, context)
    grounder.result.dates = [d for d in extraction.dates if d.role == DateRole.SHIP_DATE]
    problems: list[str] = []

    def check(what: str, span: Span | None, proven: bool) -> None:
        if span is not None and text[span.start : span.end] != span.quote:
            problems.append(f"{what}: span does not point at its quote")
        elif not proven:
            problems.append(f"{what}: not proven by {span.quote if span else None!r}")

    for d in extraction.dates:
        check(f"date {d.value}", d.span, d.value in grounder.parsed_dates(d.span.quote))
    for ln in extraction.lines:
        check(f"line qty {ln.qty}", ln.span, _has_number(ln.span.quote, ln.qty))
    for p in extraction.price_changes:
        proven = all(_has_number(p.span.quote, v) for v in (p.old_price, p.new_price, p.percent))
        check("price change", p.span, proven)
    for r in extraction.po_refs:
        check(f"po_ref {r.value}", r.span, r.span is None or _contains(r.span.quote, r.value))
    for t in extraction.tracking:
        check(f"tracking {t.number}", t.span, _contains(t.span.quote, t.number))
    if extraction.intent_span is not None:
        check("intent", extraction.intent_span, True)
    return problems
