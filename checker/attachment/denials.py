"""Values a clause names without stating them for the subject: denied ("Requires Improvement
is not a failing school"), named as a condition or a possibility ("suspended if they receive an
overall grading of Inadequate"), or as a threshold ("ratings of Caa1 or below"). ``choose`` skips
them; the mention is then left to another value, or unread.
"""

from __future__ import annotations

import re

from checker.values.model import Value

_WHICH_ASIDE = re.compile(r"^\s*,\s*(?:which|who)\b.*,", re.I | re.S)
# a verb of its own after "and": "did not increase ... and remained green"
_AND_VERB = re.compile(r"\b(?:and|but)\s+(?=(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?"
                       r"[a-z]+ed\b)", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.I)
# A grade named as a condition or a possibility is not given: "are suspended if they receive an
# overall grading of Inadequate", "could still find itself ruled non-compliant", "If Moody's had
# downgraded SA to sub-investment grade"; nor is a threshold, "ratings of Caa1 or below"
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether|could|would|might)\b"
                        r"(?:[^.;:,()\n–—-]|(?<=\w)-(?=\w)){0,60}$", re.I)
# ... or aimed at, required or expected: "to have at least a 'good' rating by 2022", "All
# providers should seek to be assessed at G1", "must be rated at least 'good'", "working towards
# achieving a rating of 'good'", "Want a 5-star ANCAP car?"
_AIMED_BEFORE = re.compile(r"(?:\b(?:should|must|shall|(?-i:may|hopes?|hoping)|wants?|aims?|aiming|"
                           r"seeks?|seeking|"
                           r"towards?|ambition|goal|target|expects?\s+to|plans?\s+to|needs?\s+to|"
                           r"in\s+order\s+to|to\s+(?:have(?!\s+been)|become|regain|achieve|reach|retain|keep|get)|"
                           r"achieving|becoming|regaining)\b)"
                           r"(?:[^.;:,()\n–—-]|(?<=\w)-(?=\w)){0,60}$", re.I)
# "No practices were rated as inadequate", "None of the ICT projects ... were ranked as 'red'"
_NONE_OF = re.compile(r"\W*(?:no|none\s+of|neither|not\s+one\s+of|not\s+a\s+single)\b", re.I)
_THRESHOLD_AFTER = re.compile(r"['’”\"]?\s+or\s+(?:below|above|lower|higher|worse|better)\b", re.I)
# "not allowed to ... enter her street for three years", "had not been heard for over twenty-five
# years": how long something is not done is stated, not denied
_FOR_SPAN = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:first|next|last|past|further|another)\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|before)\s+$", re.I)  # "not published until 12 May": stated


def not_stated(text: str, value: Value, gap: str, after: bool, clause_start: int) -> bool:
    """Whether ``value`` is named but not stated for the subject, ``gap`` being the words between
    them (``after``: the value follows the subject)."""
    denied = _WHICH_ASIDE.sub("", gap) if after else gap  # not a "not" in ", which are not ...,"
    if after:  # "did not increase throughout the second review and remained green": not denied
        denied = _AND_VERB.split(denied)[-1]
    if value.kind == "rating" and (_IF_BEFORE.search(text, max(clause_start, value.start - 70), value.start)
                                   or _AIMED_BEFORE.search(gap if after else text[clause_start:value.start])
                                   or _THRESHOLD_AFTER.match(text, value.end)
                                   or (after and _NONE_OF.match(text, clause_start))):
        return True
    return bool(_NEGATED.search(denied)) and not _UNTIL.search(text, max(0, value.start - 12), value.start) \
        and not (value.kind == "duration" and _FOR_SPAN.search(text, max(0, value.start - 24), value.start))
