"""The one place subject phrases are found: one automaton, one pass a document.

Every phrase of every fact (subjects, a name's canonical, accepted and
rejected forms, a title's forms, and the anchors that reveal a name's near
misses) goes into a single Aho-Corasick automaton over the match key (see
``checker.text.normalise``). Scanning a document is one pass however many
facts there are: cost grows with corpus size plus facts, never their
product. ``re:`` subjects, which no automaton can hold, are run one by one
with a time limit; they are meant to be rare.

A phrase many facts share is one automaton key, and a hit of it costs the
same however many facts share it: a title ("Chief Executive", the title of
hundreds of people in a large facts file) becomes a hit of a title fact
only in a document that names that fact's person, the only place the
checks read it.

A name's near miss ("Department of Education" for "Department for
Education") is a phrase that is the name with one word swapped. For each
word of the name the automaton holds the words before it ("left") and the
words after it ("right"), each once however many names share it; a left
anchor and a right anchor of the same name and word, with exactly one
other word between them, is a candidate, reported as a ``variant`` hit with
the odd word when the swap is a near miss (``checker.text.near_miss``): a
different word there ("Bradford City Council" for "Leeds City Council")
names something else, and is no hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick
import regex

from checker.facts.model import Fact, FactsFile
from checker.facts.patterns import compile_pattern
from checker.text.near_miss import near_miss
from checker.text.normalise import match_key, phrase_key

PATTERN_TIMEOUT = 1.0  # seconds for one `re:` subject on one document
WINDOW = 1 << 20  # characters of reading text scanned at a time

# Roles a phrase can play for its fact.
SUBJECT, VALUE, ACCEPT, REJECT, VARIANT = "subject", "value", "accept", "reject", "variant"


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a document, as a span of its reading text."""

    fact: int  # index into FactsFile.facts
    role: str
    start: int
    end: int
    odd: str = ""  # variant: the word that differs
    expected: str = ""  # variant: the word the name has there


@dataclass(slots=True)
class _Key:
    """What one automaton key stands for, however many facts share it.

    ``direct``: (fact, role) hits made wherever the key is found. ``gated``:
    the title facts whose title this key is (fact -> roles), turned into hits
    only in a document that names the fact's person, so a title shared by
    many people ("Chief Executive") costs one lookup, not one hit per fact.
    ``left``/``right``: whether the key is an anchor of some name's near miss.
    """

    length: int
    direct: list[tuple[int, str]]
    gated: dict[int, list[str]]
    left: bool = False
    right: bool = False


class Scanner:
    """Built once per run from the facts; ``scan`` is called once per document."""

    def __init__(self, facts: FactsFile) -> None:
        self._automaton = ahocorasick.Automaton()
        self._name_words: dict[int, list[str]] = {}
        self._patterns: list[tuple[int, regex.Pattern]] = []
        self._keys: list[_Key] = []
        index_of: dict[str, int] = {}
        # Near misses by anchor keys: (left, right) for a word inside the name,
        # left alone for its last word, right alone for its first.
        self._pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._last: dict[int, list[tuple[int, int]]] = {}
        self._first: dict[int, list[tuple[int, int]]] = {}

        def key_of(text: str) -> _Key:
            if text not in index_of:
                index_of[text] = len(self._keys)
                self._keys.append(_Key(len(text), [], {}))
            return self._keys[index_of[text]]

        for fact_index, fact in enumerate(facts.facts):
            for text, role in _phrases(fact):
                if not text:
                    continue
                if fact.type == "title" and role != SUBJECT:
                    key_of(text).gated.setdefault(fact_index, []).append(role)
                else:
                    key_of(text).direct.append((fact_index, role))
            if fact.type == "name" and fact.value_text:
                words = phrase_key(fact.value_text).split(" ")
                self._name_words[fact_index] = words
                if len(words) >= 2:
                    self._add_anchors(fact_index, words, key_of, index_of)
            for pattern in fact.patterns:
                self._patterns.append((fact_index, compile_pattern(pattern)))
        for text, index in index_of.items():
            self._automaton.add_word(text, index)
        if index_of:
            self._automaton.make_automaton()
        self._empty = not index_of
        # A window must hold any phrase, and the word either side of a near miss.
        longest = max((len(k) for k in index_of), default=0)
        self._overlap = 2 * longest + 200

    def _add_anchors(self, fact: int, words: list[str], key_of, index_of) -> None:
        last = len(words) - 1
        for part in range(len(words)):
            left = " ".join(words[:part]) if part > 0 else ""
            right = " ".join(words[part + 1:]) if part < last else ""
            if left:
                key_of(left).left = True
            if right:
                key_of(right).right = True
            if left and right:
                self._pairs.setdefault((index_of[left], index_of[right]), []).append((fact, part))
            elif left:
                self._last.setdefault(index_of[left], []).append((fact, part))
            elif right:
                self._first.setdefault(index_of[right], []).append((fact, part))

    def scan(self, text: str) -> list[Hit]:
        """All hits in the reading text ``text``, sorted by position.

        A long text is scanned in windows of about a megabyte that overlap
        by more than the longest phrase, each hit kept by the window it
        starts in: the match key of the whole text is never held at once.
        """
        hits: list[Hit] = []
        titles: list[tuple[int, int, int]] = []  # (key, start, end) of shared titles
        start = 0
        while start < len(text):
            cut = min(len(text), start + WINDOW)
            if cut < len(text):
                space = text.find(" ", cut)
                cut = len(text) if space < 0 else space
            window_end = min(len(text), cut + self._overlap)
            self._scan_window(text[start:window_end], start, cut, hits, titles)
            start = cut
        for fact, pattern in self._patterns:
            hits.extend(_pattern_hits(fact, pattern, text))
        if titles:
            hits.extend(self._titles(titles, {h.fact for h in hits if h.role == SUBJECT}))
        hits.sort(key=lambda h: (h.start, h.end, h.fact, h.role))
        return hits

    def _titles(self, found: list[tuple[int, int, int]], named: set[int]) -> list[Hit]:
        """The title hits of the people the document names (``named``: facts with a subject hit)."""
        hits = []
        for index, start, end in found:
            gated = self._keys[index].gated
            facts = [f for f in gated if f in named] if len(gated) <= len(named) else \
                [f for f in named if f in gated]
            hits.extend(Hit(fact, role, start, end) for fact in facts for role in gated[fact])
        return hits

    def _scan_window(self, text: str, offset: int, cut: int, hits: list[Hit],
                     titles: list[tuple[int, int, int]]) -> None:
        """Add the hits starting before ``cut`` in one window, at offsets of the whole text."""
        key, to_reading = match_key(text)
        anchors: list[tuple[int, int, int]] = []
        keys = self._keys
        if not self._empty:
            for last, index in self._automaton.iter(key):
                entry = keys[index]
                end = last + 1
                start = end - entry.length
                if (start > 0 and key[start].isalnum() and key[start - 1].isalnum()) or \
                        (last + 1 < len(key) and key[last].isalnum() and key[end].isalnum()):
                    continue  # not a whole word
                if entry.left or entry.right:
                    anchors.append((index, start, end))
                if not (entry.direct or entry.gated):
                    continue
                source_start = offset + to_reading.to_source(start)
                if source_start >= cut:
                    continue
                source_end = offset + to_reading.end_to_source(end)
                hits.extend(Hit(fact, role, source_start, source_end) for fact, role in entry.direct)
                if entry.gated:
                    titles.append((index, source_start, source_end))
        for fact, start, end, odd, expected in self._variants(key, anchors):
            source_start = offset + to_reading.to_source(start)
            if source_start < cut:
                hits.append(Hit(fact, VARIANT, source_start, offset + to_reading.end_to_source(end),
                                odd, expected))

    def _variants(self, key: str, anchors: list[tuple[int, int, int]]) -> list[tuple]:
        """(fact, start, end, odd, expected) of names with exactly one word swapped, from the
        anchors found around the odd word."""
        found = []
        rights: dict[int, list[int]] = {}  # where right anchors start -> their keys
        for index, start, _ in anchors:
            if self._keys[index].right:
                rights.setdefault(start, []).append(index)
        for index, start, end in anchors:
            if index in self._first and start >= 2 and key[start - 1] == " ":
                word_start = key.rfind(" ", 0, max(0, start - 1)) + 1
                odd = key[word_start:start - 1]
                if odd:
                    found.extend((fact, word_start, end, odd, self._name_words[fact][part])
                                 for fact, part in self._first[index])
            if not self._keys[index].left or key[end:end + 1] != " ":
                continue
            odd_end = _word_end(key, end + 1)
            odd = key[end + 1:odd_end]
            if not odd:
                continue
            found.extend((fact, start, odd_end, odd, self._name_words[fact][part])
                         for fact, part in self._last.get(index, ()))
            if key[odd_end:odd_end + 1] == " ":
                for right in rights.get(odd_end + 1, ()):
                    right_end = odd_end + 1 + self._keys[right].length
                    found.extend((fact, start, right_end, odd, self._name_words[fact][part])
                                 for fact, part in self._pairs.get((index, right), ()))
        return [(fact, start, end, _base(odd), expected)
                for fact, start, end, odd, expected in found
                if _ODD_WORD.fullmatch(odd) and near_miss(_base(odd), expected)]


def _phrases(fact: Fact):
    """(key, role) for every phrase of ``fact`` that the automaton holds (anchors aside)."""
    for subject in fact.subjects:
        yield phrase_key(subject), SUBJECT
    if fact.type in ("name", "title"):
        if fact.value_text:
            yield phrase_key(fact.value_text), VALUE
        for form in fact.accept:
            yield phrase_key(form), ACCEPT
        for form in fact.reject:
            yield phrase_key(form), REJECT


_ODD_WORD = re.compile(r"[\w&]+(?:'\w*)?")


def _base(word: str) -> str:
    """A word without its possessive: "council's" and "councils'" read as the word."""
    return re.sub(r"'s?$", "", word)


def _word_end(key: str, start: int) -> int:
    end = start
    while end < len(key) and key[end] not in " \n":
        end += 1
    return end


def _pattern_hits(fact: int, pattern: regex.Pattern, text: str) -> list[Hit]:
    try:
        return [Hit(fact, SUBJECT, m.start(), m.end())
                for m in pattern.finditer(text, timeout=PATTERN_TIMEOUT) if m.end() > m.start()]
    except TimeoutError:
        return []
