"""Tokens that look like a value of a type, whether or not a finder read them.

statcheck's lesson: a checker that recognised only 61% of the statistics in
papers made a clean report mean less than it seemed. A mention whose
sentence holds something value-like of its fact's type, but no value was
read, is *unread*: counted in every summary and listed on request, so that
silence is never mistaken for agreement. These patterns are deliberately
broad (a false "unread" costs a glance; a hidden miss costs trust), and
they never produce values.
"""

from __future__ import annotations

import re

_NUMBER_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|eighteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")

PATTERNS = {
    "date": re.compile(rf"\b(?:1[89]\d\d|20\d\d|{_MONTH}|May)\b|\b(?:last|next|this) (?:year|month|"
                       r"week|spring|summer|autumn|winter)\b", re.I),
    "duration": re.compile(rf"\b{_NUMBER_WORD}[- ](?:day|week|month|year|decade)s?\b", re.I),
    "money": re.compile(r"[£$€]|\b(?:pounds?|sterling|GBP|euros?|dollars?)\b", re.I),
    # not "3.8" (a paragraph number) nor a year
    "count": re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d.]*\.\d)\b|\b(?:one|two|three|"
                        r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                        r"hundred|thousand|dozen)\b", re.I),
    "percent": re.compile(r"%|\bper ?cent\b|\bpercent\b", re.I),
}


def value_like(kind: str, text: str, start: int, end: int) -> str:
    """The first value-like token of ``kind`` in ``text[start:end]``, or ""."""
    pattern = PATTERNS.get(kind)
    found = pattern.search(text, start, end) if pattern else None
    return found.group(0) if found else ""
