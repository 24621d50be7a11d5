"""``RulesExtractor``: the deterministic extractor, no model server needed.

Commitments, lines, prices and tracking are read in the vendor's current words (new text,
attachment text, forwarded messages; see ``zones``); references in the whole text and the
subject. Every value carries a span with ``text[start:end] == quote``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from functools import partial

from agent.extraction.base import ExtractionContext
from agent.extraction.rules import intent as intent_mod
from agent.extraction.rules import prices, quantities, tracking
from agent.extraction.rules.calendar_math import add_business_days, monday_of
from agent.extraction.rules.columns import is_table_row
from agent.extraction.rules.dates import DateSettings, find_dates, month_first_for
from agent.extraction.rules.fastre import compile_literal_first, search_folded
from agent.extraction.rules.firm import accepted, explicitly_committed
from agent.extraction.rules.line_orders import assign_orders
from agent.extraction.rules.mentions import MonthFirst
from agent.extraction.rules.price_money import home_currency
from agent.extraction.rules.refs import find_refs, odoo_pattern
from agent.extraction.rules.roles import RoledDate, assign_roles
from agent.extraction.rules.roles.cues_history import told_in_the_past
from agent.extraction.rules.zones import current_zones, inside
from agent.models import (
    COMMITMENT_ROLES,
    DateRole,
    ExtractedDate,
    Extraction,
    InboundEmail,
    Intent,
    Span,
)

logger = logging.getLogger(__name__)

# Delivery dates are demoted to ``other`` in a non-committing email (question, price change,
# noise) only when the non-committing intents together are at least this probable (the top
# intent alone, without the classifier's probabilities), so an uncertain intent never erases
# a commitment.
DEMOTE_BELOW = 0.6
_PORT_ETA = compile_literal_first(
    r"\bETA\s+(?:port\s+)?[A-Z][a-zA-Z]+(?:\s+port)?\s*:?\s*(?:(?:now|still|is|revised)\s+)?$"
    r"|\b(?:land|lands|landing)\s+(?:in|at)\s+[A-Z][a-zA-Z]+\s+(?:on\s+)?$|"
    # "l'arrivée au port de Hambourg est estimée au", "Ankunft im Hafen Hamburg am"
    r"(?:arrivée|arrival|ankunft|llegada|aankomst)\s+(?:au|at|in|im|en\s+el|al|in\s+de)\s+"
    r"(?:port|hafen|puerto|haven)\b[^.!?\n]{0,50}$"
)
# "will be ready for despatch early next week", "sera prête à l'expédition le 2 décembre": a
# readiness date, a ship date only where the email's intent commits to something (a ship date
# is never the commitment, so an uncertain intent may decide it).
_READY = re.compile(
    r"\b(?:ready|pr[êe]te?s?|fertig|versandbereit|listos?|listas?|klaar|bereit)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
# "Die Ware steht ab dem 10.12. bei uns versandbereit": readiness named after the date.
_READY_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:versandbereit|abholbereit|ready(?!\s+to\s+ship\s+on)|"
    r"pr[êe]te?s?\s+(?:à|pour)\s+l'exp|listos?\s+para|klaar\s+voor)",
    re.IGNORECASE,
)
# After "ready", a new clause whose truck loads or goods ship names a real ship date: "the
# bathrobes are ready, truck will load on Tuesday 1st December".
_THEN_SHIPS = re.compile(
    r"(?:[,;]|\s(?:and|und|et|y|en)\s)[^.!?\n]*?\b(?:load|truck|lorry|ship|dispatch|"
    r"lädt|laden|verladen|charg|cargamos|laden)\w*",
    re.IGNORECASE,
)


def _ready_before(text: str, start: int) -> bool:
    """A readiness word just before the date, not followed by a clause that ships."""
    m = search_folded(_READY, text, max(0, start - 60), start)
    return m is not None and _THEN_SHIPS.search(text, m.start(), start) is None


# The flight or vessel reaching its airport or port ("el vuelo llega a Frankfurt el domingo"),
# which is a port ETA when a later date is at the buyer's warehouse.
_CARRIER_ARRIVAL = re.compile(
    r"\b(?:flight|vuelo|vol|flug|vlucht|vessel|buque|barco|navire|bateau|schiff|schip)\b"
    r"[^.!?\n]{0,40}\b(?:arriv\w*|lands?|llega\w*|aterriza\w*|atterri\w*|landet|kommt|komt|"
    r"ankommt|aankomt)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_AT_WAREHOUSE = re.compile(
    r"\b(?:your|tu|su|vuestro|ihr\w*|votre|uw|jullie)\s+(?:dc|warehouse|dep[óo]sito|almac[ée]n|"
    r"bodega|lager|entrep[ôo]t|magazijn)",
    re.IGNORECASE,
)
# Words (not only the spaces between table cells) and no sentence end.
_SAME_SENTENCE = re.compile(r"[^.!?\n]*[^\W\d_][^.!?\n]*")
# A sentence break, not an abbreviation's dot ("die Zustellung ist dann ca. 2 Werktage").
_NEW_SENTENCE = re.compile(r"[.!?]\s+[A-ZÄÖÜÉ]|\n")
_DELIVERY_ROLES = frozenset({*COMMITMENT_ROLES, DateRole.RANGE_START})
# Mentions that name one day (not a week or a month, whose first day may lie behind).
_DAY_KINDS = frozenset({"numeric", "named", "iso", "weekday", "relative_day", "ordinal"})
_COMMITTING_INTENTS = frozenset(
    {
        Intent.CONFIRMATION,
        Intent.DELAY,
        Intent.PARTIAL_SHIPMENT,
        Intent.SHIPPING_NOTICE,
        Intent.CANCELLATION,
    }
)


class RulesExtractor:
    """Regex and keyword extraction in five languages, with a learned intent classifier.

    Args:
        classifier: an intent model to use instead of the packaged one (``None`` loads the
            packaged model lazily, and falls back to cue rules when there is none).
        use_classifier: ``False`` decides intent by cue rules alone.
    """

    name = "rules"

    def __init__(
        self,
        classifier: intent_mod.IntentModel | None = None,
        *,
        use_classifier: bool = True,
    ) -> None:
        self._intents = intent_mod.IntentDecider(classifier, use_classifier=use_classifier)

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract intent, references, dates, lines, prices and tracking from ``email``."""
        text = email.text
        zones = current_zones(text, email.new_text_end)
        decision = self._intents.decide(email.subject, text, zones, email.notes)
        settings = DateSettings(
            reference=email.date.date(),
            month_first=MonthFirst(partial(month_first_for, text, context.vendor_country)),
            week_weekday=context.week_weekday,
            zones=tuple(zones),
        )
        mentions = [m for m in find_dates(text, settings) if inside(zones, m.start, m.end)]
        roled = assign_roles(
            text,
            mentions,
            change_email=decision.intent == Intent.DELAY,
            price_email=decision.intent == Intent.PRICE_CHANGE,
        )
        # A delivery before the email's own week has happened: history, not a commitment;
        # so has a named day before the email's own day ("commande P05424, livrée le 2 novembre").
        this_week = monday_of(settings.reference)
        roled = [
            RoledDate(r.mention, DateRole.OTHER, r.confidence, True)
            if r.role in _DELIVERY_ROLES
            and r.mention.business_days is None
            and (
                r.mention.value < this_week
                or (r.mention.value < settings.reference and r.mention.kind in _DAY_KINDS)
            )
            else r
            for r in roled
        ]
        committing = _commits(decision)
        dates = _finish_dates(
            text, roled, decision.intent, committing=committing, reference=settings.reference
        )
        refs = find_refs(text, email.subject, email.new_text_end, context.po_prefixes)
        whole_order = decision.intent in (
            Intent.CANCELLATION,
            Intent.SHIPPING_NOTICE,
            Intent.CONFIRMATION,
        )
        lines = quantities.find_lines(
            text,
            zones,
            context.product_codes,
            whole_order=whole_order,
            asking=decision.intent in (Intent.QUESTION, Intent.OTHER),
        )
        lines = assign_orders(text, lines, refs, odoo_pattern(context.po_prefixes))
        price_changes = prices.find_price_changes(
            text,
            zones,
            dates,
            price_email=Intent.PRICE_CHANGE in (decision.intent, *decision.secondary),
            home_currency=home_currency(context.vendor_country),
        )
        shipments = tracking.find_tracking(text, zones)
        confidence = _overall(decision.confidence, dates)
        flags = [] if decision.model_version is None else [f"intent_model:{decision.model_version}"]
        return Extraction(
            message_id=email.message_id,
            intent=decision.intent,
            intent_confidence=decision.confidence,
            intent_span=decision.span,
            secondary_intents=decision.secondary,
            po_refs=refs,
            dates=dates,
            lines=lines,
            price_changes=price_changes,
            tracking=shipments,
            confidence=confidence,
            extractor=self.name,
            flags=flags,
        )


def _commits(decision: intent_mod.IntentDecision) -> bool:
    """Whether the email may commit to a delivery date.

    A committing primary or secondary intent commits; otherwise the calibrated probability of
    the non-committing intents together must reach ``DEMOTE_BELOW`` to demote ("question 0.57,
    price change 0.40" is surely no commitment, though no intent reaches 0.6; "other 0.56,
    delay 0.23, confirmation 0.21" may be one).
    """
    if decision.intent in _COMMITTING_INTENTS or any(
        i in _COMMITTING_INTENTS for i in decision.secondary
    ):
        return True
    if decision.probabilities:
        rest = sum(p for i, p in decision.probabilities.items() if i not in _COMMITTING_INTENTS)
        return rest < DEMOTE_BELOW
    return decision.confidence < DEMOTE_BELOW


def _finish_dates(
    text: str,
    roled: list[RoledDate],
    intent: Intent,
    *,
    committing: bool,
    reference: dt.date | None = None,
) -> list[ExtractedDate]:
    """Count business days from the ship date, and promote an uncued date when nothing commits.

    In an email that commits to nothing (a question, a cancellation, a price list, noise) a
    delivery-like date is a proposal or a mention, so it is kept with role ``other``, unless
    the vendor states it as firm or planned ("it still arrives 11/13 as planned", "est prévue
    le 22 décembre"; see ``firm``) or says yes to it. In noise (intent
    ``other``: newsletters, out-of-office, statements) a ship date is a cut-off or a closure.
    """
    ships = [r for r in roled if r.role == DateRole.SHIP_DATE]
    ship = ships[0].mention.value if ships else None
    has_commitment = any(r.role in COMMITMENT_ROLES for r in roled)
    promote = None
    promoted: set[int] = set()
    if not has_commitment and intent in _COMMITTING_INTENTS:
        # a day before the email's own week ("discontinued last week") has happened
        this_week = monday_of(reference) if reference is not None else None
        uncued = [
            r
            for r in roled
            if not r.cued
            and r.role == DateRole.OTHER
            and r.mention.kind != "relative_day"
            # a month alone in a cancellation is a season or a production run ("Nach dem
            # Spätfrost im April", "the mould will only run again in February", "expected in
            # January"): the remaining lines of a cancelled order come on a day
            and not (intent == Intent.CANCELLATION and r.mention.kind == "month")
            and not (
                r.mention.kind == "weekday"
                and told_in_the_past(text, r.mention.start, r.mention.end)
            )
            and (this_week is None or r.mention.value >= this_week)
            and not (
                reference is not None
                and r.mention.value < reference
                and r.mention.kind in _DAY_KINDS
            )
        ]
        if len(uncued) >= 1:
            promote = uncued[-1]
            # "it will be mid-December, I think Tuesday 15 December": a vague date and the day
            # it narrows to, in one sentence, are one statement
            promoted = {
                id(r)
                for r in uncued
                if r.mention.part == "single"
                and abs((r.mention.value - promote.mention.value).days) < 7
                and _SAME_SENTENCE.fullmatch(text, r.mention.end, promote.mention.start) is not None
            }
    # In an email that commits to nothing, a delivery date neither stated nor firm becomes
    # ``other`` below, and so never makes a firm port ETA give way ("ETA Hamburg 17 Dec as
    # per schedule. ... is your warehouse open on Saturday? If not they will deliver Monday").
    # In noise (intent ``other``: out-of-office, newsletters) a delivery stated as planned is the
    # vendor's schedule, not the order's ("Les livraisons prévues en semaine 52 seront assurées").
    demoted = {
        id(r)
        for r in roled
        if not committing
        and r.role in _DELIVERY_ROLES
        and not r.stated
        and not explicitly_committed(
            text, r.mention.start, r.mention.end, planned=intent != Intent.OTHER
        )
    }
    # A port ETA gives way only to a later warehouse date, not to another port ETA.
    not_port = [
        r
        for r in roled
        if r.role in COMMITMENT_ROLES
        and id(r) not in demoted
        and not _PORT_ETA.search(text, max(0, r.mention.start - 30), r.mention.start)
    ]
    latest = max((r.mention.value for r in not_port), default=None)
    # The rest's later date is other goods' ("ETA Hamburg 21 Jan. The other 50 ... will be
    # with you mid-February"): the shipped part's port ETA stays its last date.
    latest_goods = max(
        (
            r.mention.value
            for r in not_port
            if not search_folded(_REST_BEFORE, text, max(0, r.mention.start - 80), r.mention.start)
        ),
        default=None,
    )
    warehouse = [
        r.mention.value
        for r in roled
        if r.role in COMMITMENT_ROLES
        and id(r) not in demoted
        and search_folded(_AT_WAREHOUSE, text, max(0, r.mention.start - 60), r.mention.end + 60)
    ]
    # In a partial shipment, a delivery date named after the first part's and later than it
    # (the last one in the text and in time) is the rest's: a new ETA, unless the vendor says
    # it stands as confirmed.
    rest: RoledDate | None = None
    if intent == Intent.PARTIAL_SHIPMENT:
        confirmed = [
            r
            for r in roled
            if r.role == DateRole.CONFIRMED_DELIVERY
            and (reference is None or r.mention.value >= reference)
            and not (
                latest is not None
                and r.mention.value < latest
                and _PORT_ETA.search(text, max(0, r.mention.start - 60), r.mention.start)
            )
        ]
        values = [r.mention.value for r in confirmed]
        already = any(r.role == DateRole.NEW_ETA for r in roled)
        if len(confirmed) > 1 and max(values) > min(values) and not already:
            last = max(confirmed, key=lambda r: r.mention.value)
            rest = None if last.stated else last
    result: list[ExtractedDate] = []
    for r in roled:
        value = r.mention.value
        if r.mention.business_days is not None and ship is not None:
            # counted from the last ship date before the span ("follows 27/10, 3 days later"),
            # not from the rest's in an earlier sentence ("shipped today ... Remaining 6
            # pallets ship 12/11 ... First part delivers 12/9, transit 3 business days")
            earlier = [s.mention.value for s in ships if s.mention.start < r.mention.start]
            shipped = [
                s.mention.value
                for s in ships
                if s.mention.start < r.mention.start
                and not (
                    _is_rest(text, s)
                    and _NEW_SENTENCE.search(text, s.mention.end, r.mention.start) is not None
                )
            ]
            earlier = shipped or earlier
            base = earlier[-1] if earlier else ship
            value = add_business_days(base, r.mention.business_days)
        role = r.role
        confidence = r.confidence
        if (
            r is promote
            or id(r) in promoted
            or (not r.cued and r.role == DateRole.OTHER and accepted(text, r.mention))
        ):
            role = DateRole.NEW_ETA if intent == Intent.DELAY else DateRole.CONFIRMED_DELIVERY
            confidence = 0.55
        if r is rest:
            role = DateRole.NEW_ETA
        if (
            role in COMMITMENT_ROLES
            and latest_goods is not None
            and value < _latest_for_goods(text, r, roled, latest_goods)
            and (
                _PORT_ETA.search(text, max(0, r.mention.start - 80), r.mention.start)
                or (
                    any(value < later for later in warehouse)
                    and search_folded(
                        _CARRIER_ARRIVAL, text, max(0, r.mention.start - 80), r.mention.start
                    )
                )
            )
        ):
            role = DateRole.OTHER
        if role in _DELIVERY_ROLES and id(r) in demoted:
            role, confidence = DateRole.OTHER, min(confidence, 0.6)
        if (
            intent not in _COMMITTING_INTENTS
            and role == DateRole.SHIP_DATE
            and (
                _ready_before(text, r.mention.start)
                or _READY_AFTER.match(text, r.mention.end, r.mention.end + 50)
            )
        ):
            role, confidence = DateRole.OTHER, min(confidence, 0.6)
        if not committing and intent == Intent.OTHER and role == DateRole.SHIP_DATE:
            role, confidence = DateRole.OTHER, min(confidence, 0.6)
        start, end = r.mention.start, r.mention.end
        span = Span(start=start, end=end, quote=text[start:end])
        result.append(
            ExtractedDate(
                value=value,
                role=role,
                span=span,
                confidence=round(min(r.mention.confidence, confidence), 3),
            )
        )
    return result


# The rest named in the date's own sentence: "The other 50 are waiting on canvas and will be".
_REST_BEFORE = re.compile(
    r"\b(?:the\s+other\s+\d|the\s+rest\b|remaining|the\s+balance|restliche|le\s+reste|el\s+resto|"
    r"de\s+rest\b|backorder)[^.!?\n]*$",
    re.IGNORECASE,
)
# A list item that names an order: "1) P06020 enamel mugs - no change, ...", "- PO/2026/00123:".
_ORDER_ITEM = re.compile(r"\s*(?:\d{1,2}[).:]|[-*•])\s+[^\n]{0,40}?\b[A-Z]{1,3}[/-]?\d{4,}")


def _is_rest(text: str, date: RoledDate) -> bool:
    """The date's own sentence names the rest of a split shipment before it."""
    return (
        search_folded(_REST_BEFORE, text, max(0, date.mention.start - 80), date.mention.start)
        is not None
    )


def _latest_for_goods(
    text: str, date: RoledDate, roled: list[RoledDate], latest: dt.date
) -> dt.date:
    """The latest committing date for the goods of ``date``.

    Its own row in a table, or its own item in a list of orders ("1) P06020 enamel mugs -
    ETD 28 Nov, ETA Hamburg 2 Jan").
    """
    begin = text.rfind("\n", 0, date.mention.start) + 1
    end = text.find("\n", date.mention.end)
    end = len(text) if end < 0 else end
    if not is_table_row(text[begin:end]) and not _ORDER_ITEM.match(text, begin, end):
        return latest
    return max(
        (
            r.mention.value
            for r in roled
            if r.role in COMMITMENT_ROLES and begin <= r.mention.start < end
        ),
        default=latest,
    )


def _overall(intent_confidence: float, dates: Sequence[ExtractedDate]) -> float:
    committing = [d.confidence for d in dates if d.role in COMMITMENT_ROLES]
    if not committing:
        return round(intent_confidence, 3)
    return round(intent_confidence * max(committing), 3)
