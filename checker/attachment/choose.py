"""Choosing the subject's value among its clause's: scores from the words between them.

See ``checker.attachment`` for the grammar as a whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from checker.attachment.clauses import asides, relative_after
from checker.attachment.denials import not_stated
from checker.attachment.names import VERB_AFTER, governs, items, respectively
from checker.attachment.owners import (
    a_part_of_which,
    a_proportion_of_it,
    a_share,
    claimed_by_complement,
    counts_another_noun,
    counts_others,
    length_of_its_noun,
    measured_from,
    names_which,
    opens_a_clause,
    parallel_items,
    whole_it_belongs_to,
    whole_of_a_part,
)
from checker.attachment.roles import REACH, SUBJECT_IS_CHANGE, between, roles_of, words
from checker.values.compare import agrees
from checker.values.model import Value

TIE = 1.0  # scores closer than this: the grammar has not decided
NEAR = 5  # candidates considered on each side of a mention, and no farther than REACH from it

_CONJUNCTION = re.compile(r"\b(?:and|or|but|while|whilst|whereas|plus|as well as)\b|&", re.I)
_DATED = re.compile(r"\bdated\s+$", re.I)
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+)?")
# "the third-highest September borrowing since monthly records began in January 1993": a clause
# of its own opens between a value and the subject after it
_SUBORDINATE = re.compile(r"\b(?:since|because|although|though|unless|until|whereas)\b", re.I)
# "construction could begin in May 2004 with an opening anticipated in June 2005": "with" opens a
# phrase of its own, and what stands before it is the clause's
_WITH = re.compile(r"\s*,?\s*(?:together\s+|along\s+)?with\s+(?:an?|the|its|their)?\s*"
                   r"(?:[\w'’-]+\s+){0,2}", re.I)
_OWN_OF = re.compile(r"\s*(?:of|at|:)\s*", re.I)
_AFTER_COMMA = re.compile(r"[,;:]\s+(?:(?:the|a|an|its|their|most|all|some|many)\s+)?(?:[\w'’-]+\s+){0,2}$",
                          re.I)
# "part of MARTA's $1 billion Station Rehabilitation Program": the whole's value, not the part's
_PART_OF = re.compile(r"\bpart\s+of\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# "St Patrick's University Hospital, Dublin 8 (97%)": a bracket after the subject, or after a place
# set beside it
_PARENTHESIS = re.compile(r"(?:,\s*[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,2})?[ ,]*\(([^()]{1,200})\)")
_BRACKETED = re.compile(r"\s*\([^()]{1,200}\)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RESTATED = re.compile(r"\s*,\s*(?:on|in)?\s*|\s*\(\s*")  # a date said again, exactly
_POSTMODIFIER = re.compile(r"\s*(?:of|in|at|for|on|by|from|to|with|worth|totalling|totaling|costing|"
                           r"valued at|standing at|running at|:|,)?\s*", re.I)
_MOST_BONUS = 14  # the most the grammar adds to a candidate's score (below)
_POSSESSIVE = re.compile(r"\s*['’]s?\s*")
# "Following the inspection in February, a new management team took over in May": a phrase set
# before the subject's clause says when or against what, and its values are its own
_FRONTED = re.compile(r"\s*['‘\"“]?(?:Following|After|Before|Ahead of|Prior to|Despite|Unlike|"
                      r"Compared (?:with|to)|Like|Whereas|Although|While|Whilst)\b[^,;:]{1,160},")
# "appointed just a day before the meeting for a term of four years": a time between two events,
# read only when the clause states no other length
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|earlier|later|beforehand|afterwards|prior\b)", re.I)
# "the six-member rate-setting Monetary Policy Committee": a count made an adjective of the subject
_MEMBERS = re.compile(r"-(?:members?|strong)(?:\s+[\w-]+){0,2}\s+")
_CHAIN = re.compile(r"[^;]{0,40}?,?\s+(?:and\s+)?(?:then\s+)?(?:to|reaching)\s+(?:an?\s+)?['‘’\"“”]?", re.I)


@dataclass(frozen=True)
class Chosen:
    """The subject's value, and how strongly the words give it to the subject (a value two
    subjects read goes to the one it fits best: ``checker.mentions``)."""

    value: Value
    score: float


@dataclass(frozen=True)
class Competing:
    """Two values the grammar cannot choose between: the mention is left unread (FC902), never
    made a conflict by a guess."""

    values: tuple[Value, Value]

    @property
    def words(self) -> str:
        return " or ".join(v.text for v in self.values)


def _distance(text: str, value: Value, start: int, end: int) -> tuple[bool, str]:
    """(whether ``value`` stands after the span, the words between them)."""
    if value.start >= start:
        return True, between(text, end, value.start)
    return False, between(text, value.end, start)


def _chain_end(text: str, chosen: Value, candidates: Sequence[Value], roles: Sequence[str]) -> Value:
    """The last current value of a chain: "risen from €800 million in 2014, to €983 million in 2017,
    to €1.4 billion as of December 2019" states €1.4 billion now."""
    index = next(i for i, v in enumerate(candidates) if v is chosen)
    while index + 1 < len(candidates) and roles[index + 1] == "current" and _CHAIN.fullmatch(
            text, candidates[index].end, candidates[index + 1].start):
        index += 1
    return candidates[index]


def choose(text: str, sentence: tuple[int, int], clause: tuple[int, int], hit: tuple[int, int],
           values: Sequence[Value], starts: Sequence[int], subject: str = "",
           memo: dict | None = None) -> Chosen | Competing | None:
    """The value the sentence states for the subject at ``hit`` (see the module docstring).

    ``values`` are the sentence's values of the fact's type, sorted, with their
    ``starts``; ``clause`` is the clause holding the subject. ``memo`` keeps what is read
    around each value for the next mention of the same sentence.
    """
    c_start, c_end = clause
    h_start, h_end = hit
    i = bisect_left(starts, h_start)
    window = [v for v in values[max(0, i - NEAR):i + NEAR] if h_start - REACH <= v.start <= h_end + REACH]
    paired = respectively(text, sentence, hit, window)
    if paired is not None:
        return Chosen(paired, _MOST_BONUS)
    aside = [a for a in asides(text, max(c_start, h_start - REACH), min(c_end, h_end + REACH), hit)
             if not a[0] <= h_start < a[1]]  # the subject's clause goes on after them
    candidates = [v for v in window if v.start >= c_start and v.end <= c_end
                  and not (v.start >= h_start and v.end <= h_end) and not (v.start < h_start < v.end)
                  and not any(a <= v.start < b for a, b in aside)]
    if measured_from(text, c_start, h_start):
        candidates = [v for v in candidates if v.start >= h_end]
    candidates = [v for v in candidates if not names_which(text, v, hit, candidates)
                  and not (v.end <= h_start and "," in text[v.end:h_start]
                           and whole_it_belongs_to(text, v, sentence[0]))]
    relative = relative_after(text, c_end, hit)
    if relative and any(v.start >= relative[1] for v in candidates):
        candidates = [v for v in candidates if not relative[0] <= v.start < relative[1]]
    if not candidates:
        return None
    roles = roles_of(text, candidates, c_start, memo)
    if SUBJECT_IS_CHANGE.search(subject):
        own = [v for v in candidates if v.start >= h_end and _OWN_OF.fullmatch(text, h_end, v.start)]
        if own:  # "more than double last year's increase of 2.3 percent": the change it names
            return Chosen(own[0], _MOST_BONUS)
        changes = [v for v, r in zip(candidates, roles) if r == "change"]
        if changes:
            nearest = min(changes, key=lambda v: words(_distance(text, v, h_start, h_end)[1]))
            return Chosen(nearest, -float(words(_distance(text, nearest, h_start, h_end)[1])))
    if "current" not in roles:  # "from last year's forecast of £4.7bn": its own, where nothing follows it
        roles = ["plain" if r == "previous" and v.start >= h_end and _OWN_OF.fullmatch(text, h_end, v.start)
                 else r for v, r in zip(candidates, roles)]
    # "resulted in the loss of approximately 1 204 files": a count right before the subject
    # counts the subject itself, whatever the verb does to it, and a share "of" it is its share
    # ("the loss of about 71% of koala populations")
    roles = [("plain" if (v.end <= h_start and not text[v.end:h_start].strip()) or (
        v.start >= h_end and _OWN_OF.fullmatch(_BRACKETED.sub("", text[h_end:v.start]))) else "previous")
             if r == "compared" else r for v, r in zip(candidates, roles)]  # (its own: "the CPI of 8.3%")
    roles = ["plain" if r == "change" and v.end <= h_start and (
        (v.kind == "count" and not text[v.end:h_start].strip())
        or (v.kind == "percent" and _SHARE_OF.fullmatch(text, v.end, h_start)))
        else r for v, r in zip(candidates, roles)]
    kept = [(v, r) for v, r in zip(candidates, roles) if r not in ("previous", "change", "spread")]
    if not kept:
        return None  # a previous value or a change, and nothing the subject is now
    spans = [(v, r) for v, r in kept if not (v.kind == "duration" and _OFFSET_AFTER.match(text, v.end))]
    kept = spans or kept  # a time between two events only when the clause has no other length
    _, _, l_start, l_end = items(text, sentence, hit, values)  # the list of names it stands in
    inside = _PARENTHESIS.match(text, h_end, sentence[1])
    parts = [v for v, _ in kept if inside and inside.start(1) <= v.start and v.end <= inside.end(1)]
    if len(parts) > 1 and len(parts) < len(kept):
        # "27 Investigators (7 New Investigators and 20 Senior Investigators)": the bracket breaks
        # the subject's figure into parts
        kept = [(v, r) for v, r in kept if v not in parts]
        inside = None
    fronted = _FRONTED.match(text, sentence[0], h_start)
    # "The highest risk premises will be inspected every 6 months, lowest risk businesses may only be
    # visited every 2 years": a subject that opens a clause of its own after a comma, its verb after it
    own_clause = VERB_AFTER.match(text, h_end) and _AFTER_COMMA.search(
        text, max(c_start, h_start - 40), h_start)
    best, best_score, rival, rival_score = None, None, None, None
    if fronted and any(v.start >= h_end for v, _ in kept):
        # "While this was a slight fall on 2016 (0.2%), the proportion ... was a record 32.6%": the
        # fronted phrase's values are its own where the subject's clause states one
        kept = [(v, r) for v, r in kept if v.end > fronted.end()]
    for value, role in kept:
        after, gap = _distance(text, value, l_start, l_end)
        bare = _BRACKETED.sub("", gap)  # "a 135 million pound ($178 million) investment programme"
        score = -float(words(gap))
        if best_score is not None and score + _MOST_BONUS < best_score:
            continue  # too far to win whatever its words
        if after and _POSSESSIVE.fullmatch(gap):
            score = 1.0  # "New Zealand First's eight seats"
        if after:
            score += 0.5  # what follows the subject is usually said of it
            if _POSTMODIFIER.fullmatch(gap):
                score += 0.5  # "elections to the new Council in May 2020", "a gap of £87m"
        if role == "current" or (after and _DATED.search(text, max(0, value.start - 8), value.start)):
            score += 3  # the current value; "a Warning Notice addressed to ... dated 10 September 2018"
        if not after and (not bare.strip(" -–—'‘’\"“”") or _MEMBERS.fullmatch(gap)):
            score += 3  # right before the subject: "the £40m Towns Fund grant", "101 councillors"
        if not after and governs(text, value, hit):
            score += 6
        elif _CONJUNCTION.search(gap) or (fronted and value.end <= fronted.end()) or (
                own_clause and not after) or (
                not after and (_WITH.fullmatch(gap) or _SUBORDINATE.search(gap))):
            score -= 4
        if length_of_its_noun(text, value, gap, after) or a_share(text, value, gap) or (
                after and a_part_of_which(text, value, hit)):
            continue  # "its revenues dropped by $50 million (or $6,200 per student)"
        if words(gap) > 1 and whole_of_a_part(text, value, candidates):
            continue  # "Five thousand of the 8,000 seats ... were in county districts": the whole's
        if (after and (claimed_by_complement(text, value, hit) or counts_others(text, value, hit)
                       or opens_a_clause(text, value, hit))) or (
                not after and (counts_another_noun(text, value, h_start)
                               or a_proportion_of_it(text, value, h_start))):
            continue  # another noun's value
        own = not bare.strip() or _POSSESSIVE.fullmatch(bare)  # "part of last year's Spending Review"
        part = _PART_OF.search(text, max(c_start, value.start - 60), value.start)
        if (after or not own) and part and not part.start() < h_start < h_end <= value.start:
            continue  # the value of what the subject is part of (not "as part of the Budget on 8 July")
        if not_stated(text, value, gap, after, c_start):
            continue  # "Requires Improvement is not a failing school", "if they receive ... Inadequate"
        if inside and after and value.end <= inside.end(1):
            score += 2
        if best_score is None or score > best_score:
            if best is not None and not agrees(best, value):
                rival, rival_score = best, best_score
            best, best_score = value, score
        elif not agrees(best, value) and (rival_score is None or score > rival_score):
            rival, rival_score = value, score
    if best is None:
        return None
    if rival is not None and rival.kind == "date" and best.start < rival.start and _YEAR.search(rival.text) \
            and _RESTATED.fullmatch(text, best.end, rival.start):
        return Chosen(rival, best_score)  # "just five years ago, on May 1, 2019": the date it means
    if rival is not None and best_score - rival_score < TIE:
        earlier, later = sorted((best, rival), key=lambda v: v.start)
        if later.start >= h_end and parallel_items(text, earlier, later, hit):
            return Chosen(later, max(best_score, rival_score))
        return Competing((earlier, later))
    if dict(kept)[best] == "current":
        return Chosen(_chain_end(text, best, candidates, roles), best_score)
    return Chosen(best, best_score)
