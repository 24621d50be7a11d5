"""The role of each date, read from the words around it as a buyer would.

The nearest cue word in the date's own clause decides: "ship"/"dispatch" make a ship date,
"deliver"/"arrive"/"ETA" a delivery, "effective"/"as of" near a price an effective date.
A date the vendor restates from our order ("instead of 2 Dec", "originally", "was planned
for", "your requested date") is kept apart with role ``other``, so that it never becomes the
commitment. A delivery date is a ``new_eta`` when the clause or the email speaks of a change,
else a ``confirmed_delivery``.

``assign_roles`` (``assign``) is the entry; ``decision`` gives one date its role from the
words of ``windows``, ``corrections`` amends it from what lies beyond its clause; the cue
vocabularies are ``cues_delivery``, ``cues_ship``, ``cues_price``, ``cues_history`` (restated,
negated, past), ``cues_asks`` (conditions, options, reply deadlines) and ``cues_other``.

The cue patterns are written in lower case and matched on folded text; most are rewritten so
that each alternative begins with a literal (see ``fastre``).
"""

from __future__ import annotations

from agent.extraction.rules.roles.assign import assign_roles
from agent.extraction.rules.roles.cues_asks import COME_BACK, CONDITIONAL, REPLY_BY
from agent.extraction.rules.roles.cues_delivery import CHANGE, DELIVERY, REST, WEAK_DELIVERY
from agent.extraction.rules.roles.cues_history import _SINCE, _UNTIL_NOW, NEGATED, RESTATED
from agent.extraction.rules.roles.cues_other import (
    _CAUSE,
    _ONLY_UNTIL,
    _SUPPLIER_DOES,
    _SUPPLY_ARRIVES,
    _TO_US,
    CANCELLED,
    DOCUMENT,
    INBOUND,
    ORDER_CUTOFF,
    OTHER_CUE,
)
from agent.extraction.rules.roles.cues_price import PRICE_CONTEXT, PRICE_CUE
from agent.extraction.rules.roles.cues_ship import SHIP
from agent.extraction.rules.roles.decision import _SENTENCE_CUES, _TAIL_CUES, RoledDate

# (The underscored names are the cue sets ``decision._plainly_other`` scans at once and their
# parts, which the tests check against each other.)
__all__ = [
    "CANCELLED",
    "CHANGE",
    "COME_BACK",
    "CONDITIONAL",
    "DELIVERY",
    "DOCUMENT",
    "INBOUND",
    "NEGATED",
    "ORDER_CUTOFF",
    "OTHER_CUE",
    "PRICE_CONTEXT",
    "PRICE_CUE",
    "REPLY_BY",
    "REST",
    "RESTATED",
    "SHIP",
    "WEAK_DELIVERY",
    "_CAUSE",
    "_ONLY_UNTIL",
    "_SENTENCE_CUES",
    "_SINCE",
    "_SUPPLIER_DOES",
    "_SUPPLY_ARRIVES",
    "_TAIL_CUES",
    "_TO_US",
    "_UNTIL_NOW",
    "RoledDate",
    "assign_roles",
]
