"""Cues of dates that wait on an answer: conditions, offers, options and reply deadlines.

"if you want them by", "we could offer", "please confirm by Friday", "we'll come back to
you before Monday", "A) ship on time", "if that doesn't work, then Monday": such a date is a
possibility, a fallback or a deadline for an answer, not the vendor's commitment.
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first

CONDITIONAL = compile_literal_first(
    r"\bif\s+(?:we|it|they)\s+(?:miss|don'?t|do\s+not|can'?t|cannot)\b|"
    r"\bif\s+you|falls\s+sie|\bsi\s+vous|si\s+usted|\bals\s+u\b|\bif\s+(?:yes|so)\b|"
    r"\bcould\s+(?:ship|send|deliver|load|dispatch|have|get|make|produce|supply)|\bwenn\s+sie|\bals\s+jullie|\bsi\s+lo\s+prefier|"
    r"\b(?:can|could|may)\s+either\b|\bkönnten\s+wir\b|\bwe\s+could\s+offer\b|"
    # an offer or a choice: "we can offer you delivery in week 50 or week 51", "our production
    # plan allows either delivery in KW 51 ...", "Wir könnten nächste Woche noch liefern",
    # "nous pourrions livrer", "podríamos entregar", "we zouden ... kunnen leveren"
    r"\b(?:we\s+)?can\s+offer\s+(?:you\s+)?(?:delivery|shipment|dispatch)\b|"
    r"\b(?:allows?|permits?|offers?)\s+(?:\w+\s+){0,2}either\b|\bentweder\b|\bofwel\b|"
    r"\bwir\s+könnten\b|\bnous\s+pourrions\b|\bpodr[íi]amos\b|\b(?:we|wij)\s+zouden\s+(?:\w+\s+){0,3}kunnen\b|"
    r"\b(?:pouvons|pourrions)\s+vous\s+proposer\b|\bpodemos\s+ofrecer\w*\b|\b(?:asks?|asked|asking|wonders?|wondering)\s+(?:\w+\s+)?(?:if|whether)\b|"
    r"\bsi\s+(?:le|te|les|os|lo)\s+(?:interesa|desea|sirve|conviene)|\bsi\s+(?:me|nos)\s+|"
    # an offer: "If it helps, we could do ...", "we propose you to keep them and deliver ..."
    # "we'd take them off the order unless you want them in late January"
    r"\bunless\b|\bes\s+sei\s+denn\b|\bà\s+moins\s+que?\b|\ba\s+menos\s+que\b|\btenzij\b|"
    # "the original colour would be possible only in week 4": an option, not the plan
    r"\bwould\s+(?:only\s+)?be\s+possible\b|\bwäre\s+(?:\w+\s+){0,2}$|\bserait\s+possible\b|"
    r"\bser[íi]a\s+posible\b|\bzou\s+(?:\w+\s+)?mogelijk\s+zijn\b|"
    r"\bif\s+it\s+helps\b|\bwe\s+could\s+do\b|\b(?:we|i)\s+(?:would\s+)?propose\b|nous\s+(?:vous\s+)?proposons|"
    r"\bschlagen\s+(?:wir|ich)\s+(?:\w+\s+){0,2}vor\b|\b(?:os|le|les|te)\s+proponemos\b|\bstellen\s+(?:wij|we)\s+voor\b|"
    # a payment the order waits for: "if the deposit is not paid by", "falls die Anzahlung"
    r"\bif\s+(?:the\s+|your\s+)?(?:deposit|payment|prepayment)\b|\bsi\s+(?:le\s+|l'|votre\s+)?(?:acompte|paiement)\b|"
    r"\bsi\s+(?:el\s+)?(?:anticipo|pago)\b|\bfalls\s+(?:die\s+)?(?:anzahlung|zahlung)\b|\bals\s+(?:de\s+)?(?:aanbetaling|betaling)\b",
)

# A date by which the vendor wants an answer or will answer: "confirm by Thursday", "need to
# know by Friday", "I'll confirm a date in January", "Rückmeldung bis Freitag".
REPLY_BY = compile_literal_first(
    # ("Please tell me until Wednesday so I can plan the trucks")
    r"(?:confirm(?:ation)?|know|answer|reply|respond|decide|decision|feedback|advise|tell|"
    r"rückmeldung|antwort|bescheid|réponse|répondre|confirmer|respuesta|confirmar|"
    r"antwoord|laten\s+weten|bevestigen|vernemen|horen|hear|hören|savoir|saber|commitment|"
    r"zusage|engagement|compromiso|toezegging|choix|choice|keuze|elecci[óo]n|entscheidung|"
    # a claim window: "notify us within 2 business days of any discrepancy", "informieren Sie uns
    # innerhalb von 2 Werktagen", "signalez-nous sous 2 jours ouvrés", "notifíquenos dentro de"
    r"notify|inform|informieren|mitteilen|signalez|signaler|avisez|notifíquenos|notifiquenos|"
    r"inf[oó]rmenos|meld|melden)\s+(?:(?:a|the|an|exact|final|firm|this|that|date|it|you|"
    r"de\s+votre\s+part|votre|vos|de\s+su\s+parte|por\s+su\s+parte|su|sus|uw|ihre|your|from|"
    r"us|to|back|with|me|uns|nous|nos|ons|ihnen|graag|gerne|please|new|prices?|changes?|"
    r"quantities)\s+){0,4}(?:by|before|after(?:\s+qc)?(?:\s+on)?|"
    r"in|until|bis|avant|d'ici|antes\s+del?|voor|uiterlijk|within|innerhalb(?:\s+von)?|sous|"
    r"dentro\s+de|binnen)\s+(?:the\s+|le\s+|el\s+)?$|"
    # "Kindly check and revert within 3 days" (the date quotes its "within")
    r"\b(?:revert|reply|respond|answer|antworten|répondre|responder|antwoorden)\s+(?:to\s+(?:us|me)\s+)?$|"
    # "I'll confirm the exact vessel next week"
    r"(?:confirm|advise|tell\s+you)\s+(?:you\s+)?the\s+(?:exact|final|firm)\s+\w+\s+$|"
    # what must be done by a date: "must be confirmed by", "doivent être passées avant le"
    r"(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+be\s+(?:confirmed|ordered|placed|approved)\s+"
    r"(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$|"
    r"doi(?:t|vent)\s+être\s+(?:confirmée?s?|commandée?s?|passée?s?)\s+(?:avant|d'ici|au\s+plus\s+tard)\s+(?:le\s+)?$|"
    r"deben\s+(?:estar\s+|ser\s+)?(?:confirmad|pedid|realizad)\w*\s+(?:antes\s+del?|hasta\s+el)\s+$",
)
# The same said verb-last: "dienen uiterlijk vrijdag 11 december bevestigd te zijn", "müssen bis
# 10.12. bestellt sein".
_TO_BE_DONE_AFTER = re.compile(
    r"^\s*(?:\w+\s+)?(?:bevestigd|besteld|doorgegeven|geplaatst|bestätigt|bestellt|aufgegeben|"
    r"freigegeben)\s+(?:te\s+)?(?:zijn|worden|sein|werden)\b"
)
# The same said after the date: "ten laatste volgende vrijdag laat ik je weten hoe we verder
# gaan", "am Montag melde ich mich", "Friday I'll let you know", "lundi je vous recontacte",
# "el lunes le confirmo": the day the vendor will answer, not a delivery.
_TELLS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:laat|laten)\s+(?:ik|we|wij)\s+(?:je|u|jullie)\s+(?:\w+\s+)?weten|"
    r"(?:melde|melden)\s+(?:ich|wir)\s+(?:mich|uns)|"
    r"(?:i|we)(?:'ll|\s+will)\s+(?:let\s+you\s+know|come\s+back|get\s+back|revert)|"
    r"(?:je|nous)\s+vous\s+(?:tiendr\w+\s+au\s+courant|recontact\w*|informer\w*|redonner\w*)|"
    r"(?:le|les|te|os)\s+(?:informo|informar[ée]\w*|digo|dir[ée]\w*|aviso|avisar[ée]\w*))\b"
)
# The vendor will answer later: "we'll come back with a date by Wednesday", "get back to you
# before Friday", "wir melden uns bis Freitag", "nous reviendrons vers vous d'ici lundi".
COME_BACK = compile_literal_first(
    r"(?:come|get|revert|report)\s+back\b[^.!?\n]{0,60}\b(?:by|before|until|on|latest)\s+(?:the\s+)?$|"
    # (the date quoted with its own "on": "I will come back on Friday with a date", "I will
    # come back to you with new schedule as soon as I have it, latest on Monday")
    r"(?:come|get|revert|report)\s+back\s+(?:to\s+you\s+)?$|"
    # "We will inform you as soon as we have news, maybe next week", "wir informieren Sie,
    # sobald wir mehr wissen, voraussichtlich", "nous vous informerons d'ici", "le informaremos
    # antes del", "we informeren u uiterlijk"
    r"(?:(?:inform|update|notify)\s+you|let\s+you\s+know|informieren\s+(?:wir\s+)?sie|"
    r"vous\s+(?:informer|tiendr)\w*|(?:le|les|te|os)\s+informar\w*|informeren\s+(?:we\s+|wij\s+)?(?:u|jullie|je))\b"
    r"[^.!?\n\d]{0,60}\b(?:by|before|on|maybe|perhaps|probably|hopefully|bis|vor|vielleicht|"
    r"voraussichtlich|d'ici|avant|peut-être|probablement|antes\s+del?|quizás?|probablemente|"
    r"uiterlijk|voor|misschien|waarschijnlijk)\s+(?:the\s+|le\s+|el\s+|dem\s+)?$|"
    # "I will confirm on Monday when the truck passes the border"
    r"(?:will|'ll|shall)\s+(?:re)?confirm\s+(?:on\s+)?$|"
    r"melden\s+(?:uns|mich)\b[^.!?\n]{0,60}\b(?:bis|am|vor)\s+(?:zum\s+|dem\s+)?$|"
    r"(?:revien(?:s|dr\w+)|revenons)\b[^.!?\n]{0,60}\b(?:d'ici|avant|le)\s+(?:le\s+)?$|"
    r"(?:volver\w*|responder\w*)\b[^.!?\n]{0,60}\b(?:antes\s+del?|el|para\s+el)\s+$|"
    r"(?:terugkomen|komen\s+(?:\w+\s+){0,3}terug|laten\s+(?:\w+\s+){0,2}weten)\b[^.!?\n]{0,60}\b(?:voor|op|uiterlijk)\s+$|"
    # "je vous donnerai une nouvelle date ... au plus tard en fin de semaine": when the date comes
    # ("I can't give you an honest date before the end of next week", "Einen neuen Termin kann
    # ich Ihnen erst nächste Woche nennen", "een nieuwe leverdatum kan ik je pas in januari geven")
    r"(?:(?:give|send|get)\s+(?:you\s+)?(?:a\s+new|an?\s+(?:honest|firm|exact|final|definite|reliable))|(?:donn\w*|communiqu\w*|transmet\w*)\s+(?:\w+\s+){0,2}une\s+nouvelle|"
    r"(?:dar\w*|comunicar\w*|enviar\w*)\s+(?:\w+\s+){0,2}una\s+nueva|einen\s+neuen|een\s+nieuwe)\s+(?:delivery\s+|liefer|lever)?"
    r"(?:date|datum|termin|fecha)\b[^.!?\n\d]{0,60}\b(?:by|before|at\s+the\s+latest|au\s+plus\s+tard|d'ici|avant|"
    r"a\s+m[áa]s\s+tardar|antes\s+del?|spätestens|bis|uiterlijk|voor|erst|nicht\s+vor|pas(?:\s+(?:in|op|na))?|"
    r"only(?:\s+(?:in|on|by))?|not\s+before|seulement|pas\s+avant|s[óo]lo|no\s+antes\s+del?)"
    r"\s+(?:on\s+|the\s+|le\s+|el\s+|am\s+|zum\s+)?$|"
    # what the vendor needs from us by a date: "we'd need the text before 6 Nov"
    r"(?:we\s+(?:would\s+|will\s+|'d\s+)?need|necesit\w*|brauchen\s+wir|benötigen\s+wir|nous\s+avons\s+besoin|"
    # "wir bräuchten die Info nur bis Donnerstag", "und brauchen die Angaben bis Freitag"
    r"(?:bräuchten|brauchen|benötigen)\s+(?:wir\s+)?(?:die|eine|ihre|deine)\s+(?:info|angab|antwort|daten|freigabe)\w*|"
    r"hebben\s+we\b[^.!?\n]{0,40}\bnodig)\b[^.!?\n]{0,60}\b(?:by|before|antes\s+del?|bis|vor|avant|d'ici|voor|uiterlijk)"
    r"\s+(?:the\s+|el\s+|le\s+|dem\s+)?$|"
    # what the vendor asks the buyer to do by a date: "Bitte bestätigen Sie uns die Umstellung
    # bis spätestens Freitag", "please confirm the new address by Monday"
    r"(?:please|pls|bitte|merci\s+de|veuillez|por\s+favor|gelieve)\s+(?:\w+\s+){0,2}"
    r"(?:confirm|send|return|sign|bestätigen|senden|schicken|zurück|confirmer|renvoyer|retourner|"
    r"confirm[ae]r?|envi[ae]r?|bevestigen|sturen|terugsturen)\w*\b[^.!?\n\d]{0,60}\b"
    r"(?:by|before|bis|vor|avant|d'ici|antes\s+del?|voor|uiterlijk|(?:at\s+the\s+)?latest)\s+(?:spätestens\s+|the\s+|le\s+|el\s+|dem\s+|zum\s+)?$",
)

# A deadline with what happens if it is missed: "must start latest by Friday 18th, otherwise
# packing will be affected", "bis Freitag, sonst verschiebt sich", "avant lundi, sinon".
_OTHERWISE_AFTER = re.compile(
    r"\s*,?\s*(?:otherwise|or\s+else|sonst|andernfalls|ansonsten|sinon|faute\s+de\s+quoi|"
    r"de\s+lo\s+contrario|si\s+no\b|de\s+otro\s+modo|anders|zo\s+niet)\b"
)

# A fallback offered in case the first date does not suit the buyer, before its date in the
# same sentence: "Het wordt dinsdag 22 december, en als dat niet meer lukt, dan maandag 4
# januari", "if that doesn't work for you, Monday 4 January", "failing that", "wenn das bei
# euch nicht passt, dann", "si cela ne vous convient pas", "si eso no os va bien".
_FALLBACK = compile_literal_first(
    r"(?:\bif\s+(?:that|this|it)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|is\s+not|isn'?t|can'?t|"
    r"cannot)\b|\bals\s+dat\b[^.!?\n]{0,60}\bniet\b|\bwenn\s+(?:das|dies)\b[^.!?\n]{0,60}\bnicht\b|"
    r"\bsi\s+(?:cela|ça|ceci)\s+ne\b|\bsi\s+(?:eso|esto)\s+no\b)[^.!?\n]{0,80}$|"
    r"\b(?:failing\s+that|if\s+not|alternatively|sinon|andernfalls|ansonsten|si\s+no|zo\s+niet|"
    r"anders)\b[^.!?\n]{0,30}$"
)
# One of the options the buyer is asked to choose from: "A) ship on time (loading 9 October)".
_OPTION = re.compile(r"\s*(?:option\s+)?[a-c][).:]\s")
# A numbered item, one of the options when the text before it offers some.
# ("Wir hätten zwei Möglichkeiten:\n\na) Teillieferung ... in KW 51, der Rest in KW 2/2027")
_NUMBERED = re.compile(r"\s*(?:option\s+)?(?:\d|[a-c])[).:]\s")
_OPTIONS_WORD = compile_literal_first(
    r"\b(?:two|three|2|3|following|these|zwei|drei|folgende|deux|trois|dos|tres|twee|drie)\s+"
    r"(?:options?|possibilit\w+|möglichkeiten|varianten|alternativ\w*|opciones|opties|mogelijkheden|"
    r"choices|solutions?)\b|\b(?:options?|opciones|opties|möglichkeiten)\s*:"
)

# The next sentence asks whether the buyer wants what the date's sentence offers: "Een
# gelijkaardig dessin kunnen wij leveren vanaf half december. Laat u ons weten of dit u
# interesseert?", "Do you want us to do that?", "Hätten Sie daran Interesse?", "Cela vous
# intéresse-t-il ?", "¿Le interesa esta opción?".
INTEREST_ASKED = compile_literal_first(
    r"\b(?:if|whether|of|ob|si)\s+(?:this|that|it|dit|dat|das|dies|cela|ceci|esto|eso)\s+"
    r"(?:\w+\s+){0,2}(?:interest|interess|intéress|interes)\w*|"
    # (not "Are you interested in our new catalogue?", which asks about something else)
    r"\binterested\s+in\s+(?:this|that|it)\b|"
    r"\bdo\s+you\s+want\s+(?:us\s+to\s+do\s+(?:that|this|it)|(?:this|that|it)\b)|"
    r"\b(?:hätten|haben)\s+sie\s+(?:daran\s+)?interesse\b|\b(?:cela|ceci)\s+vous\s+intéresse|"
    r"\ble\s+interesa\s+(?:esta|este|esto|eso)\b|\bheeft\s+u\s+(?:daar\s+)?interesse\b"
)

# A sentence that goes on from a question: its dates depend on the answer.
_THEN = compile_literal_first(
    r"(?:then|dan|dann|alors|entonces|in\s+(?:that|this)\s+case|in\s+dat\s+geval|in\s+diesem\s+fall|"
    r"dans\s+ce\s+cas|en\s+ese\s+caso)\b"
)
