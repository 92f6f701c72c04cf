"""Which of a sentence's values is the one it states for a subject: the grammar of attachment.

The nearest value of the fact's type is often another noun's. A careful
reader attaches a value to a subject by the words around it, and so does
this module, for one mention at a time (``choose``):

1. **Lists read "respectively"** pair off in order: "New Zealand First and
   ACT, at nine and one respectively": ACT has one.
2. **Clauses.** A value in another clause is that clause's (see ``clauses``).
3. **Roles.** In a change construction a value is the previous one ("from
   £4.3m", "up from 20%"), the change ("by 16,000", "rose 5.2%", "+$1.57") or
   the current one ("to 1.62 million" after a change, "now ..."). The
   subject's value is the current one; a previous value or a change is not
   its value at all (unless the subject names the change: "a rise of 3.5%"),
   and a clause holding only those states none.
4. **Scores**, for what is left, starting from the distance in words:
   a value that governs the subject ("rated good for effective, caring and
   responsive", "£1,000 towards prosecution costs", "two requiring
   improvement (urgent care and surgery)") wins; a value followed by a
   complement of its own ("and requires improvement for safe") belongs to
   that complement; a count or amount before the subject that counts another
   noun ("412 complaints from parents and children", "up to 55 people,
   including ... adults") is that noun's; a value across a coordinating
   conjunction ("£1,000 towards prosecution costs and £34 victim surcharge")
   is another conjunct's; the current value of a change is preferred; a value
   in a parenthesis right after the subject is its own.

It knows nothing of facts or documents: text, offsets and values only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from checker.values.compare import agrees
from checker.values.model import Value

TIE = 1.0  # scores closer than this: the grammar has not decided
NEAR = 5  # candidates considered on each side of a mention, and no farther than
REACH = 400  # characters from it: the work per mention is bounded however long the sentence

# Clause breaks: ";", "while", "whereas", "whilst", a ", but" or " but" that starts a new
# clause, and "and" before a new subject ("... the end of September and the statutory
# direction remains in force"). ", but has since grown to" goes on with the same subject.
_CLAUSE_BREAK = re.compile(
    r";|,? (?:while|whilst|whereas|although|though|even though) |, but (?!(?:has|have|had|is|was|are|were|"
    r"will|would|could|can|now|since|also|still|then)\b)| but (?=(?:the|a|an|it|they|he|she|we|there|"
    r"this|that|these|those)\b)|,? and (?=(?:the|a|an|this|that|these|those|it|he|she|they|we|i|its|his|"
    r"her|their|our|there) )|, and (?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)|,? compared (?:with|to) |,? according to |\b(?:said|says|announced|confirmed|revealed|reported|stated|warned|noted|added|believes|expects) (?:[\w-]+ ){0,3}?(?P<that>that )|(?:(?<=\d)|(?<=%)|(?<=\dm)|(?<=\dbn)|(?<=\dk))"
    r"\s+(?:against|versus|vs\.?)\s", re.I)

_EDGE = r"(?:['‘’\"“”(]\s?)?$"
_QUALIFIED = r"(?:(?:about|around|approximately|roughly|some|almost|nearly|more than|over|just over|" \
             r"just under|less than|an estimated|a further|an? )\s)?"
_CHANGE_VERB = (r"(?:increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|r(?:ose|isen|ises?|ising)|"
                r"f(?:ell|allen|alls?|alling)|gr(?:ew|own|ows?|owing)|dropp(?:ed|ing)|drops?|"
                r"declin(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|slipp(?:ed|ing)|"
                r"gain(?:ed|s|ing)?|lost|los(?:es|ing)|add(?:ed|s|ing)|shed(?:s|ding)?|reduc(?:e|ed|es|ing)|"
                r"cut(?:s|ting)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|"
                r"improv(?:e|ed|es|ing)|upgraded|downgraded|(?:went|gone|go|goes|going) (?:up|down)|"
                r"mov(?:e|ed|es|ing)|chang(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|swung|"
                r"edg(?:e|ed|es|ing) (?:up|down|higher|lower)|shrunk|shr(?:ink|inks|ank|inking)|"
                r"widen(?:ed|s|ing)?|narrow(?:ed|s|ing)?)")
_CHANGE_NOUN = (r"(?:rise|increase|fall|decrease|drop|reduction|cut|gain|loss|growth|jump|change|swing|"
                r"decline|improvement|difference|uplift|boost)s?")
# "up 20 on 87", "(up 15)", "- down two -": "up" and "down" alone mark a change only after a break
_UP_DOWN = r"(?:(?:^|[,(–—-]|\s-|\b(?:finish(?:ed|ing)?|end(?:ed|ing)?|clos(?:ed|ing)))\s*(?:up|down)\s+)"
_FROM = re.compile(rf"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:estimated|predicted|projected|forecast|"
                   rf"revised|original|initial|previous|earlier|record)\s+)?(?:[^,;.\d]{{1,30}}?\s+of\s+)?{_EDGE}",
                   re.I)
_MOVED_FROM = re.compile(rf"\b(?:up|down|{_CHANGE_VERB})\s+from\s+(?:(?:an?|the|its|their)\s+)?"
                         rf"(?:(?:estimated|predicted|projected|forecast|revised|original|initial|previous|"
                         rf"earlier|record)\s+)?{_EDGE}", re.I)
_BASE = re.compile(rf"\b{_CHANGE_NOUN}\s+of\s+[^\s,;]+(?:\s+(?:per\s?cent|percent))?\s+(?:on|over)\s+"
                   rf"(?:the\s+)?{_EDGE}", re.I)
_ON_BASE = re.compile(rf"\s+(?:on|over)\s+the\s+{_EDGE}", re.I)  # "up 20 on 87 councillors": 87 now
_BY = re.compile(rf"\bby\s+{_QUALIFIED}{_EDGE}", re.I)
_CHANGE = re.compile(rf"(?:\b{_CHANGE_VERB}\s+(?:by\s+)?{_QUALIFIED}|{_UP_DOWN}{_QUALIFIED}|"
                     rf"\b(?:an?|the)\s+(?:\w+\s+)?{_CHANGE_NOUN}\s+(?:of\s+)?{_QUALIFIED}|[+−]\s?){_EDGE}",
                     re.I)
_CURRENT = re.compile(rf"\b(?:now|currently)\s+(?:(?:the|its|their)\s+[\w-]+\s+)?(?:(?:is|are|stands? at|"
                      rf"totals?|at|running at|sits at|stood at)\s+)?(?:an?\s+)?{_EDGE}", re.I)
_TO = re.compile(rf"\b(?:to|reach(?:ed|ing)?|hitting|hit)\s+(?:(?:an?|the)\s+)?(?:(?:new|record|"
                 rf"estimated|total of|high of|low of)\s+)*{_EDGE}", re.I)
_CHANGE_WORD = re.compile(rf"\b{_CHANGE_VERB}\b|\b{_CHANGE_NOUN}\b", re.I)
_CONTRAST = re.compile(r"\b(?:but|now|since|later|subsequently)\b", re.I)
_SUBJECT_IS_CHANGE = re.compile(rf"\b{_CHANGE_NOUN}\b", re.I)

_CONJUNCTION = re.compile(r"\b(?:and|or|but|while|whilst|whereas|plus|as well as)\b|&", re.I)
# "good for effective, caring and ...", "£1,000 towards ...", "requiring improvement (urgent care ..."
_GOVERNS = re.compile(r"\s*(?:\s(?:for|towards|toward|on|in|of)\s+|\s?\()(?:(?:the|their|its|our|his|her|all)\s+)?"
                      r"(?:[^,;.()\d]{1,60}?(?:,\s|\sand\s|,\sand\s|\s&\s))*$", re.I)
# "requires improvement for safe": a complement of the value's own (not a time: "for three years")
_COMPLEMENT = re.compile(r"\s+for\s+(?:(?:the|their|its|our|all)\s+)?(?!\d|(?:one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|a|an|the|each|every|next|last|first|past|coming|year|month|week|day|"
                         r"period|time|now|more|over|up|at|about)\b)[a-z]", re.I)
# A count or an amount followed by its own noun, then a preposition that leads away from it
_NOUN_THEN_AWAY = re.compile(r"\s+(?:[a-z][\w'’-]*\s+)?(?!(?:of|for|to|in|on|at|by|from|and|or|with|per|a|an|the|"
                             r"each|every|was|were|is|are|has|have|had|will|be|been|which|that|who|than|more|"
                             r"less|over|under|up|down)\b|[a-z]+ed\b)[a-z][\w'’-]*,?\s+"
                             r"(?:from|of|among|amongst|about|involving|including)\b", re.I)
_WORD = re.compile(r"[\w'’]+")
_RESPECTIVELY = re.compile(r"[\s,;]*\brespectively\b", re.I)
_TOKEN = re.compile(r"[\w'’.-]+|,|&")
_SEPARATORS = {",", "&", "and", "or"}
_FUNCTION_WORDS = frozenset("""a an the both either its their his her our this that these those for of in on at
    by to from with as is are was were be been has have had will would which who respectively each all
    than then while whilst but before after during under over between into through against without within
    among about since until via per including""".split())
_COORDINATED = re.compile(r"\s*(?:,\s*and|,|and|&)\s*", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*and|,|and|&|or)\s*$", re.I)
_ITEM = re.compile(r"(?:(?!and\b|or\b)[\w'’().-]+\s){0,4}?(?!and\b|or\b)[\w'’().-]+\s*$", re.I)
_ITEM_AFTER = re.compile(r"\s*(?:,\s*and|,|and|&|or)\s+((?:(?!and\b|or\b)[\w'’().-]+\s?){1,5})", re.I)
# What cannot open an item of a list of names: a clause, a preposition, a verb
_NOT_ITEM = re.compile(r"(?:which|who|whom|whose|that|where|when|while|whilst|at|in|on|with|from|to|for|by|"
                       r"as|of|were|was|is|are|has|have|had|will|would|can|could|respectively|then|"
                       r"the\s+\w+est)\b", re.I)
_PARENTHESIS = re.compile(r"[ ,]*\(([^()]{1,200})\)")
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till|before)\s+$", re.I)  # "not published until 12 May": stated
_POSTMODIFIER = re.compile(r"\s*(?:of|in|at|for|on|by|from|to|with|worth|totalling|totaling|costing|"
                           r"valued at|standing at|running at|:|,)?\s*", re.I)
_MOST_BONUS = 14  # the most the grammar adds to a candidate's score (below)
_POSSESSIVE = re.compile(r"\s*['’]s?\s*")
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


def clause_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause breaks of ``text[start:end]``, as (start, end) spans."""
    return [m.span("that") if m.group("that") else m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)]


def _between(text: str, a: int, b: int) -> str:
    return text[a:b] if a < b else ""


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _marks(text: str, value: Value, clause_start: int, memo: dict | None) -> tuple[str, bool, bool, bool]:
    """(what the words before ``value`` make it, a "by" before it, a "to" before it, a change said
    before it in its clause), read once per value (``memo``) however many mentions ask."""
    key = (value.start, value.end, value.kind)
    if memo is not None and key in memo:
        return memo[key]
    before = text[max(clause_start, value.start - 45):value.start]
    if _CURRENT.search(before):
        mark = "current"
    elif _MOVED_FROM.search(before) or _BASE.search(before):
        mark = "previous"
    elif _FROM.search(before):
        mark = "from"
    elif _CHANGE.search(before):
        mark = "change"
    else:
        mark = ""
    found = (mark, bool(_BY.search(before)), bool(_TO.search(before)),
             bool(_CHANGE_WORD.search(text, max(clause_start, value.start - 200), value.start)))
    if memo is not None:
        memo[key] = found
    return found


def roles_of(text: str, candidates: Sequence[Value], clause_start: int, memo: dict | None = None) -> list[str]:
    """Each candidate's role in a change construction: previous | change | current | plain.

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
        elif earlier is not None and roles[-1] == "change" and _ON_BASE.fullmatch(text, earlier.end, value.start):
            role = "previous"
        elif changed and to:
            role = "current"
        else:
            role = "plain"
        changed = changed or role in ("previous", "change")
        roles.append(role)
    chained = changed or "current" in roles
    roles = [("previous" if chained else "plain") if r == "from" else r for r in roles]
    if "current" in roles:
        first = roles.index("current")
        later = candidates[first]
        roles = ["previous" if r == "plain" and i < first and _CONTRAST.search(
            text, candidates[i].end, later.start) and _words(text[candidates[i].end:later.start]) <= 12
                 else r for i, r in enumerate(roles)]
    return roles


def _items(text: str, sentence: tuple[int, int], hit: tuple[int, int],
           values: Sequence[Value], loose: bool = False) -> tuple[int, int, int, int]:
    """(names before the subject, names after it, start, end) of the list of names it stands in:
    "Victoria, Queensland and Tasmania" (alone: 0, 0 and its own span).

    A name is a run of capitalised words ("New Zealand First") or up to three
    plain ones ("domestic courses"), never a value, a number or a function word.
    Plain names make a list only with a comma ("effective, caring and responsive"):
    "management action and capital underspend" is two phrases, unless ``loose``
    (a list read "respectively").
    """
    s_start, s_end = sentence
    left = list(_TOKEN.finditer(text, max(s_start, hit[0] - 300), hit[0]))
    right = list(_TOKEN.finditer(text, hit[1], min(s_end, hit[1] + 300)))

    shape = text[hit[0]:hit[0] + 1].isupper()  # names of a list look alike

    def item(tokens, first: int, step: int) -> int:
        """How many tokens from ``first`` (going by ``step``) make one name."""
        capital = tokens[first].group()[:1].isupper()
        if capital != shape:
            return 0
        count, whole, k = 0, 0, first
        while 0 <= k < len(tokens) and count < 6:
            word = tokens[k].group()
            if word.lower() in _SEPARATORS or any(c.isdigit() for c in word) or (
                    value_at(tokens[k].start())):
                break
            if capital and not (word[:1].isupper() or word.lower() in ("of", "for", "the")):
                break
            if not capital and (word.lower() in _FUNCTION_WORDS or count >= 3):
                break
            count, k = count + 1, k + step
            if not capital or word[:1].isupper():
                whole = count  # a name does not end on "of", "for" or "the"
        return whole

    def value_at(position: int) -> bool:
        return any(v.start <= position < v.end for v in values)

    def scan(tokens, step: int) -> tuple[int, int]:
        names, k, edge = 0, (len(tokens) - 1 if step < 0 else 0), None
        while 0 <= k < len(tokens) and tokens[k].group().lower() in _SEPARATORS:
            seps = k
            while 0 <= k < len(tokens) and tokens[k].group().lower() in _SEPARATORS:
                k += step
            if not 0 <= k < len(tokens):
                break
            size = item(tokens, k, step)
            if size == 0:
                k = seps
                break
            last = k + step * (size - 1)
            names, edge, k = names + 1, (tokens[last].start() if step < 0 else tokens[last].end()), \
                last + step
        return names, edge

    before, start = scan(left, -1)
    after, end = scan(right, 1)
    if not (shape or loose) and before + after and "," not in text[start if before else hit[0]:
                                                                  end if after else hit[1]]:
        return 0, 0, hit[0], hit[1]
    return before, after, start if before else hit[0], end if after else hit[1]


def _respectively(text: str, sentence: tuple[int, int], hit: tuple[int, int],
                  values: Sequence[Value]) -> Value | None:
    """The value paired with the subject by "A and B ... X and Y respectively", if the sentence says so."""
    s_start, s_end = sentence
    if not _RESPECTIVELY.search(text, hit[1], min(s_end, hit[1] + REACH)):
        return None
    runs: list[list[Value]] = []  # values coordinated with nothing but ", and" between them
    for value in values:
        if runs and _COORDINATED.fullmatch(_between(text, runs[-1][-1].end, value.start)):
            runs[-1].append(value)
        else:
            runs.append([value])
    paired = [run for run in runs if len(run) >= 2 and _RESPECTIVELY.match(text, run[-1].end, s_end)]
    if not paired:
        return None
    before, after, _, _ = _items(text, sentence, hit, values, loose=True)
    if before + after == 0:
        return None
    run = next((r for r in paired if len(r) == before + 1 + after), None)
    return run[before] if run else None


def _governs(text: str, value: Value, hit_start: int) -> bool:
    """Whether ``value`` heads a phrase that leads to the subject: "good for A, B and <subject>"."""
    return value.end <= hit_start and bool(_GOVERNS.fullmatch(text, value.end, hit_start))


def _claimed_by_complement(text: str, value: Value, hit: tuple[int, int]) -> bool:
    """A rating or a count after the subject with a "for ..." of its own: "requires improvement
    for safe", "and to 39 for their looked-after children services". (A duration's or an amount's
    "for" is a reason or a purpose: "5 years for his guilty plea".)"""
    return value.kind in ("rating", "count") and value.start >= hit[1] and bool(
        _COMPLEMENT.match(text, value.end))


def _counts_another_noun(text: str, value: Value, hit_start: int) -> bool:
    """A count or amount before the subject that counts its own noun, the subject hanging off it:
    "412 complaints from parents and children", "up to 55 people, including ... adults"."""
    if value.kind not in ("count", "money") or value.end > hit_start:
        return False
    found = _NOUN_THEN_AWAY.match(text, value.end, hit_start)
    return found is not None


def _distance(text: str, value: Value, start: int, end: int) -> tuple[bool, str]:
    """(whether ``value`` stands after the span, the words between them)."""
    if value.start >= start:
        return True, _between(text, end, value.start)
    return False, _between(text, value.end, start)


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
    paired = _respectively(text, sentence, hit, window)
    if paired is not None:
        return Chosen(paired, _MOST_BONUS)
    candidates = [v for v in window if v.start >= c_start and v.end <= c_end
                  and not (v.start >= h_start and v.end <= h_end) and not (v.start < h_start < v.end)]
    if not candidates:
        return None
    roles = roles_of(text, candidates, c_start, memo)
    if _SUBJECT_IS_CHANGE.search(subject):
        changes = [v for v, r in zip(candidates, roles) if r == "change"]
        if changes:
            nearest = min(changes, key=lambda v: _words(_distance(text, v, h_start, h_end)[1]))
            return Chosen(nearest, -float(_words(_distance(text, nearest, h_start, h_end)[1])))
    kept = [(v, r) for v, r in zip(candidates, roles) if r not in ("previous", "change")]
    if not kept:
        return None  # a previous value or a change, and nothing the subject is now
    _, _, l_start, l_end = _items(text, sentence, hit, values)  # the list of names it stands in
    inside = _PARENTHESIS.match(text, h_end, sentence[1])
    best, best_score, rival, rival_score = None, None, None, None
    for value, role in kept:
        after, gap = _distance(text, value, l_start, l_end)
        score = -float(_words(gap))
        if best_score is not None and score + _MOST_BONUS < best_score:
            continue  # too far to win whatever its words
        if after and _POSSESSIVE.fullmatch(gap):
            score = 1.0  # "New Zealand First's eight seats"
        if after:
            score += 0.5  # what follows the subject is usually said of it
            if _POSTMODIFIER.fullmatch(gap):
                score += 0.5  # "elections to the new Council in May 2020", "a gap of £87m"
        if role == "current":
            score += 3
        if not after and not gap.strip(" -–—'‘’\"“”"):
            score += 3  # right before the subject: "the £40m Towns Fund grant", "101 councillors"
        if not after and _governs(text, value, h_start):
            score += 6
        elif _CONJUNCTION.search(gap):
            score -= 4
        if (after and _claimed_by_complement(text, value, hit)) or (
                not after and _counts_another_noun(text, value, h_start)):
            continue  # another noun's value
        if _NEGATED.search(gap) and not _UNTIL.search(text, max(0, value.start - 12), value.start):
            continue  # "Requires Improvement is not a failing school": denied, not stated
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
    if rival is not None and best_score - rival_score < TIE:
        return Competing(tuple(sorted((best, rival), key=lambda v: v.start)))
    if dict(kept)[best] == "current":
        return Chosen(_chain_end(text, best, candidates, roles), best_score)
    return Chosen(best, best_score)
