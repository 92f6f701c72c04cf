"""Whether one word in place of another is a slip or another name.

"Department of Education" for "Department for Education" and "Relationship"
for "Relational" are slips of the same name; "Bradford City Council" for
"Leeds City Council" names something else. The scanner keeps a name with
one word swapped only when the swap is a near miss, and the name-variant
check (FC004) reports it.
"""

from __future__ import annotations

from difflib import SequenceMatcher

SMALL_WORDS = frozenset({"of", "for", "and", "the", "&", "in", "on", "at", "to", "a", "an"})


def near_miss(odd: str, expected: str) -> bool:
    """Whether ``odd`` in place of ``expected`` is a slip rather than another name."""
    odd, expected = odd.strip(".,;:'\"()").lower(), expected.lower()
    if not odd or odd == expected:
        return False
    if odd in SMALL_WORDS and expected in SMALL_WORDS:
        return True
    if odd in SMALL_WORDS or expected in SMALL_WORDS:
        return False
    if odd.startswith(expected) or expected.startswith(odd):
        return False  # another word built on it ("Councillors", "Centres"), not a slip
    prefix = 0
    for a, b in zip(odd, expected):
        if a != b:
            break
        prefix += 1
    if prefix >= 5 and prefix >= min(len(odd), len(expected)) * 0.6:
        return True  # same stem, another ending: Relational / Relationship
    return SequenceMatcher(None, odd, expected).ratio() >= 0.8  # a typo: Educaton
