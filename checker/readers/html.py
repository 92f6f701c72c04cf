"""HTML pages (.html, .htm, .xhtml): the prose of the page, located in the source.

A saved news or council page is mostly not prose: scripts, menus, cookie
and subscribe boxes, footers. Their numbers ("© 2019", "3 comments") must
not be read as claims, so only what a reader of the article reads is
extracted: inside ``<main>``/``<article>`` when the page has one. Findings
must still point at the HTML source, so the parser runs with
``convert_charrefs=False``: every text run, entity and tag arrives with its
position, and the extracted text carries an OffsetMap back to the source.
"""

from __future__ import annotations

import codecs
import datetime
import html
import re
from html.parser import HTMLParser

from checker.document import Document, ReadError
from checker.readers.decode import decode
from checker.text.offsets import OffsetMapBuilder

EXTENSIONS = (".html", ".htm", ".xhtml")

SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "title",
                     "nav", "header", "footer", "aside", "form", "button", "select", "iframe",
                     "object", "canvas", "dialog"})
SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
MAIN = frozenset({"main", "article"})
BLOCK = frozenset({"p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5",
                   "h6", "td", "th", "tr", "table", "caption", "blockquote", "section", "article",
                   "main", "figure", "figcaption", "pre", "hr", "address", "details", "summary",
                   "body", "nav", "header", "footer", "aside", "form"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
IN_HEAD = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
# A block boundary. The form feed makes it a paragraph break whatever the
# text around it: a plain blank line before a lower-case word or a number is
# read as a PDF page break inside a sentence ("<td>2016</td><td>3</td>").
BREAK = "\n\f\n"
# Date metadata, most trusted first.
DATE_META = (("property", "article:published_time"), ("name", "date"), ("name", "dc.date"),
             ("name", "dcterms.date"), ("itemprop", "datepublished"))

_ENTITY = re.compile(r"&(?:#(?:[0-9]+|[xX][0-9a-fA-F]+)|[a-zA-Z][-.a-zA-Z0-9]*);?")
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([-\w.:]+)"
                      rb"|<\?xml[^>]*?encoding\s*=\s*[\"']([-\w.:]+)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def decode_page(data: bytes) -> str:
    """The page's text: a ``<meta>`` charset is believed for bytes that are not UTF-8.

    The detector behind ``decode`` guesses from byte statistics; a page that
    says what it is written in is more reliable than a guess. ISO-8859-1
    and ASCII labels mean Windows-1252, as in every browser.
    """
    declared = _CHARSET.search(data[:8192])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                name = codecs.lookup((declared.group(1) or declared.group(2)).decode("ascii")).name
                if name in ("iso8859-1", "ascii"):
                    name = "cp1252"
                if not name.startswith(("utf-16", "utf-32")):
                    text = data.decode(name)
                    if not _CONTROL.search(text):
                        return text
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data)


def iso_day(value: str | None) -> datetime.date | None:
    found = _ISO_DAY.match(value or "")
    try:
        return datetime.date(*map(int, found.groups())) if found else None
    except ValueError:
        return None


class _Extractor(HTMLParser):
    """Collects the prose pieces of a page, each with its source span.

    A piece is (text, source start, source length or -1 for a copy,
    whether it stands inside main/article). Which pieces are kept is decided
    at the end, once it is known whether the page has a main part.
    """

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, main)
        self.pieces: list[tuple[str, int, int, bool]] = []
        self.directives: list[tuple[int, int, str]] = []
        self.dates: list[tuple[int, datetime.date]] = []  # (rank, date); rank orders DATE_META
        self.times: list[tuple[bool, datetime.date]] = []  # <time datetime>: (in main, date)

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @property
    def skipping(self) -> bool:
        return any(skipped for _, skipped, _ in self.stack)

    @property
    def in_main(self) -> bool:
        return any(main for _, _, main in self.stack)

    def emit(self, text: str, start: int, source_len: int = -1) -> None:
        if not self.skipping:
            self.pieces.append((text, start, source_len, self.in_main))

    def block(self, tag: str) -> None:
        if tag in BLOCK:
            self.emit(BREAK, self.here(), 0)
        elif tag == "br":
            self.emit("\n", self.here(), 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stack and self.stack[-1][0] == "head" and tag not in IN_HEAD:
            self.stack.pop()  # the head ends where the body's content starts
        attr = {name.lower(): (value or "") for name, value in attrs}
        self.note_date(tag, attr)
        self.block(tag)
        if tag in VOID:
            return
        role = attr.get("role", "").lower()
        main = tag in MAIN or role == "main"
        # A header inside the article holds its headline and standfirst; only
        # the page's own header (the site banner) is not prose.
        article_header = tag == "header" and self.in_main
        skipped = ((tag in SKIPPED and not article_header) or role in SKIPPED_ROLES or "hidden" in attr
                   or attr.get("aria-hidden", "").lower() == "true"
                   or bool(_HIDDEN_STYLE.search(attr.get("style", ""))))
        self.stack.append((tag, skipped, main))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                self.block(tag)
                del self.stack[depth:]
                return
        self.block(tag)  # a stray "</p>" or "</br>" still ends a line, as in browsers

    def handle_data(self, data: str) -> None:
        start = self.here()
        same = self.source.startswith(data, start)
        self.emit(data, start, -1 if same else len(data))

    def handle_entityref(self, name: str) -> None:
        self.reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self.reference("&#" + name)

    def reference(self, fallback: str) -> None:
        start = self.here()
        raw = _ENTITY.match(self.source, start)
        raw_text = raw.group(0) if raw else fallback
        text = html.unescape(raw_text)
        self.emit(text, start, -1 if text == raw_text else len(raw_text))

    def handle_comment(self, data: str) -> None:
        if data.strip().lower().startswith("factlint:"):
            start = self.here()
            end = self.source.find(">", start + 4 + len(data))
            self.directives.append((start, len(self.source) if end < 0 else end + 1, data))

    def note_date(self, tag: str, attr: dict[str, str]) -> None:
        for rank, (key, wanted) in enumerate(DATE_META):
            if attr.get(key, "").lower() == wanted:
                day = iso_day(attr.get("content") or attr.get("datetime"))
                if day:
                    self.dates.append((rank, day))
        if tag == "time" and not self.skipping:
            day = iso_day(attr.get("datetime"))
            if day:
                self.times.append((self.in_main, day))


def extract(source: str):
    """(extracted text, OffsetMap to ``source``, date, directive spans) of a page."""
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    has_main = any(main and text.strip() for text, _, _, main in parser.pieces)
    builder = OffsetMapBuilder()
    parts: list[str] = []
    started = False
    for text, start, source_len, main in parser.pieces:
        if (has_main and not main) or (source_len == 0 and not started):
            continue  # outside the main part, or a break before any text
        started = started or bool(text.strip())
        if source_len < 0:
            builder.copy(start, len(text))
        else:
            builder.replace(start, source_len, len(text))
        parts.append(text)
    times = [day for main, day in parser.times if main or not has_main]
    dates = sorted(parser.dates, key=lambda found: found[0])
    date = dates[0][1] if dates else (times[0] if times else None)
    return "".join(parts), builder.build(), date, tuple(parser.directives)


def read(data: bytes, shown: str) -> Document:
    source = decode_page(data)
    extracted, to_original, date, directive_spans = extract(source)
    if not extracted.strip():
        raise ReadError("no text in this HTML page")
    return Document.from_extracted(shown, source, extracted, to_original, date, directive_spans)
