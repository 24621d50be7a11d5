"""``assign_roles``: the role of each date mention of an email.

Each mention's clause and sentence are cut from the text and folded, ``decision._role``
reads them, and what lies beyond the clause corrects the result: a numbered or lettered
option, a fallback offered in case the first date does not suit, a day already past, a
question the date answers, an offer the next sentence asks about, a negation after the date,
the rest of a split delivery, a table column, a list's lead-in, a quoted question above the
answer, an attached delivery note (see ``corrections``).
"""

from __future__ import annotations

from agent.extraction.rules.fastre import fold
from agent.extraction.rules.mentions import DateMention
from agent.extraction.rules.roles.corrections import (
    _DELIVERY_NOTE,
    _by_layout,
    _consignment_sent,
    _in_delivery_note_head,
    _pulled_in,
    _same_role_for_both_ends,
)
from agent.extraction.rules.roles.cues_asks import (
    _FALLBACK,
    _NUMBERED,
    _OPTIONS_WORD,
    _THEN,
    INTEREST_ASKED,
)
from agent.extraction.rules.roles.cues_delivery import _IS_CONFIRMED, _OPEN_ORDER, _UNCHANGED, REST
from agent.extraction.rules.roles.cues_history import (
    _NEGATION_CLOSES,
    _NOT_BEFORE,
    _NOT_HELD_AFTER,
    _PAST_DAYS,
)
from agent.extraction.rules.roles.cues_ship import _CONSIGNMENT, _SHIPPED
from agent.extraction.rules.roles.decision import RoledDate, _role
from agent.extraction.rules.roles.windows import (
    _CLAUSE_BREAK,
    _SENTENCE_END,
    _SENTENCE_START,
    _clause,
    order_aside,
)
from agent.models import DateRole

_COMMITTING = (
    DateRole.CONFIRMED_DELIVERY,
    DateRole.NEW_ETA,
    DateRole.RANGE_START,
    DateRole.RANGE_END,
)


def _interest_asked_next(folded: str, at: int) -> bool:
    """The sentence after ``folded[at]`` (a sentence's end) asks whether the buyer wants it."""
    head = folded[at : at + 160]
    begin = at + len(head) - len(head.lstrip())
    stop = _SENTENCE_END.search(folded, begin, begin + 150)
    end = stop.end() if stop is not None else begin + 150
    return INTEREST_ASKED.search(folded, begin, end) is not None


def assign_roles(
    text: str, mentions: list[DateMention], *, change_email: bool, price_email: bool
) -> list[RoledDate]:
    """Give each mention a role from its clause; ``change_email`` makes deliveries new ETAs."""
    folded = fold(text)
    roled: list[RoledDate] = []
    previous_end = 0
    for mention in mentions:
        lo, hi = _clause(text, mention.start, mention.end)
        before, after = folded[lo : mention.start], folded[mention.end : hi]
        own = folded[max(previous_end, mention.start - 60) : mention.start]
        end = _SENTENCE_END.search(text, mention.end, mention.end + 150)
        question = (
            end is not None
            and end.group(0) == "?"
            and not order_aside(text, mention.start, mention.end, end.start())
        )
        lo_own = max(previous_end, mention.start - 160)
        lo_whole = max(0, mention.start - 160)
        heads = [m.end() for m in _SENTENCE_START.finditer(text, lo_whole, mention.start)]
        whole = folded[max(heads, default=lo_whole) : mention.start]
        own_heads = [h for h in heads if h > lo_own] if lo_own > lo_whole else heads
        sentence = folded[max(own_heads, default=lo_own) : mention.start]
        found = _role(
            mention,
            before,
            after,
            own,
            sentence,
            change_email,
            price_email,
            question,
            follows_date=previous_end > mention.start - 60,
            whole_sentence=whole,
        )
        # "So we have two options:\n1. We ship ... 2. We wait ...": a numbered option
        line_at = folded.rfind("\n", 0, mention.start) + 1
        if (
            found.role != DateRole.OTHER
            and _NUMBERED.match(folded, line_at)
            and _OPTIONS_WORD.search(folded, max(0, line_at - 400), line_at)
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        # "Het wordt 22 december, en als dat niet lukt, dan maandag 4 januari": a fallback the
        # buyer may take after the sentence's first date, whose words may lie before another
        # date (while "If not, they come on Friday as planned" alone keeps the plan)
        if (
            found.role in _COMMITTING
            and previous_end > mention.start - len(whole)
            and _FALLBACK.search(whole) is not None
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        if found.role in _COMMITTING and folded[mention.start : mention.end] in _PAST_DAYS:
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        # "Mogen we die leveren? Dan blijft de levering op 22 oktober staan.": the answer decides
        head = max(heads, default=-1)
        if (
            found.role in _COMMITTING
            and head > 0
            and _THEN.match(folded, head)
            and text[max(0, head - 3) : head].rstrip().endswith("?")
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        # "... kunnen wij leveren vanaf half december. Laat u ons weten of dit u interesseert?":
        # an offer, whose date holds only if the buyer wants it
        if (
            found.role in _COMMITTING
            and end is not None
            and _interest_asked_next(folded, end.end())
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.7, True)
        stop = _CLAUSE_BREAK.search(text, mention.end, mention.end + 150)
        stop_at = stop.start() if stop else mention.end + 150
        following = next((m.start for m in mentions if m.start >= mention.end), stop_at)
        if _NOT_HELD_AFTER.search(folded, mention.end, min(stop_at, following)) or (
            _NEGATION_CLOSES.match(folded, mention.end, min(stop_at, following))
            and not _NOT_BEFORE.search(before[-25:])
        ):
            found = RoledDate(mention, DateRole.OTHER, 0.85, True)
        # "the remaining 150 follow in week 50, delivery 11 December": the rest's date even
        # when another date stands between it and the cue; a rest that has already shipped
        # arrives on the shipping notice's estimate.
        if (
            found.role == DateRole.CONFIRMED_DELIVERY
            and found.cued
            and REST.search(whole)
            and not _SHIPPED.search(whole)
            and not _UNCHANGED.search(before + " " + after)
        ):
            found = RoledDate(mention, DateRole.NEW_ETA, found.confidence, True, found.stated)
        found = _by_layout(found, folded, change_email)
        if found.role == DateRole.OTHER and _in_delivery_note_head(folded, mention.start):
            found = RoledDate(mention, DateRole.SHIP_DATE, 0.7, True)
        # "PAKBON PB-2093   Leverdatum: 24/11/2026": the note's own delivery date, on its title
        # line, is the day the goods on it leave
        line_head = folded[folded.rfind("\n", 0, mention.start) + 1 : mention.start]
        if (
            found.role == DateRole.CONFIRMED_DELIVERY
            and _in_delivery_note_head(folded, mention.start)
            and _DELIVERY_NOTE.search(line_head)
        ):
            found = RoledDate(mention, DateRole.SHIP_DATE, 0.7, True)
        if found.role in (DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA) and _CONSIGNMENT.search(
            folded, mention.end, mention.end + 40
        ):
            found = _consignment_sent(found, folded, end.start() if end else mention.end + 150)
        if found.role == DateRole.CONFIRMED_DELIVERY and not found.stated and not question:
            stop_at = end.start() if end is not None else mention.end
            heads = [
                m.end() for m in _SENTENCE_START.finditer(text, max(0, lo_own - 100), mention.start)
            ]
            head = max(heads, default=lo_own)
            if _IS_CONFIRMED.search(folded, head, stop_at) or (
                _OPEN_ORDER.search(folded, head, mention.start) and found.confidence >= 0.85
            ):
                found = RoledDate(mention, found.role, found.confidence, True, stated=True)
        roled.append(found)
        if mention.end > previous_end and mention.part != "start":
            previous_end = mention.end
    return _pulled_in(text, _same_role_for_both_ends(roled))
