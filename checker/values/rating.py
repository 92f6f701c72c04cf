"""Ratings: whole-word occurrences of a fact's choices ("requires improvement").

The choices come from the fact (``ctx.choices``), not from a fixed list, so the
same finder serves Ofsted grades, RAG ratings or anything else.  Matching is
case-insensitive and treats a hyphen and a space alike ("well-led" ==
"well led"); where choices overlap ("good" inside "requires good"), the
longest wins.
"""

from __future__ import annotations

import functools
import re

from checker.values.context import Context
from checker.values.model import Value


@functools.lru_cache(maxsize=256)
def _patterns(choices: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for choice in choices:
        words = re.split(r"[\s-]+", choice.strip())
        if not words or not words[0]:
            continue
        body = r"[ -]+".join(re.escape(w) for w in words)
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
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))  # longest first
    used = bytearray(max(0, end - start))  # marks taken characters: linear in the hits
    taken: list[tuple[int, int, str]] = []
    for s, e, choice in hits:
        if not any(used[s - start:e - start]):
            used[s - start:e - start] = b"\x01" * (e - s)
            taken.append((s, e, choice))
    return [Value("rating", 0.0, 0.0, choice=c, label=c, text=text[s:e], start=s, end=e)
            for s, e, c in sorted(taken)]
