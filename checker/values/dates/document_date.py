"""The date a document was written, read from its own text.

Relative dates ("last December", "In November") mean nothing without it.
Only unmistakable forms count, near the top of the document: a line that
is nothing but a full date (a letter's date line, "30 June 2017"), or a
full date after a label ("date 2017-09-14", "Published: 14 September
2017", "Dated ..."). A date in a sentence is an event, not the document's
date, and is never taken.
"""

from __future__ import annotations

import datetime
import re

from checker.values.context import Context
from checker.values.dates.expressions import find

HEAD = 4000  # characters of reading text searched
_LABEL = re.compile(r"(?:^|\n) *(?:date[d:]?|published:?|updated:?|posted:?|issued:?) *:? *",
                    re.I)


def document_date(text: str) -> datetime.date | None:
    """The document's date from the reading text ``text``, or None."""
    head = text[:HEAD]
    candidates: list[tuple[int, datetime.date]] = []
    for label in _LABEL.finditer(head):
        found = _day_at(find(head, label.end(), min(len(head), label.end() + 40), Context()),
                        label.end())
        if found:
            candidates.append(found)
    for line in re.finditer(r"[^\n]+", head):
        stripped = line.group(0).strip(" .,")
        if 6 <= len(stripped) <= 30:
            start = line.start() + line.group(0).find(stripped)
            values = find(head, start, start + len(stripped), Context())
            if len(values) == 1 and values[0].start == start and values[0].end == start + len(stripped):
                found = _day_at(values, start)
                if found:
                    candidates.append(found)
    return min(candidates)[1] if candidates else None


def _day_at(values, start: int):
    for value in values:
        if value.start == start and value.precision == "day" and value.low == value.high:
            return value.start, datetime.date.fromordinal(int(value.low))
    return None
