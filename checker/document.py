"""A document as every reader returns it: text to read, and the way back.

Readers know nothing about facts; the engine knows nothing about formats.
A ``Document`` is the meeting point: the reading text (normalised, see
``checker.text.normalise``), a map from every reading offset to the original
file, and what the reader learnt about the document itself (its date).
"""

from __future__ import annotations

import dataclasses
import datetime
from bisect import bisect_right
from dataclasses import dataclass, field

from checker.finding import Location
from checker.suppression import Directive, directives
from checker.text.lines import LineIndex
from checker.text.normalise import reading_text
from checker.text.offsets import ComposedMap, OffsetMap


class ReadError(Exception):
    """A document that cannot be read; the message is one line for the user."""


@dataclass(frozen=True)
class Document:
    path: str  # as shown in findings
    original: str  # the decoded source, which lines and columns count in
    text: str  # the reading text
    offsets: OffsetMap | ComposedMap  # reading offset -> original offset
    lines: LineIndex = field(repr=False)
    date: datetime.date | None = None  # from metadata or front matter, if the reader found one
    directives: tuple[Directive, ...] = ()  # inline suppressions (checker.suppression)
    # Paged formats (PDF): the original offset where each page starts, and
    # whether lines count from 1 on every page ("report.pdf:p3:12:5").
    page_starts: tuple[int, ...] = ()
    lines_per_page: bool = False
    # When the file says it was made (PDF /CreationDate, DOCX core properties):
    # the weakest source of the document's date, used only when the text has none.
    metadata_date: datetime.date | None = None

    @classmethod
    def from_source(cls, path: str, original: str, checked: str | None = None,
                    date: datetime.date | None = None,
                    directive_spans: tuple[tuple[int, int, str], ...] = (),
                    page_starts: tuple[int, ...] = (), lines_per_page: bool = False) -> Document:
        """Build from decoded source, or from the text a reader extracted.

        ``original`` is what lines and columns count in: the file's text, or
        for a binary format the text the reader extracted (one line per
        paragraph of a .docx, the lines of each page of a .pdf). ``checked``
        is ``original`` with unchecked parts (code blocks, front matter,
        comments, running headers) blanked out, the same length;
        ``directive_spans`` are (start, end, body) of suppression comments.
        """
        text, offsets = reading_text(original if checked is None else checked)
        return cls._build(path, original, text, offsets, date, directive_spans, page_starts,
                          lines_per_page)

    @classmethod
    def from_extracted(cls, path: str, original: str, extracted: str, to_original,
                       date: datetime.date | None = None,
                       directive_spans: tuple[tuple[int, int, str], ...] = ()) -> Document:
        """Build from text extracted out of a markup source (HTML).

        ``to_original`` maps offsets of ``extracted`` to offsets of
        ``original`` (an OffsetMap), so findings point into the markup.
        """
        text, offsets = reading_text(extracted)
        return cls._build(path, original, text, offsets.then(to_original), date, directive_spans)

    @classmethod
    def _build(cls, path, original, text, offsets, date, directive_spans, page_starts=(),
               lines_per_page=False) -> Document:
        lines = LineIndex(original)
        doc = cls(path, original, text, offsets, lines, date, (), tuple(page_starts), lines_per_page)
        if not directive_spans:
            return doc
        found = [(doc._location(start, end), body) for start, end, body in directive_spans]
        return dataclasses.replace(doc, directives=directives(found, original.splitlines()))

    def _page(self, offset: int) -> int | None:
        return bisect_right(self.page_starts, offset) if self.page_starts else None

    def _location(self, o_start: int, o_end: int) -> Location:
        """The location of the original span ``[o_start, o_end)``."""
        line, column = self.lines.position(o_start)
        end_line, end_column = self.lines.position(max(o_start, o_end - 1))
        page = self._page(o_start)
        if page is not None and self.lines_per_page:
            first = self.lines.position(self.page_starts[page - 1])[0] - 1
            line, end_line = line - first, end_line - first
        return Location(self.path, line, column, end_line, end_column + 1, page)

    def locate(self, start: int, end: int) -> Location:
        """The original location of the reading span ``[start, end)``."""
        return self.place(start, end)[0]

    def place(self, start: int, end: int) -> tuple[Location, str]:
        """The original location of the reading span ``[start, end)``, and the original
        characters behind it, whitespace collapsed (one offset lookup for both: a mention
        needs both).

        For markup (HTML) the original holds tags and entities between the
        words, so the words are taken from the reading text instead.
        """
        o_start = self.offsets.to_source(start)
        o_end = self.offsets.end_to_source(end)
        where = self._location(o_start, max(o_end, o_start + 1))
        if isinstance(self.offsets, ComposedMap):
            return where, " ".join(self.text[start:end].split())
        return where, " ".join(self.original[o_start:o_end].split())

    def words(self, start: int, end: int) -> str:
        """The original characters behind a reading span, whitespace collapsed (see ``place``)."""
        return self.place(start, end)[1]

    def first_line(self) -> Location:
        """The document's first line, where findings about the whole document point."""
        end = self.original.find("\n")
        end = len(self.original) if end < 0 else end
        return Location(self.path, 1, 1, 1, max(1, len(self.original[:end].rstrip("\r"))) + 1,
                        1 if self.page_starts else None)
