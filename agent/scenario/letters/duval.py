"""Letters from Épicerie Duval Distribution SARL (FR, grocery).

The buyer's contact writes French; the order department writes English.
"""

from __future__ import annotations

from agent.scenario.letters.spec import Fact, Letter

CLAIRE = ("Claire Duval", "claire.duval@duval-distribution.fr")

LETTERS = [
    Letter(
        key="duval-p236-qp-fr",
        sender=CLAIRE,
        date="Wed, 18 Nov 2026 11:24:37 +0100",
        subject="RE: BrightMart Retail Order (Ref P00236) – confirmation de commande",
        mailer="zimbra",
        reply_to_po=236,
        encoding="quoted-printable",
        text="""\
Bonjour Sarah,

Nous vous remercions pour votre commande P00236, que nous confirmons avec
une petite modification :

- Moutarde de Dijon 370 g (GRC-1005) : 240 unités, livraison le lundi
  7 décembre 2026 comme prévu ;
- Huile d'olive vierge extra 1 L (GRC-1002) : 180 unités, livraison
  décalée au jeudi 10 décembre 2026, car notre moulin en Andalousie n'a
  pas encore terminé l'embouteillage.

Les deux lignes arriveront à votre entrepôt principal (Main DC). Pour
toute question, n'hésitez pas à me contacter.

Bien cordialement,

Claire Duval
Responsable export – Épicerie Duval Distribution SARL
12, rue des Tanneurs – 21000 Dijon – France
Tél. +33 3 80 55 01 23
""",
        fact=Fact(
            intent="delay",
            secondary=("confirmation",),
            pos=("P00236",),
            new_date="2026-12-10",
            products=("GRC-1005", "GRC-1002"),
            note="French, quoted-printable: mustard confirmed for 7 Dec, olive oil moved "
            "to 10 Dec (harmless, ~18 days of cover).",
        ),
    ),
    Letter(
        key="duval-p245-b64-fr",
        sender=CLAIRE,
        date="Mon, 23 Nov 2026 16:48:02 +0100",
        subject="Commande CMD-DUV-26-0913 / votre réf. P00245 : report de livraison",
        mailer="zimbra",
        encoding="base64",
        text="""\
Bonjour,

Suite à un retard de notre transporteur, la livraison de votre commande
P00245 (notre référence CMD-DUV-26-0913) pour North Store Hub ne pourra
pas avoir lieu le 14 décembre.

Nouvelle date de livraison : vendredi 18 décembre 2026, pour la totalité
(safran 40 boîtes, moutarde de Dijon 120 unités).

Nous vous prions de nous excuser pour ce contretemps.

Cordialement,
Claire Duval
Épicerie Duval Distribution SARL
""",
        fact=Fact(
            intent="delay",
            pos=("P00245",),
            new_date="2026-12-18",
            products=("GRC-1016", "GRC-1005"),
            note="French, base64 body; planned 14 Dec becomes 18 Dec.",
        ),
    ),
    Letter(
        key="duval-p255-remaining",
        sender=("Épicerie Duval – Commandes", "commandes@duval-distribution.fr"),
        date="Fri, 20 Nov 2026 17:10:55 +0100",
        subject="P00255 - remaining crackers",
        mailer="zimbra",
        text="""\
Dear Sarah,

As you have seen, only 180 of the 300 cartons of Sea Salt Crackers 200g
on P00255 were delivered today, because one pallet failed our quality
check at loading.

The remaining 120 cartons will be delivered on Thursday 3 December 2026.
There is no need to change anything on your order.

Best regards,
Commandes / Order Department
Épicerie Duval Distribution SARL
""",
        fact=Fact(
            intent="partial_shipment",
            pos=("P00255",),
            new_date="2026-12-03",
            products=("GRC-1006",),
            note="Short receipt explained: 120 outstanding arrive 3 Dec; Main DC has ~4 "
            "days of crackers.",
        ),
    ),
]
