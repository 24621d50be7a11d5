"""Cues that a date is history: restated from the order, replaced, negated or past.

"instead of 2 Dec", "originally", "was planned for", "your requested date", "we can't keep
the 28th", "since Monday", "yesterday": such a date is kept apart with role ``other``, so that
it never becomes the commitment. ``_restated`` reads the restated cues before a date;
``told_in_the_past`` says whether a date's sentence tells of something gone by ("the hail on
Tuesday wiped out Block 7").
"""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import compile_literal_first
from agent.extraction.rules.roles.cues_delivery import REST

RESTATED = compile_literal_first(
    r"\bnot\s+$|\bnicht\s+$|\bne\b[^.!?\n]{0,40}\bpas\s+$|\bn\'[^.!?\n]{0,40}\bpas\s+$|\bniet\s+$|nicht\s+wie|not\s+as\b|pas\s+comme|"
    r"no\s+como|niet\s+zoals|instead\s+of(?!\s*(?:eur|usd|gbp|chf|€|\$|£|\d+\s+(?:pallets?|pcs|pieces|units|cartons|boxes|cases)\b))|rather\s+than|won'?t\s+make|will\s+not\s+make|"
    r"can(?:no|')?t\s+(?:make|meet|keep|hold|deliver|ship)|not\s+be\s+able\s+to\s+(?:make|meet|deliver)|"
    r"miss(?:ed)?\s+the|(?:was|were)\s+(?:meant|supposed)\s+to|(?:earlier|sooner)\s+th[ae]n\s+(?:the\s+)?$|(?:earlier|sooner)\s+than\b[^.!?\n\d,]{0,25}$|"
    r"before\s+(?:it|this|that)\s+was\b|"
    r"(?:which|that)\s+(?:i|we)\s+(?:had\s+)?(?:told\s+you|promised|said)\b|\bnot\s+(?:on\s+)?the\b|\bnot\s+on\b|no\s+longer|"
    r"nicht\s+(?:mehr\s+)?(?:zum|am|bis)|ne\s+pourrons\s+pas|pas\s+le|no\s+podremos|\bno\s+el|no\s+lleg(?:amos|aremos|ar[aá]n?|an?)\b|"
    r"niet\s+(?:op|meer)|originally|original(?:ly)?\s+(?:promised\s+)?(?:date|eta|etd|delivery)|"
    r"(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:planned|scheduled|due|"
    r"expected|confirmed|promised|foreseen|agreed)|previously|initially|formerly|"
    r"(?:old|previous|earlier|former|current)\s+(?:delivery\s+|promised?\s+)?(?:date|eta|schedule)|"
    r"(?:old|previous|former|original)\s+(?:etd|(?:ship(?:ping)?|loading)\s+date|est(?:imated)?\.?\s+(?:delivery|arrival))|"
    r"(?:old|previous|former|original)\s+est(?:imated)?\.?\s+(?:ship(?:ping)?|delivery|arrival)\s+date|"
    # "after my mail yesterday"
    r"(?:my|our|your)\s+(?:e-?mail|mail|message|call)\s+$|"
    r"(?:your|the)\s+requested|requested\s+(?:delivery|date|eta)\b[^.!?\n\d]{0,12}$|"
    r"gewünschte[rs]?\s+(?:liefer)?(?:termin|datum)\b[^.!?\n\d]{0,8}$|date\s+souhaitée|"
    r"fecha\s+(?:solicitada|deseada|requerida)|gewenste\s+(?:lever)?datum|"
    # the buyer's own ask: "vous aviez demandé une livraison en", "pedíais", "Entrega solicitada:"
    r"(?:entrega|livraison|lieferung|levering)\s+(?:solicitada|deseada|demandée|gewünscht|gevraagd)|"
    r"vous\s+aviez\s+(?:demandé|souhaité)|(?<!como\s)ped[íi]ais\b|hab[íi]ais\s+pedido|"
    # (not "We confirm the earlier date you asked: delivery on Friday 25 September", whose
    # colon gives the date granted)
    # the buyer's ask in the present: "ustedes solicitan entrega el 16 de octubre", "you
    # request delivery on", "Sie wünschen Lieferung am", "vous demandez une livraison le",
    # "u vraagt levering op"
    r"(?:ustedes|usted|vosotros)\s+(?:solicit\w+|ped[íi]s|piden?)\b|you\s+request\b|"
    r"sie\s+wünschen\b|vous\s+(?:demandez|souhaitez)\b|(?:u|jullie)\s+(?:vraagt|vragen|wenst|wensen)\b|"
    r"(?:u|jullie)\s+had(?:den)?\s+(?:\w+\s+){0,3}gevraagd|requested\s+(?:delivery\s+)?(?:date|for|on|by)|yo(?<!as\syo)u\s+(?:requested|asked)(?![,:])|"
    r"(?:order|po|purchase\s+order)\s+(?:date|dated|of)|"
    r"(?:bestellung|commande|pedido|bestelling)\b[^.!?\n]{0,25}\b(?:vom|du|del|van)\s+$|"
    r"(?:order|pedido|commande|bestellung|bestelling)\s+(?:for|para|pour|für|voor)\s+(?:the\s+|le\s+|el\s+)?$|\bdated\b|\bordered\s+on|placed\s+on|"
    r"(?:your|my|our|ihre?|deine?|meine?|unsere?|votre|ton|mon|notre|su|tu|mi|uw|je|jouw|mijn|ons)\s+(?:e-?mail|mail|message|nachricht|correo|bericht|letter)\s+"
    r"(?:of|from|dated|vom|du|del|van)|"
    # "I know the PO says the 13th", "laut Bestellung", "selon votre commande"
    r"(?:po|order|bestellung|commande|pedido|bestelling)\s+(?:says|said|shows|states)\s+(?:the\s+)?$|"
    # the buyer's order asks for the date: "your PO requests delivery on 1 December", "Your PO
    # asked for delivery 9/21", "Ihre Bestellung verlangt Lieferung am", "votre commande demande
    # une livraison le", "su pedido pide entrega el", "uw bestelling vraagt levering op"
    r"(?:po|order|bestellung|commande|pedido|bestelling)\s+(?:requests|requested|asks\s+for|asked\s+for|"
    r"calls\s+for|verlangt|fordert|demande|demandait|pide|ped[íi]a|solicita|vraagt|vroeg)\s+(?:an?\s+|une\s+)?"
    r"(?:delivery|lieferung|livraison|entrega|levering)\s+(?:\w+\s+)?$|"
    r"(?:laut|gemäß)\s+(?:ihrer\s+)?bestellung\s+(?:\w+\s+)?$|selon\s+votre\s+commande\s+(?:\w+\s+)?$|"
    # what the buyer did: "P07611 which you sent yesterday"
    r"(?:which|that)\s+you\s+(?:sent|placed|ordered|mailed)\s+(?:us\s+)?$|"
    # "didn't make Friday's pickup"
    r"(?:didn'?t|did\s+not)\s+make\s+$|"
    # "no need to wait for the 28th - we'll deliver on the 17th"
    r"no\s+need\s+to\s+wait\s+(?:for|until|till)\s+(?:the\s+)?$|(?:pas\s+besoin|inutile)\s+d'attendre\s+(?:le\s+|jusqu'au\s+)?$|"
    r"no\s+hace\s+falta\s+esperar\s+(?:al?\s+|hasta\s+el\s+)?$|niet\s+te\s+wachten\s+(?:tot|op)\s+$|"
    r"nicht\s+bis\s+zum\s+$|"
    # "ya no zarpa el 28", "la fecha que os dimos, el 16"
    r"\bya\s+no\s+(?:\w+\s+){0,2}$|\bno\s+(?:sale|salen|llega|llegan|zarpa|zarpan|cargamos)\s+(?:el\s+)?$|"
    # a typing error corrected: "delivery date is written 30/12 but correct is 03/12", "steht
    # fälschlich 30.12.", "indiquée par erreur au 30/12", "figura por error el 30/12"
    r"\b(?:is|was|were)\s+(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:written|typed|stated)\s+(?:as\s+)?$|"
    r"\b(?:fälschlich|irrtümlich)\w*\s+(?:als\s+|mit\s+)?$|\bpar\s+erreur\s+(?:au\s+|le\s+)?$|"
    r"\bpor\s+error\s+(?:el\s+)?$|\bper\s+abuis\s+(?:op\s+)?$|"
    # the buyer's ask in the present: "ustedes solicitan entrega el 16 de octubre", "vous
    # demandez une livraison le", "you request delivery on", "Sie wünschen Lieferung am"
    r"\b(?:solicitan|solicit[áa]is|piden|ped[íi]s|demandez|souhaitez|wünschen|request|ask\s+for|vragen|"
    r"wensen)\s+(?:una\s+|la\s+|une\s+|eine\s+|a\s+|een\s+)?(?:entrega|livraison|lieferung|"
    r"delivery|levering)\s+(?:(?:para|pour|on|for|am|le|el|op|voor)\s+)?(?:el\s+|le\s+|the\s+)?$|"
    r"\bto\s+be\s+(?:ordered|paid|approved|signed)\s+$|\bque\s+(?:os|te|le|les)\s+(?:dimos|dijimos|confirmamos|prometimos)\b|"
    r"\(\s*(?:was|rev(?:ision)?\.?\s*\d+\s*:)|\bwas\s*:|"
    # "(earlier advised week 2)", "früher gemeldet", "annoncée précédemment": the old date
    r"\b(?:earlier|previously|originally|before)\s+(?:advised|announced|communicated|indicated|"
    r"quoted|given|advertised|notified)\s+$|\bfrüher\s+(?:gemeldet|mitgeteilt|genannt)\w*\s+$|"
    # the date a change leaves: "bring P08654 forward from 27 Nov to 24 November"
    r"\b(?:forward|back)\s+from\s+(?:the\s+)?$|"
    # a change notice's old value: "oud: week 48   nieuw: week 50", "alt: KW 48", "ancien :"
    r"\b(?:old|oud|alt|ancien|anterior)\s*:\s*$|statt|anstatt|anstelle|ursprünglich|bisher(?:iger)?|"
    r"(?:geplant|vorgesehen|bestätigt)\s+war|alter?\s+termin|wunschtermin|au\s+lieu\s+d|"
    r"initialement|pr[ée]vue?s?\s+(?:initialement|pour\s+le)|ancienne\s+date|pr[ée]c[ée]demment|"
    r"(?:estaba|estaban|era|eran)\s+(?:previst|planificad|programad|fijad)|(?:était|étaient)\s+(?:prévu|planifi|programm)|"
    r"en\s+lugar\s+d|en\s+vez\s+d|originalmente|inicialmente|previsto\s+(?:para|inicialmente)|"
    r"anteriormente|fecha\s+anterior|in\s+plaats\s+van|oorspronkelijk|gepland\s+(?:was|stond)|"
    r"eerder\s+(?:bevestigd|gepland|doorgegeven|genoemd\w*|gecommuniceerd\w*)|oude\s+\w*datum|"
    r"alte[rsn]?\s+\w*(?:termin|datum)|"
    # "Je vous avais confirmé une livraison le", "we had promised", "hatten ... bestätigt"
    r"(?:(?:avais|avions|avait)\s+(?:\w+\s+)?(?:confirm|annonc|promis|indiqu)|"
    r"(?:\bhad|'d)\s+(?:\w+\s+)?(?:confirmed|promised|quoted|told\s+you|said)|hatten\s+(?:\w+\s+){0,3}(?:bestätigt|zugesagt)|"
    r"hab[íi]a(?:mos)?\s+(?:\w+\s+)?(?:confirmad|prometid)|hadden\s+(?:\w+\s+){0,3}(?:bevestigd|beloofd))"
    r"[^.;!?\n\d]{0,40}$|"
    # "10 days past the 11/20 ship date we confirmed"
    r"(?:days?|weeks?)\s+(?:past|behind)\s+(?:the\s+)?$|(?:we|i)\s+(?:have\s+)?received\s+$|"
    # (with its article: ", livraison prévue le 4 décembre" after a ship date is the new plan)
    r"\b(?:the|die|der|la|le|el|de|het|your|our|ihre|unsere|votre|notre|su|uw|onze)\s+"
    r"(?:delivery|date|lieferung|livraison|entrega|levering)\s+(?:planned|scheduled|geplant|"
    r"prévue|prevista|gepland)\s+(?:on|for|am|für|le|pour|el|para|op|voor)\s+$|"
    r"(?:orders|commandes|pedidos|bestellungen|bestellingen)\s+(?:\w+\s+)?(?:placed|received|"
    r"passées|reçues|recibidos|realizados|eingegangen|eingehend|geplaatst)\s+(?:\w+\s+){0,2}$",
)
_RESTATED_AFTER = re.compile(
    # "antes del 9/10 que teníamos al principio", "fin novembre qui vous avait été confirmée"
    r"^\s*(?:que\s+ten[íi]amos|(?:that|which)\s+we\s+had\b|(?:den|die|das)\s+wir\s+(?:\w+\s+)?hatten|"
    r"que\s+nous\s+avions|die\s+we\s+hadden|qui\s+vous\s+(?:avait|a)\s+été\s+(?:confirm|annonc|promis))|"
    r"^\s*[,)]?\s*(?:is|are|will\s+be)?\s*(?:no\s+longer|not\s+(?:possible|achievable|feasible)|"
    r"(?:we\s+)?can(?:no|')?t\s+(?:make|meet|keep)|(?:we\s+)?cannot|is\s+off|nicht\s+mehr|"
    r"n'est\s+plus|ya\s+no|niet\s+meer)|"
    # the old plan said verb-last: "die Lieferung, die für morgen geplant war", "de levering die
    # voor morgen gepland stond" (English and the Romance languages say it before the date)
    r"^\s*(?:geplant|eingeplant|vorgesehen|bestätigt|zugesagt)\s+(?:war|waren|gewesen)\b|"
    r"^\s*(?:gepland|ingepland|bevestigd|toegezegd)\s+(?:stond|stonden|was|waren)\b|"
    # "de kaarsen die we in week 49 zouden leveren"
    r"^\s*(?:zouden|zou)\s+(?:\w+\s+)?leveren\b|"
    # a date shown in error: "Die KW 51 im Lieferantenportal kommt von einem Fehler", "the
    # 12/18 in the portal is an error", "la date du portail est une erreur", "es un error"
    r"^\s*(?:[\w-]+\s+){0,4}(?:kommt\s+von\s+einem\s+fehler|ist\s+ein\s+fehler|(?:is|was)\s+(?:an?\s+)?"
    r"(?:error|mistake|typo)|est\s+une\s+erreur|es\s+un\s+error|is\s+een\s+fout)\b|"
    # the day of a call: "zoals vanmorgen telefonisch afgesproken", "yesterday by phone agreed"
    r"^\s*(?:telefonisch|am\s+telefon|by\s+phone|on\s+the\s+phone|par\s+t[ée]l[ée]phone|por\s+tel[ée]fono)\s+"
    r"(?:afgesproken|besproken|besprochen|vereinbart|abgesprochen|discussed|agreed|convenu|discut[ée]|acordado|hablado)",
)
# The vendor says after the date that it will not hold, before any other date comes: "den
# bestätigten Liefertermin 28.10. können wir leider nicht halten", "the 12/3 date we can't keep".
_NOT_HELD_AFTER = compile_literal_first(
    r"(?:können|kann)\s+(?:wir|ich)\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:halten|einhalten|schaffen)|"
    r"schaffen\s+wir\s+(?:\w+\s+)?nicht|can(?:no|')?t\s+(?:\w+\s+)?(?:keep|meet|hold|make)|"
    # "13 November we can't do either", "den 13. können wir nicht liefern", "le 13 nous ne
    # pouvons pas le faire", "el 13 no lo podemos hacer", "de 13e kunnen we niet leveren" (no
    # word between; and not "4 December is fine, we can't do earlier", "früher können wir nicht
    # liefern", "eerder kunnen we niet leveren": a bound, whose date holds)
    r"can(?:no|')?t\s+do\b(?!\s+(?:it\s+|that\s+)?(?:any\s+)?(?:earlier|sooner|faster|before|better|more))|"
    r"(?<!früher\s)(?<!eher\s)(?:können|kann)\s+(?:wir|ich)\s+nicht\s+(?:machen|liefern)\b(?!\s+früher)|"
    r"ne\s+(?:pouvons|pourrons)\s+pas\s+(?:le\s+)?faire\b(?!\s+(?:plus\s+tôt|avant))|"
    r"no\s+(?:lo\s+)?(?:podemos|podremos)\s+hacer\b(?!\s+antes)|"
    r"(?<!eerder\s)(?<!sneller\s)(?:kunnen|kan)\s+(?:we|wij|ik)\s+niet\s+(?:doen|leveren)\b(?!\s+eerder)|"
    # ("we can't do either" is above) "den 13. können wir auch nicht", "le 13, on ne peut pas
    # non plus", "el 13 no podemos tampoco", "de 13e kunnen we ook niet"
    r"können\s+wir\s+auch\s+nicht\b|(?:on|nous)\s+ne\s+(?:peut|pouvons)\s+pas\s+non\s+plus\b|"
    r"no\s+(?:podemos|podremos)\s+tampoco\b|kunnen\s+we\s+ook\s+niet\b|"
    r"won'?t\s+be\s+able\s+to\s+(?:keep|meet|hold|make)|won'?t\s+happen|will\s+not\s+happen|(?:will|would|does|do)\s+not\s+hold|"
    r"(?:won'?t|doesn'?t|no\s+longer)\s+hold|"
    r"ne\s+(?:pourrons|pouvons|pourra|peut)\s+pas\s+(?:\w+\s+)?(?:tenir|respecter|être\s+tenue?)|"
    r"no\s+(?:podremos|podemos|podrá)\s+(?:\w+\s+)?(?:cumplir|mantener)|"
    r"(?:kunnen|kan)\s+(?:we|ik)\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?(?:halen|houden|nakomen|waarmaken)|"
    # "La fecha de entrega del 4 de diciembre, por tanto, no se mantiene"
    r"no\s+se\s+(?:mantiene|mantendr[áa]|puede\s+mantener|cumplir[áa])|ne\s+tient\s+plus|"
    r"n'est\s+plus\s+(?:tenable|valable|possible)|nicht\s+(?:mehr\s+)?(?:haltbar|zu\s+halten)|"
    r"(?:is|are)\s+no\s+longer\s+(?:valid|possible|feasible|realistic)|niet\s+(?:meer\s+)?haalbaar|"
    # "The arrival 4 Dec that we confirmed to you is not possible anymore", "ist nicht mehr
    # möglich", "n'est pas possible", "no es posible", "is niet mogelijk"
    r"(?:is|are)\s+not\s+(?:possible|feasible|realistic)(?:\s+any\s?more)?|"
    r"(?:ist|sind)\s+nicht\s+(?:mehr\s+)?(?:möglich|machbar)|n'est\s+pas\s+(?:possible|réalisable)|"
    r"no\s+es\s+(?:posible|factible)|(?:is|zijn)\s+niet\s+(?:meer\s+)?mogelijk|"
    # the booked slot is given up: "The 11/20 delivery slot is released", "der Liefertermin
    # wird storniert", "le créneau est libéré", "la franja queda liberada", "het tijdslot is
    # vrijgegeven"
    r"(?:slot|booking|termin|créneau|franja|tijdslot)\s+(?:is|has\s+been|wird|ist|est|queda|wordt)\s+"
    r"(?:now\s+)?(?:released|freed|cancell?ed|storniert|annulée?|libérée?|liberad[oa]|anulad[oa]|"
    r"vrijgegeven|geannuleerd)\b|"
    # the date lapses: "De bevestigde leverdatum van 6 november vervalt daarmee", "entfällt",
    # "devient caduque", "queda sin efecto", "is void", "cannot be honoured", "ne pourra pas
    # être honorée", "no podrá ser atendido"
    r"\bvervalt\b|\bvervallen\b|\bentfällt\b|\bentfallen\b|(?:devient|est)\s+caduque?|"
    r"quedan?\s+sin\s+efecto|(?:is|becomes)\s+(?:now\s+)?void\b|"
    r"can(?:no|')?t\s+be\s+honou?red|ne\s+(?:pourra|pourrons|peut)\s+pas\s+être\s+honorée?s?|"
    r"no\s+(?:podr[áa]|puede)\s+ser\s+(?:atendid|cumplid)[oa]s?|"
    # "de levering die voor morgen gepland stond gaat niet door": the planned delivery is off
    r"(?:gaat|gaan)\s+(?:\w+\s+){0,2}niet\s+door|findet\s+(?:\w+\s+){0,2}nicht\s+statt|"
    r"(?:won'?t|will\s+not)\s+go\s+ahead|n'aura\s+pas\s+lieu|no\s+(?:se\s+)?(?:realizar[áa]|tendr[áa]\s+lugar)",
)
# The verb came before the date and the negation closes the clause right after it: "we halen
# de leverdatum van vrijdag 13 november daardoor niet", "die Lieferung in KW 51 nicht halten".
_NEGATION_CLOSES = re.compile(
    r"\s*(?:\w+\s+)?(?:niet|nicht)(?:\s+(?:mehr|meer))?"
    r"(?:\s+(?:halen|houden|nakomen|waarmaken|halten|einhalten|schaffen))?\s*(?:[.!;\n]|$)"
)
# "vor dem 20.11. geht es nicht": the negation bounds the date, the date still holds.
_NOT_BEFORE = compile_literal_first(
    r"\b(?:vor|voor|eerder\s+dan|früher\s+als|before|sooner\s+than)\b"
)
# "steht seit Montag still", "since Monday": a date since which something holds is past.
_SINCE = compile_literal_first(
    r"\b(?:since|seit|sinds)\s+(?:the\s+|dem\s+|de\s+|last\s+|letzte[mn]?\s+|vorige[mn]?\s+)?$"
)

# A date the vendor says will not hold ("will not be delivered on", "won't go out", "ne pourra
# pas être livrée le", "niet in"), in its own sentence; "not later than" is a deadline. A
# change negated is no negation of the date: "Les mangeoires ne changent pas, livraison
# toujours le 17/12", "does not change", "ändert sich nicht", "verandert niet"; nor is an
# order not affected: "P11602 ist davon nicht betroffen: die Lieferung ist für 10.12. eingeplant".
NEGATED = compile_literal_first(
    r"(?:\b(?<!\bif\s)(?<!\bsi\s)(?:not(?!\s+chang)|won'?t|can'?t|cannot|(?<!verandert\s)niet|"
    r"(?<!ändert\ssich\s)nicht|ne\s+(?!chang|bouge)(?:\w+\s+){1,3}pas|n'\w+\s+pas|no\s+podremos|no\s+podr[áa]n?|"
    r"no\s+pod[eé]is)\b(?![^.!?\n]*\b(?:later|late|after|before|earlier|sp[äa]ter|vor|avant|plus\s+tard|"
    # ("P2 is not touched / not impacted and will be delivered 10 December", "davon nicht
    # berührt", "n'est pas touchée", "no se ve afectado": the order left alone keeps its date)
    r"antes|m[aá]s\s+tarde|voor|affected|impacted|touched|betroffen|berührt|touchée?s?|impactée?s?|tocad[oa]s?|geraakt|concern\w*|afectad\w*|getroffen|only|erst|until|bis|hasta|per|ab|from|as\s+of)\b)"
    # (up to the date, but not past a closing parenthesis or a sentence's end: in "(le bois
    # n'était pas assez sec), elles suivront" and "is dus niet gelukt. verwacht nu" the
    # negation is the aside's or the last sentence's; nor past a semicolon, which starts a
    # clause of its own: "zijn nog niet ver genoeg gerijpt; die volgen eind volgende week"; nor
    # past a comma that opens a clause of its own: "Den zugesagten 20.11. schaffen wir nicht
    # mehr, wir liefern voraussichtlich Ende KW 49", "can't make it, we deliver on")
    r"(?:(?!,\s*(?:we|wir|nous|wij|ich|je|i)\s)(?:[^.!?\n);]|\.(?!\s))){0,35}"
    r"|\(\s*(?:earlier|before|was|antes|vorher|avant|eerder|previously)\s+"
    r"|\bi\.\s?p\.\s?v\.\s*|\bipv\s+(?:(?:ma|di|wo|do|vr|za|zo)\.?\s+)?"
    # "moved from", "brought forward from"; not past a colon, which gives the new value: "a
    # décalé l'enlèvement : nouvelle date de livraison le"
    r"|\b(?:chang|mov|roll|shift|revis|postpon|push|verschob|verschieb|décal|cambi|verscho|schuif|schuiv|"
    r"(?:bring|brought|bringing|pull(?:ed|ing)?)\s+(?:\S+\s+){0,3}?forward|vorgezog|avanc|adelant|vervroeg)\w*"
    r"[^.!?\n:]{0,30}\b(?:from|von|vom|du|de|del|van)\s+(?:the\s+|dem\s+|le\s+|el\s+)?"
    r"(?:[^.!?\n:]{0,25}\b(?:on|am|le|el|op)\s+)?)$",
)

# A day already past ("yesterday") is never a delivery the vendor commits to.
_PAST_DAYS = frozenset(
    {
        "yesterday",
        "gestern",
        "vorgestern",
        "hier",
        "avant-hier",
        "ayer",
        "anteayer",
        "gisteren",
        "eergisteren",
    }
)

# "the test report was updated on 15 October": a past event with no delivery word.
_PAST_EVENT = re.compile(
    r"\b(?!schedul|plann|fix|book|postpon|resched|expect|need)\w+ed\s+(?:on|in)\s+$"
)

# "until today we did not receive": a point in time, not a delivery.
_UNTIL_NOW = compile_literal_first(r"(?:until|up\s+to|till|bis|jusqu'?à|hasta|tot)\s+$")

# The vendor holds to the original date after all: "I can now firmly confirm the original
# date: delivered 10/16", "wir bestätigen den ursprünglichen Termin", "on garde la date initiale".
_KEEPS_ORIGINAL = compile_literal_first(
    r"\b(?:re-?confirm|confirm|keep|hold|stick\s+to|back\s+to|return\s+to|bestätig|halten|"
    r"confirm|maint|garde|tenons|respect|manten|mantien|bevestig|houden)\w*\s+(?:\w+\s+){0,3}$"
)
_ORIGINAL = compile_literal_first(r"original|ursprüngl|initia|oorspronkelijk")
# ... or says after it that the original date stands: "But the original date stays firm:
# delivery Thursday 26 November", "der ursprüngliche Termin bleibt", "la date initiale reste
# valable", "la fecha original se mantiene", "de oorspronkelijke datum blijft staan".
_ORIGINAL_STAYS = compile_literal_first(
    r"\b(?:stays|remains|holds|stands|is\s+(?:still\s+)?(?:valid|firm|confirmed)|bleibt|gilt|"
    r"reste|tient|est\s+maintenue|se\s+mantiene|sigue|blijft|staat)\b"
)
_NEGATION = compile_literal_first(r"\b(?:not|cannot|can't|won't|nicht|pas|no|niet|kein\w*)\b")


def _was_before(sentence: str, pos: int) -> int | None:
    r"""Where ``(?:^|[\s,;(])was\s+$`` matches in ``sentence`` from ``pos`` ("... was 12/3").

    This branch of the restated cues is tested on its own: in ``RESTATED`` a branch that
    does not begin with a letter would make ``re`` try every branch at every position.
    """
    head = sentence.rstrip()
    if len(head) == len(sentence) or not head.endswith("was"):
        return None
    at = len(head) - 4
    if at < 0:
        return 0 if pos == 0 else None
    if at >= pos and (sentence[at].isspace() or sentence[at] in ",;("):
        return at
    return None


def _restated(sentence: str, own: int) -> bool:
    """Whether the date's words (``sentence`` from ``own`` on) restate an earlier date."""
    m = RESTATED.search(sentence, own)
    was = _was_before(sentence, own)
    if was is not None and (m is None or was <= m.start()):
        # the leftmost restated cue, which is no "original" one
        return True
    if m is None:
        return False
    # "nur 300 statt 500 Stück zum Wunschtermin, der Rest kommt in KW 2": the rest's date
    if REST.search(sentence, m.end()) is not None:
        return False
    if _ORIGINAL.match(sentence, m.start()) is None:
        return True
    kept = _KEEPS_ORIGINAL.search(sentence, max(0, m.start() - 60), m.start())
    if kept is None:
        kept = _ORIGINAL_STAYS.search(sentence, m.end(), m.end() + 40)
    if kept is None or _NEGATION.search(sentence, max(0, kept.start() - 30), kept.start()):
        return True
    return (
        RESTATED.search(sentence, m.end()) is not None or _was_before(sentence, m.end()) is not None
    )


_INSTEAD = compile_literal_first(
    r"\b(?:instead\s+of|rather\s+than|statt|anstatt|au\s+lieu|en\s+(?:lugar|vez)\s+de|in\s+plaats\s+van|"
    r"not|nicht|niet)\b|\bi\.\s?p\.\s?v\."
)


# A clause told in the past: "had a fire at their plant on Wednesday", "the hail on Tuesday
# wiped out Block 7", "el incendio del martes destruyó", "der Brand am Dienstag hat ...
# zerstört", "l'incendie de mardi a détruit", "de brand van dinsdag heeft ... vernield".
_PAST_TOLD = re.compile(
    r"\b(?:had|was|were|happened|broke|destroyed|wiped|damaged|hit|caught|"
    r"hatte[n]?|war(?:en)?|zerstört|beschädigt|"
    r"avait|avaient|a\s+(?:détruit|endommagé|ravagé)|"
    r"tuvo|tuvimos|hubo|destruy[óo]|dañ[óo]|"
    r"hadden|werd|vernield|verwoest)\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def told_in_the_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (60 characters each side) is past.

    A bare weekday in such a sentence is a day gone by, not one to come: the label guide
    resolves a weekday forward only when its sentence is not clearly past.
    """
    head = text.rfind(".", max(0, start - 60), start)
    begin = head + 1 if head >= 0 else max(0, start - 60)
    stop = _SENTENCE_STOP.search(text, end, end + 60)
    return _PAST_TOLD.search(text, begin, stop.start() if stop else end + 60) is not None
