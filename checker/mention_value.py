"""Which value a mention states: one in its own clause, else one in a clause that goes on about
it ("..., and it is expected to take two years"), else, when its sentence has none of the type,
one in the next sentence if that sentence points back ("It ...", "The project ...", "... the
rate has been on hold for 12 months").
"""

from __future__ import annotations

import functools
import re

from checker import attachment
from checker.document import Document
from checker.scan import Hit
from checker.sentence_values import SentenceValues

# A next sentence that points back to the subject: a pronoun first or within its first
# few words ("On the count so far it has won ..."), or "the" and a word for what a
# subject usually is ("The service can support up to 88 people", "The £1 billion contract
# will cover ...", "The total now is $15,038,410.00").
_POINTS_BACK = re.compile(
    r"(?:(?:[\w'’$£€.-]+[ ,]+){0,8}?(?:it|they|them|he|she|this (?:number|figure|total|amount|sum|rate))\b|"
    r"(?:(?:in|under|for|from|by|with|at|after|before|during|through)\s+)?"
    r"(?:this|these|that|those|such|its|their)\b|"
    # "Although this cannot make up more than 20% ...": a demonstrative that stands for the subject
    r"(?:[\w'’$£€.-]+[ ,]+){0,6}?(?:this|that|these|those)\s+(?:is|was|are|were|will|would|can|cannot|could|"
    r"has|have|had|means|meant|represents|represented|covers|covered|includes|included)\b|"
    r"(?:[\w'’$£€.-]+[ ,]+){0,6}?the (?:[\w£$€.,'’-]+ ){0,3}?(?:total|cost|figure|amount|sum|price|"
    r"arrangement|partnership|"
    r"agreement|programme|contract|scheme|project|review|direction|"
    r"term|funding|investment|service|home|facility|school|hospital|trust|fund|plan|budget|report|"
    r"inquiry|survey|target|policy|deal|bill|grant|centre|unit|company|firm|charity|appeal|"
    r"strategy|initiative|event|route|work|works|building|site|development|station|road|bridge|"
    r"library|museum|office|hall|center|location|store|shop|plant|property|vessel|ship|aircraft|"
    r"fleet|train|vehicle)\b)", re.I)
# A clause that goes on about the subject: "..., and it is expected to take two years", "...; these
# make up 83 per cent"
_IT_GOES_ON = re.compile(r"(?:,?\s+(?:and|but|so)|;)\s+(it|they|these|those|th(?:at|is|e) (?:date|figure|"
                         r"number|total|amount|sum|cost|deadline|target))\b", re.I)
# Two values side by side, neither the subject's more than the other: "$59m in 2014 and $68m in 2018"
_JOINED = re.compile(r"[^,.;:()]{0,30}?\b(?:and|or)\s+", re.I)
_AND = re.compile(r",?\s+and\s+", re.I)  # a subject's clause cut right after it by "and"
# A name after a preposition is named in passing ("breaches of the Health and Social Care Act
# 2008"); as the clause's subject, the sentence's date is its own ("On 25 September 2008, the
# Waste Minimisation Act 2008 (the Act) was introduced")
_NAMED_UNDER = re.compile(r"\b(?:of|under|in|to|by|with|for|from|against|per)\s+(?:the\s+)?$", re.I)
_NAME_YEAR = re.compile(r" (?:1[89]|20)\d\d\b(?![-–/]\d| ?%)")
# "... was a clean audit last year; It has moved back into 'unqualified with findings'"
_NOW = re.compile(r"\b(?:now|currently|has since|have since|(?:has|have) (?:moved|slipped|dropped|fallen|"
                  r"risen|climbed|been (?:up|down)graded)|moved (?:back|up|down))\b", re.I)
# A later clause that revises the figure just stated: "... has since reduced its estimate to £3.5bn"
_REVISED = re.compile(r"\b(?:has|have|had)\s+(?:since\s+|now\s+|subsequently\s+)?"
                      r"(?:reduced|raised|revised|cut|"
                      r"increased|lowered|updated|changed|upgraded|downgraded)\s+(?:its|their|the|this|that)\s+"
                      r"(?:estimate|forecast|figure|projection|prediction)s?\s+(?:(?:down|up)(?:wards?)?\s+)?to\s+",
                      re.I)
_OPENS = re.compile(r"\W*(?:(?:the|a|an|its|their|this|our|these|those)\s+)?", re.I)  # the clause's subject
_HEAD = re.compile(r"([A-Za-z]{3,})\W*$")  # a subject's last word: its head noun, mostly


def choose_value(doc: Document, hit: Hit, index: int, kind: str, choices: tuple[str, ...],
                 values: SentenceValues) -> attachment.Chosen | attachment.Competing | None:
    """The value the mention ``hit`` in sentence ``index`` states (module docstring)."""
    if kind == "date" and _NAME_YEAR.match(doc.text, hit.end) and doc.text[hit.end - 1:hit.end].isalpha() \
            and doc.text[hit.start:hit.end].split()[-1][:1].isupper() \
            and _NAMED_UNDER.search(doc.text, max(0, hit.start - 30), hit.start):
        # "breaches of the Health and Social Care Act 2008", "the Official Information Act 1982
        # (OIA), which was transferred ... on 15 December 2023": a name that carries its year is
        # named in passing; the sentence's dates are of what is done under it
        return None
    found, starts = values.indexed(index, kind, choices)
    if any(v.start < hit.start or v.end > hit.end for v in found):  # not only its own name's "2 Sisters"
        clause = values.clause(index, hit.start)
        coordinated = _AND.match(doc.text, hit.end) if clause[1] <= hit.end + 2 else None
        if coordinated:
            # "A Grangemouth chemical plant and a Coupar Angus chicken processor were rated as
            # "poor"": a subject joined to the next by "and" shares its predicate
            clause = (clause[0], values.clause(index, coordinated.end())[1])
        chosen = attachment.choose(doc.text, values.sentences[index], clause, (hit.start, hit.end), found,
                                   starts, doc.text[hit.start:hit.end], values.marks)
        goes_on = _IT_GOES_ON.match(doc.text, clause[1]) if _OPENS.fullmatch(
            doc.text, clause[0], hit.start) else None
        if goes_on and goes_on.group(1).lower() in ("it", "they") and (
                goes_on.group(1).lower() == "they") != doc.text[hit.start:hit.end].endswith("s"):
            goes_on = None  # "Scottish Labour MSPs voted against the budget ... but it was voted through"
        if goes_on:
            later = values.clause(index, goes_on.end())
            # "Decommissioning the plant will begin ..., and it is expected to take two years";
            # "The Caletwr was rated 'High' last year but it is now rated as 'Moderate'"
            if chosen is None or _NOW.search(doc.text, goes_on.end(), later[1]):
                chosen = attachment.choose(doc.text, values.sentences[index], later, (hit.start, hit.end),
                                           found, starts, doc.text[hit.start:hit.end], values.marks) or chosen
        revised = _REVISED.search(doc.text, clause[1], values.sentences[index][1])
        if revised and isinstance(chosen, attachment.Chosen) and chosen.value.end <= revised.start():
            # "fraud losses were estimated at £4.9bn ... – although PwC ... has since reduced its
            # estimate to £3.5bn": the estimate as it stands now
            now = [v for v in found if revised.end() <= v.start <= revised.end() + 20]
            chosen = attachment.Chosen(now[0], chosen.score) if now else chosen
        if chosen is not None:
            return chosen
    # none of its own sentence's values is the subject's (or it has none): the next may state it
    return _from_next_sentence(doc, hit, index, kind, choices, values)


def _from_next_sentence(doc: Document, hit: Hit, index: int, kind: str, choices: tuple[str, ...],
                        values: SentenceValues) -> attachment.Chosen | attachment.Competing | None:
    """The value the sentence after ``index`` states for the mention, if it points back to it."""
    if index + 1 < len(values.sentences):
        next_start, _ = values.sentences[index + 1]
        same_paragraph = "\n" not in doc.text[values.sentences[index][1]:next_start]
        back = _POINTS_BACK.match(doc.text, next_start) or _names_again(
            doc.text, next_start, doc.text[hit.start:hit.end])
        if same_paragraph and back:
            following, starts = values.indexed(index + 1, kind, choices)
            # The words that point back are not a new subject, even where they are another
            # fact's subject too ("... an additional contract with Orlando Health. The contract
            # is worth $47 million."): reading stops at the first subject after them.
            stop = values.next_subject(back.end(), values.sentences[index + 1][1], kind)
            roles = attachment.roles_of(doc.text, following, next_start, values.marks) if following else []
            fitting = [v for v, r in zip(following, roles)
                       if v.start < stop and r not in ("previous", "change", "spread", "compared")]
            now = [v for v, r in zip(following, roles) if v.start < stop and r == "current"]
            fitting = now or fitting  # "Previously set at $356,756 per annum, it will now rise to $530,000"
            if len(fitting) > 1 and fitting[1].label != fitting[0].label and _JOINED.fullmatch(
                    doc.text, fitting[0].end, fitting[1].start):
                # "... a $59-million budget in 2014 and about $68 million in 2018": nothing says which
                return attachment.Competing((fitting[0], fitting[1]))
            return attachment.Chosen(fitting[0], -attachment.REACH) if fitting else None
    return None


def _names_again(text: str, start: int, subject: str) -> re.Match | None:
    """Where the sentence at ``start`` names the subject again by its head noun within its first
    words (None when it does not): "The audit completion report had not been completed ... Work on
    the report had been continued, and ... presented to the Committee in November"; "... left the official
    interest cash rate at 2.5 per cent. The decision was widely expected and it means the rate
    has been on hold for 12 months"."""
    head = _HEAD.search(subject)
    if head is None:
        return None
    named = _naming(head.group(1).lower()).match(text, start, start + 120)
    if named is None and head.group(1).islower() and len(head.group(1)) >= 5:
        named = _bare_naming(head.group(1)).match(text, start, start + 120)
    return named


@functools.lru_cache(maxsize=1024)  # one pattern per head noun, not one per mention
def _naming(head: str) -> re.Pattern:
    return re.compile(rf"(?:[\w'’$£€.%-]+[ ,]+){{0,8}}?(?:the|this|that|its|their|such(?: an?)?)\s+"
                      rf"(?:[\w£$€.,+'’-]+ ){{0,4}}?{re.escape(head)}s?\b", re.I)


@functools.lru_cache(maxsize=1024)
def _bare_naming(head: str) -> re.Pattern:
    """A common noun named again without a determiner: "A total of 316 collection points are
    currently operating", "... are now receiving payments worth more than £292 million"."""
    return re.compile(rf"(?:[\w'’$£€.%-]+[ ,]+){{0,12}}?{re.escape(head)}s?\b", re.I)
