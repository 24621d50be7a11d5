# ruff: noqa: E501 - email text and sentence patterns are data
"""English partial shipments, short shipments and backorders. Hand-written."""

EMAILS = [
dict(v="lakeside", c=1, lang="en", at="2026-11-10 16:05", subj="Shipment Confirmation (Partial) - PO P00542",
     text="""
SHIPMENT CONFIRMATION - PARTIAL

PO: P00542
Lakeside Order: LPF-884120
Ship date: 11/10/2026
Carrier: FedEx Freight  PRO# 1234-5678-9

Item          Ordered  Shipped  Backordered
LPF-GF-12     240      180      60
LPF-GF-24     120      120      0
LPF-TRT-08    300      0        300

Backordered items will ship when available (est. 11/24).

Questions? Reply to this email or call 1-800-555-0199.
""", end="Questions? Reply", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00542"], vref=["LPF-884120"], commit=None,
     dates=[("2026-11-10", "ship_date", "11/10/2026"), ("2026-11-24", "ship_date", "11/24")],
     lines=[("LPF-GF-12", 180, None, "LPF-GF-12     240      180      60", "P00542"),
            ("LPF-GF-12", 60, None, "LPF-GF-12     240      180      60", "P00542"),
            ("LPF-GF-24", 120, None, "LPF-GF-24     120      120      0", "P00542"),
            ("LPF-TRT-08", 300, None, "LPF-TRT-08    300      0        300", "P00542")],
     track=[("FedEx Freight", "1234-5678-9", "PRO# 1234-5678-9")]),

dict(v="nordic", lang="en", at="2026-12-04 10:20", subj="P00610 towels",
     text="""
Hi Mike,

For P00610 we send today 350 pcs of the 500 bath towels white (NT-BT-WH70). The rest 150 pcs comes with next truck in week 51. Grey towels are complete, 400 pcs.

Best regards
Anna
""", end="Best regards", change="quantity", intent="partial_shipment", po=["P00610"],
     commit=("2026-12-14", "The rest 150 pcs comes with next truck in week 51"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-14", "new_eta", "week 51")],
     lines=[("NT-BT-WH70", 350, "pcs", "350 pcs", "P00610"), ("NT-BT-WH70", 150, "pcs", "150 pcs", "P00610"),
            ("grey towels", 400, "pcs", "400 pcs", "P00610")]),

dict(v="acme", lang="en", at="2026-10-29 14:40", subj="P00466 shower caddies",
     text="""
Hi Laura,

We can only ship 120 of the 200 shower caddies (AHG-SC-CHR) on P00466 with Friday's truck - our chrome plating vendor is behind. The remaining 80 would follow around 11/19. Do you want the 120 now, or would you rather wait and take all 200 together? Everything else on the order is complete and goes on the same truck.

Jessica
""", end="Jessica", change="quantity", intent="partial_shipment", sec=["question"], po=["P00466"],
     commit=("2026-11-19", "The remaining 80 would follow around 11/19"),
     dates=[("2026-10-30", "ship_date", "Friday"), ("2026-11-19", "new_eta", "11/19")],
     lines=[("AHG-SC-CHR", 120, None, "only ship 120", "P00466"),
            ("AHG-SC-CHR", 80, None, "remaining 80", "P00466")]),

dict(v="voltix", c=1, lang="en", at="2026-11-25 09:30", subj="P00622 USB-C hub split shipment",
     text="""
Dear Tim,

For P00622 (USB-C hubs VX-HUB7, 2000 pcs) we can send 800 pcs by air on Nov 30, arrive your warehouse around Dec 4. The balance 1200 pcs go by sea with ETD Dec 8 and ETA Hamburg Jan 12. Air freight cost we share 50/50, ok?

Best regards
Kevin Liu
""", end="Best regards", change="mixed", intent="partial_shipment", sec=["delay", "question"],
     po=["P00622"], commit=("2027-01-12", "ETA Hamburg Jan 12"),
     dates=[("2026-11-30", "ship_date", "Nov 30"), ("2026-12-04", "confirmed_delivery", "Dec 4"),
            ("2026-12-08", "ship_date", "Dec 8"), ("2027-01-12", "new_eta", "Jan 12")],
     lines=[("VX-HUB7", 800, "pcs", "800 pcs", "P00622"), ("VX-HUB7", 1200, "pcs", "1200 pcs", "P00622")]),

dict(v="cleanco", lang="en", at="2026-12-09 16:50", subj="P00699 - where we are",
     text="""
Morning Mike,

Right, where do I start. The cold snap has caused havoc at the plant - two of the filling lines froze up on Monday and we lost most of the week's production. I've been chasing all day.

For your P00699:
- Multi-surface spray 750ml (CC-MSS-750): 960 going out tomorrow, the other 480 next Wednesday
- Glass cleaner 500ml (CC-GC-500): all 720 tomorrow
- Floor cleaner 1L (CC-FC-1L): can't do any before Christmas I'm afraid, earliest is 05/01/2027. Do you want to keep them on order or cancel that line?

The delivery note numbers will follow with the ASN.

Gary
""", end="Gary", change="mixed", intent="partial_shipment", sec=["delay", "question"], po=["P00699"],
     commit=("2027-01-05", "earliest is 05/01/2027"),
     dates=[("2026-12-07", "other", "Monday"), ("2026-12-10", "ship_date", ("tomorrow", 0)),
            ("2026-12-16", "ship_date", "next Wednesday"), ("2026-12-10", "ship_date", ("tomorrow", 1)),
            ("2027-01-05", "new_eta", "05/01/2027")],
     lines=[("CC-MSS-750", 960, None, "960 going out tomorrow", "P00699"),
            ("CC-MSS-750", 480, None, "the other 480", "P00699"),
            ("CC-GC-500", 720, None, "all 720", "P00699")]),

dict(v="kaiser", lang="en", at="2026-10-27 15:30", subj="Partial delivery P00465 / LS-2026-10988",
     text="""
Dear Mrs Klein,

today we shipped a partial delivery for your order P00465, see attached delivery note. The outstanding quantity of the outdoor sockets will follow in KW 46.

Best regards
Stefan Kaiser

--- attachment: LS-2026-10988.pdf ---
ELEKTRO KAISER GMBH - LIEFERSCHEIN / DELIVERY NOTE LS-2026-10988
Datum: 27.10.2026     Ihre Bestellung / your order: P00465
Pos  Artikel        Bestellt  Geliefert  Rückstand
1    EK-SD-IP44     400       250        150
2    EK-TS-3F       300       300        0
Versand: DHL Freight, Sendungsnr. 4012345678
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00465"], vref=["LS-2026-10988"],
     commit=("2026-11-09", "will follow in KW 46"),
     dates=[("2026-10-27", "ship_date", "today"), ("2026-11-09", "new_eta", "KW 46"),
            ("2026-10-27", "other", "27.10.2026")],
     lines=[("EK-SD-IP44", 250, None, "1    EK-SD-IP44     400       250        150", "P00465"),
            ("EK-SD-IP44", 150, None, "1    EK-SD-IP44     400       250        150", "P00465"),
            ("EK-TS-3F", 300, None, "2    EK-TS-3F       300       300        0", "P00465")],
     track=[("DHL Freight", "4012345678", "Sendungsnr. 4012345678")]),

dict(v="pacific", lang="en", at="2026-09-18 13:15", subj="P00225 shipped (no decaf)",
     text="""
Mike - P00225 shipped today minus the decaf (PCC-DEC-340), which is out until 9/30. 48 bags of everything else are on the truck. Tracking UPS 1Z999AA10123456784. Lena
""", end=" Lena", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00225"],
     commit=("2026-09-30", "out until 9/30"),
     dates=[("2026-09-18", "ship_date", "today"), ("2026-09-30", "new_eta", "9/30")],
     lines=[("everything else", 48, "bags", "48 bags", "P00225")],
     track=[("UPS", "1Z999AA10123456784", "UPS 1Z999AA10123456784")]),

dict(v="mapleleaf", lang="en", at="2026-12-03 11:20", subj="Re: P00666 snow shovels",
     text="""
Hi Sandra,

Shipped 60 of the 100 snow shovels (MLO-SS-AL) on P00666 today, the remaining 40 are on backorder until the new year - I'll confirm a date in January.

Josh

On Tue, Dec 1, 2026 at 8:15 AM Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Josh, any news on P00666? It was due 11/27 and we're out of shovels.
""", end="Josh\n", change="quantity", intent="partial_shipment", sec=["delay", "shipping_notice"],
     po=["P00666"], commit=None,
     dates=[("2026-12-03", "ship_date", "today"), ("2027-01-01", "other", "the new year"),
            ("2027-01-01", "other", "January")],
     lines=[("MLO-SS-AL", 60, None, "Shipped 60", "P00666"), ("MLO-SS-AL", 40, None, "remaining 40", "P00666")]),

dict(v="sunshine", c=1, lang="en", at="2026-11-16 07:40", subj="Loading report P00575",
     text="""
Hi Tim,

Final loading report for P00575: we could only load 18 pallets of the 20 ordered (Easy Peelers, SC-EP-15KG) - the last two pallets failed our quality check. Vessel Maersk Kensington sailed Saturday, ETA Rotterdam 02/12, delivery to your DC 04/12. Container MSKU7723451.

We'll credit the two missing pallets on the invoice.

Kind regards
Annelie
""", end="Kind regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00575"], commit=("2026-12-04", "delivery to your DC 04/12"),
     dates=[("2026-11-14", "ship_date", "Saturday"), ("2026-12-02", "other", "02/12"),
            ("2026-12-04", "confirmed_delivery", "04/12")],
     lines=[("SC-EP-15KG", 18, "pallets", "18 pallets", "P00575")],
     track=[("Maersk", "MSKU7723451", "Container MSKU7723451")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-20 11:10", subj="Part shipment against PO P00588",
     text="""
Dear Sir/Madam,

Kindly note that out of the total ordered quantity of 2400 pcs of bath mats (DCM-BM-5080) against PO P00588, we have dispatched 1600 pcs vide AWB No. 176-45678901 on 19.11.2026. Balance 800 pcs shall be dispatched by 05.12.2026.

Invoice No. DCM/EXP/2026/331 is attached for your reference.

Regards,
Priya Sharma
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00588"], vref=["DCM/EXP/2026/331"], commit=None,
     dates=[("2026-11-19", "ship_date", "19.11.2026"), ("2026-12-05", "ship_date", "05.12.2026")],
     lines=[("DCM-BM-5080", 1600, "pcs", "1600 pcs", "P00588"), ("DCM-BM-5080", 800, "pcs", "800 pcs", "P00588")],
     track=[(None, "176-45678901", "AWB No. 176-45678901")]),

dict(v="evergreen", lang="en", at="2026-10-12 17:20", subj="P00380 status",
     text="""
Laura,

P00380 status:

| SKU         | Ordered | Shipping 10/13 | Backorder |
|-------------|---------|----------------|-----------|
| EP-TT-24    | 500     | 500            | 0         |
| EP-PT-12    | 400     | 250            | 150       |
| EP-NAP-200  | 300     | 0              | 300       |

Backorders should ship the week of 10/26.

Bill
""", end="Bill", change="quantity", intent="partial_shipment", po=["P00380"], commit=None,
     dates=[("2026-10-13", "ship_date", "10/13"), ("2026-10-26", "ship_date", "the week of 10/26")],
     lines=[("EP-TT-24", 500, None, "| EP-TT-24    | 500     | 500            | 0         |", "P00380"),
            ("EP-PT-12", 250, None, "| EP-PT-12    | 400     | 250            | 150       |", "P00380"),
            ("EP-PT-12", 150, None, "| EP-PT-12    | 400     | 250            | 150       |", "P00380"),
            ("EP-NAP-200", 300, None, "| EP-NAP-200  | 300     | 0              | 300       |", "P00380")]),

dict(v="taipei", lang="en", at="2026-12-07 15:00", subj="Partial shipment P00682",
     text="""
Dear Mike,

Partial shipment for P00682: 1500 pcs TC-USBC-1M shipped today by DHL Express, AWB 1234567890, arrive your warehouse Thursday. The other 1500 pcs will ship next Monday, same way.

Best regards,
Vivian
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00682"], commit=("2026-12-10", "arrive your warehouse Thursday"),
     dates=[("2026-12-07", "ship_date", "today"), ("2026-12-10", "confirmed_delivery", "Thursday"),
            ("2026-12-14", "ship_date", "next Monday")],
     lines=[("TC-USBC-1M", 1500, "pcs", "1500 pcs TC-USBC-1M", "P00682"),
            ("TC-USBC-1M", 1500, "pcs", "The other 1500 pcs", "P00682")],
     track=[("DHL Express", "1234567890", "AWB 1234567890")]),

dict(v="seoul", c=1, lang="en", at="2026-10-22 11:00", subj="Short shipment P00395",
     text="""
Dear Buyer,

Sorry, for P00395 we are short 200 pcs of the 28cm wok (SK-WK-28) because of coating defect. We ship 800 pcs now and the 200 pcs we can include in your next order, or cancel, as you prefer.

Regards
Min-seo Kim
""", end="Regards", change="quantity", intent="partial_shipment", sec=["question"], po=["P00395"],
     commit=None,
     lines=[("SK-WK-28", 200, "pcs", "short 200 pcs", "P00395"), ("SK-WK-28", 800, "pcs", "We ship 800 pcs", "P00395")]),

dict(v="brightline", lang="en", at="2026-09-24 16:25", subj="Re: P00255 phone cases",
     text="""
Hi Sandra,

We've dispatched the first 500 of the phone cases (BL-PC-IP16) for P00255 today via DPD, tracking 15501234567890. The remaining 1,000 are due into our warehouse next week and will follow by Friday 2 October.

Thanks,
Sarah

On 21 Sep 2026, at 10:14, Sandra Klein <sandra.klein@hhg-retail.com> wrote:

> Sarah, P00255 was due on 18/09 and P00256 on 25/09 - can you ship whatever you have?
""", end="Thanks,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00255", "P00256"], commit=("2026-10-02", "will follow by Friday 2 October"),
     dates=[("2026-09-24", "ship_date", "today"), ("2026-09-28", "other", "next week"),
            ("2026-10-02", "new_eta", "Friday 2 October")],
     lines=[("BL-PC-IP16", 500, None, "the first 500", "P00255"),
            ("BL-PC-IP16", 1000, None, "The remaining 1,000", "P00255")],
     track=[("DPD", "15501234567890", "DPD, tracking 15501234567890")]),

dict(v="greenthumb", lang="en", at="2026-11-03 15:55", subj="P00470",
     text="""
P00470 - 30 of the 45 pallets of potting soil went out today, rest Thursday. R
""", end=" R", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00470"],
     commit=None,
     dates=[("2026-11-03", "ship_date", "today"), ("2026-11-05", "ship_date", "Thursday")],
     lines=[("potting soil", 30, "pallets", "30 of the 45 pallets", "P00470")]),

dict(v="polska", lang="en", at="2026-12-14 12:10", subj="P00701 partial delivery",
     text="""
Dear Mr Osei,

The order P00701 is delivered partly today. 720 pcs mugs is on the truck, but the bowls (960 pcs) have damage in the kiln and must be produced again. They will be ready in week 2 of next year and delivered in week 3.

Regards
Katarzyna Nowak
""", end="Regards", change="mixed", intent="partial_shipment", sec=["delay"], po=["P00701"],
     commit=("2027-01-18", "delivered in week 3"),
     dates=[("2026-12-14", "ship_date", "today"), ("2027-01-11", "other", "week 2 of next year"),
            ("2027-01-18", "new_eta", "week 3")],
     lines=[("mugs", 720, "pcs", "720 pcs", "P00701"), ("bowls", 960, "pcs", "960 pcs", "P00701")]),

dict(v="hanoi", lang="en", at="2026-11-27 15:30", subj="P00525 container closed",
     text="""
Dear Tim,

Container for P00525 is closed today. Inside 1.150 pcs bamboo baskets, we miss 50 pcs because not pass QC. The 50 pcs we send with your next order P00585? Please confirm.

Vessel ETD Hai Phong 01/12, ETA Hamburg 06/01/2027.

Best regards
Nguyen Thi Lan
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["question"],
     po=["P00525", "P00585"], commit=("2027-01-06", "ETA Hamburg 06/01/2027"),
     dates=[("2026-11-27", "other", "today"), ("2026-12-01", "ship_date", "01/12"),
            ("2027-01-06", "confirmed_delivery", "06/01/2027")],
     lines=[("bamboo baskets", 1150, "pcs", "1.150 pcs", "P00525"),
            ("bamboo baskets", 50, "pcs", "we miss 50 pcs", "P00525")]),

dict(v="aussie", lang="en", at="2026-12-01 09:45", subj="P00630 camp chairs",
     text="""
Tim - first 2 pallets of P00630 (camp chairs) dispatched, 3rd pallet next Tuesday. Tracking TNT 502283341.
L
""", end="\nL", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00630"],
     commit=None, dates=[("2026-12-08", "ship_date", "next Tuesday")],
     lines=[("camp chairs", 2, "pallets", "first 2 pallets", "P00630")],
     track=[("TNT", "502283341", "TNT 502283341")]),
]
