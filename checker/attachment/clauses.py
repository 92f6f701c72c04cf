"""Clauses: a value in another clause is that clause's.

A sentence is cut at ";", "while", "whereas", "although", a "but" that starts
a new clause (", but has since grown to" goes on with the same subject),
"and" before a new subject, "compared with", "according to", "against"
after a value, and the "that" of reported speech ("announced this week that
construction will begin on Feb. 19").
"""

from __future__ import annotations

import re

# Clause breaks: ";", "while", "whereas", "whilst", a ", but" or " but" that starts a new
# clause, and "and" before a new subject ("... the end of September and the statutory
# direction remains in force"). ", but has since grown to" goes on with the same subject.
_CLAUSE_BREAK = re.compile(
    r";|,? (?:while|whilst|whereas|although|though|even though) |, but (?!(?:has|have|had|is|was|are|were|"
    r"will|would|could|can|now|since|also|still|then)\b)| but (?=(?:the|a|an|it|they|he|she|we|there|"
    r"this|that|these|those)\b)|,? and (?!a half\b)(?=(?:the|a|an|this|that|these|those|it|he|she|they|we|i|"
    r"its|his|"
    r"her|their|our|there) )|, and (?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # "... to 1,722 – and complaints about French language services surged ..." (not "- and judged it")
    r"|\s[-–—]\s+and\s+(?!(?:[a-z]+ed|was|were|is|are|has|have|had|will|would|then|also|it|they)\b)"
    r"|,? compared (?:with|to) (?![^,;()]{1,80}, (?:[a-z]+ing|to|reaching|from)\b|[^,;()]{1,40}? to \d)"
    r"|,? according to "
    r"|\b(?:said|says|announced|confirmed|revealed|reported|stated|warned|noted|added|believes|expects) "
    r"(?:[\w-]+ ){0,3}?(?P<that>that )|(?:(?<=\d)|(?<=%)|(?<=\dm)|(?<=\dbn)|(?<=\dk))"
    r"\s+(?:against|versus|vs\.?)\s", re.I)


# Asides that the clause goes on after: ", where 67% of schools remain ..., are more likely",
# "compared to the same quarter last year, dropping from ... to ...". Their values are theirs.
_ASIDE = re.compile(r",\s+where\s+(?:[^,;()]|,(?=\d)){1,150}(?=,(?!\d))|"
                    r",?\s+compared\s+(?:with|to)\s+(?:[^,;()]|,(?=\d)){1,80}"
                    r"(?=, (?:[a-z]+ing|to|reaching)\b)", re.I)


# A relative clause set off by commas: ", who has served as CEO ... since its inception in 2003,".
# Its values are said of the noun before it: an aside for a subject that comes after it.
# "The deadline to publish the report of the inquiry, which began ...": the clause is the inquiry's
_NESTED = re.compile(r"\b(?:of|to|into|for)\b", re.I)
_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?:[^,;()]|,(?=\d)){1,150}(?=,)", re.I)
_JOINED_NAME = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+(?=,)")


def asides(text: str, start: int, end: int, subject: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """The asides of ``text[start:end]``, as (start, end) spans; with the ``subject``'s span, also
    the relative clauses that are not about it: those before it, and those after it that follow
    another noun ("The statutory deadline to publish the final report of the ... investigation,
    which began on 19 September 2018, was 5 March 2019")."""
    found = [m.span() for m in _ASIDE.finditer(text, start, end)]
    if subject is not None:
        found += [m.span() for m in _RELATIVE.finditer(text, start, end)
                  if m.end() <= subject[0]
                  or (m.start() > subject[1] and _NESTED.search(text, subject[1], m.start()))]
    return found


def relative_after(text: str, end: int, subject: tuple[int, int]) -> tuple[int, int] | None:
    """A relative clause right after the subject. Where the subject's clause goes on with a value
    after it, that value is what the sentence states, and the clause's are asides ("The
    authority, which was judged 'adequate' in 2013 and 'inadequate' in 2010, received a 'good'
    rating overall"; "the launch of a website, which will house the reports ... since April 2019,
    yesterday"); where the clause has the only one, it is the subject's ("The 89th session of the
    Board, which met 12-14 December at IFAD's headquarters, approved ..."). The caller decides.
    A subject joined to another by "and" shares
    the clause after both ("United Utilities and Northumbrian Water, who were also 4-star rated in
    the 2021 survey, saw their rating drop to 3 stars"). Only a clause in the past, or one said of
    a noun inside the subject, gives way: in
    "Crunchy Nut Corn Flakes Clusters, which only scores 2 out of 5 stars, has an 'example Health
    Star Rating' of 3.5 stars" both are said now, and neither wins."""
    joined = _JOINED_NAME.match(text, subject[1], end)  # "United Utilities and Northumbrian Water, who ..."
    m = _RELATIVE.match(text, joined.end() if joined else subject[1], end)
    if m is None:
        return None
    if not (_PAST.search(text, m.start(), m.end()) or _INNER_NOUN.match(text, subject[0], subject[1])):
        return None
    return m.span()


# "the launch of a website, which will house ...": said of the website
_INNER_NOUN = re.compile(r"(?!(?:the\s+)?(?:number|total|rate|share|proportion|percentage|amount|level|value|"
                         r"cost|price|size|length|duration|date|average|sum)\b)\S.*\s(?:of|to|into|for)\s+\S",
                         re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|[a-z]+ed)\b", re.I)


def clause_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause breaks of ``text[start:end]``, as (start, end) spans."""
    return [m.span("that") if m.group("that") else m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)]
