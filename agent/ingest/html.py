"""HTML bodies to plain text that keeps the lines a reader sees.

Script, style and head content is dropped; block elements end lines; ``<blockquote>``
content is prefixed with ``> `` so that quote separation treats it like a plain-text quote;
table cells are joined with `` | `` so line tables stay readable.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "xml"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "body", "html", "center", "caption",
    }
)  # fmt: skip
_VOID_BREAK = frozenset({"br"})
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre"})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._line_depth = 0
        self._skip = 0
        self._pre = 0
        self._quote = 0
        self._cell_open = False

    def _break(self, blank: bool = False) -> None:
        joined = "".join(self._line)
        text = joined.rstrip() if self._pre else joined.strip()
        prefix = "> " * self._line_depth
        if text:
            self.lines.append(prefix + text)
        if (blank or (self._line and not text)) and self.lines and self.lines[-1].strip(" >"):
            self.lines.append(prefix.rstrip())
        self._line = []
        self._line_depth = self._quote
        self._cell_open = False

    def _emit(self, text: str) -> None:
        if not self._line:
            self._line_depth = self._quote
        self._line.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "blockquote":
            self._break()
            self._quote += 1
            self._line_depth = self._quote
        elif tag in _VOID_BREAK:
            self._break(blank=not self._line)
        elif tag in _CELL:
            if self._cell_open:
                self._emit(" | ")
            self._cell_open = True
        elif tag in _BLOCK:
            self._break()
            if tag == "pre":
                self._pre += 1
            elif tag == "li":
                self._emit("- ")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and not self._skip:
                self._emit(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_BREAK or tag == "hr":
            self._break(blank=not self._line)
        elif tag == "img":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "blockquote":
            self._break()
            self._quote = max(0, self._quote - 1)
            self._line_depth = self._quote
        elif tag in _BLOCK:
            self._break(blank=tag in _PARAGRAPH)
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._break()
                if part:
                    self._emit(part)
            return
        text = _SPACES.sub(" ", data)
        if text.strip() or (self._line and text == " "):
            self._emit(text)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines).strip("\n")


def html_to_text(html: str) -> str:
    """Turn an HTML body into clean text.

    Args:
        html: The decoded HTML document or fragment; broken markup is fine.

    Returns:
        Text with one line per block element, entities decoded, no script or style content,
        blockquotes prefixed with ``> ``.
    """
    builder = _TextBuilder()
    builder.feed(html)
    builder.close()
    return builder.text()
