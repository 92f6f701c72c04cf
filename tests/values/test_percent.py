"""Percentages: explicit forms only, with written precision."""

import math

import pytest

from checker.values.context import Context
from checker.values.percent import find


def found(sentence):
    return find(sentence, 0, len(sentence), Context())


@pytest.mark.parametrize("sentence,label,low,high", [
    ("Of the plans, 79% were on time.", "79%", 78.5, 79.5),
    ("Of the plans, 79 per cent were on time.", "79%", 78.5, 79.5),
    ("Of the plans, 79 percent were on time.", "79%", 78.5, 79.5),
    ("Most plans (79%) were on time.", "79%", 78.5, 79.5),
    ("Most plans (78.9%) were on time.", "78.9%", 78.85, 78.95),
    ("Costs may rise by up to 10%.", "up to 10%", 0, 10),
    ("Over 50 per cent of staff replied.", "over 50%", 50, math.inf),
    ("Seventy-nine per cent were seen.", "79%", 78.5, 79.5),
    ("Turnover was 10-15% last year.", "10-15%", 9.5, 15.5),
    ("Turnover was between 10% and 15%.", "10-15%", 9.5, 15.5),
    ("About 30% of cases were late.", "about 30%", 28.5, 31.5),
    ("Attendance was 92.5 per-cent.", "92.5%", 92.45, 92.55),
])
def test_percent(sentence, label, low, high):
    (v,) = found(sentence)
    assert (v.kind, v.label) == ("percent", label)
    assert (v.low, v.high) == (pytest.approx(low), pytest.approx(high))
    assert sentence[v.start:v.end] == v.text


@pytest.mark.parametrize("sentence, label, low, high", [
    ("Half of the children were seen.", "50%", 47.5, 52.5),
    ("A third of plans were late.", "33.3%", 30.83, 35.83),
    # http://www.dailymail.co.uk/news/article-1154157/Council-tax-bills-soar-30-times-rate-inflation.html
    ("But a quarter of the tax pays for town hall pensions.", "25%", 22.5, 27.5),
    # https://www.usg.edu/news/release/university_system_of_georgia_students_highly_satisfied_according_to_survey_
    # (counts in tenths)
    ("Eight out of ten University System of Georgia students are satisfied.", "80%", 75, 85),
    ("One in five children were affected.", "20%", 10, 30),
])
def test_shares_in_words(sentence, label, low, high):
    (v,) = find(sentence, 0, len(sentence), Context())
    assert (v.label, round(v.low, 2), round(v.high, 2)) == (label, low, high)


@pytest.mark.parametrize("sentence", [
    "It rose by 5 percentage points.",
    "The meeting lasted half an hour.",
    "It happened during half-term.",
    "120 out of 152 councils replied.",
    "Most staff agreed.",
    "The percentage was not given.",
])
def test_not_percent(sentence):
    assert found(sentence) == []


def test_over_is_open():
    (v,) = found("over 50%")
    assert v.low_open and not v.high_open


def test_from_to_is_a_change_not_a_range():
    assert [v.label for v in found("It rose from 50% to 60%.")] == ["50%", "60%"]
    assert [v.label for v in found("It rose from 10 to 15 per cent.")] == ["15%"]


@pytest.mark.parametrize("sentence,labels", [
    ("The money would add an extra 18pc to the budget.", ["18%"]),
    ("Bills rise by up to an extra 3% to fund social care.", ["up to 3%"]),
    ("The 95th percentile was waiting 28.5 weeks.", []),
    ("Two PCs and 3 pcs of kit.", []),
])
def test_percent_in_real_sentences(sentence, labels):
    assert [v.label for v in find(sentence, 0, len(sentence), Context())] == labels
