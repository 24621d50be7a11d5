"""Corrections of a date's role from what lies beyond its clause.

A table column's header, a list's lead-in line, a quoted question the date answers, an
attached delivery note's head, a consignment a ship verb sends, a range whose two ends must
agree, a new date earlier than the one it replaces (a pull-in).
"""

from __future__ import annotations

import re

from agent.extraction.rules.columns import column_of
from agent.extraction.rules.fastre import compile_literal_first, fold
from agent.extraction.rules.roles.cues_delivery import CHANGE, DELIVERY, REST
from agent.extraction.rules.roles.cues_ship import _CONSIGNMENT, SHIP
from agent.extraction.rules.roles.decision import RoledDate, _cue_distances, _ranged
from agent.extraction.rules.roles.windows import _blank
from agent.models import DateRole

# An attached delivery note's title: its header date is the day the goods left.
_DELIVERY_NOTE = compile_literal_first(
    r"\b(?:delivery\s+note|dispatch\s+note|packing\s+slip|lieferschein|bon\s+de\s+livraison|"
    r"albar[aá]n|pakbon|leverbon)\b"
)
_ATTACHMENT_MARK = "--- attachment:"


def _in_delivery_note_head(folded: str, start: int) -> bool:
    """The date stands in the first lines of an attached delivery note, before its rows.

    "--- attachment: LS.pdf ---", "Lieferschein Nr. 5521 vom 04.11.2026": the note is dated the
    day it ships, whereas a date deeper in the note (a row, a delivery field) has its own cue.
    """
    mark = folded.rfind(_ATTACHMENT_MARK, max(0, start - 300), start)
    if mark < 0:
        return False
    head = folded[mark:start]
    return head.count("\n") <= 3 and _DELIVERY_NOTE.search(head) is not None


def _consignment_sent(found: RoledDate, folded: str, stop: int) -> RoledDate:
    """A ship verb for the consignment named right after the date makes a ship date.

    "Heute ist die erste Teillieferung ... rausgegangen": the verb comes before any delivery
    word of the sentence.
    """
    rest = _CONSIGNMENT.sub(_blank, folded[found.mention.end : stop])
    ship = SHIP.search(rest)
    delivery = DELIVERY.search(rest)
    if ship is None or (delivery is not None and delivery.start() < ship.start()):
        return found
    return RoledDate(found.mention, DateRole.SHIP_DATE, 0.75, True)


# A date cell earlier in a row, matched on the reversed row: "23.11.2026", "24/11", "kw 48".
_ROW_DATE = re.compile(
    r"\d{2,4}[./-]\d{1,2}[./-]\d{1,2}\b|\d{1,2}[./-]\d{1,2}\b|\d{1,2}\s*wk\b|\d{1,2}\s*\.?mes\b"
)


def _by_layout(found: RoledDate, folded: str, change_email: bool) -> RoledDate:
    """A date without a cue: its table column, its list's lead-in or the question it answers."""
    for correct in (_by_column, _by_lead_in, _by_question):
        if found.cued:
            break
        found = correct(found, folded, change_email)
    return found


def _by_column(found: RoledDate, folded: str, change_email: bool) -> RoledDate:
    """A date without a cue in a table row takes the role its column header names."""
    column = column_of(folded, found.mention.start)
    if column is None:
        return found
    if column == "ship":
        role = DateRole.SHIP_DATE
    elif column == "new":
        role = _ranged(found.mention, DateRole.NEW_ETA)
    elif column == "delivery":
        # "Was 12/10  Now 12/10": a new date equal to the old one on its row is unchanged.
        mention = found.mention
        row = folded[folded.rfind("\n", 0, mention.start) + 1 : mention.start]
        unchanged = re.search(
            rf"(?<![\w/.]){re.escape(folded[mention.start : mention.end])}\s", row
        )
        # "Wunschtermin 23.11.2026  Bestätigt 30.11.2026": a date under an old or requested
        # column earlier in the row that differs makes this one its replacement.
        earlier = _ROW_DATE.search(row[::-1])
        replaces = (
            earlier is not None and column_of(folded, mention.start - earlier.end()) == "other"
        )
        changed = (change_email or replaces) and unchanged is None
        role = _ranged(mention, DateRole.NEW_ETA if changed else DateRole.CONFIRMED_DELIVERY)
    else:
        role = DateRole.OTHER
    return RoledDate(found.mention, role, 0.7, True)


# A list item that begins with its date: "KW 49 - 800 pcs", "- 12/14: 300 pcs", "2) 9 Dec".
_ITEM_HEAD = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[).])?[ \t]*$")


def _by_lead_in(found: RoledDate, folded: str, change_email: bool) -> RoledDate:
    """A date without a cue that opens a list item takes the role its lead-in line names.

    "we have planned the delivery in three parts:" over "KW 47 - 800 pcs" and "KW 49 - 800
    pcs", "Lieferung in Teilmengen:" over "- 07.12.: 200 Stk": every part of a split delivery
    is a delivery date, the last one the commitment.
    """
    start = found.mention.start
    line_at = folded.rfind("\n", 0, start) + 1
    if not _ITEM_HEAD.match(folded, line_at, start) or line_at == 0:
        return found
    # up over the items before this one (at most a few) to the line that leads in
    item = folded[line_at : line_at + 2]
    end = line_at - 1
    for _ in range(8):
        begin = folded.rfind("\n", 0, end) + 1
        line = folded[begin:end].rstrip()
        if line.endswith(":"):
            lead = line[-120:]
            if DELIVERY.search(lead) is None or SHIP.search(lead) is not None:
                return found
            changed = change_email or CHANGE.search(lead) is not None
            role = DateRole.NEW_ETA if changed else DateRole.CONFIRMED_DELIVERY
            return RoledDate(found.mention, _ranged(found.mention, role), 0.7, True)
        # (a blank line may stand between the lead-in and its list)
        if begin == 0 or (line and not _same_kind(line[:2], item)):
            return found
        end = begin - 1
    return found


def _same_kind(head: str, item: str) -> bool:
    """Two list items begin alike: the same bullet or word ("kw"), or a number each."""
    return head == item or (head[:1].isdigit() and item[:1].isdigit())


def _by_question(found: RoledDate, folded: str, change_email: bool) -> RoledDate:
    """A date without a cue answering a quoted question takes the question's cue.

    "Hamburg 11th Nov." under "> 3. ETA of the sea shipment?", "KW 49" under "> Wann kommt der
    Rest?": an answer written under the buyer's question names the date it asks for.
    """
    start = found.mention.start
    line_at = folded.rfind("\n", 0, start) + 1
    if line_at == 0 or start - line_at > 30 or folded.startswith(">", line_at):
        return found
    begin = folded.rfind("\n", 0, line_at - 1) + 1
    question = folded[begin : line_at - 1].rstrip()
    if not question.startswith(">") or not question.endswith("?"):
        return found
    distances = _cue_distances(question, "")
    if not distances or min(distances, key=lambda k: distances[k]) != "delivery":
        return found
    changed = change_email or REST.search(question) is not None
    role = DateRole.NEW_ETA if changed else DateRole.CONFIRMED_DELIVERY
    # the vendor states it in answer, even in an email that asks something else
    return RoledDate(found.mention, _ranged(found.mention, role), 0.7, True, stated=True)


# Between a date and the one it replaces: "7 December rather than 10 December", "23.11.
# (bisher 30.11.)", "5 november i.p.v. 12 november".
_REPLACES_GAP = re.compile(
    r"[^.!?\n]{0,25}?(?:\b(?:instead\s+of|rather\s+than|not|statt|anstatt|bisher|au\s+lieu\s+d\w*|"
    r"en\s+(?:lugar|vez)\s+de\w*|in\s+plaats\s+van|ipv|was|earlier|previously|"
    r"antes\s+del?|avant|vorher|eerder)\b|\bi\.\s?p\.\s?v\.)[^.!?\n\d]{0,20}$"
)


def _pulled_in(text: str, roled: list[RoledDate]) -> list[RoledDate]:
    """A new date earlier than the one it replaces is a pull-in the vendor confirms.

    "will now arrive on Monday 7th December rather than Thursday 10th", "die Lieferung wird
    auf Montag, 23.11. vorgezogen (bisher 30.11.)": the goods come sooner, nothing slips.
    """
    for index in range(len(roled) - 1):
        new, old = roled[index], roled[index + 1]
        if (
            new.role == DateRole.NEW_ETA
            and old.role == DateRole.OTHER
            and new.mention.part == old.mention.part == "single"
            and old.mention.value > new.mention.value
            and old.mention.start - new.mention.end <= 45
            and _REPLACES_GAP.match(fold(text), new.mention.end, old.mention.start)
        ):
            roled[index] = RoledDate(
                new.mention, DateRole.CONFIRMED_DELIVERY, new.confidence, True, stated=True
            )
    return roled


def _same_role_for_both_ends(roled: list[RoledDate]) -> list[RoledDate]:
    """A range whose end is no delivery is none at its start ("vom 23.12. bis 5.1. zu")."""
    for index in range(1, len(roled)):
        first, second = roled[index - 1], roled[index]
        if (
            first.mention.part == "start"
            and second.mention.part == "end"
            and second.role == DateRole.OTHER
            and first.role != DateRole.OTHER
        ):
            roled[index - 1] = RoledDate(first.mention, DateRole.OTHER, second.confidence, True)
        # A price takes effect at the start of its window; the window's end is no start.
        if (
            first.mention.part == "start"
            and second.mention.part == "end"
            and first.role == second.role == DateRole.PRICE_EFFECTIVE
        ):
            roled[index] = RoledDate(second.mention, DateRole.OTHER, second.confidence, True)
    return roled
