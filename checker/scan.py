"""The one place subject phrases are found: one automaton, one pass a document.

Every phrase of every fact (subjects, a name's canonical, accepted and
rejected forms, a title's forms, and the anchors that reveal a name's near
misses) goes into a single Aho-Corasick automaton over the match key (see
``checker.text.normalise``). Scanning a document is one pass however many
facts there are: cost grows with corpus size plus facts, never their
product. ``re:`` subjects, which no automaton can hold, are run one by one
with a time limit; they are meant to be rare.

A name's near miss ("Department of Education" for "Department for
Education") is a phrase that is the name with one word swapped. For each
word of the name the automaton holds the words before it ("left") and the
words after it ("right"); a left anchor and a right anchor with exactly one
other word between them is a candidate, reported as a ``variant`` hit with
the odd word. Whether the odd word is a near miss or a different name is
the name-variant check's call, not the scanner's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick
import regex

from checker.facts.model import Fact, FactsFile
from checker.facts.patterns import compile_pattern
from checker.text.normalise import match_key, phrase_key

PATTERN_TIMEOUT = 1.0  # seconds for one `re:` subject on one document
WINDOW = 1 << 20  # characters of reading text scanned at a time

# Roles a phrase can play for its fact.
SUBJECT, VALUE, ACCEPT, REJECT, VARIANT = "subject", "value", "accept", "reject", "variant"
_LEFT, _RIGHT = "left", "right"


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a document, as a span of its reading text."""

    fact: int  # index into FactsFile.facts
    role: str
    start: int
    end: int
    odd: str = ""  # variant: the word that differs
    expected: str = ""  # variant: the word the name has there


@dataclass(frozen=True, slots=True)
class _Entry:
    fact: int
    role: str
    part: int = -1  # anchors: the index of the word they leave out
    length: int = 0  # of the key, to find where a match starts


class Scanner:
    """Built once per run from the facts; ``scan`` is called once per document."""

    def __init__(self, facts: FactsFile) -> None:
        self._automaton = ahocorasick.Automaton()
        self._name_words: dict[int, list[str]] = {}
        self._patterns: list[tuple[int, regex.Pattern]] = []
        entries: dict[str, list[_Entry]] = {}
        for index, fact in enumerate(facts.facts):
            for key, role, part in _phrases(fact):
                if key:
                    entries.setdefault(key, []).append(_Entry(index, role, part, len(key)))
            if fact.type == "name" and fact.value_text:
                self._name_words[index] = phrase_key(fact.value_text).split(" ")
            for pattern in fact.patterns:
                self._patterns.append((index, compile_pattern(pattern)))
        for key, found in entries.items():
            self._automaton.add_word(key, tuple(found))
        if entries:
            self._automaton.make_automaton()
        self._empty = not entries
        # A window must hold any phrase, and the word either side of a near miss.
        longest = max((len(k) for k in entries), default=0)
        self._overlap = 2 * longest + 200

    def scan(self, text: str) -> list[Hit]:
        """All hits in the reading text ``text``, sorted by position.

        A long text is scanned in windows of about a megabyte that overlap
        by more than the longest phrase, each hit kept by the window it
        starts in: the match key of the whole text is never held at once.
        """
        hits: list[Hit] = []
        start = 0
        while start < len(text):
            cut = min(len(text), start + WINDOW)
            if cut < len(text):
                space = text.find(" ", cut)
                cut = len(text) if space < 0 else space
            window_end = min(len(text), cut + self._overlap)
            hits.extend(h for h in self._scan_window(text[start:window_end], start) if h.start < cut)
            start = cut
        for fact, pattern in self._patterns:
            hits.extend(_pattern_hits(fact, pattern, text))
        hits.sort(key=lambda h: (h.start, h.end, h.fact, h.role))
        return hits

    def _scan_window(self, text: str, offset: int) -> list[Hit]:
        """The automaton's hits in one window, at offsets of the whole text."""
        hits: list[Hit] = []
        key, to_reading = match_key(text)
        anchors: dict[tuple[int, int, str], list[tuple[int, int]]] = {}
        if not self._empty:
            for last, found in self._automaton.iter(key):
                end = last + 1
                start = end - found[0].length
                if not _whole_word(key, start, end):
                    continue
                for entry in found:
                    if entry.role in (_LEFT, _RIGHT):
                        anchors.setdefault((entry.fact, entry.part, entry.role), []).append((start, end))
                    else:
                        hits.append(Hit(entry.fact, entry.role, offset + to_reading.to_source(start),
                                        offset + to_reading.end_to_source(end)))
        for variant in self._variants(key, anchors):
            fact, start, end, odd, expected = variant
            hits.append(Hit(fact, VARIANT, offset + to_reading.to_source(start),
                            offset + to_reading.end_to_source(end), odd, expected))
        return hits

    def _variants(self, key: str, anchors: dict) -> list[tuple[int, int, int, str, str]]:
        """Names with exactly one word swapped, from pairs of anchors."""
        found = []
        for (fact, part, side), spans in anchors.items():
            words = self._name_words[fact]
            last = len(words) - 1
            rights = {s for s, _ in anchors.get((fact, part, _RIGHT), ())}
            for start, end in spans:
                if side == _RIGHT and part == 0:
                    word_start = key.rfind(" ", 0, max(0, start - 1)) + 1
                    odd = key[word_start:start - 1]
                    if start >= 2 and key[start - 1] == " " and odd:
                        found.append((fact, word_start, end, odd, words[part]))
                elif side == _LEFT:
                    odd_end = _word_end(key, end + 1)
                    odd = key[end + 1:odd_end] if key[end:end + 1] == " " else ""
                    if not odd:
                        continue
                    if part == last:
                        found.append((fact, start, odd_end, odd, words[part]))
                    elif odd_end + 1 in rights and key[odd_end:odd_end + 1] == " ":
                        right_end = odd_end + 1 + len(" ".join(words[part + 1:]))
                        found.append((fact, start, right_end, odd, words[part]))
        return [(fact, start, end, _base(odd), expected)
                for fact, start, end, odd, expected in found
                if _ODD_WORD.fullmatch(odd) and _base(odd) != expected]


def _phrases(fact: Fact):
    """(key, role, part) for every phrase of ``fact`` that the automaton holds."""
    for subject in fact.subjects:
        yield phrase_key(subject), SUBJECT, -1
    if fact.type in ("name", "title"):
        if fact.value_text:
            yield phrase_key(fact.value_text), VALUE, -1
        for form in fact.accept:
            yield phrase_key(form), ACCEPT, -1
        for form in fact.reject:
            yield phrase_key(form), REJECT, -1
    if fact.type == "name" and fact.value_text:
        words = phrase_key(fact.value_text).split(" ")
        if len(words) >= 2:
            for part in range(len(words)):
                if part > 0:
                    yield " ".join(words[:part]), _LEFT, part
                if part < len(words) - 1:
                    yield " ".join(words[part + 1:]), _RIGHT, part


_ODD_WORD = re.compile(r"[\w&]+(?:'\w*)?")


def _base(word: str) -> str:
    """A word without its possessive: "council's" and "councils'" read as the word."""
    return re.sub(r"'s?$", "", word)


def _word_end(key: str, start: int) -> int:
    end = start
    while end < len(key) and key[end] not in " \n":
        end += 1
    return end


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _whole_word(key: str, start: int, end: int) -> bool:
    before = key[start - 1] if start > 0 else " "
    after = key[end] if end < len(key) else " "
    first, last = key[start], key[end - 1]
    return not (_is_word_char(first) and _is_word_char(before)) and \
        not (_is_word_char(last) and _is_word_char(after))


def _pattern_hits(fact: int, pattern: regex.Pattern, text: str) -> list[Hit]:
    try:
        return [Hit(fact, SUBJECT, m.start(), m.end())
                for m in pattern.finditer(text, timeout=PATTERN_TIMEOUT) if m.end() > m.start()]
    except TimeoutError:
        return []
