"""Offsets to 1-based line and column, as editors and CI annotations count them."""

from __future__ import annotations

from array import array
from bisect import bisect_right


class LineIndex:
    """The start offset of every line of a text, searched with bisect."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = array("q", [0])
        find = text.find
        pos = find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of the character at ``offset``."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    @property
    def count(self) -> int:
        return len(self._starts)
