"""Values stated in documents and in the facts file, and how they compare.

``VALUE_TYPES`` is the one list of value types: each is declared once, as
``TYPE`` on its own module (``checker.values.value_type``), and everything
else here is derived from it. A finder takes ``(text, start, end, ctx)``,
searches ``text[start:end]`` (one sentence) and returns Values with absolute
offsets, sorted and non-overlapping.

To add a type: write its module (a finder, a facts-file notation, a
value-like pattern, ending with ``TYPE = ValueType(...)``) and list its
``TYPE`` below.
"""

from __future__ import annotations

from checker.values import count, dates, duration, money, percent, rating
from checker.values.compare import agrees, describe
from checker.values.context import Context
from checker.values.model import Value
from checker.values.value_type import Finder, ValueType

_DECLARED = (dates.TYPE, duration.TYPE, money.TYPE, count.TYPE, percent.TYPE, rating.TYPE)
# A count never reads a number another type reads ("three years", "£84m", "79%", "2016").
CLAIMS = tuple(t.claims for t in _DECLARED if t.claims)
VALUE_TYPES: tuple[ValueType, ...] = tuple(t.with_claims(CLAIMS) for t in _DECLARED)

BY_NAME: dict[str, ValueType] = {t.name: t for t in VALUE_TYPES}
NAMES: tuple[str, ...] = tuple(BY_NAME)  # the fact types whose facts state a value
FINDERS: dict[str, Finder] = {t.name: t.find for t in VALUE_TYPES}
ARITHMETIC: tuple[str, ...] = tuple(t.name for t in VALUE_TYPES if t.arithmetic)


def value_type(kind: str) -> ValueType:
    """The type called ``kind``; ValueError names the types there are."""
    if kind not in BY_NAME:
        raise ValueError(f"{kind!r} is not a value type: expected one of {', '.join(NAMES)}")
    return BY_NAME[kind]


def find_values(kind: str, text: str, start: int = 0, end: int | None = None,
                ctx: Context | None = None) -> list[Value]:
    """Values of ``kind`` in ``text[start:end]`` (whole text by default)."""
    value_type(kind)
    return FINDERS[kind](text, start, len(text) if end is None else end, ctx or Context())


def parse_value(kind: str, s: str, choices: tuple[str, ...] = ()) -> Value:
    """Read the facts-file notation ``s`` for a value of ``kind``.

    Raises ValueError with a one-line message naming the expected notation.
    """
    parse = value_type(kind).parse
    return parse(" ".join(str(s).split()), tuple(choices))


def value_like(kind: str, text: str, start: int, end: int) -> str:
    """The first token of ``text[start:end]`` that looks like a value of ``kind``, or ""."""
    return BY_NAME[kind].unread(text, start, end) if kind in BY_NAME else ""


__all__ = ["ARITHMETIC", "BY_NAME", "FINDERS", "NAMES", "VALUE_TYPES", "Context", "Finder", "Value",
           "ValueType", "agrees", "describe", "find_values", "parse_value", "value_like", "value_type"]
