"""Normalise a document's text for reading, keeping a map back to the source.

Two derived texts are made, each with an OffsetMap:

- the *reading text*: what values and sentences are read from. Curly quotes
  become straight, every dash a hyphen but the em dash, which marks a break
  and becomes a space ("statement—£1.2 billion over two years—our" is three
  phrases, not hyphenated words), ligatures are expanded, invisible
  characters go, whitespace runs become one space and a blank line (or a
  bullet) becomes one "\\n" paragraph break. A word hyphenated at a line end
  ("public-\\nsector") is joined ("public-sector").
- the *match key*: the reading text lower-cased, with hyphens and dashes
  read as spaces, so that "Kirklees - Leeds" and "Kirklees-Leeds" are one
  phrase. Subject phrases are normalised by the same function
  (:func:`phrase_key`), so a phrase matches whatever way a document writes it.
"""

from __future__ import annotations

import re

from checker.text.offsets import OffsetMap, rewrite

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_BULLETS = "\u2022\uf0b7\u25aa\u25e6\u25cf\u25a0\u2023\u2043"
_BULLET_SET = frozenset(_BULLETS)
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

_READING = re.compile(
    # The look-ahead is a quick first test at each position (every edit starts
    # with one of these); without it the scan tries four alternatives at every
    # character, and is three times slower.
    rf"(?=[^\S ]|[\-{_BULLETS}{_INVISIBLE}{''.join(_LIGATURES)}]| [\s{_BULLETS}])"
    rf"(?:(?P<hyphen>(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z]))"
    rf"|(?P<space> *(?:[^\S ]|[{_BULLETS}])[\s{_BULLETS}]*| {{2,}})"  # not a lone space
    rf"|(?P<invisible>[{_INVISIBLE}]+)"
    rf"|(?P<ligature>[{''.join(_LIGATURES)}]))"
)
# The commonest edits keep the length, so they need no map: a line break
# inside a paragraph (a hard-wrapped line, not a hyphenated word, a blank
# line, a bullet or a numbered paragraph) becomes a space, and quotes and
# dashes become their plain forms. Done first in C, they leave the
# per-edit work above to the rare edits that change lengths.
# (It starts with the literal "\n", which the regex engine finds fast, and
# looks behind from there: a leading look-behind is tried at every character.)
_LONE_NEWLINE = re.compile(rf"\n(?<=[^\s\-{_BULLETS}]\n)(?=[^\s{_BULLETS}])(?!\d+(?:\.\d+)+ [A-Z])")
# A footnote mark is no part of the word it follows: "was 74 days¹" reads "74 days "
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_PLAIN = {**dict.fromkeys(_SINGLE_QUOTES, "'"), **dict.fromkeys(_DOUBLE_QUOTES, '"'),
          **dict.fromkeys(_DASHES, "-"), "\u2014": " ", "\u2015": " ", **dict.fromkeys(_SUPERSCRIPTS, " ")}
_SPACES = re.compile(r" {2,}")


_NUMBERED_PARAGRAPH = re.compile(r"\d+(?:\.\d+)+ [A-Z]")
_LIST_MARKER = re.compile(r"(?:\d+(?:\.\d+)*\.?|[a-z]\)|\([a-z0-9]+\)) ")


def _breaks_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a blank line between ``start`` and ``end`` ends a paragraph.

    A page break in a PDF export leaves a blank line inside a sentence
    ("Since March\n\n2018, there ..."): the text before it has no closing
    punctuation and the next line starts in lower case or with a bare
    number, not with a paragraph number or list marker.
    """
    before = text[max(0, start - 1):start]
    if not before or before in ".!?:;\"')\u201d\u2019":
        return True
    following = text[end:end + 12]
    if not following or _LIST_MARKER.match(following):
        return True
    return not (following[0].islower() or following[0].isdigit())


def _reading_replacement(match: re.Match[str], original: str) -> str:
    kind = match.lastgroup
    if kind == "space":
        run = match.group(0)
        if not _BULLET_SET.isdisjoint(run) or "\f" in run:
            return "\n"
        if run.count("\n") >= 2:
            return "\n" if _breaks_paragraph(original, *match.span()) else " "
        if "\n" in run and _NUMBERED_PARAGRAPH.match(original, match.end()):
            return "\n"  # "Heading\n3.5 Alongside ...": a numbered paragraph starts
        return " "
    if kind == "hyphen":
        return "-"
    if kind == "invisible":
        return ""
    return _LIGATURES.get(match.group(0), match.group(0))


def reading_text(original: str) -> tuple[str, OffsetMap]:
    """The reading text of ``original`` and its map back to ``original``."""
    joined = _LONE_NEWLINE.sub(" ", original)  # same length: offsets unchanged
    text, mapping = rewrite(joined, _READING, lambda match: _reading_replacement(match, original))
    for fancy, plain in _PLAIN.items():  # one character for one: the map still holds
        if fancy in text:
            text = text.replace(fancy, plain)  # a few fast passes beat one str.translate
    return text, mapping


_LOWER_CHUNK = 1 << 20


def _lower_same_length(text: str) -> str:
    """``text.lower()``, one character for one, in chunks.

    CPython's ``str.lower`` of a non-ASCII string allocates 12 bytes per
    character while it works, so a 50 MB document is lowered a megabyte at a
    time. A few characters (e.g. "İ") lower-case to two: they are kept as
    they are, so that offsets stay exact.
    """
    if len(text) <= _LOWER_CHUNK:
        return _lower_chunk(text)
    return "".join(_lower_chunk(text[i:i + _LOWER_CHUNK]) for i in range(0, len(text), _LOWER_CHUNK))


def _lower_chunk(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def match_key(reading: str) -> tuple[str, OffsetMap]:
    """The match key of a reading text, and its map back to the reading text."""
    # Hyphens read as spaces (one for one), then a run of spaces is one:
    # "Kirklees - Leeds" and "Kirklees-Leeds" are one phrase.
    key, mapping = rewrite(reading.replace("-", " "), _SPACES, lambda m: " ")
    return _lower_same_length(key), mapping


def phrase_key(phrase: str) -> str:
    """A subject phrase normalised exactly as documents are, for matching."""
    reading, _ = reading_text(phrase.strip())
    key, _ = match_key(reading.replace("\n", " "))
    return key.strip()
