"""Values stated in documents and in the facts file, and how they compare.

``FINDERS`` is the one explicit registry from a value kind to its finder, so
a caller never guesses module names: each finder takes ``(text, start, end,
ctx)``, searches ``text[start:end]`` (one sentence) and returns Values with
absolute offsets, sorted and non-overlapping.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.values import count, dates, duration, money, percent, rating
from checker.values.compare import agrees, describe
from checker.values.context import Context
from checker.values.model import Value
from checker.values.notation import parse_value

Finder = Callable[[str, int, int, Context], "list[Value]"]


FINDERS: dict[str, Finder] = {
    "date": dates.find,
    "duration": duration.find,
    "money": money.find,
    "count": count.find,
    "percent": percent.find,
    "rating": rating.find,
}


def find_values(kind: str, text: str, start: int = 0, end: int | None = None,
                ctx: Context | None = None) -> list[Value]:
    """Values of ``kind`` in ``text[start:end]`` (whole text by default)."""
    if kind not in FINDERS:
        raise ValueError(f"{kind!r} is not a value type: expected one of {', '.join(FINDERS)}")
    return FINDERS[kind](text, start, len(text) if end is None else end, ctx or Context())


__all__ = ["FINDERS", "Finder", "Value", "Context", "agrees", "describe", "find_values",
           "parse_value"]
