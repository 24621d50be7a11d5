"""The intent classifier's cue lexicon in five languages, accent-folded and lower case.

``STEMS`` match the beginning of a word ("postpon" matches "postponed"), ``PHRASES`` a
word bigram after numbers are reduced to shapes. Negations and conditionals turn a cue
that follows them into a negated or conditional count ("no delay", "if you want to cancel").
"""

from __future__ import annotations

from agent.models import Intent

INTENT_ORDER: tuple[str, ...] = tuple(intent.value for intent in Intent)
"""Column order of the intents' cues (the enum's order; part of the model's feature schema)."""
EXTRA_GROUPS: tuple[str, ...] = (
    "earlier",
    "on_track",
    "complete",
    "payment",
    "ask_buyer",
    "broadcast",
    "agreed",
    "requested",
)
"""Cues that tell intents apart without being one: a pull-in, a date that holds, a shipment
that completes the order, money (a "balance payment" is not a rest of goods), a choice the
buyer must make, a message to all customers, a date agreed before ("as discussed": a revised
date confirmed, no new delay), the buyer's requested date ("Wunschtermin", "requested week":
often the one that is not met)."""
CUE_GROUPS: tuple[str, ...] = INTENT_ORDER + EXTRA_GROUPS
"""Column order of the whole cue block."""

_STEMS: dict[str, str] = {
    "confirmation": (
        "confirm acknowledg accept bestatig termingerecht vereinbart confirmons "
        "confirme accuse confirmamos confirmad confirmac bevestig akkoord "
        "auftragsbestatigung acuse aceptamos annehmen"
    ),
    "delay": (
        "delay postpon slipp resched verzog verspat verschob verschieb spater "
        "retard reporte decal retras demora aplaz vertraag uitgesteld "
        "verschoven later late behind missed revised rolled pushed slip "
        "verzoger atras uitstel vertraging fruhestens vroegst"
        " alcanz congest"
    ),
    "partial_shipment": (
        "partial partially remaining remainder balance backorder backlog short "
        "split teillief restmeng nachlief ruckstand restlich partiel reliquat solde "
        "reste parcial restante pendiente deellever restant nalever resterend "
        "incomplete teilweise outstanding minus except ausser sauf excepto behalve overig ubrig"
    ),
    "cancellation": (
        "cancel discontinu storn annul eingestellt anul descatalog geannuleerd "
        "annuleren obsolete withdraw phased cancelac"
        " fulfil fulfill administration insolv refund terminate"
    ),
    "price_change": (
        "price pricing preis prix precio prijs tarif surcharge increase augment "
        "hausse aumento subida verhog stijging erhoh zuschlag recargo toeslag "
        "supplement cost kosten coste cout discount rabatt remise descuento "
        "korting prozent percent pourcent procent"
    ),
    "shipping_notice": (
        "shipped dispatch despatch tracking awb lading versandt verschickt "
        "sendungsnummer versendet unterwegs expedie suivi enviado seguimiento "
        "despachad verzonden verstuurd onderweg dhl ups fedex dpd gls postnl "
        "tnt schenker kuehne container vessel carrier courier spedit "
        "transporteur vervoerder asn expedition expedicion trackingnummer "
        "zending envio versand verlad departed loaded sailing pallet sent"
        " sailed zarp left truck cmr verlass vertrokken verladen embarque"
    ),
    "question": (
        "could would kindly which whether advise konnen konnten welche pourriez "
        "pouvez quel quelle podria pueden cual kunt zou welke prefer option "
        "need besoin necesitamos benotigen brauchen nodig wissen know"
        " ask frage question pregunta vraag"
    ),
    "other": (
        "newsletter unsubscribe webinar fair greetings abwesen urlaub abmelden "
        "messe absent desabonner conge vacaciones afwezig vakantie uitschrijven "
        "invoice rechnung facture factura factuur statement certificate "
        "zertifikat certificat holiday catalogue catalog katalog thanks danke "
        "merci gracias bedankt received erhalten recu recibido ontvangen "
        "payment zahlung paiement pago betaling contact address adresse "
        "direccion adres"
        " nieuwsbrief rundbrief website visit fyi seo ranking promotion catalogue"
    ),
}

_EXTRA_STEMS: dict[str, str] = {
    "earlier": "earlier fruher vorzieh vorgezog avanc adelant eerder vervroeg",
    "on_track": (
        "unaffected unchanged unverandert inchange ongewijzigd firm definitief "
        "holds stands reconfirm herbevestig passt"
    ),
    "agreed": "reconfirm herbevestig",
    "requested": "wunschtermin wunschdatum wunschwoche wunschliefertermin",
    "complete": (
        "complete completed vollstandig komplett complet completa completo completamente "
        "volledig compleet totalidad entirety"
    ),
    "payment": "payment paiement zahlung pago betaling deposit anticipo aanbetaling",
    "ask_buyer": "prefer prefere prefier liever souhait wunsch",
    "broadcast": (
        "customers partners partenaires clients clientes kunden klanten newsletter "
        "unsubscrib launch lancement novedad collection kollektion"
    ),
}

_EXTRA_PHRASES: dict[str, str] = {
    "earlier": (
        "bring forward, brought forward, pull in, pulled in, ahead of, plus tot, "
        "nu al, earlier vessel, <code> forward, it forward, them forward"
    ),
    "on_track": (
        "on track, original schedule, back on, stays on, still on, remain confirmed, "
        "remains confirmed, not affected, nicht betroffen, bleibt bestehen, reste inchange, "
        "sigue en, blijft staan, same as, as confirmed, wie bestatigt, comme confirme, "
        "as promised, nothing else, nothing has, andert sich, no change, "
        "still scheduled, still planned, still due, still deliver, still delivers, "
        "still delivering, still ship, still ships, still arrives, still expected, "
        "bleibt bei, bleibt es, weiterhin am, reste prevu, reste fixe, toujours prevu, "
        "toujours prevue, sigue previsto, sigue prevista, se mantiene, mantenemos la, "
        "maintenons la, nog steeds, blijft op, blijft gepland"
    ),
    "agreed": (
        "as agreed, as discussed, we agreed, we discussed, as arranged, wie besprochen, "
        "wie vereinbart, wie abgesprochen, comme convenu, comme discute, como acordamos, "
        "como acordado, como hablamos, lo acordado, zoals afgesproken, zoals besproken, "
        "zoals overeengekomen"
    ),
    "requested": (
        "requested date, requested week, requested delivery, your requested, date requested, "
        "date souhaitee, date demandee, fecha solicitada, fecha pedida, gewenste datum, "
        "gewenste leverdatum, gewenste week, gevraagde datum"
    ),
    "complete": (
        "in full, full order, all items, held back, everything you, all positions, "
        "now complete, is complete, alles geliefert, en su, tout est"
    ),
    "payment": "balance payment, balance due, the invoice, solde du, saldo pendiente",
    "ask_buyer": (
        "do you, would you, you want, you prefer, you accept, please advise, "
        "let us, let me, wollen sie, mochten sie, sollen wir, souhaitez vous, "
        "voulez vous, preferez vous, desea usted, wilt u, wil je, heb je, "
        "geben sie, quiere que, prefiere que"
    ),
    "broadcast": (
        "dear customer, dear customers, all our, our customers, all customers, "
        "dear partners, chers clients, estimados clientes, liebe kunden, beste klanten, "
        "geachte klanten, dear all, hello from"
    ),
}

_PHRASES: dict[str, str] = {
    "confirmation": (
        "on time, on schedule, as planned, as agreed, as ordered, we accept, "
        "wie geplant, comme prevu, en plazo, zoals gepland, op tijd, "
        "as requested, wie bestellt, all good, no changes, keine anderung"
    ),
    "delay": (
        "new eta, new date, push back, won t, can t, cannot make, not ready, "
        "new delivery, neuer termin, neuen termin, nouvelle date, nueva fecha, "
        "nieuwe datum, instead of, au lieu, en lugar, in plaats, statt <n>, "
        "until further, no longer, later than, unable to, not able, kein termin"
        ", longer valid, i p, will now, not the, nicht wie, pas in, no later"
        ", can not, not hold, nicht halten, nicht einhalten, pas tenir, no podemos, "
        "niet halen, kunnen niet, erst in, erst am, erst ab, erst nach, only in, only after, "
        "rather than, plutot que, the earliest, at earliest, earliest we, fastest we, best we"
    ),
    "partial_shipment": (
        "only ship, only send, only deliver, only have, the rest, der rest, "
        "le reste, el resto, de rest, short shipped, back order, follow later, "
        "folgt spater, suivra, later follow, nur <n>, only <n>, seulement <n>, "
        "solo <n>, alleen <n>, maar <n>, out of, of the, will follow, to follow, "
        "not inside, not included, next vessel, second shipment, wird nachgeliefert, "
        "volgt later, seguira, segundo envio"
    ),
    "cancellation": (
        "no longer, end of, cannot supply, unable to, not available, "
        "nicht mehr, plus disponible, ya no, niet meer, out of"
        ", close out, unable to, line cancelled"
    ),
    "price_change": (
        "new price, price list, per unit, per piece, pro stuck, par piece, "
        "por unidad, per stuk, raw material, effective from, gultig ab, "
        "a partir, a compter, met ingang"
    ),
    "shipping_notice": (
        "on its, the way, has left, have left, handed over, picked up, "
        "delivery note, en route, track trace, left our, leaves today, "
        "ship today, shipped today, heute versandt, expedie aujourd"
        ", out for, for delivery, b l, has shipped, ist unterwegs"
    ),
    "question": (
        "can you, could you, let me, let us, do you, would you, please confirm, "
        "please advise, please let, please send, please check, bitte teilen, "
        "bitte bestatigen, merci de, kunt u, zou u, graag uw, puede usted, "
        "podrian ustedes, we need, wir brauchen, nous avons besoin"
    ),
    "other": (
        "out of, of office, trade fair, season s, not in, auto reply, fuera de, "
        "bin bis, je suis, ik ben"
    ),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NEGATIONS = _words(
    "no not never without t nothing none kein keine keinen nicht ohne pas aucun aucune sans "
    "ni sin nunca ningun ninguna niet geen zonder"
)
CONDITIONALS = _words(
    "if whether should unless wenn falls ob si als indien mocht want wish wollen voulez quiere wilt"
)


def _index(table: dict[str, str], sep: str | None) -> dict[str, tuple[int, ...]]:
    index: dict[str, tuple[int, ...]] = {}
    for group, entries in table.items():
        for entry in entries.split(sep):
            key = entry.strip()
            index[key] = (*index.get(key, ()), CUE_GROUPS.index(group))
    return index


STEMS: dict[str, tuple[int, ...]] = _index({**_STEMS, **_EXTRA_STEMS}, None)
PHRASES: dict[str, tuple[int, ...]] = _index({**_PHRASES, **_EXTRA_PHRASES}, ",")
