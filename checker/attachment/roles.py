"""Roles in a change construction: the previous value, the change, the current one.

"UK unemployment fell by 16,000 to 1.62 million": 16,000 is the change and
1.62 million the current value; "reduced from £4.3m in August to £3.4m": £4.3m
is the previous value. The subject's value is the current one, read from the
words before each value (``roles_of``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.values.model import Value

REACH = 400  # characters around a mention the grammar looks at: bounded work however long the sentence
_LOOK_BACK = 200  # characters before a value searched for a word of change
_WORD = re.compile(r"[\w'’]+")
_EDGE = r"(?:['‘’\"“”(]\s?)?$"
_QUALIFIED = r"(?:(?:about|around|approximately|roughly|some|almost|nearly|more than|over|just over|" \
             r"just under|less than|an estimated|a further|an? )\s)?"
_CHANGE_VERB = (r"(?:increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|r(?:ose|isen|ises?|ising)|"
                r"f(?:ell|allen|alls?|alling)|gr(?:ew|own|ows?|owing)|dropp(?:ed|ing)|drops?|"
                r"declin(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|slipp(?:ed|ing)|"
                r"leap(?:s|t|ed|ing)?|exceed(?:ed|s|ing)?(?=\s+by\b)|overs(?:hot|hoot)|rocket(?:ed|s|ing)?|spik(?:e|ed|es|ing)|dipp(?:ed|ing)|dips?|"
                r"s(?:ank|unk|inks?|inking)|slid(?:es?|ing)?|"
                r"gain(?:ed|s|ing)?|lost|los(?:es|ing)|add(?:ed|s|ing)|shed(?:s|ding)?|reduc(?:e|ed|es|ing)|"
                r"cut(?:s|ting)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|"
                r"improv(?:e|ed|es|ing)|(?:up|down)grad(?:e|ed|es|ing)|"
                r"(?:went|gone|go|goes|going) (?:up|down)|"
                r"extend(?:ed|s|ing)?|lengthen(?:ed|s|ing)?|shorten(?:ed|s|ing)?|expand(?:ed|s|ing)?|"
                r"stretch(?:ed|es|ing)?|slash(?:ed|es|ing)?|trimm(?:ed|ing)|trims?|shav(?:e|ed|es|ing)|"
                r"mov(?:e|ed|es|ing)|chang(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|swung|"
                r"edg(?:e|ed|es|ing) (?:up|down|higher|lower)|shrunk|shr(?:ink|inks|ank|inking)|"
                r"widen(?:ed|s|ing)?|narrow(?:ed|s|ing)?|(?:blown|blew|blow(?:s|ing)?) out|"
                r"balloon(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|swell(?:ed|s|ing)?|swollen|"
                r"spiral(?:l?ed|s|l?ing)?|plung(?:e|ed|es|ing)|plummet(?:ed|s|ing)?|tumbl(?:e|ed|es|ing)|"
                r"slump(?:ed|s|ing)?|shift(?:ed|s|ing)?|slipp?(?:ed|s|ing)?)")
CHANGE_NOUN = (r"(?:rise|increase|fall|decrease|drop|reduction|cut|gain|loss|growth|jump|change|swing|"
                r"decline|improvement|difference|uplift|boost|hike)s?")
# "up 20 on 87", "(up 15)", "- down two -": "up" and "down" alone mark a change only after a break
_UP_DOWN = r"(?:(?:^|[,(–—-]|\s-|\b(?:finish(?:ed|ing)?|end(?:ed|ing)?|clos(?:ed|ing)))\s*(?:up|down)\s+)"
_FROM = re.compile(rf"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:initially|originally)\s+)?"
                   rf"(?:(?:highest|lowest|top|best|worst)\s+)?"  # "from the highest AAA rating to AA+"
                   rf"(?:(?:estimated|predicted|projected|forecast|revised|original|initial|previous|earlier|"
                   rf"record|prior|former)\s+)?(?:[^,;.\d]{{1,30}}?\s+of\s+)?{_EDGE}",
                   re.I)
_MOVED_FROM = re.compile(rf"\b(?:(?:up|down|{_CHANGE_VERB})\s+(?:[a-z]+ly\s+)?from\s+"
                         rf"(?:(?:an?|the|its|their)\s+)?"
                         rf"(?:(?:estimated|predicted|projected|forecast|revised|original|initial|previous|"
                         rf"earlier|record|whopping|massive|huge)\s+)?(?:[^,;.\d]{{1,30}}?\s+of\s+)?|"
                         # "has more than doubled since the beginning of 2015, when it was £571 million"
                         rf"\bwhen\s+(?:it|they|this|that)\s+(?:was|were|stood\s+at)\s+{_QUALIFIED}){_EDGE}",
                         re.I)  # "down from an apparent peak of 19.1%", "down slightly from the whopping"
# "Council reduced the proposed 3.9% tax rate increase to 2.9%": the object of the change is what
# it was
_CHANGED_OBJECT = re.compile(rf"\b{_CHANGE_VERB}\s+(?:the|its|their)\s+(?:(?:proposed|planned|original|"
                             rf"initial|previous|existing|agreed|expected)\s+)?{_EDGE}|"
                             # "The programme's original £2.3 billion budget was expanded to a total
                             # £2.6 billion", "a proposed $1-million arena retrofit ended up costing
                             # $2.5 million", "the moratorium that was supposed to last 2 years has
                             # stretched to three decades": what was planned, if a new value follows
                             rf"\b(?:original|originally|initial|initially|proposed|planned)\s+{_EDGE}|"
                             rf"\b(?:supposed|meant|intended|planned|scheduled)\s+to\s+[a-z]+\s+"
                             rf"(?:for\s+)?(?:about\s+|around\s+)?{_EDGE}", re.I)
# "instead of 27 named storms for the year, there were actually 28": what it was thought to be
_INSTEAD = re.compile(rf"\binstead\s+of\s+{_QUALIFIED}{_EDGE}", re.I)
_BASE = re.compile(rf"\b{CHANGE_NOUN}\s+of\s+[^\s,;]+(?:\s+(?:per\s?cent|percent))?\s+(?:on|over)\s+"
                   rf"(?:the\s+)?{_EDGE}", re.I)
_ON_BASE = re.compile(rf"\s+(?:on|over)\s+the\s+{_EDGE}", re.I)  # "up 20 on 87 councillors": 87 now
_BY = re.compile(rf"\bby\s+{_QUALIFIED}{_EDGE}", re.I)
_CHANGE = re.compile(rf"(?:\b{_CHANGE_VERB}\s+(?:(?:back|away|off)\s+)?(?:by\s+)?{_QUALIFIED}|"
                     rf"{_UP_DOWN}{_QUALIFIED}|"
                     rf"\b(?:an?|the)\s+(?:\w+\s+)?{CHANGE_NOUN}\s+(?:of\s+)?{_QUALIFIED}|[+−]\s?|"
                     # "a net decrease in debt authority of $2.531 million"
                     rf"\b{CHANGE_NOUN}\s+in\s+(?:[\w'’-]+\s+){{1,4}}of\s+{_QUALIFIED}){_EDGE}",
                     re.I)
# "38 complaints were made, however this should have been 31": a correction states the value now
_CURRENT = re.compile(rf"(?:\bshould\s+have\s+been\s+|\bended\s+up\s+(?:costing|at|being|taking|lasting)\s+|"
                      rf"\b(?:now|currently|presently)\s+(?:(?:the|its|their)\s+[\w-]+\s+)?(?:(?:is|are|"
                      rf"stands? at|"
                      rf"totals?|at|running at|sits at|stood at|"
                      rf"(?:is\s+)?(?:rated|graded|judged)(?:\s+as)?)\s+)?"
                      rf"(?:(?:expected|estimated|forecast|projected|"
                      rf"likely|set|due|thought|predicted|budgeted)\s+(?:to\s+(?:cost|be|reach|total|hit)|at)\s+)?"
                      rf"){_QUALIFIED}(?:an?\s+)?{_EDGE}", re.I)
# "Ballina and Castlebar have both lost their cleaner than European norms status": what it was
_LOST = re.compile(rf"\b(?:lost|losing|loses|lose|stripped of)\s+(?:(?:its|their|the|his|her)\s+)?{_EDGE}",
                   re.I)
# "waiting times ranged from just a week in some areas to more than 26 weeks in others": a spread
# of values, none of them the subject's
_RANGED = re.compile(r"\brang(?:e|es|ed|ing)\s+(?:from|between)\s+(?:just\s+|only\s+)?$", re.I)
# "barely bigger than the $156.2 billion he had proposed": what it is compared with (but "£1.5bn
# higher than the £15.1bn borrowing forecast" states the forecast's: ``choose``)
_THAN = re.compile(rf"\b(?:bigger|smaller|larger|higher|lower|greater|cheaper|dearer|better|worse)\s+than\s+"
                   rf"(?:the|its|their|a|an)?\s*{_QUALIFIED}{_EDGE}", re.I)
# "came in lower than the average quarterly national food price inflation of 0.2 per cent", "sits
# below the 2022 Consumer Price Index (Perth CPI) of 8.3%", "surpassed only by 2018-2019's total of
# 27,419": the value of what the subject is compared with, named before it
_THAN_NOUN = re.compile(rf"\b(?:(?:bigger|smaller|larger|higher|lower|greater|cheaper|dearer|better|"
                        rf"worse)[”\"’']?\s+than|below|above|beneath|exceed(?:s|ed|ing)?|"
                        rf"surpassed\s+(?:only\s+)?by)\s+(?:the|its|their|an?|[\w-]+['’]s)\s+(?:[\w'’()/-]+\s+){{0,7}}?(?:of|at)\s+{_QUALIFIED}{_EDGE}",
                        re.I)
_NOW_BEFORE = re.compile(r"\b(?:now|currently|presently|should\s+have\s+been)\b[^.;]{0,30}$", re.I)
_TO = re.compile(rf"\b(?:to|reach(?:ed|ing)?|hitting|hit)\s+(?:(?:an?|the)\s+(?:[a-z]+ly\s+[a-z]+\s+)?)?"
                 rf"(?:(?:new|record|estimated|total(?: of)?|high of|low of)\s+)*{_EDGE}",
                 re.I)  # "to a contractually obligated $1.73 billion"
# "the surplus was $6.4 billion higher than previously thought", "104,000 more jobs": a difference
_DIFFERENCE_AFTER = re.compile(r"\s+(?:(?:higher|lower|more|less|fewer|greater|smaller|bigger|larger|cheaper|"
                               r"dearer|"
                               r"up|down)(?:\s+in\s+real\s+terms)?\s+(?:than|on|from|compared)\b|"
                               r"(?:more|fewer|less)\s+(?!than\b)[a-z])", re.I)
# "another £27m set to be cut from transport budgets", "200 jobs to be lost": what will change
_TO_BE_CUT = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:is|are|was|were|set|due|expected|likely)\s+)?to\s+be\s+"
                        r"(?:cut|saved|reduced|removed|slashed|lost|shed|axed)\b", re.I)
# "a 12-21% increase in replacement parts", "a slightly larger (48 %±9.5 %) reduction": the change
# "an almost 40% decline since the 1980s", "a 19% increase from the January 2023 – June 2023 reporting
# period" (but "a 20 per cent increase on the total for January" and "a 4.9% increase for an average
# band D householder" are told as the subject's figure)
_CHANGE_NOUN_AFTER = re.compile(rf"(?:\s*±\s*[\d.]+\s*%?)?\)?\s+{CHANGE_NOUN}"
                                rf"\s+(?:in|at|across|among|to|from|since|over|compared|has|had|is|was|will)\s"
                                rf"(?![^.;]*\brespectively\b)", re.I)  # (the change of another noun)
_CHANGE_WORD = re.compile(rf"\b{_CHANGE_VERB}\b|\b{CHANGE_NOUN}\b", re.I)
# "from $150 million (2015) to $310 million (2021)", "from 20 beds (most of which ...) to 32": "from
# ... to" alone is a change
_FROM_TO = re.compile(r"['’”\"]?\s*(?:[a-z]+\s+){0,2}?(?:\([^()]{1,120}\)\s*)?"
                      r"(?:(?:in|at|on|by)\s+[^,;()]{1,25}?\s*)?"
                      r"to\s+(?:an?\s+)?['‘“\"]?",
                      re.I)
# "... but has since grown to", "390 applications were made and by ... 2025, that number had
# increased to 513": what the later, current value changed from
_CONTRAST = re.compile(r"\b(?:but|however|now|presently|since|later|subsequently|already|"
                       r"th(?:at|is|e) (?:number|figure|total|amount|rate|level|count))\b", re.I)
SUBJECT_IS_CHANGE = re.compile(rf"\b{CHANGE_NOUN}\b", re.I)


def between(text: str, a: int, b: int) -> str:
    return text[a:b] if a < b else ""


def words(text: str) -> int:
    return len(_WORD.findall(text))


def _marks(text: str, value: Value, clause_start: int, memo: dict | None) -> tuple[str, bool, bool, bool]:
    """(what the words before ``value`` make it, a "by" before it, a "to" before it, a change said
    before it in its clause), read once per value (``memo``) however many mentions ask."""
    key = (value.start, value.end, value.kind)
    if memo is not None and key in memo:
        return memo[key]
    before = text[max(clause_start, value.start - 45):value.start]
    if _RANGED.search(before):
        mark = "spread"
    elif _CURRENT.search(before):
        mark = "current"
    elif _THAN.search(before) or _THAN_NOUN.search(text, max(clause_start, value.start - 110), value.start):
        mark = "compared"
    elif _MOVED_FROM.search(before) or _BASE.search(before) or _INSTEAD.search(before) or (
            value.kind == "rating" and _LOST.search(before)):
        mark = "previous"
    elif _CHANGED_OBJECT.search(before):
        mark = "object"  # what it was if a new value follows ("reduced the 3.9% ... to 2.9%"), else its own
    elif _FROM.search(before):
        mark = "from"
    elif _CHANGE.search(before) or _DIFFERENCE_AFTER.match(text, value.end) or _TO_BE_CUT.match(
            text, value.end) or _CHANGE_NOUN_AFTER.match(text, value.end):
        mark = "change"
    else:
        mark = ""
    found = (mark, bool(_BY.search(before)), bool(_TO.search(before)),
             bool(_CHANGE_WORD.search(text, max(clause_start, value.start - _LOOK_BACK), value.start)))
    if memo is not None:
        memo[key] = found
    return found


def _changed_from(text: str, earlier: Value, later: Value) -> bool:
    """Whether the current value ``later`` is what ``earlier`` changed into (``_CONTRAST``): near
    it, or named again as "that number"."""
    contrast = _CONTRAST.search(text, earlier.end, later.start)
    if contrast is None:
        return False
    near = 20 if contrast.group().lower().startswith(("that", "this", "the")) else 12
    return words(text[earlier.end:later.start]) <= near


def roles_of(text: str, candidates: Sequence[Value], clause_start: int,
             memo: dict | None = None) -> list[str]:
    """Each candidate's role in a change construction: previous | change | current | plain, or
    spread (the ends of "ranged from ... to ...").

    Read from the words before each value. A bare "from" ("from £4.3m"), a
    "by" ("by 16,000") and "on the" after a change ("an increase of 15.1% on
    the 11,749") make a previous value or a change only in a clause that
    speaks of a change ("provided by 52 local authorities" does not); "to"
    makes the current value only after a change ("fell by 16,000 to 1.62
    million"). Once a clause has a current value, a plain value before it,
    across a "but", "now" or "since", is the one it changed from ("was $0.2
    million ..., but has since grown to $133.8 million").
    """
    roles: list[str] = []
    changed = False
    for index, value in enumerate(candidates):
        mark, by, to, change_before = _marks(text, value, clause_start, memo)
        changed = changed or change_before
        earlier = candidates[index - 1] if index else None
        if mark:
            role = mark
        elif changed and by:
            role = "change"
        elif earlier is not None and roles[-1] == "spread" and _FROM_TO.fullmatch(
                text, earlier.end, value.start):
            role = "spread"
        elif earlier is not None and roles[-1] == "from" and _FROM_TO.fullmatch(
                text, earlier.end, value.start):
            role = "current"
        elif earlier is not None and roles[-1] == "change" and _ON_BASE.fullmatch(
                text, earlier.end, value.start):
            role = "previous"
        elif changed and to:
            role = "current"
        else:
            role = "plain"
        changed = changed or role in ("previous", "change")
        roles.append(role)
    # a date is no amount of change: "shifted from March 2029" is where it was, "The rule changed
    # 18 months ago" when it happened
    roles = [("previous" if v.text.lower().startswith("from") else "plain")
             if r == "change" and v.kind == "date" else r for v, r in zip(candidates, roles)]
    chained = changed or "current" in roles
    roles = [("previous" if chained else "plain") if r == "from" else r for r in roles]
    roles = [("previous" if "current" in roles else "plain") if r == "object" else r for r in roles]
    currents = [i for i, r in enumerate(roles) if r == "current"]
    if len(currents) > 1 and _NOW_BEFORE.search(text, max(clause_start, candidates[currents[-1]].start - 45),
                                                candidates[currents[-1]].start):
        # "increased to about 14 years and presently stands at more than 18 years": the last is now
        roles = ["previous" if i in currents[:-1] else r for i, r in enumerate(roles)]
    if "current" in roles:
        first = roles.index("current")
        later = candidates[first]
        roles = ["previous" if r == "plain" and i < first and _changed_from(text, candidates[i], later)
                 else r for i, r in enumerate(roles)]
    return roles
