"""Whitespace and invisible-character cleanup shared by plain and HTML bodies."""

from __future__ import annotations

import re

# Zero-width and format characters that mail clients (and Odoo's preheader padding) use;
# they carry no words and break phrase matching.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]")  # fmt: skip
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_LIKE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_BLANKS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Normalise line endings, drop invisible and control characters, squeeze blank lines.

    Args:
        text: Decoded body text.

    Returns:
        The text with LF line endings, no trailing spaces, at most one empty line in a
        row, and no leading or trailing blank lines.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        text = _SPACE_LIKE.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip("\n").rstrip()
