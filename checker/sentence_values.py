"""The values of each sentence, read once per sentence and type, and its clause cuts.

Choosing a mention's value is then a couple of binary searches, so a huge sentence with many
mentions (a 1 MB line with no full stop) costs linear time, not mentions times values.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from checker.attachment import clause_cuts
from checker.document import Document
from checker.values import FINDERS
from checker.values.context import Context
from checker.values.model import Value


class SentenceValues:
    """Values and clause cuts per sentence, each computed at most once.

    Choosing a mention's value is then a couple of binary searches, so a
    huge sentence with many mentions (a 1 MB line with no full stop) costs
    linear time, not mentions times values.
    """

    def __init__(self, doc: Document, sentences: Sequence[tuple[int, int]], date,
                 date_from_file: bool = False) -> None:
        self.doc, self.sentences, self.date = doc, sentences, date
        self.date_from_file = date_from_file
        self._values: dict[tuple, tuple[list[Value], list[int]]] = {}
        self._cuts: dict[int, tuple[list[int], list[int]]] = {}
        self.marks: dict[tuple, tuple] = {}  # what is read around each value (checker.attachment)
        self.subjects: dict[str, Sequence[int]] = {}  # where each type's subject phrases start, sorted

    def rests_on_file_date(self, value: Value) -> bool:
        """Whether ``value`` was resolved against a document date read from the file's
        properties ("earlier this year" in a Word file whose template says 2013): read
        without the date, the same words give another value, or none."""
        if not self.date_from_file or value.kind != "date":
            return False
        alone = FINDERS["date"](self.doc.text, value.start, value.end, Context())
        return not any((v.low, v.high) == (value.low, value.high) for v in alone)

    def next_subject(self, start: int, end: int, kind: str) -> int:
        """Where the first subject phrase of a ``kind`` fact in ``[start, end)`` starts (``end``
        when none does): reading on into the next sentence stops at a new subject that could
        claim the value. A subject of another type cannot ("Refuge supports over 6,500 survivors
        a year. It employs 400 staff and volunteers, and has an income of around £15m": a count
        of staff does not take the £15m from Refuge)."""
        starts = self.subjects.get(kind, ())
        i = bisect_left(starts, start)
        return starts[i] if i < len(starts) and starts[i] < end else end

    def forget_before(self, index: int) -> None:
        """Drop what was read in sentences before ``index``: the caller has moved on."""
        if len(self._values) > 64:
            self._values = {k: v for k, v in self._values.items() if k[0] >= index}
            self._cuts = {k: v for k, v in self._cuts.items() if k >= index}
            start = self.sentences[index][0] if index < len(self.sentences) else 0
            self.marks = {k: v for k, v in self.marks.items() if k[0] >= start}

    def get(self, index: int, kind: str, choices: tuple[str, ...] = ()) -> list[Value]:
        return self._indexed(index, kind, choices)[0]

    def _indexed(self, index: int, kind: str, choices: tuple[str, ...]):
        key = (index, kind, choices)
        if key not in self._values:
            start, end = self.sentences[index]
            found = FINDERS[kind](self.doc.text, start, end, Context(doc_date=self.date, choices=choices))
            self._values[key] = (found, [v.start for v in found])
        return self._values[key]

    def clause(self, index: int, position: int) -> tuple[int, int]:
        """The clause of sentence ``index`` that holds ``position``."""
        start, end = self.sentences[index]
        if index not in self._cuts:
            cuts = clause_cuts(self.doc.text, start, end)
            self._cuts[index] = ([s for s, _ in cuts], [e for _, e in cuts])
        starts, ends = self._cuts[index]
        before = bisect_right(ends, position)  # cuts wholly before the position
        clause_start = ends[before - 1] if before else start
        after = bisect_left(starts, position)
        clause_end = starts[after] if after < len(starts) else end
        return clause_start, clause_end

    def indexed(self, index: int, kind: str, choices: tuple[str, ...]):
        """(values, their starts) of ``kind`` in sentence ``index``."""
        return self._indexed(index, kind, choices)
