"""OpenDocument text (.odt): one line per paragraph, with the standard library.

As for .docx (``checker.readers.docx``, whose paragraph builder this
shares): ``content.xml``'s paragraphs and headings in document order
(inside lists, tables, sections and frames too, a text box after the
paragraph holding it), then the page headers and footers of ``styles.xml``
(each text once), then footnotes and endnotes. Spaces follow the format's
rules: runs of white space in the XML collapse to one, ``text:s`` is as
many spaces as its ``text:c``, a tab stays a tab and a line break within a
paragraph becomes a space. Comments, tracked deletions, note numbers and
list numbers are not text.

There are no pages: the marks LibreOffice leaves where its layout began a
page (``text:soft-page-break``) miss the pages that begin inside a
paragraph (in its headless conversions, most pages of prose), so counting
them would give page numbers too small, which misleads more than none.

The XML is parsed by ElementTree, which fetches no external entities; a
DOCTYPE (the way to define entities, as in "billion laughs") is refused
outright, as no OpenDocument file needs one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.document import Document, ReadError
from checker.readers.docx import Paragraphs
from checker.readers.zip_safety import one_line, open_zip, read_member

EXTENSIONS = (".odt",)

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_PARAGRAPHS = {_TEXT + "p", _TEXT + "h"}
_NOT_TEXT = {  # comments, deleted text, numbers the application computes, alternative text
    _OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "tracked-changes",
    _TEXT + "note-citation", _TEXT + "number", _TEXT + "ruby-text", _SVG + "title", _SVG + "desc",
    _OFFICE + "forms", _TEXT + "sequence-decls", _TEXT + "variable-decls", _TEXT + "user-field-decls",
}
_HEADERS = ("header", "header-left", "header-first", "footer", "footer-left", "footer-first")
_WHITE = re.compile(r"[ \t\r\n]+")


def _parse(data: bytes, name: str) -> ET.Element:
    if any(mark.encode(code) in data for mark in ("<!DOCTYPE", "<!ENTITY")
           for code in ("utf-8", "utf-16-le", "utf-16-be")):
        raise ReadError(f"unsafe .odt: its {name} declares a DOCTYPE, which no OpenDocument file needs")
    try:
        return ET.fromstring(data)
    except ET.ParseError as err:
        raise ReadError(f"damaged .odt: {name} is not well-formed XML ({one_line(err)})") from None


class _Reader:
    def __init__(self) -> None:
        self.out = Paragraphs(paging=False)
        self.notes: list[ET.Element] = []
        self.space = True  # the last character put was white space: the next collapses
        self.trailing = False  # ... and that white space came from the XML's text

    def blocks(self, element: ET.Element) -> None:
        for child in element:
            if child.tag in _PARAGRAPHS:
                self.paragraph(child)
            elif child.tag not in _NOT_TEXT and not child.tag.endswith("-source"):
                self.blocks(child)  # lists, tables, sections, frames; not an index's templates

    def paragraph(self, p: ET.Element) -> None:
        boxes: list[ET.Element] = []
        self.space, self.trailing = True, False
        self.text(p.text)
        self.runs(p, boxes)
        if self.trailing:  # white space the XML ends a paragraph with is not text
            self.out.current[-1] = self.out.current[-1][:-1]
            self.out.current_length -= 1
        self.out.end()
        for box in boxes:
            self.blocks(box)

    def text(self, text: str | None) -> None:
        if text:
            text = _WHITE.sub(" ", text)
            if self.space and text.startswith(" "):
                text = text[1:]
            if text:
                self.out.put(text)
                self.space = self.trailing = text.endswith(" ")

    def hard(self, text: str) -> None:
        self.out.put(text)
        self.space, self.trailing = True, False

    def runs(self, element: ET.Element, boxes: list[ET.Element]) -> None:
        for child in element:
            tag = child.tag
            if tag == _TEXT + "s":
                count = child.get(_TEXT + "c", "1")
                self.hard(" " * min(int(count) if count.isdigit() else 1, 1000))
            elif tag == _TEXT + "tab":
                self.hard("\t")
            elif tag == _TEXT + "line-break":
                self.hard(" ")
            elif tag == _TEXT + "note-body":
                self.notes.append(child)
            elif tag == _DRAW + "text-box":
                boxes.append(child)
            elif tag not in _NOT_TEXT:
                self.text(child.text)
                self.runs(child, boxes)
            self.text(child.tail)


def read(data: bytes, shown: str) -> Document:
    archive = open_zip(data, ".odt")
    names = set(archive.namelist())
    if "META-INF/manifest.xml" in names and b"encryption-data" in read_member(
            archive, "META-INF/manifest.xml", ".odt"):
        raise ReadError("password-protected .odt; save a copy without the password")
    content = _parse(read_member(archive, "content.xml", ".odt"), "content.xml")
    styles = _parse(read_member(archive, "styles.xml", ".odt"), "styles.xml") \
        if "styles.xml" in names else ET.Element("none")
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        kind = read_member(archive, "mimetype", ".odt").decode("ascii", "replace").strip() \
            if "mimetype" in names else "unknown"
        raise ReadError(f"not an OpenDocument text (its type is {kind or 'unknown'})")
    try:
        return _extract(body, styles).document(shown)
    except RecursionError:
        raise ReadError("damaged .odt: its XML is nested too deeply to read") from None


def _extract(body: ET.Element, styles: ET.Element) -> Paragraphs:
    reader = _Reader()
    reader.blocks(body)
    seen: set[tuple[str, ...]] = set()
    for page in styles.iter(_STYLE + "master-page"):
        for name in _HEADERS:
            for part in page.findall(_STYLE + name):
                sub = _Reader()
                sub.blocks(part)
                lines = tuple(sub.out.lines)
                if any(line.strip() for line in lines) and lines not in seen:
                    seen.add(lines)
                    reader.out.extend(list(lines))
    notes, reader.notes = reader.notes, []
    while notes:  # a note may hold a note; each comes after the ones before it
        for note in notes:
            reader.blocks(note)
        notes, reader.notes = reader.notes, []
    return reader.out
