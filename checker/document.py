"""A document as every reader returns it: text to read, and the way back.

Readers know nothing about facts; the engine knows nothing about formats.
A ``Document`` is the meeting point: the reading text (normalised, see
``checker.text.normalise``), a map from every reading offset to the original
file, and what the reader learnt about the document itself (its date).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from checker.finding import Location
from checker.suppression import Directive, directives
from checker.text.lines import LineIndex
from checker.text.normalise import reading_text
from checker.text.offsets import OffsetMap


class ReadError(Exception):
    """A document that cannot be read; the message is one line for the user."""


@dataclass(frozen=True)
class Document:
    path: str  # as shown in findings
    original: str  # the decoded source, which lines and columns count in
    text: str  # the reading text
    offsets: OffsetMap  # reading offset -> original offset
    lines: LineIndex = field(repr=False)
    date: datetime.date | None = None  # from metadata or front matter, if the reader found one
    directives: tuple[Directive, ...] = ()  # inline suppressions (checker.suppression)

    @classmethod
    def from_source(cls, path: str, original: str, checked: str | None = None,
                    date: datetime.date | None = None,
                    directive_spans: tuple[tuple[int, int, str], ...] = ()) -> Document:
        """Build from decoded source.

        ``checked`` is the source with unchecked parts (code blocks, front
        matter, comments) blanked out, same length as ``original``;
        ``directive_spans`` are (start, end, body) of suppression comments.
        """
        text, offsets = reading_text(original if checked is None else checked)
        lines = LineIndex(original)
        found = []
        for start, end, body in directive_spans:
            line, column = lines.position(start)
            end_line, end_column = lines.position(max(start, end - 1))
            found.append((Location(path, line, column, end_line, end_column + 1), body))
        marks = directives(found, original.splitlines()) if found else ()
        return cls(path, original, text, offsets, lines, date, marks)

    def locate(self, start: int, end: int) -> Location:
        """The original location of the reading span ``[start, end)``."""
        o_start = self.offsets.to_source(start)
        o_end = max(self.offsets.end_to_source(end), o_start + 1)
        line, column = self.lines.position(o_start)
        end_line, end_column = self.lines.position(o_end - 1)
        return Location(self.path, line, column, end_line, end_column + 1)

    def words(self, start: int, end: int) -> str:
        """The original characters behind a reading span, whitespace collapsed."""
        o_start = self.offsets.to_source(start)
        o_end = self.offsets.end_to_source(end)
        return " ".join(self.original[o_start:o_end].split())

    def first_line(self) -> Location:
        """The document's first line, where findings about the whole document point."""
        end = self.original.find("\n")
        end = len(self.original) if end < 0 else end
        return Location(self.path, 1, 1, 1, max(1, len(self.original[:end].rstrip("\r"))) + 1)
