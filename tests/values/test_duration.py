"""Durations in carrier sentences: forms, bounds, and the traps."""

import math

import pytest

from checker.values.context import Context
from checker.values.duration import find


def labels(sentence):
    return [v.label for v in find(sentence, 0, len(sentence), Context())]


CASES = [
    ("The partnership will run for three years from April.", ["3 years"]),
    ("The contract lasts 3 years in total.", ["3 years"]),
    ("The improvement plan covers 36 months.", ["36 months"]),
    ("Staff completed 52 weeks of placements.", ["52 weeks"]),
    ("Leeds and Kirklees signed a three-year partnership.", ["3 years"]),
    ("A four month review will follow.", ["4 months"]),
    ("A four-month review will follow.", ["4 months"]),
    ("Progress improved over eighteen months.", ["18 months"]),
    ("Some families waited over six months.", ["over 6 months"]),
    ("He has been in post for over a year.", ["over 1 year"]),
    ("A wait of over 18 months is too long.", ["over 18 months"]),
    ("Savings will be phased over five years.", ["5 years"]),
    ("Government will invest £10m over five years.", ["5 years"]),
    ("She has over 20 years' experience.", ["over 20 years"]),
    ("The post has been vacant over six months.", ["over 6 months"]),
    ("The last inspection was over two years ago.", ["over 2 years"]),
    ("The Commissioner was appointed for a year.", ["1 year"]),
    ("The arrangement is for a period of up to three years.", ["up to 3 years"]),
    ("Leeds will support Kirklees for up to three years.", ["up to 3 years"]),
    ("It will take at least two years to embed.", ["at least 2 years"]),
    ("Some children waited more than six months.", ["over 6 months"]),
    ("The review took about a year.", ["about 1 year"]),
    ("The service has been inadequate for nearly two years.", ["nearly 2 years"]),
    ("We will report again in six months.", ["6 months"]),
    ("Inspectors spent three days on site.", ["3 days"]),
    ("Savings are planned over the next five years.", ["5 years"]),
    ("Over the past eighteen months we have changed.", ["18 months"]),
    ("Over the last 3 years the service improved.", ["3 years"]),
    ("Several months of work remain.", []),
    ("It will take a few years to recover.", []),
    ("This is a long-term commitment.", []),
    ("In the longer term we will review it.", []),
    ("Many years of underinvestment took their toll.", []),
    ("In recent years demand has risen.", []),
    ("In the next few years we will grow.", []),
    ("Practice in the 1990s was different.", []),
    ("Covid-19 disrupted visits.", []),
    ("The plan ran from 2017 to 2019.", []),
    ("The cost is £2m a year.", []),
    ("The board meets twice a year.", []),
    ("Visits happen 3 days a week.", ["3 days"]),
    ("She attends a day centre.", []),
    ("Places for 2 year olds are funded.", []),
    ("A three-year-old child was seen.", []),
    ("It took two and a half years.", ["2.5 years"]),
    ("It took a year and a half.", ["1.5 years"]),
    ("Plans take 12 to 18 months.", ["12-18 months"]),
    ("Plans take between two and three years.", ["2-3 years"]),
    ("Plans take 2-3 years.", ["2-3 years"]),
    ("A Year 6 pupil wrote to us.", []),
    ("The twenty-first year was hard.", []),
    ("We will decide within two years.", ["up to 2 years"]),
    ("A year ago the council was inadequate.", ["1 year"]),
    ("It lasted less than a year.", ["under 1 year"]),
    ("Twelve-week placements and a 6 month review.", ["12 weeks", "6 months"]),
    ("The DCS left after 1 year.", ["1 year"]),
    ("It took three years, not 4 years.", ["3 years", "4 years"]),
    ("Over five years the service improved.", ["5 years"]),
    ("It has taken well over three years.", ["over 3 years"]),
    ("Over 20 years of experience is needed.", ["over 20 years"]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_durations(sentence, expected):
    assert labels(sentence) == expected


@pytest.mark.parametrize("sentence,low,high,low_open", [
    ("for three years", 36, 36, False),
    ("for 52 weeks", 12, 12, False),
    ("for 365 days", 12, 12, False),
    ("for a decade", 120, 120, False),
    ("for up to three years", 0, 36, False),
    ("for at least two years", 24, math.inf, False),
    ("for more than six months", 6, math.inf, True),
    ("for about a year", 11.4, 12.6, False),
])
def test_intervals_in_months(sentence, low, high, low_open):
    (v,) = find(sentence, 0, len(sentence), Context())
    assert v.kind == "duration"
    assert (v.low, v.high, v.low_open) == (pytest.approx(low), pytest.approx(high), low_open)


def test_offsets_are_absolute_and_text_as_written():
    text = "First sentence. Leeds will help for up to three years. Last."
    start = text.index("Leeds")
    end = text.index(" Last")
    (v,) = find(text, start, end, Context())
    assert text[v.start:v.end] == v.text == "up to three years"


def test_searches_only_the_given_sentence():
    text = "Three years. Six months."
    assert [v.label for v in find(text, 13, len(text), Context())] == ["6 months"]


@pytest.mark.parametrize("sentence,labels", [
    ("The option to extend for any period up to three further years.", ["up to 3 years"]),
    ("It runs for two more years and a further 2 year period.", ["2 years", "2 years"]),
    ("This marks the first multi-year settlement in a decade.", ["1 decade"]),
    ("It has been spent within a matter of weeks.", []),
])
def test_durations_in_real_sentences(sentence, labels):
    assert [v.label for v in find(sentence, 0, len(sentence), Context())] == labels


@pytest.mark.parametrize("sentence,expected", [
    ("The spend will be staggered over the next decade.", ["1 decade"]),
    ("Over the past year, referrals rose.", ["1 year"]),
    ("It must decide within one working day of a referral.", ["up to 1 day"]),
    ("Notice of ten clear days is required.", ["10 days"]),
    ("In the first year of the plan.", []),
])
def test_the_next_decade_and_working_days(sentence, expected):
    assert [v.label for v in find(sentence, 0, len(sentence))] == expected
