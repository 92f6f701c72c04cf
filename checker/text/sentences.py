"""Split a reading text into sentences.

Values are attached to the subject they share a sentence with, so a wrong
split loses a value or glues another one on. The splitter is rule-based and
linear: a sentence ends at ". ", "! " or "? " (quotes and brackets may
follow the mark) when the next word starts a sentence, and at a paragraph
break unless the paragraph was cut mid-sentence (the next line starts in
lower case, as PDF page breaks leave it). It does not end after an
abbreviation ("Cllr.", "Mrs.", "para."), an initial ("J. Smith"), dotted initials before a
word that does not open a sentence ("the U.S. Department of ..."), or inside
a number ("3.13"); a paragraph number ("3.6 The ...") starts a sentence.
Every "\n" of the reading text is a paragraph break and ends a sentence:
the normaliser has already joined paragraphs cut mid-sentence.
"""

from __future__ import annotations

import re
from array import array

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof cllr clr coun cllrs rev st sr jr mt ft no nos para paras
sec sect fig figs vol vols ch pp p approx est dept govt e.g i.e etc cf vs
jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp plc rt hon
""".split())

_BOUNDARY = re.compile(r"""(?=[.!?\n])(?:[.!?]+['")\]]*(?=\s)|\n)""")  # look-ahead: a quick first test
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NUMBER_ONLY = re.compile(r"[\s\d.]*\d\.?$")
# Dotted initials ("U.S.", "U.K.", "E.U.") end a sentence only before a word that opens one
_DOTTED = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_NEXT_WORD = re.compile(r"\s*['\"(]?([A-Za-z]+)")
_OPENERS = frozenset("""
the a an it its this that these those there then they their he his she her we our i you in on at by
for from to with as if when while but and or so yet however meanwhile although though after before
since despite during under over last next most many some all both each one two three four five
""".split())


def _ends_sentence(text: str, sentence_start: int, mark_start: int, after: int) -> bool:
    """Whether the terminal mark at ``mark_start`` ends a sentence."""
    rest = text[after:after + 3].lstrip(" ")
    if not rest:
        return True
    first = rest[0]
    if first.islower():
        return False
    if text[mark_start] == "." and _NUMBER_ONLY.match(text, sentence_start, mark_start + 1):
        return False  # "1. Main issues": a list number, not a sentence
    if text[mark_start] == ".":
        word = _WORD_BEFORE.search(text, max(0, mark_start - 12), mark_start)
        if word and word.start() > 0 and text[word.start() - 1].isdigit():
            return True  # "a gap of £87m. The council ...": a magnitude, not an initial
        if word:
            token = word.group(1).lower().rstrip(".")
            if token in ABBREVIATIONS or len(token) == 1 and token.isalpha():
                return False
            if _DOTTED.fullmatch(token):  # "the U.S. Department of Veterans Affairs": a name goes on
                following = _NEXT_WORD.match(text, after)
                return following is None or following.group(1).lower() in _OPENERS
    return True


class Sentences:
    """Sentence spans as two compact arrays (a long document has millions).

    Indexing gives ``(start, end)``; ``starts`` is sorted, for bisect.
    """

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")

    def append(self, span: tuple[int, int]) -> None:
        self.starts.append(span[0])
        self.ends.append(span[1])

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]

    def __iter__(self):
        return zip(self.starts, self.ends)

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


def split(text: str) -> Sentences:
    """Sentence spans ``(start, end)`` covering the non-blank parts of ``text``."""
    spans = Sentences()
    start = 0
    for match in _BOUNDARY.finditer(text):
        mark, end = match.span()
        if match.group(0) != "\n" and not _ends_sentence(text, start, mark, end):
            continue
        _add(text, spans, start, end if match.group(0) != "\n" else mark)
        start = end
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: Sentences, start: int, end: int) -> None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        spans.append((start, end))
