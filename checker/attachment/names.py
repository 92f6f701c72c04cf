"""Lists of names, and values paired with them "respectively".

"Victoria, Queensland and Tasmania the highest of 2.2 per cent": the list is
one subject for what stands around it; "New Zealand First and ACT, at nine
and one respectively": the names pair off with the values in order; and a
value may govern a list that ends in the subject ("rated good for effective,
caring and responsive": ``governs``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.attachment.roles import REACH, between
from checker.values.model import Value

# "13 per cent and 8 per cent of members respectively": the noun the values are shares of may come between
_RESPECTIVELY = re.compile(r"(?:\s+(?:of|in|for)\s+(?:the\s+|all\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
                           r"[\s,;)]*\brespectively\b", re.I)
# "good for effective, caring and ...", "£1,000 towards ...", "requiring improvement (urgent care ..."
_GOVERNS = re.compile(r"(?:\s+(?:rating|grade|award)|\s+out\s+of\s+(?:five|ten|\d+))?"
                      r"\s*(?:\s(?:for|towards|toward|on|in|of)\s+|\s?\()"
                      r"(?:(?:the|their|its|our|his|her|all|an?)\s+)?(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][\w'’]*(?:-[\w'’]+)*\s+"
                      r"(?:of\s+(?:the\s+)?)?){0,3}"
                      r"(?:[^,;.()\d]{1,60}?(?:,\s|\sand\s|,\sand\s|\s&\s))*$", re.I)
# a subject a verb follows starts a clause of its own
VERB_AFTER = re.compile(r"\s+(?:will|would|shall|has|have|had|is|are|was|were|can|could|may|might|must)\b")
_TOKEN = re.compile(r"[\w'’.-]+|,|&")
_SEPARATORS = {",", "&", "and", "or"}
_FUNCTION_WORDS = frozenset("""a an the both either its their his her our this that these those for of in on
    at     by to from with as is are was were be been has have had will would which who respectively each all
    than then while whilst but before after during under over between into through against without within
    among about since until via per including""".split())
# "$1.38 billion) and 19 per cent (to $303 million": coordinated across their brackets
_COORDINATED = re.compile(r"\)?\s*(?:,\s*and|,|and|&)\s*(?:[^,;()]{0,25}\(\s*(?:to\s+)?)?", re.I)


def items(text: str, sentence: tuple[int, int], hit: tuple[int, int],
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


def respectively(text: str, sentence: tuple[int, int], hit: tuple[int, int],
                  values: Sequence[Value]) -> Value | None:
    """The value paired with the subject by "A and B ... X and Y respectively", if the sentence says so."""
    s_start, s_end = sentence
    if not _RESPECTIVELY.search(text, hit[1], min(s_end, hit[1] + REACH)):
        return None
    runs: list[list[Value]] = []  # values coordinated with nothing but ", and" between them
    for value in values:
        if runs and _COORDINATED.fullmatch(between(text, runs[-1][-1].end, value.start)):
            runs[-1].append(value)
        else:
            runs.append([value])
    paired = [run for run in runs if len(run) >= 2 and _RESPECTIVELY.match(text, run[-1].end, s_end)]
    if not paired:
        return None
    before, after, _, _ = items(text, sentence, hit, values, loose=True)
    if before + after == 0:
        return None
    run = next((r for r in paired if len(r) == before + 1 + after), None)
    return run[before] if run else None



# "North East Lincolnshire", "West Yorkshire", "Greater Manchester", "New South Wales": a
# place qualified by one of these is another place; "Senior Investigators", "Deputy Directors":
# a role so qualified is another role.
_PLACE_QUALIFIER = re.compile(r"(?<![\w'’-])(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|"
                              r"Greater|Central|Mid|Upper|Lower|Inner|Outer|New)(?:[ -](?:East|West))?|"
                              r"Senior|Junior|Deputy|Assistant|Associate|Acting|Interim|Principal|Chief|"
                              r"Former|Shadow|Vice|Early[ -]Career) $")


def inside_longer_name(text: str, hit: tuple[int, int]) -> bool:
    """Whether a capitalised subject is the tail of another place's name: "Lincolnshire" in
    "North East Lincolnshire (3.98%)", "Wales" in "New South Wales", "Leeds" in "West Leeds";
    or of another role's: "Investigators" in "20 Senior Investigators".
    What is said of that place is not the subject's. (Other capitalised words before a subject
    name its owner, "Kirklees Children's Services", and are left alone.) A prefix that negates
    the name makes another one: "Major applications threshold" in "the Non-Major applications
    threshold"."""
    if _NEGATING_PREFIX.search(text, max(0, hit[0] - 6), hit[0]):
        return True
    return text[hit[0]:hit[0] + 1].isupper() and bool(
        _PLACE_QUALIFIER.search(text, max(0, hit[0] - 20), hit[0]))


_NEGATING_PREFIX = re.compile(r"\b(?:non|anti|un|ex|pre|post)-$", re.I)


def governs(text: str, value: Value, hit: tuple[int, int]) -> bool:
    """Whether ``value`` heads a phrase that leads to the subject: "good for A, B and <subject>".
    A subject that a verb follows starts a clause of its own: "Harris shareholders will own close
    to 85 percent of the company and Exelis shareholders will hold the remaining 15 percent"."""
    return value.end <= hit[0] and bool(_GOVERNS.fullmatch(text, value.end, hit[0])) \
        and not VERB_AFTER.match(text, hit[1])
