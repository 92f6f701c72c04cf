"""Counts in carrier sentences, and the many numbers that are not counts."""

import math

import pytest

from checker.values import FINDERS
from checker.values.context import Context

find = FINDERS["count"]  # the registry gives the count finder every other type's claims


def labels(sentence):
    return [v.label for v in find(sentence, 0, len(sentence), Context())]


COUNTS = [
    ("The scheme covers six local authorities.", ["6"]),
    ("Funding for up to 20 local authorities is available.", ["up to 20"]),
    ("The three successful councils were announced.", ["3"]),
    ("In all 120 out of the 152 local authorities replied.", ["120", "152"]),
    ("There have been four changes of DCS.", ["4"]),
    ("The service employs over 100 staff.", ["over 100"]),
    ("Each panel needs at least 6.", ["at least 6"]),
    ("There were fewer than 20 referrals.", ["under 20"]),
    ("A dozen schools joined.", ["12"]),
    ("We recruited 20 new social work officers.", ["20"]),
    ("Twenty of those officers stayed.", ["20"]),
    ("One council objected.", ["1"]),
    ("Nearly 40 councils and almost 100 schools took part.", ["nearly 40", "nearly 100"]),
    ("Between 10 and 15 staff left.", ["10-15"]),
    ("There are 1,630,000 residents.", ["1,630,000"]),
    ("About 1.6 million people live there.", ["about 1.6 million"]),
    ("A hundred volunteers helped.", ["100"]),
    ("The team of twenty-five met weekly.", ["25"]),
    ("Eighteen families were supported.", ["18"]),
    ("Some 30 foster carers applied.", ["about 30"]),
    ("We visited 45 homes and 12 schools.", ["45", "12"]),
    ("The board has no more than 9 members.", ["up to 9"]),
    ("Around 300 children are looked after.", ["about 300"]),
    ("We saw one hundred and twenty children.", ["120"]),
    ("Of the 152 authorities, 30 are rated good.", ["152", "30"]),
]

NOT_COUNTS = [
    "The review was published on 30 June 2017.",
    "It was published on June 30, 2017.",
    "The council spent £84M on care.",
    "Of the children, 79% were seen on time.",
    "Of the children, 79 per cent were seen on time.",
    "The partnership will last three years.",
    "There will be a four month review.",
    "They agreed a three-year partnership.",
    "3.6 The Leeds partnership began in 2017.",
    "1. Main issues",
    "12 The council will respond.",
    "a) Note the report",
    "See paras 3.12 to 3.14 for detail.",
    "The duty under section 497A(4B) applies.",
    "The Education Act 1996 applies here.",
    "Covid-19 delayed visits.",
    "Write to Sanctuary Buildings, SW1P 3BT.",
    "Write to the Civic Centre, HD1 1WG.",
    "Call 0370 000 2288 for advice.",
    "Visit Civic Centre 111, Huddersfield.",
    "Kirklees came third and Leeds came 2nd.",
    "It is one of the best services.",
    "One hopes the plan works.",
    "No one was harmed.",
    "It is the one I hope we choose.",
    "In 2017 the council was inadequate.",
    "It covers 2017-18 and 2018/19.",
    "Key Stage 2 results improved.",
    "See page 4 of the report.",
    "We met at 10:30 in the morning.",
    "The 1990s were different.",
    "A one-off payment went to two thirds of staff.",
    "The value 3.13 is not a count.",
    "Annex 3 lists the actions.",
    "The report is at Appendix 2.",
]


@pytest.mark.parametrize("sentence,expected", COUNTS)
def test_counts(sentence, expected):
    assert labels(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_not_counts(sentence):
    assert labels(sentence) == []


def test_intervals():
    s = "up to 20 councils, over 100 staff, fewer than 20 cases, 6 teams"
    upto, over, fewer, six = find(s, 0, len(s), Context())
    assert (upto.low, upto.high) == (0, 20)
    assert (over.low, over.high, over.low_open) == (100, math.inf, True)
    assert (fewer.low, fewer.high, fewer.high_open) == (0, 20, True)
    assert (six.low, six.high, six.low_open, six.high_open) == (6, 6, False, False)


def test_count_in_a_sentence_of_a_longer_text():
    text = "3 The Leeds report. It names 20 officers. 4 The end."
    start, end = text.index("It"), text.index(" 4 The")
    (v,) = find(text, start, end, Context())
    assert (v.label, text[v.start:v.end]) == ("20", "20")


@pytest.mark.parametrize("sentence,expected", [
    ("Ofsted social care chief Debbie Jones has told MPs 3 out of 4 councils visited so far were below good.",
     ["3", "4"]),  # a plural acronym is not a name
    ("Waiting lists hit a record of almost 6.2million in February.", ["nearly 6.2 million"]),
    ("Inspectors visited on 20 and 21 February 2024.", []),  # days of the month named after them
    ("The charge for 2024 - 25 is set.", []),  # a financial year written with spaces
    ("The total contract value is covered (3+2 years).", []),  # a sum, not a count
    ("News you can trust since 1859", []),  # a year, though before 1900
    ("Full Council agreed (Minute 29) the programme.", []),  # a name in brackets
    ("It will reach 1859 homes this year.", ["1,859"]),  # no year word before it: an amount
    ("Inviting not less than three organisations to bid.", ["at least 3"]),
    ("Up to an extra 20 schools may join.", ["up to 20"]),
])
def test_counts_in_real_sentences(sentence, expected):
    assert labels(sentence) == expected


def test_count_reads_dates_only_near_date_words():
    # a date far from any number does not change what is read, and costs little
    text = "The 30 June 2017 letter. " + "We saw 12 staff. " * 2000 + "In 2016, 45 homes."
    assert [v.label for v in find(text, 0, len(text), Context())] == ["12"] * 2000 + ["45"]


@pytest.mark.parametrize("sentence,expected", [
    ("The Secretary of State must withdraw it under subsection (2).", []),
    ("It was made under sections 31B (3) and 34(4) of the Act.", []),
    ("The Spending Review[1] sets budgets.", []),
    ("Type 1 departments provide major emergency services.", []),
    ("Just over one in 10 of authorities were audited on time.", []),
    ("About 1 in 5 pupils were absent.", []),
    ("Agnetta Robertson, 30, delivered Edward at the hospital.", []),
    ("The panel (5 members) met twice, and 12 councils replied.", ["5", "12"]),
    ("Numbers rose to 45 in 2019.", ["45"]),
])
def test_references_ratios_and_ages_are_not_counts(sentence, expected):
    assert labels(sentence) == expected


def test_scores_are_not_counts():
    assert labels("Results are reported as scaled scores (see above) between 80 and 120.") == []
    assert labels("Pupils scored 104 on average, and 30 pupils sat the test.") == ["30"]
