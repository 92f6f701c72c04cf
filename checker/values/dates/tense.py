"""Which way a date without a year lies from the document's date, told by its clause.

"In November, Ofsted will release ..." looks forward; "Council held a Special Meeting on
25 July" looks back; "The store is shutting on May 20", written on May 16, is the coming
one. The tense is read roughly, from cue words and verb forms around the date: enough to
choose between two years, and nothing else relies on it.
"""

from __future__ import annotations

import datetime as dt
import re

from checker.values.dates.words import Yearless

# Words that make a yearless month point forward from the document date
# ("ends at the end of September", "until October", "from the start of October").
FUTURE_CUES = ("will", "won't", "wont", "shall", "until", "till", "ends",
               "ending", "next", "due", "expected", "expects", "intend",
               "intends", "plan to", "plans to", "planning to", "planned for",
               "going to", "upcoming", "the coming", "this coming", "from the start of",
               "from the beginning of", "is to be", "are to be", "begins", "starts", "opens",
               "reopens", "closes", "launches", "resumes", "takes effect", "takes place",
               "comes into force", "goes live", "kicks off", "faces", "is scheduled", "are scheduled",
               "is set to", "are set to", "is slated", "are slated", "approaches", "approaching",
               "could be", "may be", "might be", "should be", "must be", "needs to be", "need to be",
               "on track for", "on track to", "on course for",
               # an event moved to a new date: "that date has since been moved to Aug. 20"
               "moved to", "pushed back to", "put back to", "postponed to", "rescheduled for",
               "rescheduled to", "delayed to", "brought forward to", "shifted to", "pushed out to",
               "put off to", "deferred to", "delayed until", "postponed until", "deferred until")


_TOLD_IN_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.I)
_CLAUSE = re.compile(r"[;!?()\"]|[:,.](?!\d)|\b(?:and|but)\b", re.I)  # not "500,000"
# "An email to Ofcom on August 5th said it would be back ...": what was said is no tense of the date's
_REPORTED = re.compile(r"\b(?:said|told|announced|stated|wrote|warned|promised)\b", re.I)
_FUTURE = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(FUTURE_CUES, key=len, reverse=True)))})\b", re.I)
# An event's infinitive: "to appear", "to front court", "is to be met"
_TO_EVENT = re.compile(r"\b(?:to (?:appear|attend|face|front|return|stand|start|begin|open|reopen|close|"
                       r"launch|"
                       r"meet|resume|sit|vote|decide|consider|publish|release|report|end|finish|complete|"
                       r"visit|speak|deliver|present|take place|hear|come into force|go live|run)|"
                       r"(?:is|are) (?:due )?to be|"
                       r"to be (?:\w+ed|held|made|done|taken|given|seen|shown|heard|"
                       r"built|sent|paid|set|brought|laid|put|read))\b", re.I)
IRREGULAR_PAST = (r"began|went|came|took|gave|made|said|told|found|saw|held|met|won|lost|ran|left|sent|"
                   r"spent|brought|became|fell|rose|grew|paid|sold|struck|stood|wrote|spoke|led|heard|"
                   r"broke|chose|knew|got|kept|built|bought|caught|taught|thought|felt|drew|flew|threw")
_VERB = re.compile(rf"\b(?:is|are|was|were|had|has|have|did|does|been|\w+ed|{IRREGULAR_PAST}|"
                   r"shut|hit|put|set|cut)\b", re.I)  # roughly: "cut" and "set" are also present


def clause_end(text: str, pos: int, stop: int) -> int:
    after = _CLAUSE.search(text, pos, stop)
    return after.start() if after else stop


def looks_forward(text: str, pos: int, stop: int, start: int, end: int) -> bool:
    """Does the clause around text[pos:stop] look forward ("will", "until", "ends", ...)?

    A clause with no verb of its own goes the way of the clause it continues
    ("due shortly, and a further report in the summer") or, standing first,
    of the clause it opens ("In November, Ofsted will release ..."). An
    infinitive of an event before the date looks forward ("remanded in custody
    to appear at the Old Bailey on 16 March"); one after it is a purpose of
    what happened then ("on Tuesday 4 April, the council issued a notice to
    stop new spending").
    """
    cuts = [max(start, pos - 160)]
    cuts += [c.end() for c in _CLAUSE.finditer(text, cuts[0], pos)]
    clause_stop = clause_end(text, stop, min(end, stop + 60))
    reported = _REPORTED.search(text, stop, clause_stop)
    clause_stop = reported.start() if reported else clause_stop
    cue = _FUTURE.search(text, cuts[-1], clause_stop)
    if cue and cue.group().lower() in ("until", "till") and not _FUTURE.search(text, cue.end(), clause_stop):
        # "Until August, he had worked as a dental educator": told in the past, it was the last August
        told = clause_stop if _VERB.search(text, cuts[-1], clause_stop) else clause_end(
            text, clause_stop + 1, min(end, clause_stop + 120))
        if _TOLD_IN_PAST.search(text, cuts[-1], told):
            return False
    if cue or _TO_EVENT.search(text, cuts[-1], pos):
        return True
    if reported or _VERB.search(text, cuts[-1], clause_stop):
        return False
    if len(cuts) > 1 and _FUTURE.search(text, cuts[max(0, len(cuts) - 3)], cuts[-1]):
        return True
    following = clause_end(text, clause_stop + 1, min(end, clause_stop + 120))
    said = _REPORTED.search(text, clause_stop, following)  # "Speaking ... on the 10th of November,
    following = said.start() if said else following  # Cameron said that raising the cap will mean"
    return cuts[-1] <= start + 1 and bool(_FUTURE.search(text, clause_stop, following))


# "today" is read only where it dates an event of the day: right after one of these verbs
# ("figures published today", "the scheme opens today") or as "earlier/later today". Elsewhere
# it as often means "nowadays" ("children today face ...", "used today").
TODAY_AFTER = re.compile(
    r"\b(?:published|publishes|released|releases|announced|announces|unveiled|unveils|launched|launches|"
    r"revealed|reveals|confirmed|confirms|issued|issues|said|says|told|opened|opens|began|begins|started|"
    r"starts|signed|signs|approved|approves|agreed|agrees|voted|votes|met|meets|sentenced|charged|jailed|"
    r"named|appointed|awarded|closes|closed|ends|ended|comes into force|came into force|takes effect|"
    r"took effect|goes live|went live|start|begin|open|close|end)"
    r"(?:\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\s+at\s+(?:noon|midnight))?\s+$",
    re.I)  # "the closures, which start at 5 p.m. today"


# ... or right after its object ("Minister for Housing, Tanya Plibersek, announced the funding today
# at ..."), or opening the sentence before its verb ("Today we published our annual fostering data")
_EVENT_VERB = (r"(?:published|publishes|released|releases|announced|announces|unveiled|unveils|launched|"
               r"launches|revealed|reveals|confirmed|confirms|issued|issues|opened|opens|signed|signs|"
               r"approved|approves|agreed|agrees|awarded|awards|named|appointed)")
TODAY_OBJECT = re.compile(rf"\b{_EVENT_VERB}\s+(?:the|a|an|its|their|this|his|her|our)\s+"
                          rf"[\w'’-]+(?:\s+[\w'’-]+)?\s+$", re.I)
TODAY_LEADS = re.compile(rf",?\s+(?:[\w'’-]+\s+){{1,3}}?{_EVENT_VERB}\b", re.I)
_PAST = re.compile(rf"\b(?:was|were|had|did|\w+ed|{IRREGULAR_PAST})\b", re.I)  # roughly
SOON_DAYS = 183
NEAR_DAYS = 31
_PLANNED = re.compile(r"\b(?:scheduled|due|set|planned|expected|meant|supposed|intended|slated|"
                      r"timetabled)\b", re.I)


def soon_after(y: Yearless, doc: dt.date, text: str, pos: int, stop: int, start: int, end: int) -> bool:
    """"The store is shutting on May 20" (written May 16), "May 16 to June 24: the council
    receives representations" (a timetable written in February): a date without its year
    that falls within half a year after the document date, in a clause told without a past
    tense, is the coming one. (A clause with no verb of its own, "In November, ...", is told
    in the tense of the clause it opens.)"""
    ahead = y.at(doc.year)
    if ahead is None or ahead.lo <= doc:
        ahead = y.at(doc.year + 1)
    if ahead is None or (ahead.lo - doc).days > SOON_DAYS:
        return False
    lo = max(start, pos - 160)
    cuts = [c.end() for c in _CLAUSE.finditer(text, lo, pos)]
    clause_start = cuts[-1] if cuts else lo
    if y.day and (ahead.lo - doc).days <= NEAR_DAYS and _PLANNED.search(text, clause_start, pos):
        return True  # "which was scheduled to have been May 17" (written May 12): a plan, told in the past
    clause_stop = clause_end(text, stop, min(end, stop + 60))
    for _ in range(2):  # "In January Carillion, one of the biggest, went bust": past an aside to the verb
        if _VERB.search(text, clause_start, clause_stop) or clause_stop >= min(end, stop + 200):
            break
        clause_stop = clause_end(text, clause_stop + 1, min(end, clause_stop + 120))
    return not _PAST.search(text, clause_start, clause_stop)
