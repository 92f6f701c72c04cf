"""What factlint knows about one type of value, declared once, on the type's own module.

Each type's module (``money.py``, ``count.py``, the ``dates`` package, ...)
ends with one ``TYPE = ValueType(...)``, and ``checker.values`` lists them in
``VALUE_TYPES``. Everything else is derived from that tuple: the fact types a
facts file may use, the finders the engine runs, the notations the loader
parses, the tokens that make a mention "unread", the values the arithmetic
check adds up, and the numbers a count must leave to another type. yamllint
declares a rule's options on the rule and its config validator reads them
from there; a value type is declared the same way, so a new type is its
module plus one line in ``VALUE_TYPES``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checker.values.context import Context
from checker.values.model import Value

# (text, start, end, ctx) -> the values stated in text[start:end], sorted, with absolute offsets
Finder = Callable[[str, int, int, Context], "list[Value]"]
# (text, start, end, ctx) -> the spans a type reads as its own values (for the count finder)
Claims = Callable[[str, int, int, Context], "Iterable[tuple[int, int]]"]
# (notation as written in facts.yaml, the fact's choices) -> the value; ValueError says what to write
Parser = Callable[[str, "tuple[str, ...]"], Value]


@dataclass(frozen=True)
class ValueType:
    """One type of value: how documents state it and how the facts file writes it."""

    name: str  # the fact type in facts.yaml ("money") and ``Value.kind``
    find: Finder
    parse: Parser
    value_like: re.Pattern | None = None  # a token that looks like such a value (see ``unread``)
    arithmetic: bool = False  # its values take part in FC006's sums and shares
    claims: Claims | None = None  # numbers it reads, which a count must not read too
    takes_claims: bool = False  # its finder is given every other type's ``claims`` (count)

    def with_claims(self, claims: tuple[Claims, ...]) -> ValueType:
        """This type with its finder given ``claims`` (``checker.values`` does this once)."""
        if not self.takes_claims:
            return self
        return dataclasses.replace(self, find=functools.partial(self.find, claims=claims))

    def unread(self, text: str, start: int, end: int) -> str:
        """The first value-like token in ``text[start:end]``, or "".

        A mention whose clause holds one, but no value was read, is *unread*:
        counted in every summary and listed on request (FC902), so that
        silence is never mistaken for agreement. The patterns are broad on
        purpose (a false "unread" costs a glance; a hidden miss costs trust)
        and never produce values.
        """
        found = self.value_like.search(text, start, end) if self.value_like else None
        return found.group(0) if found else ""


def spans_of(find: Finder) -> Claims:
    """The claims of a type whose finder is cheap enough to run for them: its values' spans."""
    def claims(text: str, start: int, end: int, ctx: Context) -> list[tuple[int, int]]:
        return [(v.start, v.end) for v in find(text, start, end, ctx)]
    return claims
