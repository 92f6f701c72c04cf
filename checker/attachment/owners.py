"""Values that belong to another noun than the subject, though they stand in its clause.

A count counts its own noun ("412 complaints from parents and children"), a rating "for" a
complement is that complement's ("requires improvement for safe"), a whole is not its part's
("Five thousand of the 8,000 seats"), a share is not the amount ("$6,200 per student"), a length
written as an adjective is its noun's ("a two-year relationship"), what a change is measured from
has no value of its own ("a rise of 0.7 percent from current spending"), and in a list of items of
one shape the value before the subject ends the item before ("Missouri at $1.74 billion, Michigan
at $1.56 billion"), and a part said "of which" is not the whole's ("$900m for a fund, $200m of which
..."). ``choose`` asks these questions of each candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.attachment.roles import words
from checker.values.model import Value

# "represented 2.3% of", "accounts for 40% of", "made up £2.4m of", "remain at 80% of"
_PROPORTION_VERB = re.compile(r"\b(?:represent\w*|account\w*\s+for|mak(?:e|es|ing)\s+up|made\s+up|"
                              r"equat\w+\s+to|constitut\w+|comprise\w*|remain\w*\s+at)\s+"
                              r"(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under)\s+)?$",
                              re.I)
_OF_THE = re.compile(r"\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?", re.I)
_OF_IT = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?", re.I)
# "requires improvement for safe": a complement of the value's own (not a time: "for three years")
_COMPLEMENT = re.compile(r"['’”\"]?(?:\s+(?:rating|grade|judgement|judgment))?\s+for\s+"
                         r"(?:(?:the|their|its|our|all)\s+)?"
                         r"(?!\d|(?:one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|a|an|the|each|every|next|last|first|second|third|fourth|fifth|sixth|"
                         r"consecutive|straight|successive|past|coming|year|month|week|day|"
                         r"period|time|now|more|over|up|at|about)\b)[a-z]", re.I)
# ... and one "for" doing something is given for a reason: "downgraded ... to a compliant ‘G2’ for not
# publishing ..." (not CQC's "caring")
_FOR_ITS_OWN = re.compile(r"['’”\"]?(?:\s+(?:rating|grade|judgement|judgment))?\s+for\s+(?:its|their)\s"
                          r"|['’”\"]?\s+for\s+(?:not\s+|failing\s+|having\s+)?(?!caring\b)[a-z]+ing\b", re.I)
# A count or an amount followed by its own noun, then a preposition that leads away from it
_NOUN_THEN_AWAY = re.compile(r"\s+(?:[a-z][\w'’-]*\s+)?"
                             r"(?!(?:of|for|to|in|on|at|by|from|and|or|with|per|a|an|the|"
                             r"each|every|was|were|is|are|has|have|had|will|be|been|which|that|who|than|more|"
                             r"less|over|under|up|down)\b|[a-z]+ed\b)[a-z][\w'’-]*,?\s+"
                             r"(?:from|of|among|amongst|about|involving|including)\b", re.I)
_MEASURE = re.compile(r"\s+(?:[a-z]+\s+)?(?:incidents|cases|instances|reports|counts|episodes|acts|offences|"
                      r"offenses|sticks|packets|packs|pieces|items|units|doses|bottles|tonnes|kilos|"
                      r"litres)\s+of\b", re.I)  # "1.4 million sticks of dutiable cigarettes"
# "$6,200 per student": a share, not the amount ("£1,240 per week" is the weekly charge)
_PER_AFTER = re.compile(r"\s+(?:per|each)\s+(?!(?:week|month|year|day|annum|hour|night|head)\b)[a-z]", re.I)
# A length written as an adjective, "a two-year relationship": said of the noun after it
_LENGTH_OF_NOUN = re.compile(r".*\w-(?:year|month|week|day)$", re.I)
_NOUN_AFTER = re.compile(r" (?!(?:of|for|to|in|on|at|by|from|and|or|with|period|term)\b)[a-z]{3,}", re.I)
_OTHERS = re.compile(r"\s+others?\b|\s+other\s+[a-z]", re.I)
_INTO_A_NOUN = re.compile(r"\b(?:from|across|among|into|in|inside|within|at)\s+$", re.I)
_STANDS_AT = re.compile(r"\b(?:stands?|stood|standing|sits?|sat|totals?|totalled|totaled|remains?|remained|"
                        r"peaked|capped|fixed|set|running)\s+at\s+$", re.I)
_PLURAL_AFTER = re.compile(r"(?:\s+[a-z][a-z-]+){0,2}\s+[a-z]{3,}s\b")
_NOUN_THEN_VERB = re.compile(r"\s+(?:[a-z][a-z-]+\s+)?[a-z]{3,}s\s+"
                             r"(?:(?:in|at|of|from|across)\s+(?:[\w'’-]+\s+){1,3})?"
                             r"(?:had|have|has)\s+(?:received|been|won|got|given|taken|made|issued)\s+"
                             r"(?:(?:the|a|an|their|its)\s+)?$", re.I)
_COMMA_BEFORE = re.compile(r"[,;]\s*$")
_COMMA_THEN = re.compile(r"[,;]\s*(?:(?:about|around|some|nearly|almost|over|roughly|approximately|only|just|"
                         r"while|whilst|and|but)\s+)?$", re.I)
_VERB_NEXT = re.compile(r"\s+(?:of\s+(?:them|these|those)\s+)?(?:were|are|was|is|have|had|said|say|received|"
                        r"receive|came|come)\b", re.I)
_CLAUSE_OF_ITS_OWN = re.compile(r"(?:\s+[a-z][a-z-]+){0,3}\s+[a-z]{3,}s\s+"
                                r"(?:have|has|had|were|was|are|is|will)\b")
_NOUN_THEN_OTHER = re.compile(r"\s+(?:[a-z][a-z-]+\s+)?[a-z]{3,}s\b[^.;:]{0,30}\bother\s+$", re.I)
_OWN_NOUN = re.compile(r"\s+(?:[a-z][a-z-]+\s+)?[a-z]{3,}s\s+(?:have|has|had|were|was|are|is|will)\b")
# "Five thousand of the 8,000 seats", "34 of the country's 257 municipalities"
_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?|(?:the\s+)?[\w-]+['’]s?\s+|its\s+|"
                       r"their\s+)?", re.I)
_OF_FRONTED = re.compile(r"\W*(?:Of|Out of)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:about\s+|some\s+|around\s+)?",
                         re.I)
_MEASURED_FROM = re.compile(r"(?:\b(?:rise|rises|increase|increases|fall|falls|drop|drops|decrease|"
                            r"decreases|cut|up|down|higher|lower|more|less)\b(?:[^.;:]|\.(?=\d)){0,40}\bfrom|\bshort\s+of|"
                            r"\bthan\s+(?:(?:those|that|the\s+ones?)\s+(?:for|of|at|in)\s+)?)\s+"
                            r"(?:(?:the|its|their|our)\s+)?$", re.I)
# "California at $1.86 billion, Missouri at $1.74 billion, Michigan at $1.56 billion": items
# of one shape, a name and its value joined by the same word, set off by commas
_JOINING = re.compile(r"\s*(at|of|on|with|:)\s*$", re.I)
_ITEM_GAP = re.compile(r"\s*(?:,|;)\s*(?:and\s+)?")
_JOINED_TO = re.compile(r"\s*(at|of|on|with|:)\s*", re.I)


def parallel_items(text: str, before: Value, after: Value, hit: tuple[int, int]) -> bool:
    """Whether ``before`` ends the item before the subject's and ``after`` is the subject's own,
    in a list of items of one shape (``_JOINING``)."""
    joined = _JOINED_TO.fullmatch(text, hit[1], after.start)
    if not joined or not _ITEM_GAP.fullmatch(text, before.end, hit[0]):
        return False
    before_join = _JOINING.search(text, max(0, before.start - 30), before.start)
    return before_join is not None and before_join.group(1).lower() == joined.group(1).lower()


def claimed_by_complement(text: str, value: Value, hit: tuple[int, int]) -> bool:
    """A rating or a count after the subject with a "for ..." of its own: "requires improvement
    for safe", "and to 39 for their looked-after children services". (A duration's or an amount's
    "for" is a reason or a purpose: "5 years for his guilty plea".)"""
    complement = _COMPLEMENT.match(text, value.end) if value.kind in ("rating", "count") and \
        value.start >= hit[1] else None
    # but a rating "for its/their ..." is of the subject's own: "Ten Armed Forces establishments
    # have been graded good for their initial training offering"
    return complement is not None and not (value.kind == "rating" and _FOR_ITS_OWN.match(text, value.end))


def a_proportion_of_it(text: str, value: Value, hit_start: int) -> bool:
    """"The forecast overspend represented 2.3% of the revenue budget", "made up £2.4m of the
    overall cost", "account for 40% of the total increase": what the verb's own subject is of the
    subject after "of", not a figure of the subject's; and an amount "of the" subject, a part of a
    whole already known ("£14 million of investment" is the investment's own amount)."""
    if value.kind not in ("percent", "money", "count") or value.end > hit_start:
        return False
    if value.kind == "money" and _OF_THE.fullmatch(text, value.end, hit_start):
        return True  # "Around £2m of the project cost", "$9,000 of the fine": a part of a known whole
    return bool(_OF_IT.fullmatch(text, value.end, hit_start)) \
        and bool(_PROPORTION_VERB.search(text, max(0, value.start - 40), value.start))


def counts_another_noun(text: str, value: Value, hit_start: int) -> bool:
    """A count or amount before the subject that counts its own noun, the subject hanging off it:
    "412 complaints from parents and children", "up to 55 people, including ... adults"."""
    if value.kind not in ("count", "money") or value.end > hit_start:
        return False
    away = _NOUN_THEN_AWAY.match(text, value.end, hit_start)
    if away and not _MEASURE.match(text, value.end, hit_start):
        return True  # (but "4,963 reported incidents of assaults" counts the assaults)
    # "More than 1.5 million payments have been made since ... for people aged 55 and over": a
    # count with a noun of its own, far from the subject, counts that noun
    own = _OWN_NOUN.match(text, value.end, hit_start) if value.kind == "count" else None
    if own is not None and words(text[own.end():hit_start]) > 4:
        return True
    # "18 companies in the Brooklyn area had received Pollution Abatement Notices": the count's
    # own noun does something to the subject
    if value.kind == "count" and _NOUN_THEN_VERB.match(text, value.end, hit_start):
        return True
    # "Expo's 190-plus participating countries, with many other participants attending
    # virtually": the subject set against what the count counts
    return value.kind == "count" and bool(_NOUN_THEN_OTHER.match(text, value.end, hit_start))


def counts_others(text: str, value: Value, hit: tuple[int, int]) -> bool:
    """A count after the subject that counts a noun of its own: "a 27-year-old man from Eritrea
    died after he and four others jumped", "men and women aged between 18 and 69 from seven
    different global regions"; or that opens a clause of its own after a comma: "18 companies
    had received Pollution Abatement Notices in recent weeks, seven offensive odour
    investigations were underway"."""
    if value.kind != "count" or value.start < hit[1]:
        return False
    into = _INTO_A_NOUN.search(text, max(hit[1], value.start - 12), value.start)
    if into and _STANDS_AT.search(text, max(hit[1], value.start - 40), value.start):
        into = None  # "now stands at 70 species": the subject's own figure, told in its noun
    return bool(_OTHERS.match(text, value.end) or (into and _PLURAL_AFTER.match(text, value.end))
                or (_COMMA_BEFORE.search(text, max(hit[1], value.start - 3), value.start)
                    and _CLAUSE_OF_ITS_OWN.match(text, value.end)))


def opens_a_clause(text: str, value: Value, hit: tuple[int, int]) -> bool:
    """A share after the subject and a comma, with a verb of its own: "around two thirds of
    students are female, about a third are from black and minority ethnic heritage"."""
    return value.kind == "percent" and value.start >= hit[1] and bool(
        _COMMA_THEN.search(text, max(hit[1], value.start - 20), value.start)) and bool(
        _VERB_NEXT.match(text, value.end))


def names_which(text: str, value: Value, hit: tuple[int, int], candidates: Sequence[Value]) -> bool:
    """A year right before the subject that says which one it is, where the clause dates it
    after: "presented the 2022-23 consolidated general report ... on Tuesday 27 August", "its
    updated 2018 technical provisions update published today, 4 January"."""
    return value.kind == "date" and value.precision == "year" and value.point is None \
        and value.end <= hit[0] and not text[value.end:hit[0]].strip() \
        and any(v.start >= hit[1] for v in candidates)


def whole_it_belongs_to(text: str, value: Value, sentence_start: int) -> bool:
    """"Of 320 councils responsible for waste collections in England, East Cambridgeshire has
    moved from 237th to 25th": the set the subject is one of, fronted (the caller asks only of a
    subject after the phrase's comma: "Of 22 trusts in the region, 10 ..." counts the trusts)."""
    return bool(_OF_FRONTED.fullmatch(text, sentence_start, value.start))


def whole_of_a_part(text: str, value: Value, candidates: Sequence[Value]) -> bool:
    """Whether ``value`` is the whole of the value before it: the 8,000 of "Five thousand of the
    8,000 seats". (Said right before the subject, "22 of the 44 seats", it is the subject's own.)"""
    earlier = [v for v in candidates if v.end <= value.start]
    return bool(earlier) and bool(_OF_WHOLE.fullmatch(text, earlier[-1].end, value.start))


_OF_WHICH_BEFORE = re.compile(r",?\s*of\s+which\s+(?:(?:about|around|some|roughly|nearly|almost|over|"
                              r"more\s+than|just)\s+)?$", re.I)
_OF_WHICH_AFTER = re.compile(r",?\s+of\s+which\b", re.I)


def a_part_of_which(text: str, value: Value, hit: tuple[int, int]) -> bool:
    """Whether ``value``, after the subject, is a part said of a whole with "of which": "the budget
    has grown by €601 million of which €352 million relates to development funding", "roughly $900
    million for a ... sustainability fund, $200 million of which will be reserved for ...". (After
    "of which", the part is the subject's when the subject follows it.)"""
    if value.start < hit[1] or value.kind not in ("money", "count"):
        return False  # ("745 applications for ECF, only 65 per cent of which were granted": a share of it)
    return bool(_OF_WHICH_BEFORE.search(text, max(hit[1], value.start - 30), value.start)
                or _OF_WHICH_AFTER.match(text, value.end))


def a_share(text: str, value: Value, gap: str) -> bool:
    """"its revenues dropped by $50 million (or $6,200 per student)": a share, not the amount."""
    return value.kind == "money" and bool(gap.strip()) and bool(_PER_AFTER.match(text, value.end))


def length_of_its_noun(text: str, value: Value, gap: str, after: bool) -> bool:
    """"A senior nurse who had a two-year relationship with his ... patient was struck off": a
    length written as an adjective, some words before the subject, is its own noun's."""
    return value.kind == "duration" and not after and words(gap) > 3 and bool(
        _NOUN_AFTER.match(text, value.end)) and bool(_LENGTH_OF_NOUN.match(text, value.start, value.end))


def measured_from(text: str, clause_start: int, hit_start: int) -> bool:
    """"a rise of 0.7 percent from current spending", "more than 1,000 short of its target": the
    subject is what a change is measured from; only a value after it can be its own."""
    return bool(_MEASURED_FROM.search(text, max(clause_start, hit_start - 80), hit_start))
