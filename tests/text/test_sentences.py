"""Sentence splitting: abbreviations, numbers and paragraph numbers."""

import pytest

from checker.text.normalise import reading_text
from checker.text.sentences import split


def sentences(original: str) -> list[str]:
    text, _ = reading_text(original)
    return [text[s:e] for s, e in split(text)]


@pytest.mark.parametrize("original, expected", [
    ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
    ("Cllr. Hill spoke. Mrs. Brazil agreed.", ["Cllr. Hill spoke.", "Mrs. Brazil agreed."]),
    ("See para. 3.13 for costs. Next.", ["See para. 3.13 for costs.", "Next."]),
    ("J. Smith wrote it.", ["J. Smith wrote it."]),
    ("It cost £1.63m in total. Fine.", ["It cost £1.63m in total.", "Fine."]),
    ("1. Main issues\n\n3.6 The centre grew. It helped.",
     ["1. Main issues", "3.6 The centre grew.", "It helped."]),
    ("He said: \"It works.\" She agreed.", ["He said: \"It works.\"", "She agreed."]),
    ("costs rose e.g. staff. Then", ["costs rose e.g. staff.", "Then"]),
    ("Heading without stop\n\nBody text here.", ["Heading without stop", "Body text here."]),
    ("It is unsafe. the next line is lower case", ["It is unsafe. the next line is lower case"]),
    # dotted initials go on into a name, unless the next word opens a sentence
    ("Claims completed by the U.S. Department of Veterans Affairs rose.",
     ["Claims completed by the U.S. Department of Veterans Affairs rose."]),
    ("Jobs moved to the U.S. The plan took years.", ["Jobs moved to the U.S.", "The plan took years."]),
    ("He lives in the U.K. Since then, prices rose.", ["He lives in the U.K.", "Since then, prices rose."]),
])
def test_split(original, expected):
    assert sentences(original) == expected


def test_spans_are_stripped_and_ordered():
    text, _ = reading_text("  One.   Two!  Three?  ")
    spans = split(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two!", "Three?"]
    assert spans == sorted(spans)
