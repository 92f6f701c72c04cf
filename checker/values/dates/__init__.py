"""Dates: the finder for document sentences, the facts file's notation, the document's own date.

- ``expressions``: date expressions in sentences ("30 June 2017", "In
  November", "last December", "2015-16", "the end of 2016"), ranges joined;
- ``patterns``: the one regex of named atoms the expressions are found with;
- ``atoms``: what one atom means (a lone "May", a bare year, "last Friday");
- ``tense``: whether a date without a year lies ahead of the document or behind it;
- ``weekdays``: "on Thursday", "last week", "the third Monday in October 2025";
- ``words``: the vocabulary and the spans (intervals of days) they make;
- ``notation``: the facts file's ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``A..B``;
- ``document_date``: the date a document was written, from its own text;
- ``claims``: the spans a count leaves to dates, read only around date cues.
"""

from __future__ import annotations

import re

from checker.values.dates.claims import date_spans
from checker.values.dates.expressions import find
from checker.values.dates.notation import parse_notation
from checker.values.model import Value
from checker.values.value_type import ValueType

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


def parse(s: str, choices: tuple[str, ...] = ()) -> Value:
    """The facts file's date (``notation.parse_notation``)."""
    return parse_notation(s)


TYPE = ValueType(
    "date", find=find, parse=parse, claims=date_spans,
    value_like=re.compile(rf"\b(?:1[89]\d\d|20\d\d|{_MONTH}|May)\b|\b(?:last|next|this) (?:year|month|"
                          r"week|spring|summer|autumn|winter)\b", re.I))

__all__ = ["TYPE", "find", "parse_notation"]
