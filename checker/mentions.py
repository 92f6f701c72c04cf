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

A value inside the subject phrase itself is not its value.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from checker import attachment
from checker.attachment import clause_cuts, inside_longer_name
from checker.compiled import CompiledFacts
from checker.document import Document
from checker.results import Mention, Reading, Sentence
from checker.scan import SUBJECT, Hit
from checker.text.sentences import Sentences
from checker.values import ARITHMETIC, FINDERS, NAMES, value_like
from checker.values.context import Context
from checker.values.model import Value

TYPED = frozenset(NAMES)
EXCERPT_MAX = 240
CONTEXT = 60
# A next sentence that points back to the subject: a pronoun first or within its first
# few words ("On the count so far it has won ..."), or "the" and a word for what a
# subject usually is ("The service can support up to 88 people", "The £1 billion contract
# will cover ...", "The total now is $15,038,410.00").
_POINTS_BACK = re.compile(
    r"(?:(?:[\w'’$£€.-]+[ ,]+){0,5}?(?:it|they|them|this (?:number|figure|total|amount|sum|rate))\b|"
    r"(?:this|these|that|those|such|its|their)\b|"
    r"(?:[\w'’$£€.-]+[ ,]+){0,6}?the (?:[\w£$€.,'’-]+ ){0,3}?(?:total|cost|figure|amount|sum|price|"
    r"arrangement|partnership|"
    r"agreement|programme|contract|scheme|project|review|direction|"
    r"term|funding|investment|service|home|facility|school|hospital|trust|fund|plan|budget|report|"
    r"inquiry|survey|target|policy|deal|bill|grant|centre|unit|company|firm|charity|appeal|"
    r"strategy|initiative|event|route|work|works|building|site|development|station|road|bridge|"
    r"library|museum|office|hall|center|location|store|shop|plant|property|vessel|ship|aircraft|"
    r"fleet|train|vehicle)\b)", re.I)
# What marks a sentence whose numbers the arithmetic check recomputes (see
# checker.checks.arithmetic): a percentage (with "of": "120 of 152 (79%)"),
# a stated total ("a total of", "totalling", "making", "a combined"), or a
# parenthesis listing two or more items ("three councils (Leeds, ...)").
# A sentence with none of them cannot fail the check, so its numbers are not read.
# (The look-ahead is a quick first test: an IGNORECASE alternation is slow to
# try at every character.)
_ARITHMETIC_MARK = re.compile(r"(?=[%pPtTmMcC(])(?:%|\bper ?cent\b|\btotal|\bmaking\b|\bcombined\b|"
                              r"\([^()]{0,300}?(?:,|\band\b|&)[^()]{0,300}?\))", re.I)
# A clause that goes on about the subject: "..., and it is expected to take two years"
_IT_GOES_ON = re.compile(r",?\s+(?:and|but|so)\s+(it|they)\b", re.I)
_NOW = re.compile(r"\b(?:now|currently|has since|have since)\b", re.I)
_OPENS = re.compile(r"\W*(?:(?:the|a|an|its|their|this|our|these|those)\s+)?", re.I)  # the clause's subject
_HEAD = re.compile(r"([A-Za-z]{3,})\W*$")  # a subject's last word: its head noun, mostly
_PERCENT_MARK = re.compile(r"%|per ?cent", re.I)
_OF = re.compile(r"\bof\b", re.I)
_PARENTHESIS = re.compile(r"[ ,]*\(([^()]{1,200})\)")


class SentenceValues:
    """Values and clause cuts per sentence, each computed at most once.

    Choosing a mention's value is then a couple of binary searches, so a
    huge sentence with many mentions (a 1 MB line with no full stop) costs
    linear time, not mentions times values.
    """

    def __init__(self, doc: Document, sentences: Sequence[tuple[int, int]], date,
                 date_from_file: bool = False) -> None:
        self.doc, self.sentences, self.date = doc, sentences, date
        self.date_from_file = date_from_file
        self._values: dict[tuple, tuple[list[Value], list[int]]] = {}
        self._cuts: dict[int, tuple[list[int], list[int]]] = {}
        self.marks: dict[tuple, tuple] = {}  # what is read around each value (checker.attachment)
        self.subjects: Sequence[int] = ()  # where every subject phrase starts, sorted

    def rests_on_file_date(self, value: Value) -> bool:
        """Whether ``value`` was resolved against a document date read from the file's
        properties ("earlier this year" in a Word file whose template says 2013): read
        without the date, the same words give another value, or none."""
        if not self.date_from_file or value.kind != "date":
            return False
        alone = FINDERS["date"](self.doc.text, value.start, value.end, Context())
        return not any((v.low, v.high) == (value.low, value.high) for v in alone)

    def next_subject(self, start: int, end: int) -> int:
        """Where the first subject phrase in ``[start, end)`` starts (``end`` when none does):
        reading on into the next sentence stops at a new subject."""
        i = bisect_left(self.subjects, start)
        return self.subjects[i] if i < len(self.subjects) and self.subjects[i] < end else end

    def forget_before(self, index: int) -> None:
        """Drop what was read in sentences before ``index``: the caller has moved on."""
        if len(self._values) > 64:
            self._values = {k: v for k, v in self._values.items() if k[0] >= index}
            self._cuts = {k: v for k, v in self._cuts.items() if k >= index}
            start = self.sentences[index][0] if index < len(self.sentences) else 0
            self.marks = {k: v for k, v in self.marks.items() if k[0] >= start}

    def get(self, index: int, kind: str, choices: tuple[str, ...] = ()) -> list[Value]:
        return self._indexed(index, kind, choices)[0]

    def _indexed(self, index: int, kind: str, choices: tuple[str, ...]):
        key = (index, kind, choices)
        if key not in self._values:
            start, end = self.sentences[index]
            found = FINDERS[kind](self.doc.text, start, end, Context(doc_date=self.date, choices=choices))
            self._values[key] = (found, [v.start for v in found])
        return self._values[key]

    def clause(self, index: int, position: int) -> tuple[int, int]:
        """The clause of sentence ``index`` that holds ``position``."""
        start, end = self.sentences[index]
        if index not in self._cuts:
            cuts = clause_cuts(self.doc.text, start, end)
            self._cuts[index] = ([s for s, _ in cuts], [e for _, e in cuts])
        starts, ends = self._cuts[index]
        before = bisect_right(ends, position)  # cuts wholly before the position
        clause_start = ends[before - 1] if before else start
        after = bisect_left(starts, position)
        clause_end = starts[after] if after < len(starts) else end
        return clause_start, clause_end

    def indexed(self, index: int, kind: str, choices: tuple[str, ...]):
        """(values, their starts) of ``kind`` in sentence ``index``."""
        return self._indexed(index, kind, choices)


def choose_value(doc: Document, hit: Hit, index: int, kind: str, choices: tuple[str, ...],
                 values: SentenceValues) -> attachment.Chosen | attachment.Competing | None:
    """The value the mention ``hit`` in sentence ``index`` states (module docstring)."""
    found, starts = values.indexed(index, kind, choices)
    if any(v.start < hit.start or v.end > hit.end for v in found):  # not only its own name's "2 Sisters"
        clause = values.clause(index, hit.start)
        chosen = attachment.choose(doc.text, values.sentences[index], clause, (hit.start, hit.end), found,
                                   starts, doc.text[hit.start:hit.end], values.marks)
        goes_on = _IT_GOES_ON.match(doc.text, clause[1]) if _OPENS.fullmatch(
            doc.text, clause[0], hit.start) else None
        if goes_on and (goes_on.group(1).lower() == "they") != doc.text[hit.start:hit.end].endswith("s"):
            goes_on = None  # "Scottish Labour MSPs voted against the budget ... but it was voted through"
        if goes_on:
            later = values.clause(index, goes_on.end())
            # "Decommissioning the plant will begin ..., and it is expected to take two years";
            # "The Caletwr was rated 'High' last year but it is now rated as 'Moderate'"
            if chosen is None or _NOW.search(doc.text, goes_on.end(), later[1]):
                chosen = attachment.choose(doc.text, values.sentences[index], later, (hit.start, hit.end),
                                           found, starts, doc.text[hit.start:hit.end], values.marks) or chosen
        return chosen
    if index + 1 < len(values.sentences):
        next_start, _ = values.sentences[index + 1]
        same_paragraph = "\n" not in doc.text[values.sentences[index][1]:next_start]
        if same_paragraph and (_POINTS_BACK.match(doc.text, next_start) or _names_again(
                doc.text, next_start, doc.text[hit.start:hit.end])):
            following, starts = values.indexed(index + 1, kind, choices)
            stop = values.next_subject(next_start, values.sentences[index + 1][1])
            roles = attachment.roles_of(doc.text, following, next_start, values.marks) if following else []
            value = next((v for v, r in zip(following, roles) if v.start < stop
                          and r not in ("previous", "change")), None)
            return attachment.Chosen(value, -attachment.REACH) if value else None
    return None


def _names_again(text: str, start: int, subject: str) -> bool:
    """Whether the sentence at ``start`` names the subject again by its head noun within its
    first words: "The audit completion report had not been completed ... Work on the report had
    been continued, and ... presented to the Committee in November"; "... left the official
    interest cash rate at 2.5 per cent. The decision was widely expected and it means the rate
    has been on hold for 12 months"."""
    head = _HEAD.search(subject)
    return head is not None and re.match(
        rf"(?:[\w'’-]+[ ,]+){{0,8}}?(?:the|this|that|its|their|such(?: an?)?)\s+"
        rf"{re.escape(head.group(1))}s?\b",
        text[start:start + 120], re.I) is not None


def excerpt(text: str, start: int, end: int, focus: int) -> str:
    """The sentence ``text[start:end]``, cut to a window around ``focus`` if long."""
    if end - start > EXCERPT_MAX:
        start = max(start, focus - EXCERPT_MAX // 2)
        end = min(end, start + EXCERPT_MAX)
        head = "..." if start > 0 and text[start - 1] not in "\n" else ""
        return head + text[start:end].replace("\n", " ").strip() + "..."
    return text[start:end].replace("\n", " ").strip()


def _reading(doc: Document, value: Value, values: SentenceValues | None = None) -> Reading:
    return Reading(value, *doc.place(value.start, value.end),
                   dated=values is not None and values.rests_on_file_date(value))


def read_mentions(doc: Document, hits: Sequence[Hit], sentences: Sentences, facts: CompiledFacts,
                  date: datetime.date | None,
                  date_from_file: bool = False) -> tuple[list[Mention], list[Sentence]]:
    """The mentions, each with its value, and the sentences the arithmetic check needs."""
    values = SentenceValues(doc, sentences, date, date_from_file)
    return attach_values(doc, hits, facts, values), arithmetic_sentences(doc, values)


def attach_values(doc: Document, hits: Sequence[Hit], facts: CompiledFacts,
                  values: SentenceValues) -> list[Mention]:
    sentences = values.sentences
    values.subjects = [h.start for h in hits if h.role == SUBJECT]
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
                reading = _reading(doc, value.value, values)
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
    specific as each other keep it."""
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
