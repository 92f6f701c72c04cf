"""Maps from offsets in a derived text back to offsets in its source.

Normalising a document (collapsing whitespace, straightening quotes,
expanding ligatures) changes lengths, yet every finding must point at the
exact line and column of the original file. A map stores one entry per
change, not per character, so it costs a few bytes per edit however long the
document is: between two edits the derived text is the source shifted by a
constant; inside an edit every derived offset points at the edit's start.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable


class OffsetMap:
    """Derived offset -> source offset, as sorted segments."""

    __slots__ = ("_derived", "_source", "_source_len", "_length")

    def __init__(self) -> None:
        self._derived = array("q")  # segment starts in the derived text
        self._source = array("q")  # matching starts in the source text
        self._source_len = array("q")  # -1: identity segment; else length of the replaced run
        self._length = 0

    def _add(self, derived: int, source: int, replaced_len: int) -> None:
        self._derived.append(derived)
        self._source.append(source)
        self._source_len.append(replaced_len)

    def to_source(self, offset: int) -> int:
        """The source offset of the character at ``offset``."""
        i = bisect_right(self._derived, offset) - 1
        if i < 0:
            return offset
        if self._source_len[i] < 0:
            return self._source[i] + offset - self._derived[i]
        return self._source[i]

    def end_to_source(self, end: int) -> int:
        """The source offset one past the character before ``end`` (a span's end)."""
        if end <= 0:
            return 0
        i = bisect_right(self._derived, end - 1) - 1
        if i < 0:
            return end
        if self._source_len[i] < 0:
            return self._source[i] + end - self._derived[i]
        return self._source[i] + self._source_len[i]

    def then(self, outer: OffsetMap) -> ComposedMap:
        """A map through ``self`` and then ``outer`` (derived -> middle -> source)."""
        return ComposedMap(self, outer)


class ComposedMap:
    """Two maps applied one after the other."""

    __slots__ = ("inner", "outer")

    def __init__(self, inner: OffsetMap, outer: OffsetMap) -> None:
        self.inner, self.outer = inner, outer

    def to_source(self, offset: int) -> int:
        return self.outer.to_source(self.inner.to_source(offset))

    def end_to_source(self, end: int) -> int:
        return self.outer.end_to_source(self.inner.end_to_source(end))


def rewrite(text: str, pattern: re.Pattern[str],
            replace: Callable[[re.Match[str]], str]) -> tuple[str, OffsetMap]:
    """Replace every match of ``pattern`` by ``replace(match)``, keeping a map back.

    Unchanged stretches are copied whole (fast on large texts); each
    replaced run maps all its derived characters to the run's start. Pieces
    are joined in batches, so a text with millions of edits does not hold
    millions of small strings at once.
    """
    parts: list[str] = []
    done: list[str] = []
    mapping = OffsetMap()
    derived = 0
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        new = replace(match)
        if new == match.group(0):
            continue
        if start > last:
            mapping._add(derived, last, -1)
            parts.append(text[last:start])
            derived += start - last
        mapping._add(derived, start, end - start)
        parts.append(new)
        derived += len(new)
        last = end
        if len(parts) >= 4096:
            done.append("".join(parts))
            parts.clear()
    if last < len(text) or not (parts or done):
        mapping._add(derived, last, -1)
        parts.append(text[last:])
        derived += len(text) - last
    mapping._length = derived
    done.append("".join(parts))
    return "".join(done), mapping


class OffsetMapBuilder:
    """Builds an OffsetMap while a reader assembles its derived text piece by piece.

    A markup reader (HTML) does not rewrite a text, it collects pieces of it:
    runs of prose copied from the source, entities standing for one
    character, breaks it inserts at block tags. The builder keeps the
    derived length itself, so pieces can only be appended in order, and
    merges copies that continue one another into one segment.
    """

    __slots__ = ("_map", "length", "_shift")

    def __init__(self) -> None:
        self._map = OffsetMap()
        self.length = 0  # of the derived text so far
        self._shift: int | None = None  # source - derived of the open identity segment

    def copy(self, source_start: int, length: int) -> None:
        """``length`` derived characters copied from ``source[source_start:]``."""
        if length <= 0:
            return
        shift = source_start - self.length
        if shift != self._shift:
            self._map._add(self.length, source_start, -1)
            self._shift = shift
        self.length += length

    def replace(self, source_start: int, source_len: int, length: int) -> None:
        """``length`` derived characters standing for ``source_len`` source ones.

        Every one of them maps to ``source_start``; a span ending in them ends
        at ``source_start + source_len`` (0 for text the reader inserted).
        """
        if length <= 0:
            return
        self._map._add(self.length, source_start, source_len)
        self._shift = None
        self.length += length

    def build(self) -> OffsetMap:
        self._map._length = self.length
        return self._map
