# ruff: noqa: E501 - email text and sentence patterns are data
"""Template emails: sentence patterns filled with vendor, PO, product, quantities and dates.

These are the only emails whose labels are produced by code: the generator knows the values
it filled in, so it writes them down with the phrase it rendered. They are marked
``origin="template"`` and never go to the test split. The generator is seeded, so the output
is identical on every run.
"""

from __future__ import annotations

import datetime as dt
import random

D = dt.date
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
}
WEEK_WORD = {"de": "KW", "fr": "semaine", "es": "semana", "nl": "week"}

PRODUCTS = {
    "acme": [("AHG-BM-BAM", "bamboo bath mats", "units"), ("AHG-TW-WAF", "waffle towels", "units"),
             ("AHG-SC-CHR", "shower caddies", "units")],
    "greenthumb": [("GT-LF-40", "lawn food 40 lb", "bags"), ("GT-RB-4X8", "raised bed kits", "kits"),
                   ("GT-PS-50", "potting soil 50 qt", "bags")],
    "brightline": [("BL-HDMI-2M", "HDMI cables 2m", "pcs"), ("BL-WC-15W", "wireless chargers 15W", "pcs"),
                   ("BL-PC-IP16", "phone cases", "pcs")],
    "evergreen": [("EP-TT-24", "toilet tissue 24-pk", "cases"), ("EP-NAP-200", "napkins 200ct", "cases")],
    "cleanco": [("CC-MSS-750", "multi-surface spray 750ml", "cases"), ("CC-WUL-500", "washing-up liquid 500ml", "cases")],
    "highland": [("HCW-SS-200", "Sea Salt candles 200g", "pcs"), ("HCW-LV-200", "lavender candles 200g", "pcs")],
    "texbright": [("TB-SHT-Q", "queen sheet sets", "sets"), ("TB-DUV-K", "king duvet covers", "pcs")],
    "lakeside": [("LPF-GF-12", "grain-free chicken 12 lb", "bags"), ("LPF-TRT-08", "dental treats", "cases")],
    "sparkle": [("SG-HB-360", "highball glasses 360ml", "pcs"), ("SG-WG-450", "wine glasses 450ml", "pcs")],
    "pacific": [("PCC-HB-340", "Holiday Blend 340g", "bags"), ("PCC-CB-1L", "cold brew concentrate 1L", "bottles")],
    "mapleleaf": [("MLO-SS-AL", "snow shovels", "pcs"), ("MLO-PAD-AL", "canoe paddles", "pcs")],
    "dublinbiscuit": [("DBC-SF-200", "shortbread fingers", "cases"), ("DBC-OAT-300", "oat biscuits", "cases")],
    "voltix": [("VX-PB-10K", "power banks 10000mAh", "pcs"), ("VX-CB-1M", "USB-C cables 1m", "pcs")],
    "taipei": [("TC-USBC-PD65", "65W USB-C chargers", "pcs"), ("TC-LTN-1M", "Lightning cables 1m", "pcs")],
    "nordic": [("NT-BT-WH70", "bath towels white", "pcs"), ("NT-KT-45", "kitchen towels", "pcs")],
    "schwarzwald": [("SH-TP-24", "Kochtöpfe 24 cm", "Stück"), ("SH-SB-30", "Schneidebretter", "Stück")],
    "mueller": [("MG-GS-20", "Gartenscheren", "Stück"), ("MG-RM-46", "Rasenmäher", "Stück")],
    "kaiser": [("EK-LED-E14", "LED-Lampen E14", "Stück"), ("EK-VK-5M", "Verlängerungskabel 5 m", "Stück")],
    "savonnerie": [("SP-SM-300", "savons de Marseille", "pièces"), ("SP-LV-100", "savons lavande", "pièces")],
    "lyonnais": [("TL-NP-45", "nappes en lin", "pièces"), ("TL-SV-40", "serviettes en lin", "pièces")],
    "bretagne": [("AEB-CH-30", "chargeurs USB-C 30 W", "pièces"), ("AEB-HD-2M", "câbles HDMI 2 m", "pièces")],
    "aceites": [("AS-AOVE-750", "aceite de oliva 750 ml", "botellas"), ("AS-AOVE-5L", "aceite de oliva 5 L", "garrafas")],
    "levante": [("TLV-TP-70", "toallas de playa", "unidades"), ("TLV-SB-150", "juegos de sábanas", "juegos")],
    "iberica": [("JI-MT-30", "macetas de terracota", "unidades"), ("JI-SU-20", "sustrato universal", "sacos")],
    "vanderberg": [("VB-TS-25", "tuinslangen 25 m", "stuks"), ("VB-PB-60", "plantenbakken", "stuks")],
    "devries": [("DV-PS-3", "pannensets", "stuks"), ("DV-SK-5", "keukenscharen", "stuks")],
    "jansen": [("EJ-LED-E27-9W", "LED-lampen E27", "stuks"), ("EJ-SP-01", "slimme stekkers", "stuks")],
}
EN_VENDORS = ["acme", "greenthumb", "brightline", "evergreen", "cleanco", "highland", "texbright",
              "lakeside", "sparkle", "pacific", "mapleleaf", "dublinbiscuit", "voltix", "taipei", "nordic"]
LANG_VENDORS = {"de": ["schwarzwald", "mueller", "kaiser"], "fr": ["savonnerie", "lyonnais", "bretagne"],
                "es": ["aceites", "levante", "iberica"], "nl": ["vanderberg", "devries", "jansen"]}
BUYERS = ["Laura", "Mike", "Sandra", "Tim"]
CARRIERS = [("DHL", "JD0146000038{n:07d}"), ("UPS", "1Z999AA1{n:08d}"), ("DPD", "0550{n:010d}"),
            ("FedEx", "7749{n:08d}"), ("GLS", "6802{n:07d}")]
TEAM_NAMES = {"Shipping Team", "Customer Services", "Order Desk", "Service ADV", "Innendienst"}
MONTH_FIRST = {"US", "CA"}


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Gen:
    """One template email under construction: a date renderer bound to a received date."""

    def __init__(self, rng: random.Random, lang: str, country: str, received: dt.date):
        self.rng, self.lang, self.country, self.received = rng, lang, country, received
        self.used: set[str] = set()

    def render(self, value: dt.date, style: str | None = None) -> tuple[dt.date, str]:
        """Render a date in a random style; returns the (possibly snapped) value and its text."""
        for _ in range(20):
            v, text = self._render_once(value, style)
            if text not in self.used:
                self.used.add(text)
                return v, text
            value = value + dt.timedelta(days=1)
        raise RuntimeError("could not render a unique date")

    def _render_once(self, value: dt.date, style: str | None) -> tuple[dt.date, str]:
        rng, lang = self.rng, self.lang
        if lang != "en":
            style = style or rng.choice(["numeric", "long", "week"])
            if style == "week":
                monday = value - dt.timedelta(days=value.weekday())
                return monday, f"{WEEK_WORD[lang]} {monday.isocalendar()[1]}"
            if style == "long":
                m = MONTHS[lang][value.month - 1]
                return value, {"de": f"{value.day}. {m}", "fr": f"{value.day} {m}",
                               "es": f"{value.day} de {m}", "nl": f"{value.day} {m}"}[lang]
            sep = {"de": ".", "fr": "/", "es": "/", "nl": "-"}[lang]
            return value, f"{value.day:02d}{sep}{value.month:02d}{sep}{value.year}"
        style = style or rng.choice(["iso", "numeric", "long", "ordinal", "weekday", "week",
                                     "next_weekday", "in_weeks"])
        if style == "iso":
            return value, value.isoformat()
        if style == "numeric":
            if self.country in MONTH_FIRST:
                return value, f"{value.month}/{value.day}/{value.year}"
            return value, f"{value.day:02d}/{value.month:02d}/{value.year}"
        if style == "long":
            m = EN_MONTHS[value.month - 1]
            return value, f"{m} {value.day}" if self.country in MONTH_FIRST else f"{value.day} {m}"
        if style == "ordinal":
            return value, f"{EN_MONTHS[value.month - 1][:3]} {ordinal(value.day)}"
        if style == "weekday":
            if value.weekday() > 4:
                value += dt.timedelta(days=7 - value.weekday())
            return value, f"{EN_DAYS[value.weekday()]}, {EN_MONTHS[value.month - 1]} {value.day}"
        if style == "week":
            monday = value - dt.timedelta(days=value.weekday())
            return monday, f"{rng.choice(['week', 'CW', 'wk'])} {monday.isocalendar()[1]}"
        if style == "next_weekday":
            # "next <weekday>": that weekday in the calendar week after the received date
            wd = rng.randrange(5)
            next_monday = self.received + dt.timedelta(days=7 - self.received.weekday())
            v = next_monday + dt.timedelta(days=wd)
            return v, f"next {EN_DAYS[wd]}"
        weeks = rng.choice([2, 3])
        return self.received + dt.timedelta(days=7 * weeks), f"in {weeks} weeks"


def _workday(rng: random.Random) -> dt.datetime:
    day = D(2026, 9, 1) + dt.timedelta(days=rng.randrange(108))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 18), rng.randrange(60)))


# ------------------------------------------------------------------------------------------
# English patterns: each returns (intent, change, subject, body, labels) given the context c.
# ------------------------------------------------------------------------------------------

def en_delay_1(c):
    old_v, old = c.g.render(c.base, "long")
    new_v, new = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(7, 22)),
                            c.rng.choice(["iso", "numeric", "long", "ordinal", "weekday", "week"]))
    body = (f"Hello {c.buyer},\n\nUnfortunately {c.po} will not be delivered on {old}. "
            f"The new delivery date is {new}.\n\nRegards,\n{c.sig}")
    return ("delay", "date", f"{c.po} - new delivery date", body,
            dict(commit=(new_v, f"The new delivery date is {new}"),
                 dates=[(old_v, "other", old), (new_v, "new_eta", new)]))


def en_delay_2(c):
    new_v, new = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(5, 20)))
    body = (f"Hi {c.buyer}, quick update: {c.po} ({c.pname}) is delayed. We now expect to "
            f"deliver {new}. Sorry for the inconvenience. {c.sig}")
    return ("delay", "date", f"Re: {c.po}", body,
            dict(commit=(new_v, f"We now expect to deliver {new}"), dates=[(new_v, "new_eta", new)]))


def en_delay_3(c):
    reason = c.rng.choice(["a shortage of raw materials", "a machine breakdown", "port congestion",
                           "a carrier capacity problem"])
    new_v, new = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(10, 30)))
    body = (f"Dear {c.buyer},\n\nDue to {reason}, the shipment for order {c.po} has been postponed. "
            f"Revised ETA at your warehouse: {new}.\n\nKind regards,\n{c.sig}")
    return ("delay", "date", f"Order {c.po} postponed", body,
            dict(commit=(new_v, f"Revised ETA at your warehouse: {new}"), dates=[(new_v, "new_eta", new)]))


def en_confirm_1(c):
    new_v, new = c.g.render(c.base)
    body = (f"Dear {c.buyer},\n\nThank you for your order {c.po}. We confirm {c.qty} {c.unit} of "
            f"{c.pname} for delivery on {new}.\n\nBest regards,\n{c.sig}")
    return ("confirmation", "none", f"Order confirmation {c.po}", body,
            dict(commit=(new_v, f"for delivery on {new}"), dates=[(new_v, "confirmed_delivery", new)],
                 lines=[(c.code, c.qty, c.unit, f"{c.qty} {c.unit} of {c.pname}", c.po)]))


def en_confirm_2(c):
    new_v, new = c.g.render(c.base)
    body = f"Hi {c.buyer}, {c.po} confirmed as ordered. Delivery {new}. Thanks, {c.sig}"
    return ("confirmation", "none", f"Re: {c.po}", body,
            dict(commit=(new_v, f"Delivery {new}"), dates=[(new_v, "confirmed_delivery", new)]))


def en_partial_1(c):
    q1 = c.qty // c.rng.choice([2, 3, 4]) * c.rng.choice([1, 2])
    q1 = max(1, min(q1, c.qty - 1))
    q2 = c.qty - q1
    new_v, new = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(7, 21)))
    body = (f"Hello {c.buyer},\n\nFor {c.po} we have shipped {q1} of {c.qty} {c.unit} of {c.pname} today. "
            f"The remaining {q2} {c.unit} will follow {new}.\n\nRegards,\n{c.sig}")
    return ("partial_shipment", "quantity", f"Partial shipment {c.po}", body,
            dict(commit=(new_v, f"The remaining {q2} {c.unit} will follow {new}"),
                 dates=[(c.received.isoformat(), "ship_date", "today"), (new_v, "new_eta", new)],
                 lines=[(c.code, q1, c.unit, f"shipped {q1} of {c.qty}", c.po),
                        (c.code, q2, c.unit, f"remaining {q2} {c.unit}", c.po)],
                 sec=["shipping_notice"]))


def en_partial_2(c):
    q1 = max(1, c.qty * c.rng.choice([1, 2, 3]) // 4)
    q2 = c.qty - q1
    new_v, new = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(10, 30)))
    body = (f"Hi {c.buyer}, {c.po}: only {q1} {c.unit} of {c.pname} available, balance of {q2} "
            f"backordered until {new}. {c.sig}")
    return ("partial_shipment", "quantity", f"{c.po} backorder", body,
            dict(commit=(new_v, f"backordered until {new}"), dates=[(new_v, "new_eta", new)],
                 lines=[(c.code, q1, c.unit, f"only {q1} {c.unit}", c.po),
                        (c.code, q2, None, f"balance of {q2}", c.po)], sec=["delay"]))


def en_cancel_1(c):
    body = (f"Dear {c.buyer},\n\nWe regret to inform you that we have to cancel order {c.po} because "
            f"the {c.pname} ({c.code}) have been discontinued.\n\nRegards,\n{c.sig}")
    return ("cancellation", "cancel", f"Cancellation of order {c.po}", body, {})


def en_cancel_2(c):
    reason = c.rng.choice(["no stock until next season", "the supplier has closed",
                           "quality problems with the last batch"])
    body = (f"Hi {c.buyer}, we need to cancel the {c.pname} line ({c.qty} {c.unit}) on {c.po} - "
            f"{reason}. The other lines are not affected. {c.sig}")
    return ("cancellation", "cancel", f"{c.po} - line cancelled", body,
            dict(lines=[(c.code, c.qty, c.unit, f"{c.qty} {c.unit}", c.po)]))


def en_price_1(c):
    old = c.rng.choice([2.5, 4.2, 6.8, 9.9, 12.4, 18.0, 24.5])
    new = round(old * (1 + c.rng.choice([3, 4, 5, 6, 8]) / 100), 2)
    eff_v, eff = c.g.render(D(c.base.year + (c.base.month == 12), c.base.month % 12 + 1, 1), "long")
    sym = {"USD": "$", "GBP": "£", "EUR": "€"}[c.cur]
    body = (f"Dear {c.buyer},\n\nPlease note that the price of {c.pname} ({c.code}) will change from "
            f"{sym}{old:.2f} to {sym}{new:.2f} per unit effective {eff}.\n\nBest regards,\n{c.sig}")
    return ("price_change", "price", f"Price change {c.code}", body,
            dict(po=[], dates=[(eff_v, "price_effective", eff)],
                 prices=[dict(product=c.code, old=old, new=new, cur=c.cur, eff=eff_v,
                              quote=f"from {sym}{old:.2f} to {sym}{new:.2f}")]))


def en_price_2(c):
    pct = c.rng.choice([2.5, 3, 4, 5, 7])
    reason = c.rng.choice(["higher energy costs", "increased freight rates", "raw material prices"])
    eff_v, eff = c.g.render(D(2027, 1, 1), c.rng.choice(["long", "iso", "numeric"]))
    body = f"Hello {c.buyer}, due to {reason} our prices will increase by {pct:g}% as of {eff}. {c.sig}"
    return ("price_change", "price", "Price increase", body,
            dict(po=[], dates=[(eff_v, "price_effective", eff)],
                 prices=[dict(product=None, pct=float(pct), eff=eff_v,
                              quote=f"our prices will increase by {pct:g}% as of {eff}")]))


def en_ship_1(c):
    new_v, new = c.g.render(c.received + dt.timedelta(days=c.rng.randrange(1, 5)),
                            c.rng.choice(["weekday", "iso", "long", "ordinal"]))
    body = (f"Hello {c.buyer},\n\nYour order {c.po} was shipped today with {c.carrier}, tracking "
            f"number {c.trk}. Expected delivery: {new}.\n\nRegards,\n{c.sig}")
    return ("shipping_notice", "shipping", f"{c.po} shipped", body,
            dict(commit=(new_v, f"Expected delivery: {new}"),
                 dates=[(c.received.isoformat(), "ship_date", "today"), (new_v, "confirmed_delivery", new)],
                 track=[(c.carrier, c.trk, f"tracking number {c.trk}")]))


def en_ship_2(c):
    ship_v, ship = c.g.render(c.received, "iso")
    new_v, new = c.g.render(c.received + dt.timedelta(days=c.rng.randrange(2, 6)), "iso")
    body = (f"Shipping notification\n\nPO: {c.po}\nShipped: {ship}\nCarrier: {c.carrier}\n"
            f"Tracking: {c.trk}\nEstimated delivery: {new}")
    return ("shipping_notice", "shipping", f"Shipping notification - {c.po}", body,
            dict(end=None, commit=(new_v, f"Estimated delivery: {new}"),
                 dates=[(ship_v, "ship_date", ship), (new_v, "confirmed_delivery", new)],
                 track=[(c.carrier, c.trk, f"Tracking: {c.trk}")]))


def en_question_1(c):
    body = (f"Hi {c.buyer}, regarding {c.po}: could you confirm the delivery address and whether a "
            f"tail-lift truck is needed? Thanks, {c.sig}")
    return ("question", "none", f"Question about {c.po}", body, {})


def en_other_ooo(c):
    back_v, back = c.g.render(c.received + dt.timedelta(days=c.rng.randrange(3, 12)), "long")
    body = (f"Thank you for your message. I am out of the office until {back} and will reply on my "
            f"return. For urgent matters please contact our sales office.")
    return ("other", "none", f"Automatic reply: {c.po}", body,
            dict(end=None, dates=[(back_v, "other", back)]))


def en_other_invoice(c):
    due_v, due = c.g.render(c.received + dt.timedelta(days=30), "iso")
    inv = f"INV-{c.rng.randrange(10000, 99999)}"
    body = f"Dear {c.buyer}, please find attached invoice {inv} for order {c.po}, due {due}. {c.sig}"
    return ("other", "none", f"Invoice {inv}", body,
            dict(vref=[inv], dates=[(due_v, "other", due)]))


# ------------------------------------------------------------------------------------------
# Non-English patterns
# ------------------------------------------------------------------------------------------

L = {
    "de": dict(
        delay="Sehr geehrte Damen und Herren,\n\nleider verzögert sich Ihre Bestellung {po}. Neuer Liefertermin: {new}.\n\nMit freundlichen Grüßen\n{sig}",
        delay_q="Neuer Liefertermin: {new}", end="Mit freundlichen Grüßen",
        confirm="Guten Tag,\n\nwir bestätigen Ihre Bestellung {po} über {qty} {unit} {pname}. Liefertermin: {new}.\n\nMit freundlichen Grüßen\n{sig}",
        confirm_q="Liefertermin: {new}",
        partial="Guten Tag,\n\nvon Ihrer Bestellung {po} liefern wir heute {q1} {unit} {pname}. Die restlichen {q2} {unit} folgen am {new}.\n\nMit freundlichen Grüßen\n{sig}",
        partial_today="heute", partial_q1="liefern wir heute {q1} {unit}", partial_q2="Die restlichen {q2} {unit}",
        partial_commit="folgen am {new}",
        price="Sehr geehrte Damen und Herren,\n\nab dem {eff} erhöhen wir unsere Preise um {pct} %.\n\nMit freundlichen Grüßen\n{sig}",
        price_q="erhöhen wir unsere Preise um {pct} %",
        ship="Guten Tag,\n\nIhre Bestellung {po} wurde heute mit {carrier} versandt, Sendungsnummer {trk}. Voraussichtliche Zustellung: {new}.\n\nMit freundlichen Grüßen\n{sig}",
        ship_today="heute", ship_q="Voraussichtliche Zustellung: {new}", trk_q="Sendungsnummer {trk}",
        cancel="Sehr geehrte Damen und Herren,\n\nleider müssen wir Ihre Bestellung {po} stornieren, da der Artikel {code} nicht mehr lieferbar ist.\n\nMit freundlichen Grüßen\n{sig}",
    ),
    "fr": dict(
        delay="Bonjour,\n\nNous vous informons que votre commande {po} est retardée. Nouvelle date de livraison : {new}.\n\nCordialement,\n{sig}",
        delay_q="Nouvelle date de livraison : {new}", end="Cordialement,",
        confirm="Bonjour,\n\nNous confirmons votre commande {po} : {qty} {unit} de {pname}, livraison le {new}.\n\nCordialement,\n{sig}",
        confirm_q="livraison le {new}",
        partial="Bonjour,\n\nPour la commande {po}, nous expédions aujourd'hui {q1} {unit} de {pname}. Les {q2} {unit} restantes suivront le {new}.\n\nCordialement,\n{sig}",
        partial_today="aujourd'hui", partial_q1="aujourd'hui {q1} {unit}", partial_q2="Les {q2} {unit} restantes",
        partial_commit="suivront le {new}",
        price="Bonjour,\n\nÀ compter du {eff}, nos prix augmenteront de {pct} %.\n\nCordialement,\n{sig}",
        price_q="nos prix augmenteront de {pct} %",
        ship="Bonjour,\n\nVotre commande {po} a été expédiée aujourd'hui par {carrier}, numéro de suivi {trk}. Livraison prévue : {new}.\n\nCordialement,\n{sig}",
        ship_today="aujourd'hui", ship_q="Livraison prévue : {new}", trk_q="numéro de suivi {trk}",
        other="Bonjour,\n\nJe suis absent jusqu'au {new} inclus. Pour toute urgence, merci de contacter notre service commercial.",
    ),
    "es": dict(
        delay="Estimados señores:\n\nLes informamos de que el pedido {po} se retrasa. Nueva fecha de entrega: {new}.\n\nAtentamente,\n{sig}",
        delay_q="Nueva fecha de entrega: {new}", end="Atentamente,",
        confirm="Buenos días:\n\nConfirmamos su pedido {po} de {qty} {unit} de {pname}. Fecha de entrega: {new}.\n\nAtentamente,\n{sig}",
        confirm_q="Fecha de entrega: {new}",
        partial="Buenos días:\n\nDel pedido {po} enviamos hoy {q1} {unit} de {pname}. Las {q2} {unit} restantes saldrán el {new}.\n\nAtentamente,\n{sig}",
        partial_today="hoy", partial_q1="enviamos hoy {q1} {unit}", partial_q2="Las {q2} {unit} restantes",
        partial_commit=None,
        price="Estimados señores:\n\nA partir del {eff} nuestros precios suben un {pct} %.\n\nAtentamente,\n{sig}",
        price_q="nuestros precios suben un {pct} %",
        ship="Buenos días:\n\nSu pedido {po} ha salido hoy con {carrier}, número de seguimiento {trk}. Entrega prevista: {new}.\n\nAtentamente,\n{sig}",
        ship_today="hoy", ship_q="Entrega prevista: {new}", trk_q="número de seguimiento {trk}",
        cancel="Estimados señores:\n\nLamentamos comunicarles que debemos anular el pedido {po}, ya que el artículo {code} está descatalogado.\n\nAtentamente,\n{sig}",
    ),
    "nl": dict(
        delay="Beste,\n\nHelaas is uw order {po} vertraagd. Nieuwe leverdatum: {new}.\n\nMet vriendelijke groet,\n{sig}",
        delay_q="Nieuwe leverdatum: {new}", end="Met vriendelijke groet,",
        confirm="Beste,\n\nHierbij bevestigen wij uw order {po}: {qty} {unit} {pname}. Leverdatum: {new}.\n\nMet vriendelijke groet,\n{sig}",
        confirm_q="Leverdatum: {new}",
        partial="Beste,\n\nVan order {po} leveren wij vandaag {q1} {unit} {pname}. De overige {q2} {unit} volgen op {new}.\n\nMet vriendelijke groet,\n{sig}",
        partial_today="vandaag", partial_q1="vandaag {q1} {unit}", partial_q2="De overige {q2} {unit}",
        partial_commit="volgen op {new}",
        price="Beste,\n\nPer {eff} verhogen wij onze prijzen met {pct}%.\n\nMet vriendelijke groet,\n{sig}",
        price_q="verhogen wij onze prijzen met {pct}%",
        ship="Beste,\n\nUw order {po} is vandaag verzonden met {carrier}, track & trace {trk}. Verwachte levering: {new}.\n\nMet vriendelijke groet,\n{sig}",
        ship_today="vandaag", ship_q="Verwachte levering: {new}", trk_q="track & trace {trk}",
        other="Bedankt voor uw bericht. Ik ben afwezig tot en met {new}. Voor dringende zaken kunt u contact opnemen met onze verkoopafdeling.",
    ),
}


def xx(kind: str):
    def build(c):
        t = L[c.lang]
        f = dict(po=c.po, sig=c.sig, qty=c.qty, unit=c.unit, pname=c.pname, code=c.code,
                 carrier=c.carrier, trk=c.trk)
        if kind == "delay":
            v, f["new"] = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(7, 25)))
            return ("delay", "date", f"{c.po}", t["delay"].format(**f),
                    dict(end=t["end"], commit=(v, t["delay_q"].format(**f)), dates=[(v, "new_eta", f["new"])]))
        if kind == "confirm":
            v, f["new"] = c.g.render(c.base)
            return ("confirmation", "none", f"{c.po}", t["confirm"].format(**f),
                    dict(end=t["end"], commit=(v, t["confirm_q"].format(**f)),
                         dates=[(v, "confirmed_delivery", f["new"])],
                         lines=[(c.code, c.qty, c.unit, f"{c.qty} {c.unit}", c.po)]))
        if kind == "partial":
            f["q1"] = max(1, c.qty // 2 + c.rng.choice([-10, 0, 10, 20]))
            f["q2"] = c.qty - f["q1"]
            v, f["new"] = c.g.render(c.base + dt.timedelta(days=c.rng.randrange(7, 20)), "long")
            role = "new_eta" if t["partial_commit"] else "ship_date"
            lab = dict(end=t["end"], sec=["shipping_notice"],
                       dates=[(c.received.isoformat(), "ship_date", t["partial_today"]), (v, role, f["new"])],
                       lines=[(c.code, f["q1"], c.unit, t["partial_q1"].format(**f), c.po),
                              (c.code, f["q2"], c.unit, t["partial_q2"].format(**f), c.po)])
            if t["partial_commit"]:
                lab["commit"] = (v, t["partial_commit"].format(**f))
            return ("partial_shipment", "quantity", f"{c.po}", t["partial"].format(**f), lab)
        if kind == "price":
            f["pct"] = c.rng.choice(["3", "4", "5", "6"])
            v, f["eff"] = c.g.render(D(2027, 1, 1), "numeric")
            subject = {"de": "Preisanpassung 2027", "fr": "Tarifs 2027", "es": "Precios 2027",
                       "nl": "Prijzen 2027"}[c.lang]
            return ("price_change", "price", subject, t["price"].format(**f),
                    dict(end=t["end"], po=[], dates=[(v, "price_effective", f["eff"])],
                         prices=[dict(product=None, pct=float(f["pct"]), eff=v, quote=t["price_q"].format(**f))]))
        if kind == "ship":
            v, f["new"] = c.g.render(c.received + dt.timedelta(days=c.rng.randrange(1, 4)), "long")
            return ("shipping_notice", "shipping", f"{c.po}", t["ship"].format(**f),
                    dict(end=t["end"], commit=(v, t["ship_q"].format(**f)),
                         dates=[(c.received.isoformat(), "ship_date", t["ship_today"]),
                                (v, "confirmed_delivery", f["new"])],
                         track=[(c.carrier, c.trk, t["trk_q"].format(**f))]))
        if kind == "cancel":
            return ("cancellation", "cancel", f"{c.po}", t["cancel"].format(**f), dict(end=t["end"]))
        if kind == "other":
            v, f["new"] = c.g.render(c.received + dt.timedelta(days=c.rng.randrange(4, 12)), "long")
            return ("other", "none", f"{c.po}", t["other"].format(**f), dict(end=None, dates=[(v, "other", f["new"])]))
        raise ValueError(kind)
    return build


EN_PLAN = ([en_delay_1] * 3 + [en_delay_2] * 3 + [en_delay_3] * 3 + [en_confirm_1] * 5
           + [en_confirm_2] * 5 + [en_partial_1] * 4 + [en_partial_2] * 4 + [en_cancel_1] * 3
           + [en_cancel_2] * 3 + [en_price_1] * 4 + [en_price_2] * 4 + [en_ship_1] * 4
           + [en_ship_2] * 3 + [en_question_1] * 3 + [en_other_ooo] * 3 + [en_other_invoice] * 2)
XX_PLAN = {
    "de": ["delay", "confirm", "partial", "price", "ship", "cancel"],
    "fr": ["delay", "confirm", "partial", "price", "ship", "other"],
    "es": ["delay", "confirm", "partial", "price", "ship", "cancel"],
    "nl": ["delay", "confirm", "partial", "price", "ship", "other"],
}
CURRENCY = {"US": "USD", "CA": "USD", "GB": "GBP", "CN": "USD", "TW": "USD"}


class Ctx:
    pass


def generate() -> list[dict]:
    from vendors import VENDORS  # noqa: PLC0415 - src/ is on sys.path when the builder runs

    rng = random.Random(20261120)
    plan = [("en", p) for p in EN_PLAN] + [(lang, xx(k)) for lang, ks in XX_PLAN.items() for k in ks]
    out = []
    for n, (lang, pattern) in enumerate(plan):
        vkey = rng.choice(EN_VENDORS if lang == "en" else LANG_VENDORS[lang])
        v = VENDORS[vkey]
        when = _workday(rng)
        c = Ctx()
        c.rng, c.lang = rng, lang
        c.received = when.date()
        c.g = Gen(rng, lang, v["country"], c.received)
        c.base = c.received + dt.timedelta(days=rng.randrange(7, 35))
        c.po = f"P{800 + n:05d}"
        c.code, c.pname, c.unit = rng.choice(PRODUCTS[vkey])
        c.qty = rng.choice([48, 60, 96, 120, 144, 200, 240, 300, 400, 480, 600, 1000])
        c.buyer = rng.choice(BUYERS)
        ci = rng.randrange(len(v["contacts"]))
        contact = v["contacts"][ci]
        c.sig = contact.split()[0] if lang == "en" and contact not in TEAM_NAMES else contact
        carrier, fmt = rng.choice(CARRIERS)
        c.carrier, c.trk = carrier, fmt.format(n=rng.randrange(10 ** 5, 10 ** 7))
        c.cur = CURRENCY.get(v["country"], "EUR")
        intent, change, subj, body, lab = pattern(c)
        end = lab.pop("end", "__sig__")
        if end == "__sig__":
            end = body[body.rfind("\n") + 1:] if "\n" in body else f" {c.sig}"
            end = ("\n" + end) if "\n" in body else end
        po = lab.pop("po", [c.po])
        commit = lab.pop("commit", None)
        src = dict(v=vkey, c=ci, lang=lang, at=when.strftime("%Y-%m-%d %H:%M"), subj=subj, text=body,
                   end=end, change=change, intent=intent, po=po, origin="template",
                   commit=(_iso(commit[0]), commit[1]) if commit else None,
                   dates=[(_iso(d), r, q) for d, r, q in lab.pop("dates", [])], **lab)
        for p in src.get("prices", []):
            p["eff"] = _iso(p.get("eff"))
        out.append(src)
    return out


def _iso(value):
    return value.isoformat() if isinstance(value, dt.date) else value
