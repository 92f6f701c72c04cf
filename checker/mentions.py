"""Turn scanner hits into mentions, each with the value it states.

Values are read once per sentence and type, only in sentences that hold a
mention (or a percentage, for the arithmetic check), never by re-scanning
a window per mention. The value a mention states is chosen by position:

1. a value in a parenthesis right after the subject ("the investment
   (£1.63m)") belongs to it;
2. else the nearest value of the fact's type in the mention's own clause.
   Clauses are cut at ";", " but ", " while ", " whereas ", and at " and "
   when a new subject follows ("her term ends at the end of September and
   the statutory direction remains in force": the date is the term's, not
   the direction's). A value in another clause belongs to that clause;
3. else, when the sentence has no value of the type at all and the next
   sentence opens by pointing back ("This will be in place for up to three
   years", "It ...", "The partnership ..."), the first value there.

A value inside the subject phrase itself is not its value. The choosing is
``checker.mention_value``'s (with ``checker.attachment``'s grammar); the
values of each sentence are read once, by ``checker.sentence_values``.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence

from checker import attachment
from checker.attachment import inside_longer_name
from checker.compiled import CompiledFacts
from checker.document import Document
from checker.mention_value import choose_value
from checker.results import Mention, Reading, Sentence
from checker.scan import SUBJECT, Hit
from checker.sentence_values import SentenceValues
from checker.text.sentences import Sentences
from checker.values import ARITHMETIC, NAMES, value_like
from checker.values.model import Value

TYPED = frozenset(NAMES)
EXCERPT_MAX = 240
CONTEXT = 60
# What marks a sentence whose numbers the arithmetic check recomputes (see
# checker.checks.arithmetic): a percentage (with "of": "120 of 152 (79%)"),
# a stated total ("a total of", "totalling", "making", "a combined"), or a
# parenthesis listing two or more items ("three councils (Leeds, ...)").
# A sentence with none of them cannot fail the check, so its numbers are not read.
# (The look-ahead is a quick first test: an IGNORECASE alternation is slow to
# try at every character.)
_ARITHMETIC_MARK = re.compile(r"(?=[%pPtTmMcC(])(?:%|\bper ?cent\b|\btotal|\bmaking\b|\bcombined\b|"
                              r"\([^()]{0,300}?(?:,|\band\b|&)[^()]{0,300}?\))", re.I)
_PERCENT_MARK = re.compile(r"%|per ?cent", re.I)
_OF = re.compile(r"\bof\b", re.I)
_PARENTHESIS = re.compile(r"[ ,]*\(([^()]{1,200})\)")


def excerpt(text: str, start: int, end: int, focus: int) -> str:
    """The sentence ``text[start:end]``, cut to a window around ``focus`` if long."""
    if end - start > EXCERPT_MAX:
        start = max(start, focus - EXCERPT_MAX // 2)
        end = min(end, start + EXCERPT_MAX)
        head = "..." if start > 0 and text[start - 1] not in "\n" else ""
        return head + text[start:end].replace("\n", " ").strip() + "..."
    return text[start:end].replace("\n", " ").strip()


def _reading(doc: Document, value: Value, values: SentenceValues | None = None,
             reached: bool = False) -> Reading:
    return Reading(value, *doc.place(value.start, value.end),
                   dated=values is not None and values.rests_on_file_date(value), reached=reached)


def read_mentions(doc: Document, hits: Sequence[Hit], sentences: Sentences, facts: CompiledFacts,
                  date: datetime.date | None,
                  date_from_file: bool = False) -> tuple[list[Mention], list[Sentence]]:
    """The mentions, each with its value, and the sentences the arithmetic check needs."""
    values = SentenceValues(doc, sentences, date, date_from_file)
    return attach_values(doc, hits, facts, values), arithmetic_sentences(doc, values)


def attach_values(doc: Document, hits: Sequence[Hit], facts: CompiledFacts,
                  values: SentenceValues) -> list[Mention]:
    sentences = values.sentences
    for hit in hits:  # hits come sorted: so does each type's list
        if hit.role == SUBJECT:
            values.subjects.setdefault(facts.facts[hit.fact].type, []).append(hit.start)
    excerpts: dict[int, str] = {}  # one string per short sentence, shared by its mentions
    mentions = []
    for hit in hits:
        fact = facts.facts[hit.fact]
        index = max(0, bisect_right(sentences.starts, hit.start) - 1)
        values.forget_before(index)  # hits come in order: memory stays bounded
        s_start, s_end = sentences[index] if sentences else (0, len(doc.text))
        reading, unread = None, ""
        if hit.role == SUBJECT and fact.type in TYPED and sentences and not inside_longer_name(
                doc.text, (hit.start, hit.end)):
            value = choose_value(doc, hit, index, fact.type, fact.choices, values)
            if isinstance(value, attachment.Competing):
                unread = value.words  # two values, and nothing that says which is the subject's
            elif value is not None:
                reading = _reading(doc, value.value, values, reached=value.value.start >= s_end)
            else:
                unread = value_like(fact.type, doc.text, *values.clause(index, hit.start))
        if s_end - s_start <= EXCERPT_MAX:
            if index not in excerpts:
                excerpts[index] = excerpt(doc.text, s_start, s_end, s_start)
            quote = excerpts[index]
        else:
            quote = excerpt(doc.text, s_start, s_end, reading.value.start if reading else hit.start)
        titled = fact.type == "title"  # only titles look at their neighbours (FC005)
        mentions.append(Mention(
            fact.id, hit.role, *doc.place(hit.start, hit.end),
            quote, hit.start, hit.end,
            before=doc.text[max(0, hit.start - CONTEXT):hit.start] if titled else "",
            after=doc.text[hit.end:hit.end + CONTEXT] if titled else "",
            reading=reading, odd=hit.odd, expected=hit.expected, unread=unread))
    return one_subject_per_value(mentions)


def one_subject_per_value(mentions: list[Mention]) -> list[Mention]:
    """A value two facts' subjects both read belongs to the more specific subject, the one of
    more words ("The draft budget includes an extra £610m for health and social services": the
    health fact's, not the budget's; "Williams said construction will start next year" about
    "the downtown streetscape project": the project's, not a fact of "construction" at large);
    the other mention is left unread. Mentions of one fact may share a value, and subjects as
    specific as each other keep it. First of all, a subject that states the value in its own
    sentence keeps it from one that reached it in the next ("Charnwood Care Home ... The service
    can support up to 88 people": the service's, where "service" is a fact's subject too)."""
    claims: dict[tuple, list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.reading is not None:
            value = mention.reading.value
            claims.setdefault((value.start, value.end, value.kind), []).append(index)
    for indexes in claims.values():
        if len({mentions[i].fact for i in indexes}) < 2 or all(
                mentions[i].start < mentions[j].end and mentions[j].start < mentions[i].end
                for i in indexes for j in indexes):
            continue  # one fact, or phrases inside each other ("number of unemployed persons")
        value = mentions[indexes[0]].reading.value
        if len({mentions[i].reading.reached for i in indexes}) == 2:
            for i in indexes:
                if mentions[i].reading.reached:
                    mentions[i] = dataclasses.replace(mentions[i], reading=None, unread=value.text)
            indexes = [i for i in indexes if mentions[i].reading is not None]
            if len({mentions[i].fact for i in indexes}) < 2:
                continue
        words = {i: len(mentions[i].words.split()) for i in indexes}
        most = max(words.values())
        winners = {mentions[i].fact for i in indexes if words[i] == most}
        if len(winners) > 1:
            continue  # as near as each other: nothing decides
        for i in indexes:
            if mentions[i].fact not in winners:
                mentions[i] = dataclasses.replace(mentions[i], reading=None, unread=value.text)
    return mentions


def arithmetic_sentences(doc: Document, values: SentenceValues) -> list[Sentence]:
    """Sentences with a percentage, a total or a parenthesis, their numbers read."""
    sentences = values.sentences
    starts = sentences.starts
    seen: set[int] = set()
    found = []
    for mark in _ARITHMETIC_MARK.finditer(doc.text):
        index = bisect_right(starts, mark.start()) - 1
        if index < 0 or index in seen:
            continue
        start, end = sentences[index]
        if _PERCENT_MARK.fullmatch(mark.group(0)) and not _OF.search(doc.text, start, end):
            continue  # a percentage and no "of": nothing to check it against (another mark may follow)
        seen.add(index)
        values.forget_before(index)
        readings = sorted((_reading(doc, v) for kind in ARITHMETIC
                           for v in values.get(index, kind)), key=lambda r: r.value.start)
        found.append(Sentence(doc.text[start:end], start, excerpt(doc.text, start, end, mark.start()),
                              tuple(readings)))
    return found
