"""Ages, which state no count and no duration: "people aged over 21", "a 34-year-old", "under
18 years of age", "Neil Townend, 51", "aged 10 to 24 years", "18 years and older", "the average
age of a scams victim is 74".

The count and duration finders both skip a number these patterns place as an age. A number
with no age word near it is not an age here, however old it sounds ("the average cybercriminal
is now just 17" is read): an age is recognised by its words, never guessed from its size.
"""

from __future__ import annotations

import re

AGED = re.compile(r"\b(?:(?:aged|ages|age of|ages of|(?<=from )age|(?<=to )age|(?<=at )age|(?<=\()age|"
                  r"(?<=under )age|(?<=over )age|(?<=below )age|(?<=above )age)\s+"
                   r"(?:(?:over|under|between|from|up to|at least|"
                   r"less than|more than)\s+)?|(?:those|people|anyone|everyone|persons|adults|men|women|"
                   r"residents|tenants|applicants|individuals|customers|patients|drivers|seniors|"
                   r"pensioners|children|pupils|students|those aged|youths?|drivers|motorists|workers|"
                   r"victims|offenders|boys|girls)\s+"
                   r"(?:over|under|aged|between)\s+|the\s+(?:over|under)-|"
                   r"\b(?:aged|ages|ages of)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|to|and|or|-|–)\s*)$",
                   re.I)  # "aged 60 to 74", "aged 50, 55 and 65"
# "a 34-year-old", and the first age of "10- to 18-year-olds", "five and six-year-olds";
# "under 18 years of age"
YEARS_OLD = re.compile(r"(?:-?\s*(?:to|and|or|-|–)\s*(?:\d{1,3}|[a-z]+))?"
                        r"(?:[- ]years?[- ]olds?\b|\s+years?\s+of\s+age\b)",
                        re.I)  # "from 5 – 12 years of age"
# "the majority of applicants are over 18,", "from under 18s": the thresholds of age, with no
# noun of their own
AGE_LIMIT = re.compile(r"(?:over|under|below|above)\s+(?:16|18|21|65)"
                        r"(?:s\b|(?=\s*(?:[,.;:)]|$|\s+(?:and|or|but|at|"
                        r"are|were|is|was|who|will|can|may)\b)))", re.I)
# "Agnetta Robertson, 30, delivered"; at a sentence's end after a full name, "said miner Neil
# Townend, 51."
NAME_THEN_AGE = re.compile(r"\b[A-Z][a-z]+, (?:now |aged )?$")  # "Jose, now 63, is among ..."
FULL_NAME_THEN_AGE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z'’-]+, $")

# Before a duration: "children aged two to 14 years", "offenders aged 16 years and over", "aged
# just 18 years", "between the ages of six months and five years", "older than 7 months"; not
# "aged care" (Australian for care of the old)
AGED_BEFORE = re.compile(r"(?:\baged(?!\s+care)|\bages(?:\s+of)?|\bage\s+of|\bolder\s+than|\byounger\s+than)"
                         r"\s+(?:just\s+|only\s+|between\s+|from\s+|over\s+|under\s+|at\s+least\s+)?$", re.I)
# After: "18 years and older", "28 days and older", "55 years or over"
AND_OLDER = re.compile(r"\s+(?:and|or)\s+(?:older|younger|upwards|(?:over|above|under)"
                       r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:who|are|were|is|was|can|may|will|must|should|with|"
                       r"in|at|on|from|to|have|had|has)\b))",
                       re.I)  # (not "lasted 3 years and over £2m was spent")
# An average age, told as a figure: "the average age of a scams victim is 74", "the median age
# of the resident population went up further to 38.4 years", "with the average age of their
# vessels being 24 years"
AVERAGE_AGE = re.compile(r"\b(?:average|median|mean)\s+age\b[^.;:!?()]{0,80}$", re.I)


def an_age_before(text: str, start: int, at: int) -> bool:
    """Whether the words before ``at`` (no farther back than ``start``) make the number there an age."""
    return bool(AGED_BEFORE.search(text, max(start, at - 40), at)
                or AVERAGE_AGE.search(text, max(start, at - 120), at))
