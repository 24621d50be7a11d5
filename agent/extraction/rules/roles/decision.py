"""The role of one date from its clause: ``_role``.

The nearest cue word in the date's own clause decides (``_cue_distances``): "ship" makes a
ship date, "deliver" a delivery, "effective" near a price an effective date, an invoice or a
meeting another date. Before that, ``_plainly_other`` sets apart a date the words right
around it rule out as a commitment. A delivery date is a ``new_eta`` when the clause or the
email speaks of a change, else a ``confirmed_delivery``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.extraction.rules.cuesets import any_of
from agent.extraction.rules.mentions import DateMention
from agent.extraction.rules.roles.cues_asks import (
    _OPTION,
    _OTHERWISE_AFTER,
    _TELLS_AFTER,
    _TO_BE_DONE_AFTER,
    COME_BACK,
    CONDITIONAL,
    REPLY_BY,
)
from agent.extraction.rules.roles.cues_delivery import (
    _AS_CONFIRMED,
    _AT_THE_LATEST,
    _BARE_REST,
    _CHANGE_VERB,
    _KEPT,
    _NOT_THE_OTHER,
    _SENT_AFTER,
    _STILL,
    _TIME_WINDOW,
    _UNCHANGED,
    CHANGE,
    DELIVERY,
    REST,
    WEAK_DELIVERY,
)
from agent.extraction.rules.roles.cues_history import (
    _INSTEAD,
    _PAST_EVENT,
    _RESTATED_AFTER,
    _SINCE,
    _UNTIL_NOW,
    NEGATED,
    _restated,
)
from agent.extraction.rules.roles.cues_other import (
    _CAUSE,
    _CONFIRMATION_SENT,
    _DOC_DATE,
    _GOES_ON,
    _NOT_CANCELLING,
    _ONLY_UNTIL,
    _ORDER_TERMS,
    _SENDS,
    _SUPPLIER_DOES,
    _SUPPLY_ARRIVES,
    _TO_US,
    _YOU_GET,
    CANCELLED,
    DELIVERIES_TERMS,
    DOCUMENT,
    INBOUND,
    MADE_AFTER,
    ORDER_CUTOFF,
    OTHER_CUE,
    stays_shut,
)
from agent.extraction.rules.roles.cues_price import _AS_OF, PRICE_CONTEXT, PRICE_CUE
from agent.extraction.rules.roles.cues_ship import (
    _ARRIVAL_OF_SHIPMENT,
    _CONSIGNMENT,
    _SHIP_PLANNED,
    _TRANSIT_AFTER,
    SHIP,
    _blank_plan,
    _blank_shipment,
)
from agent.extraction.rules.roles.windows import (
    _COORDINATOR,
    _NEXT_DATED,
    _NEXT_PART,
    _TAIL,
    _blank,
    _nearest,
)
from agent.models import DateRole


@dataclass(frozen=True, slots=True)
class RoledDate:
    """A date mention with its role and the confidence of that role."""

    mention: DateMention
    role: DateRole
    confidence: float
    cued: bool
    stated: bool = False


# The patterns ``_plainly_other`` searches the tail and the sentence with, each set as one
# (see ``cuesets``): where it finds nothing, none of its patterns needs a scan of its own.
_TAIL_CUES = any_of(
    NEGATED,
    REPLY_BY,
    COME_BACK,
    _UNTIL_NOW,
    _SINCE,
    _CAUSE,
    _ONLY_UNTIL,
    _SUPPLY_ARRIVES,
    _SUPPLIER_DOES,
    _TO_US,
)
_SENTENCE_CUES = any_of(CONDITIONAL, ORDER_CUTOFF, CANCELLED)
# "we keep the 10/15 ship date": the date kept is the ship date the words after it name.
_SHIP_NAMED_AFTER = re.compile(
    r"\s*(?:ship(?:ping)?|etd|loading|dispatch|versand|verlade|expédition|envío|carga|verzend)"
)


def _plainly_other(
    mention: DateMention, after: str, own: str, sentence: str, tail: str, question: bool
) -> RoledDate | None:
    """Role ``other`` for a date the words right around it rule out as a commitment.

    Restated or negated, asked about or conditional, the vendor's own inbound goods, an order
    cut-off or a cancelled line, a document's date. A date the vendor keeps ("or we keep
    the 7th") is the confirmed delivery even in a question or an offer.
    """
    in_tail = _TAIL_CUES.search(tail) is not None
    in_sentence = _SENTENCE_CUES.search(sentence) is not None
    if (
        _restated(sentence, max(0, len(sentence) - len(own)))
        or _RESTATED_AFTER.match(after)
        or (in_tail and NEGATED.search(tail) and not _AT_THE_LATEST.match(after))
    ):
        return RoledDate(mention, DateRole.OTHER, 0.85, True)
    # the date kept as it is stands even when offered back in a question or an offer
    if _KEPT.search(tail) and not _SHIP_NAMED_AFTER.match(after):
        return RoledDate(mention, DateRole.CONFIRMED_DELIVERY, 0.75, True, stated=True)
    if (
        question
        or (in_sentence and CONDITIONAL.search(sentence))
        or _OPTION.match(sentence)
        or (in_tail and (REPLY_BY.search(tail) or COME_BACK.search(tail)))
        or _TO_BE_DONE_AFTER.match(after)
        or _TELLS_AFTER.match(after)
    ):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    # ("Het restant van 250 ledstrips verwachten we begin januari binnen van onze leverancier,
    # we sturen ze dan direct door": the rest of the buyer's order, not the vendor's supply)
    if stays_shut(tail, after):
        return RoledDate(mention, DateRole.OTHER, 0.8, True)
    if (
        INBOUND.search(after[:40])
        and not _COORDINATOR.search(after[:40])
        and not REST.search(sentence)
    ):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    if (
        (in_sentence and ORDER_CUTOFF.search(sentence))
        or _OTHERWISE_AFTER.match(after)
        or MADE_AFTER.match(after)
        or (in_sentence and _cancelled(sentence))
        or (
            in_tail
            and (
                (mention.kind == "relative_day" and _UNTIL_NOW.search(tail))
                or _SINCE.search(tail)
                or _CAUSE.search(tail)
                or _ONLY_UNTIL.search(tail)
                or _SUPPLY_ARRIVES.search(tail)
                or _SUPPLIER_DOES.search(tail)
                or _TO_US.search(tail)
            )
        )
    ):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    doc = _DOC_DATE.search(tail) if ":" in tail else None
    # "N.º confirmación: ADS-CP-1187      Fecha: 09/11/2026": a header field is its own cell
    cell = tail.rfind("  ", 0, doc.start()) + 1 if doc else 0
    if doc and not DELIVERY.search(tail, cell, doc.start()) and not SHIP.search(sentence):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    return None


def _cancelled(sentence: str) -> bool:
    """Whether the sentence cancels what its date belongs to."""
    last = None
    for found in CANCELLED.finditer(sentence):
        # "we are not cancelling", "too late to cancel": the order goes on
        if _NOT_CANCELLING.search(sentence, max(0, found.start() - 25), found.start()):
            continue
        last = found
    if last is None:
        return False
    # "the cancellation of P10962 (amber honey, delivery planned 3 December)", "Storno von
    # P1 (Lieferung war KW 49)": a date in an aside opened after the cancel word describes
    # what is cancelled.
    aside = sentence.rfind("(", last.end())
    if aside != -1 and ")" not in sentence[aside:]:
        return True
    cut = _GOES_ON.search(sentence, last.end())
    if cut is None:
        return True
    return SHIP.search(sentence, cut.end()) is None and DELIVERY.search(sentence, cut.end()) is None


def _role(
    mention: DateMention,
    before: str,
    after: str,
    own: str,
    sentence: str,
    change_email: bool,
    price_email: bool,
    question: bool = False,
    *,
    follows_date: bool = False,
    whole_sentence: str = "",
) -> RoledDate:
    """Role of one mention from its folded clause.

    ``before`` and ``after`` are the clause's two sides, ``own`` the text before the mention
    back to the previous date, ``sentence`` the part of that in the date's own sentence;
    ``question`` says the date's sentence asks something.
    """
    tail = sentence[-_TAIL:]
    early = _plainly_other(mention, after, own, sentence, tail, question)
    if early is not None:
        return early
    clause = before + " " + after
    distances = _coordinated_cue_distances(before, after, own if follows_date else "")
    # A price cue makes an effective date only in a price email or a clause about prices.
    priced = price_email or PRICE_CONTEXT.search(clause) is not None
    price_cue = _nearest(PRICE_CUE, before, after) if priced else None
    cued = price_cue is not None
    # "payment must arrive before 15 December ... released from port": the other cue is nearer.
    nearer_other = price_cue is not None and distances.get("other", 10**6) < price_cue
    # "... at the prices on your order, and delivery for Tuesday 3rd November": outside a price
    # email, a delivery or ship word nearer than the price cue makes the date the goods'.
    if not price_email and price_cue is not None:
        nearer_other = (
            nearer_other
            or min(distances.get("delivery", 10**6), distances.get("ship", 10**6)) < price_cue
        )
    if (
        cued
        and not nearer_other
        and ((price_email and not distances) or PRICE_CONTEXT.search(clause))
    ):
        return RoledDate(mention, DateRole.PRICE_EFFECTIVE, 0.8, True)
    if not distances:
        if _PAST_EVENT.search(before):
            return RoledDate(mention, DateRole.OTHER, 0.6, True)
        if (
            WEAK_DELIVERY.search(before[-40:])
            or REST.search(sentence)
            or _STILL.search(before)
            # "CW 50 not possible, CW 52 latest"; "Morgenochtend tussen 8 en 10": a deadline
            # or a delivery slot
            or _AT_THE_LATEST.match(after)
            or _TIME_WINDOW.match(after)
            # "Carrier quotes 3-4 business days to the consolidator": a transit time
            or mention.business_days is not None
        ):
            distances["delivery"] = 100
        else:
            # "a partir del lunes 7 ... deja de atender": when something starts, no delivery
            starts = _AS_OF.search(before[-30:]) is not None
            return RoledDate(mention, _ranged(mention, DateRole.OTHER), 0.5, starts)
    kind = min(distances, key=lambda k: distances[k])
    if (
        kind == "other"
        or _ORDER_TERMS.search(whole_sentence or sentence)
        or (price_email and DELIVERIES_TERMS.search(whole_sentence or sentence))
    ):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    if kind == "ship" and DOCUMENT.search(sentence):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    # "our order confirmation follows tomorrow by EDI": a document comes, not the goods.
    if (
        kind == "delivery"
        and DOCUMENT.search(sentence)
        and (REST.search(sentence) or _SENDS.search(sentence) or _YOU_GET.search(sentence))
    ) or (kind == "delivery" and _CONFIRMATION_SENT.search(sentence)):
        return RoledDate(mention, DateRole.OTHER, 0.7, True)
    # "shipped 300 today, rest next week", "schicken die restlichen 180 Mitte Dezember nach":
    # the rest's own date, when no verb of its own sends it, is when the rest comes.
    if kind == "ship" and (
        _BARE_REST.search(before[-40:]) or (REST.search(sentence) and _SENT_AFTER.match(after))
    ):
        return RoledDate(mention, _ranged(mention, DateRole.NEW_ETA), 0.75, True)
    if kind == "ship" and mention.business_days is None:
        return RoledDate(mention, _ranged(mention, DateRole.SHIP_DATE), 0.8, True)
    if mention.business_days is None and _TRANSIT_AFTER.match(after):
        return RoledDate(mention, DateRole.SHIP_DATE, 0.75, True)
    unchanged = _UNCHANGED.search(clause)
    # "delivery Friday 27.11. instead of 24.11. as planned": the words after "instead of" are
    # the replaced date's
    if unchanged is not None and unchanged.start() > len(before):
        instead = _INSTEAD.search(after, 0, unchanged.start() - len(before) - 1)
        unchanged = None if instead is not None else unchanged
    if unchanged is not None or _STILL.search(before):
        role = _ranged(mention, DateRole.CONFIRMED_DELIVERY)
        return RoledDate(mention, role, 0.8, True, stated=distances.get("delivery", 100) < 100)
    # "the 200 remaining are ready next week and would reach Hamburg mid-January": the rest
    # is named once for every date of its sentence.
    rest = REST.search(whole_sentence or sentence)
    changed = (
        change_email
        or bool(CHANGE.search(clause))
        or bool(rest)
        or bool(_NOT_THE_OTHER.match(after))
    )
    role = DateRole.NEW_ETA if changed else DateRole.CONFIRMED_DELIVERY
    # (a business-day span after a ship cue has no delivery word of its own)
    confidence = 0.85 if distances.get("delivery", 100) < 100 else 0.6
    return RoledDate(mention, _ranged(mention, role), confidence, True)


def _coordinated_cue_distances(before: str, after: str, own: str) -> dict[str, int]:
    """``_cue_distances`` of the date's own side of an "and", else of the whole clause.

    ``own`` is the text back to the previous date when that is near (else empty): an "and"
    in it starts this date's words. (An "and" after the date starts the next one's: that
    split is ``_cue_distances``'s own.)
    """
    cut = max(_COORDINATOR.finditer(own), key=lambda m: m.start(), default=None)
    if cut is not None:
        distances = _cue_distances(before[len(before) - (len(own) - cut.end()) :], after)
        if distances:
            return distances
    return _cue_distances(before, after)


def _cue_distances(before: str, after: str) -> dict[str, int]:
    """How far the nearest ship, delivery and other cue is from the date, by kind."""
    distances: dict[str, int] = {}
    # "sail on 13 Nov and land in Hamburg ...": a cue after "and" belongs to the next part.
    after = _NEXT_PART.split(after, maxsplit=1)[0]
    # "departed Ningbo on 14 Nov, ETA Hamburg 20 Dec": the words after a comma that lead to
    # another date are that date's, when the date has a cue of its own before it.
    if before.strip() and _NEXT_DATED.match(after) and _own_cue(before):
        after = after[: after.index(",")]
    for name, pattern in (("ship", SHIP), ("delivery", DELIVERY), ("other", OTHER_CUE)):
        found = _nearest(pattern, before, after)
        if found is not None:
            distances[name] = found
    if "ship" in distances and "delivery" in distances:
        # "ETA Hamburg for the first shipment is between": the shipment is what arrives
        ship = _nearest(
            SHIP,
            _ARRIVAL_OF_SHIPMENT.sub(_blank_shipment, before),
            _ARRIVAL_OF_SHIPMENT.sub(_blank_shipment, after),
        )
        if ship is None:
            del distances["ship"]
        else:
            distances["ship"] = ship
    if "ship" in distances and "delivery" in distances:
        # "ship as confirmed on 12/8": "as confirmed" says the date stands, not what it is;
        # "heute ist die erste Teillieferung rausgegangen": the partial delivery is the goods;
        # "ETD moved to 4 Dec": the change verb says the ship date changed, not what it is.
        plain = _nearest(
            DELIVERY,
            _SHIP_PLANNED.sub(
                _blank_plan,
                _CHANGE_VERB.sub(
                    _blank, _CONSIGNMENT.sub(_blank, _AS_CONFIRMED.sub(_blank, before))
                ),
            ),
            _CHANGE_VERB.sub(_blank, _CONSIGNMENT.sub(_blank, _AS_CONFIRMED.sub(_blank, after))),
        )
        if plain is None:
            del distances["delivery"]
        else:
            distances["delivery"] = plain
    conditional = _nearest(CONDITIONAL, before, "")
    if conditional is not None and conditional < distances.get("other", 10**6):
        distances["other"] = conditional
    return distances


def _own_cue(before: str) -> bool:
    return any(p.search(before[-40:]) for p in (SHIP, DELIVERY))


def _ranged(mention: DateMention, role: DateRole) -> DateRole:
    if mention.part == "start" and role in (DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA):
        return DateRole.RANGE_START
    if mention.part == "end" and role in (DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA):
        return DateRole.RANGE_END
    return role
