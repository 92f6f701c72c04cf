"""Ratings: whole-word occurrences of a fact's choices ("requires improvement").

The choices come from the fact (``ctx.choices``), not from a fixed list, so the
same finder serves Ofsted grades, RAG ratings or anything else.  Matching is
case-insensitive and treats a hyphen and a space alike ("well-led" ==
"well led"); where choices overlap ("good" inside "requires good"), the
longest wins.  A word of a several-word choice may drop a final "s" ("services
now require improvement").  One choice named "to be" another is one
grade, the first: Ofsted's "requires improvement to be good" is not "good".
"""

from __future__ import annotations

import functools
import re

from checker.values.context import Context
from checker.values.model import Value

_TO_BE = re.compile(r"[ -]+to[ -]+be[ -]+", re.IGNORECASE)


def _word(word: str, several: bool) -> str:
    """A choice's word as a pattern: "requires" also reads "require" in a phrase."""
    if several and len(word) > 3 and word[-1] in "sS" and word[-2] not in "sS":
        return re.escape(word[:-1]) + "s?"
    return re.escape(word)


@functools.lru_cache(maxsize=256)
def _patterns(choices: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for choice in choices:
        words = re.split(r"[\s-]+", choice.strip())
        if not words or not words[0]:
            continue
        body = r"[ -]+".join(_word(w, len(words) > 1) for w in words)
        out.append((choice.strip().lower(), re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)))
    return tuple(out)


def match_choice(s: str, choices: tuple[str, ...]) -> str | None:
    """The listed choice (lower-cased) that ``s`` spells in full, or None."""
    for choice, pattern in _patterns(tuple(choices)):
        if pattern.fullmatch(s.strip()):
            return choice
    return None


def find(text: str, start: int, end: int, ctx: Context | None = None) -> list[Value]:
    """Every occurrence of one of ``ctx.choices`` in ``text[start:end]``."""
    choices = ctx.choices if ctx else ()
    hits = []
    for choice, pattern in _patterns(tuple(choices)):
        hits.extend((m.start(), m.end(), choice) for m in pattern.finditer(text, start, end))
    ends = {h[0]: h[1] for h in sorted(hits, key=lambda h: h[1] - h[0])}  # start -> longest end
    for s, e, choice in list(hits):  # "requires improvement to be good": one grade, the first
        m = _TO_BE.match(text, e, end)
        if m and m.end() in ends:
            hits.append((s, ends[m.end()], choice))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))  # longest first
    used = bytearray(max(0, end - start))  # marks taken characters: linear in the hits
    taken: list[tuple[int, int, str]] = []
    for s, e, choice in hits:
        if not any(used[s - start:e - start]):
            used[s - start:e - start] = b"\x01" * (e - s)
            taken.append((s, e, choice))
    return [Value("rating", 0.0, 0.0, choice=c, label=c, text=text[s:e], start=s, end=e)
            for s, e, c in sorted(taken)]
