"""Word documents (.docx), read with python-docx: one line per paragraph.

The extracted text (``Document.original``) has one line per paragraph in
reading order: the body's paragraphs and table cells as they stand in the
XML (a merged cell once), each text box after the paragraph holding it,
then the headers and footers of every section (a header repeated across
sections once), then the footnotes and endnotes. So a finding's line is
the paragraph's number and its column the character in that paragraph. A
line break inside a paragraph becomes a space, deleted tracked changes and
field codes are left out. A paragraph of its own reading ``factlint:
ignore ...`` is an inline suppression, as a line of plain text.

Pages come from the breaks Word writes as it lays out the file
(``w:lastRenderedPageBreak``, inside a paragraph where a page begins
there), with hard page breaks, section breaks and "page break before"
paragraphs. A file never laid out by Word (written by python-docx, pandoc
or LibreOffice) has no pages: its hard breaks alone would miss the pages
that begin where text runs over, and a page number too small misleads more
than none. Headers, footers and notes are counted on the last page.

The file's properties say when it was last saved (``modified``) and made
(``created``: often its template's date, python-docx's own says 2013), not
the date the letter bears: the last-saved date is kept as ``metadata_date``,
the weakest source of the document's date, used only when the text states
none, and a finding that rests on it says so and is a warning. A date that
is python-docx's template's own stamp is no date at all. python-docx is imported when a file is read,
not at start-up.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import re

from checker.document import Document, ReadError
from checker.readers.zip_safety import one_line, open_zip

EXTENSIONS = (".docx",)
TEMPLATE_STAMP = datetime.datetime(2013, 12, 23, 23, 15)  # python-docx's default template
EXTRA = "docx"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SKIPPED = {_FALLBACK, _W + "del", _W + "moveFrom"}  # a drawing's duplicate; deleted text
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
_SEPARATORS = str.maketrans(dict.fromkeys("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))
_DIRECTIVE = re.compile(r"^[ \t]*(factlint:[ \t]*(?:ignore|off|on)\b.*)$", re.I)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: encrypted OOXML, or a .doc
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def available() -> bool:
    try:
        import docx  # noqa: F401
    except ImportError:
        return False
    return True


class Paragraphs:
    """Extracted text, built one paragraph (line) at a time, with page starts.

    Shared with the OpenDocument reader. A page break counts from the next
    text, so a page starts at its first character; a rendered break (where
    layout began a page) right after a hard break, with no text between, is
    the same page and not counted twice; two hard breaks in a row are a
    blank page.
    """

    def __init__(self, paging: bool = True) -> None:
        self.lines: list[str] = []
        self.length = 0  # characters of the finished lines, newlines included
        self.current: list[str] = []
        self.current_length = 0
        self.paging = paging
        self.page_starts = [0]
        self.pending = 0  # page breaks waiting for the next text
        self.text_on_page = False
        self.spans: list[tuple[int, int, str]] = []  # suppression directives

    def put(self, text: str) -> None:
        text = text.translate(_SEPARATORS)
        if not text:
            return
        if self.pending:
            self.page_starts += [self.length + self.current_length] * self.pending
            self.pending = 0
        self.text_on_page = True
        self.current.append(text)
        self.current_length += len(text)

    def page_break(self, rendered: bool = False) -> None:
        if self.paging and not (rendered and not self.text_on_page):
            self.pending += 1
            self.text_on_page = False

    def stop_paging(self) -> None:
        """What follows (headers, notes) stands on no page of its own."""
        self.paging, self.pending = False, 0

    def end(self) -> None:
        """End the current paragraph (a line, even when empty)."""
        line = "".join(self.current)
        directive = _DIRECTIVE.match(line)
        if directive:
            self.spans.append((self.length + directive.start(1), self.length + directive.end(1),
                               directive.group(1)))
        self.lines.append(line)
        self.length += len(line) + 1
        self.current, self.current_length = [], 0

    def extend(self, lines: list[str]) -> None:
        for line in lines:
            self.put(line)
            self.end()

    def document(self, shown: str) -> Document:
        original = "".join(line + "\n" for line in self.lines)
        # Each line is a whole paragraph: in the checked text its end is a form
        # feed, which the normaliser reads as a paragraph break (a lone newline
        # would read as a hard wrap inside a paragraph).
        checked = original.replace("\n", "\f")
        for start, end, _ in self.spans:
            checked = checked[:start] + " " * (end - start) + checked[end:]
        pages = tuple(self.page_starts) if len(self.page_starts) > 1 else ()
        return Document.from_source(shown, original, checked, directive_spans=tuple(self.spans),
                                    page_starts=pages)


def _blocks(element, out: Paragraphs) -> None:
    """The paragraphs under a body, cell, header or note, in order."""
    for child in element:
        tag = child.tag
        if tag == _W + "p":
            _paragraph(child, out)
        elif isinstance(tag, str) and tag not in _SKIPPED and not tag.endswith("Pr"):
            _blocks(child, out)  # tables, rows, cells, content controls


def _paragraph(p, out: Paragraphs) -> None:
    props = p.find(_W + "pPr")
    breaks = {} if props is None else {child.tag: child for child in props}
    before = breaks.get(_W + "pageBreakBefore")
    if before is not None and before.get(_W + "val") not in ("0", "false", "off"):
        out.page_break(rendered=True)  # as Word: none before the first page, nor twice
    boxes: list = []
    _runs(p, out, boxes)
    out.end()
    section = breaks.get(_W + "sectPr")  # this paragraph ends a section
    kind = None if section is None else section.find(_W + "type")
    if section is not None and (kind is None or kind.get(_W + "val") not in ("continuous", "nextColumn")):
        out.page_break(rendered=True)
    for box in boxes:
        _blocks(box, out)


def _runs(element, out: Paragraphs, boxes: list) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED or tag.endswith("Pr"):
            continue
        if tag in (_W + "t", _MATH_T):
            out.put(child.text or "")
        elif tag in (_W + "tab", _W + "ptab"):
            out.put("\t")
        elif tag == _W + "br":
            if child.get(_W + "type") == "page":
                out.page_break()
            else:
                out.put(" ")
        elif tag == _W + "cr":
            out.put(" ")
        elif tag == _W + "noBreakHyphen":
            out.put("-")
        elif tag == _W + "lastRenderedPageBreak":
            out.page_break(rendered=True)
        elif tag == _W + "txbxContent":
            boxes.append(child)
        else:
            _runs(child, out, boxes)  # runs, hyperlinks, insertions, fields, drawings


def _lines_of(element) -> list[str]:
    part = Paragraphs(paging=False)
    _blocks(element, part)
    return part.lines


def _headers_and_footers(document, out: Paragraphs) -> None:
    seen_parts: set[str] = set()
    seen_text: set[tuple[str, ...]] = set()
    related = document.part.related_parts
    for section in document.element.body.iter(_W + "sectPr"):
        refs = section.findall(_W + "headerReference") + section.findall(_W + "footerReference")
        for ref in refs:
            r_id = ref.get(_R_ID)
            if r_id in seen_parts or r_id not in related:
                continue
            seen_parts.add(r_id)
            lines = _lines_of(related[r_id].element)
            if any(line.strip() for line in lines) and tuple(lines) not in seen_text:
                seen_text.add(tuple(lines))
                out.extend(lines)


def _notes(document, out: Paragraphs) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml  # entities are not resolved

    for kind in (RT.FOOTNOTES, RT.ENDNOTES):
        for rel in document.part.rels.values():
            if rel.reltype != kind or rel.is_external:
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root:
                if note.tag in (_W + "footnote", _W + "endnote") and note.get(_W + "type") not in _NOT_NOTES:
                    out.extend(_lines_of(note))


def _refuse_ole(data: bytes) -> None:
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise ReadError("password-protected .docx; save a copy without the password")
        raise ReadError("a Word 97-2003 file, not a .docx; save it as .docx")


def read(data: bytes, shown: str) -> Document:
    _refuse_ole(data)
    open_zip(data, ".docx").close()  # refuses damage and zip bombs before python-docx sees it
    import docx
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as err:  # python-docx raises many kinds on a malformed package
        reason = one_line(err)
        if "content type is" in reason:
            raise ReadError("not a Word document: its main part is "
                            + reason.split("content type is", 1)[1].strip()) from None
        raise ReadError(f"damaged .docx: {reason}") from None
    body = document.element.body
    out = Paragraphs(paging=next(body.iter(_W + "lastRenderedPageBreak"), None) is not None)
    try:
        _blocks(body, out)
        out.stop_paging()
        _headers_and_footers(document, out)
        _notes(document, out)
    except (etree.LxmlError, KeyError, ValueError, AttributeError, RecursionError) as err:
        raise ReadError(f"damaged .docx: {one_line(err)}") from None
    doc = out.document(shown)
    try:
        properties = document.core_properties
        stamps = [properties.modified, properties.created]
    except (ValueError, TypeError):  # a malformed date in the core properties
        stamps = []
    saved = next((s for s in stamps if s is not None and s.replace(tzinfo=None) != TEMPLATE_STAMP), None)
    return dataclasses.replace(doc, metadata_date=saved.date()) if saved else doc
