# ruff: noqa: E501  (literal message bytes read best unwrapped)
"""Regenerate the malformed/tricky message corpus and its expectations.

Run from the repository root: ``python tests/data/malformed/generate.py``. Every message is
written as bytes exactly (no email library round trip where the point is to be broken).
"""

from __future__ import annotations

import base64
import io
import json
import random
import zlib
from pathlib import Path

HERE = Path(__file__).parent

HEAD = (
    "From: Wood Corner <sales@woodcorner.com>\r\n"
    "To: purchase@retail.example\r\n"
    "Date: Tue, 03 Dec 2024 10:00:00 +0100\r\n"
)


def msg(extra_headers: str, body: bytes | str, *, head: str = HEAD) -> bytes:
    data = body.encode() if isinstance(body, str) else body
    return (head + extra_headers).encode() + b"\r\n" + data


def pdf_with_text(lines: list[str]) -> bytes:
    """A minimal valid PDF (Helvetica, WinAnsi) with one line of text per entry."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def xlsx_lines() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Lines"
    sheet.append(["PO", "SKU", "Qty", "Delivery"])
    sheet.append(["P00042", "OAK-TABLE-180", 12, "2024-12-12"])
    sheet.append(["P00042", "OAK-CHAIR", 48, "2024-12-19"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode().replace("\n", "\r\n")


def attachment_message(
    ctype: str, filename: str, data: bytes, text: str = "See attached."
) -> bytes:
    return msg(
        "Subject: attachment\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="BOUND"\r\n',
        f"--BOUND\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--BOUND\r\nContent-Type: {ctype}\r\n"
        f'Content-Disposition: attachment; filename="{filename}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{b64(data)}--BOUND--\r\n",
    )


def nested_multipart(levels: int) -> bytes:
    body = "innermost text\r\n"
    for level in range(levels):
        body = (
            f"Content-Type: multipart/mixed; boundary=L{level}\r\n\r\n--L{level}\r\n"
            + body
            + f"\r\n--L{level}--\r\n"
        )
    return (HEAD + "Subject: deep\r\nMIME-Version: 1.0\r\n").encode() + body.encode()


def nested_rfc822(levels: int) -> bytes:
    body = "From: x@y.z\r\nSubject: core\r\n\r\ncore text\r\n"
    for _ in range(levels):
        body = "From: x@y.z\r\nSubject: wrap\r\nContent-Type: message/rfc822\r\n\r\n" + body
    return (HEAD + "Subject: rfc822 tower\r\nContent-Type: message/rfc822\r\n\r\n" + body).encode()


def build() -> dict[str, tuple[bytes, dict[str, object]]]:
    rng = random.Random(4)
    cases: dict[str, tuple[bytes, dict[str, object]]] = {}

    def add(name: str, raw: bytes, **expect: object) -> None:
        expect.setdefault("outcome", "parsed")
        cases[name] = (raw, expect)

    add(
        "broken_boundary_no_close",
        msg(
            'Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B1"\r\n',
            "--B1\r\nContent-Type: text/plain\r\n\r\nShip date 12 Dec for P00042.\r\n",
        ),
        new_contains=["Ship date 12 Dec"],
        note_contains=["MIME defects"],
    )
    add(
        "broken_boundary_mismatch",
        msg(
            'Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="AAA"\r\n',
            "--ZZZ\r\nContent-Type: text/plain\r\n\r\nhidden text\r\n--ZZZ--\r\n",
        ),
        new_contains=["hidden text"],
        note_contains=["StartBoundaryNotFoundDefect"],
    )
    add(
        "boundary_param_missing",
        msg(
            "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n",
            "--X\r\nContent-Type: text/plain\r\n\r\nbody\r\n--X--\r\n",
        ),
    )
    add(
        "charset_unknown",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=x-unknown-9\r\n"
            "Content-Transfer-Encoding: 8bit\r\n",
            b"Lieferung \xe4ndert sich auf KW 51\r\n",
        ),
        new_contains=["KW 51"],
        note_contains=["x-unknown-9"],
    )
    add(
        "charset_declared_utf8_bytes_latin1",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n",
            b"Pr\xe9vu pour le 12 d\xe9cembre\r\n",
        ),
        new_contains=["pour le 12 d"],
        note_contains=["replacement characters"],
    )
    add(
        "charset_declared_ascii_bytes_utf8",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=us-ascii\r\n"
            "Content-Transfer-Encoding: 8bit\r\n",
            "Größe geändert\r\n".encode(),
        ),
        new_contains=["Größe geändert"],
        note_contains=["decoded as utf-8"],
    )
    add(
        "charset_non_text_codec",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=zlib\r\n",
            "plain words\r\n",
        ),
        new_contains=["plain words"],
    )
    add(
        "charset_utf16_bom",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=utf-16\r\n"
            "Content-Transfer-Encoding: base64\r\n",
            b64("Neuer Termin: 12.12.2024".encode("utf-16")),
        ),
        new_contains=["Neuer Termin: 12.12.2024"],
    )
    add(
        "quoted_printable_soft_breaks",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n",
            "Wir k=F6nnen nur 120 von 200 St=FCck liefern, die Restmenge folgt in=\r\n KW 2.\r\n",
        ),
        new_contains=["Wir können nur 120 von 200 Stück liefern", "folgt in KW 2."],
    )
    add(
        "base64_bad_padding",
        msg(
            "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: base64\r\n",
            b64(b"Confirmed for 2024-12-12")[:-4] + "\r\n",
        ),
        new_contains=["Confirmed for"],
    )
    add(
        "base64_garbage",
        msg(
            "Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n",
            "!!!! this is not base64 at all ###\r\n",
        ),
    )
    add("missing_from", msg("Subject: no sender\r\n", "text\r\n", head="To: a@b.c\r\n"),
        note_contains=["no usable From address"])  # fmt: skip
    add(
        "missing_date",
        msg("Subject: x\r\n", "text\r\n", head="From: a@b.c\r\n"),
        note_contains=["no Date header"],
    )
    add("missing_message_id", msg("Subject: x\r\n", "text\r\n"), message_id_suffix="@triage.local>")
    add(
        "duplicated_headers",
        msg(
            "From: Evil <evil@example.net>\r\nSubject: first\r\nSubject: second\r\n"
            "Message-ID: <one@x>\r\nMessage-ID: <two@x>\r\n",
            "text\r\n",
        ),
        message_id="<one@x>",
        subject="first",
        note_contains=["2 from headers", "2 subject headers"],
    )
    add(
        "huge_subject",
        msg("Subject: " + "Lieferverzug " * 8000 + "\r\n", "text\r\n"),
        note_contains=["subject header cut"],
    )
    add(
        "huge_header_block",
        msg("".join(f"X-Filler-{i}: {'y' * 990}\r\n" for i in range(300)), "text\r\n"),
        outcome="error",
        reason="headers_too_large",
    )
    add("deep_nesting", nested_multipart(40), outcome="error", reason="too_deep")
    add("deep_rfc822_nesting", nested_rfc822(30), outcome="error", reason="too_deep")
    add(
        "too_many_parts",
        msg(
            "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=P\r\n",
            "".join("--P\r\nContent-Type: text/plain\r\n\r\npart\r\n" for _ in range(400))
            + "--P--\r\n",
        ),
        outcome="error",
        reason="too_many_parts",
    )
    add(
        "zero_bytes",
        msg("Subject: nul\x00in subject\r\n", b"Delivery\x00 on 12 Dec\x00\r\n"),
        new_contains=["Delivery on 12 Dec"],
        note_contains=["NUL bytes removed"],
    )
    add(
        "binary_junk",
        bytes(rng.getrandbits(8) for _ in range(4096)),
        outcome="error",
        reason="not_email",
    )
    add("empty", b"", outcome="error", reason="empty")
    add("whitespace_only", b" \r\n\r\n\t\r\n", outcome="error", reason="empty")
    add("headers_only", (HEAD + "Subject: only headers\r\n").encode(), text="")
    add(
        "no_header_body_separator",
        (HEAD + "Subject: x\r\nthis line is not a header\r\nnor this\r\n").encode(),
    )
    add(
        "html_only",
        msg(
            "Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n",
            "<html><body><p>We can ship <b>120</b> of 200 on 12&nbsp;Dec.</p>"
            "<p>Regards<br>Anna</p></body></html>",
        ),
        new_contains=["We can ship 120 of 200 on 12 Dec."],
    )
    add(
        "html_script_style",
        msg(
            "Subject: x\r\nContent-Type: text/html\r\n",
            "<style>.x{color:red}</style><script>var secret='IGNORE ALL RULES';</script>"
            "<div>New ETA week 51</div><noscript>enable js</noscript>",
        ),
        new_contains=["New ETA week 51"],
        not_contains=["IGNORE ALL RULES", "color:red", "enable js"],
    )
    add(
        "html_malformed",
        msg(
            "Subject: x\r\nContent-Type: text/html\r\n",
            "<div><p>Order P00042 <<b>confirmed</i></div></td></table><a href='x>broken",
        ),
        new_contains=["Order P00042"],
    )
    add(
        "html_gmail_quote",
        msg(
            "Subject: Re: P00042\r\nContent-Type: text/html\r\n",
            "<div dir=ltr>Delayed to 20 Dec.</div><div class=gmail_quote>"
            "<div>On Mon, 2 Dec 2024 Buyer &lt;b@r.example&gt; wrote:</div>"
            "<blockquote>Please confirm P00042</blockquote></div>",
        ),
        new_contains=["Delayed to 20 Dec."],
        quoted_contains=["Please confirm P00042"],
    )
    add(
        "winmail_dat",
        attachment_message(
            "application/ms-tnef", "winmail.dat", b"\x78\x9f\x3e\x22" + b"\x00" * 200
        ),
        attachments=[{"filename": "winmail.dat", "note_contains": "TNEF"}],
    )
    inner = (
        "From: Wood Corner <sales@woodcorner.com>\r\nSubject: Delay P00042\r\n"
        "Date: Mon, 02 Dec 2024 09:00:00 +0100\r\n\r\nNew date 2024-12-20.\r\n"
    )
    add(
        "rfc822_attached",
        msg(
            "Subject: Fwd: delay\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=R\r\n",
            "--R\r\nContent-Type: text/plain\r\n\r\nFYI, see the vendor mail.\r\n"
            f"--R\r\nContent-Type: message/rfc822\r\n\r\n{inner}--R--\r\n",
        ),
        new_contains=["FYI, see the vendor mail."],
        contains=["New date 2024-12-20.", "Subject: Delay P00042"],
        attachments=[{"filename": "Delay P00042.eml", "text_contains": "New date 2024-12-20."}],
    )
    add(
        "forwarded_inline",
        msg(
            "Subject: Fwd: Order P00042\r\n",
            "FYI below.\r\n\r\n---------- Forwarded message ---------\r\n"
            "From: Wood Corner <sales@woodcorner.com>\r\nDate: Mon, 2 Dec 2024\r\n"
            "Subject: Order P00042\r\nTo: <purchase@retail.example>\r\n\r\n"
            "We can only deliver 50 pieces on 2024-12-20.\r\n\r\nBest regards,\r\nAnna\r\n\r\n"
            "On Fri, 29 Nov 2024 Buyer <b@retail.example> wrote:\r\n> please confirm\r\n",
        ),
        new_contains=["FYI below.", "Forwarded message", "deliver 50 pieces on 2024-12-20"],
        quoted_contains=["please confirm", "Best regards"],
    )
    add(
        "rfc2047_broken_words",
        msg(
            "Subject: =?utf-8?B?not-valid-base64!!?= and =?x-nope?Q?caf=E9?= "
            "=?utf-8?Q?unterminated\r\nFrom: =?utf-8?Q?J=C3=BCrgen?= <j@lieferant.de>\r\n",
            "text\r\n",
            head="Date: Tue, 03 Dec 2024 10:00:00 +0100\r\n",
        ),
        from_name="Jürgen",
    )
    add(
        "rfc2047_split_multibyte",
        msg("Subject: =?utf-8?B?R3LDtg==?= =?utf-8?B?w59l?=\r\n", "text\r\n"),
        subject="Größe",
    )
    add(
        "eight_bit_headers_utf8",
        msg("Subject: Liefertermin für Größe M\r\n", "text\r\n").replace(
            b"From: Wood Corner", "From: Jürgen Müller".encode()
        ),
        subject="Liefertermin für Größe M",
        from_name="Jürgen Müller",
    )
    add(
        "eight_bit_headers_latin1",
        msg("Subject: x\r\n", "text\r\n").replace(b"Subject: x", b"Subject: Pr\xe9vu d\xe9cembre"),
        subject="Prévu décembre",
    )
    pdf = pdf_with_text(
        ["Order Acknowledgement", "Your order P00042", "Confirmed delivery date: 2024-12-12"]
    )
    add(
        "pdf_acknowledgement",
        attachment_message("application/pdf", "AB-4711.pdf", pdf),
        attachments=[
            {"filename": "AB-4711.pdf", "text_contains": "Confirmed delivery date: 2024-12-12"}
        ],
        contains=["--- attachment: AB-4711.pdf ---"],
    )
    add(
        "pdf_octet_stream",
        attachment_message("application/octet-stream", "ack", pdf),
        attachments=[{"filename": "ack", "text_contains": "Your order P00042"}],
    )
    add(
        "pdf_corrupt",
        attachment_message("application/pdf", "broken.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4),
        attachments=[{"filename": "broken.pdf", "note_contains": ""}],
    )
    add(
        "csv_lines",
        attachment_message(
            "text/csv", "lines.csv", b"PO;SKU;Qty;Date\nP00042;OAK-TABLE-180;12;2024-12-12\n"
        ),
        attachments=[{"filename": "lines.csv", "text_contains": "P00042 | OAK-TABLE-180 | 12"}],
    )
    add(
        "csv_cp1252",
        attachment_message(
            "text/csv", "preise.csv", "Artikel,Preis\nStuhl,12\u20ac\n".encode("cp1252")
        ),
        attachments=[{"filename": "preise.csv", "text_contains": "Stuhl | 12€"}],
    )
    add(
        "xlsx_lines",
        attachment_message(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "lines.xlsx",
            xlsx_lines(),
        ),
        attachments=[{"filename": "lines.xlsx", "text_contains": "P00042 | OAK-CHAIR | 48"}],
    )
    add(
        "xlsx_corrupt",
        attachment_message(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "bad.xlsx",
            b"PK\x03\x04 not really a zip",
        ),
        attachments=[{"filename": "bad.xlsx", "note_contains": "unreadable xlsx"}],
    )
    add(
        "image_inline",
        attachment_message("image/png", "logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        attachments=[{"filename": "logo.png", "size": 72}],
    )
    add(
        "outlook_reply",
        msg(
            "Subject: RE: P00042\r\n",
            "Hi, the new ETA is week 51.\r\n\r\n________________________________\r\n"
            "From: Buyer <b@retail.example>\r\nSent: Monday, December 2, 2024 9:00 AM\r\n"
            "To: Sales\r\nSubject: P00042\r\n\r\nWhen will P00042 ship?\r\n",
        ),
        new_contains=["new ETA is week 51"],
        quoted_contains=["When will P00042 ship?"],
        new_not_contains=["When will"],
    )
    add(
        "outlook_original_message",
        msg(
            "Subject: AW: P00042\r\n",
            "Bestätigt.\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: Einkauf\r\n"
            "Gesendet: Montag, 2. Dezember 2024 09:00\r\nBetreff: P00042\r\n\r\nBitte bestätigen.\r\n",
        ),
        new_contains=["Bestätigt."],
        quoted_contains=["Bitte bestätigen."],
    )
    add(
        "german_reply",
        msg(
            "Subject: AW: P00042\r\n",
            "Neuer Liefertermin: 20.12.2024\r\n\r\nMit freundlichen Grüßen\r\nMax\r\n\r\n"
            "Am 02.12.2024 um 09:00 schrieb Einkauf <e@retail.example>:\r\n> Wann liefern Sie?\r\n",
        ),
        new_contains=["Neuer Liefertermin: 20.12.2024"],
        quoted_contains=["Wann liefern Sie?", "Mit freundlichen Grüßen"],
    )
    add(
        "french_reply",
        msg(
            "Subject: RE: P00042\r\n",
            "Livraison le 20/12.\r\n\r\nCordialement,\r\nMarie\r\n\r\n"
            "Le lun. 2 déc. 2024 à 09:00, Achats <a@retail.example> a écrit :\r\n> Date ?\r\n",
        ),
        new_contains=["Livraison le 20/12."],
        quoted_contains=["Date ?"],
        new_not_contains=["Cordialement"],
    )
    add(
        "spanish_dutch_reply",
        msg(
            "Subject: RE: P00042\r\n",
            "Entrega el 20/12.\r\n\r\nEl lun, 2 dic 2024 a las 9:00, Compras "
            "<c@retail.example> escribió:\r\n> ¿Fecha?\r\n> Op ma 2 dec 2024 schreef X:\r\n",
        ),
        new_contains=["Entrega el 20/12."],
        quoted_contains=["¿Fecha?"],
    )
    add(
        "sent_from_iphone",
        msg("Subject: Re: P00042\r\n", "Yes, confirmed for Friday.\r\n\r\nSent from my iPhone\r\n"),
        new_contains=["Yes, confirmed for Friday."],
        quoted_contains=["Sent from my iPhone"],
    )
    add(
        "mixed_line_endings",
        (HEAD + "Subject: x\n").encode() + b"\nline one\r\nline two\rline three\n",
        new_contains=["line one\nline two\nline three"],
    )
    add(
        "mbox_from_line",
        b"From sales@woodcorner.com Tue Dec  3 10:00:00 2024\n"
        + msg("Subject: mbox\r\n", "body\r\n"),
        subject="mbox",
    )
    add(
        "content_type_garbage",
        msg('Subject: x\r\nContent-Type: ;;;=== / "\r\n', "still text\r\n"),
        new_contains=["still text"],
    )
    add(
        "rfc2231_and_path_filename",
        msg(
            "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=F\r\n",
            "--F\r\nContent-Type: text/plain\r\n\r\nfiles\r\n"
            "--F\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename*=utf-8''Preis%E2%82%ACliste.bin\r\n\r\nxx\r\n"
            "--F\r\nContent-Type: application/octet-stream\r\n"
            'Content-Disposition: attachment; filename="../../etc/passwd"\r\n\r\nyy\r\n--F--\r\n',
        ),
        attachments=[{"filename": "Preis€liste.bin"}, {"filename": "../../etc/passwd"}],
    )
    add(
        "decompressed_too_large",
        attachment_message("application/octet-stream", "big.bin", b"\x00" * 6000),
        outcome="error",
        reason="decompressed_too_large",
        limits={"max_decompressed_bytes": 4000},
    )
    add(
        "too_large",
        msg("Subject: x\r\n", "x" * 5000 + "\r\n"),
        outcome="error",
        reason="too_large",
        limits={"max_message_bytes": 4096},
    )
    add(
        "invalid_date",
        msg("Subject: x\r\n", "t\r\n", head="From: a@b.c\r\nDate: sometime next week-ish\r\n"),
        note_contains=["Date header not understood"],
    )
    add(
        "address_garbage",
        msg("Subject: x\r\n", "t\r\n", head='From: "<<<@@@>>>" <<@>>, ;;;\r\nTo: ,,,,\r\n'),
        note_contains=["no usable From address"],
    )
    add(
        "body_over_char_cap",
        msg("Subject: x\r\n", "word " * 50000 + "\r\n"),
        note_contains=["body cut at 100000 characters"],
        limits={"max_body_chars": 100000},
    )
    add(
        "references_garbage",
        msg(
            "Subject: x\r\nReferences: <a@b> junk <c@d> <<>> <e@f>\r\nIn-Reply-To: no brackets@x\r\n",
            "t\r\n",
        ),
        references=["<a@b>", "<c@d>", "<e@f>"],
    )
    add(
        "control_chars_everywhere",
        msg("Subject: a\x07b\x1bc\r\n", b"x\x01y\x02z\x7f done\r\n"),
        new_contains=["xyz done"],
    )
    add(
        "odoo_style_multipart_alternative",
        msg(
            "Subject: Re: P00042\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=A\r\n",
            "--A\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain wins\r\n"
            "--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html loses</p>\r\n--A--\r\n",
        ),
        new_contains=["plain wins"],
        not_contains=["html loses"],
    )
    return cases


def main() -> None:
    cases = build()
    expectations = {}
    for name, (raw, expect) in sorted(cases.items()):
        (HERE / f"{name}.eml").write_bytes(raw)
        expectations[f"{name}.eml"] = expect
    (HERE / "expectations.json").write_text(
        json.dumps(expectations, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
