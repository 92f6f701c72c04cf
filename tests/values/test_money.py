"""Money in carrier sentences: symbols, words, scales, bounds, ranges, precision."""

import math

import pytest

from checker.values.context import Context
from checker.values.money import find


def found(sentence):
    return find(sentence, 0, len(sentence), Context())


M = 1e6
CASES = [  # sentence, label, unit, low, high
    ("The budget gap is £84M this year.", "£84m", "GBP", 83.5 * M, 84.5 * M),
    ("The budget gap is £84m this year.", "£84m", "GBP", 83.5 * M, 84.5 * M),
    ("The DfE granted £1.63m to the partnership.", "£1.63m", "GBP", 1.625 * M, 1.635 * M),
    ("A further £2m was agreed.", "£2m", "GBP", 1.5 * M, 2.5 * M),
    ("Each school received £2,000 for books.", "£2,000", "GBP", 1999.5, 2000.5),
    ("The council's spending is £1.6bn.", "£1.6bn", "GBP", 1.55e9, 1.65e9),
    ("Government invested £30 million in the scheme.", "£30m", "GBP", 29.5 * M, 30.5 * M),
    ("Government invested 30 million pounds in the scheme.", "£30m", "GBP", 29.5 * M, 30.5 * M),
    ("The pilot cost $5k to run.", "$5k", "USD", 4500, 5500),
    ("The fund is worth €3bn overall.", "€3bn", "EUR", 2.5e9, 3.5e9),
    ("They paid GBP 2m for the site.", "£2m", "GBP", 1.5 * M, 2.5 * M),
    ("The grant was £2.5 million.", "£2.5m", "GBP", 2.45 * M, 2.55 * M),
    ("A loan of US$5m was arranged.", "$5m", "USD", 4.5 * M, 5.5 * M),
    ("It cost 1.63 million pounds in all.", "£1.63m", "GBP", 1.625 * M, 1.635 * M),
    ("It cost £1,630,000 in all.", "£1,630,000", "GBP", 1_629_999.5, 1_630_000.5),
    ("It cost two million pounds.", "£2m", "GBP", 1.5 * M, 2.5 * M),
    ("Fees rose to 500 euros.", "€500", "EUR", 499.5, 500.5),
    ("The award (£84M) was welcomed.", "£84m", "GBP", 83.5 * M, 84.5 * M),
    ("Each place costs £5 thousand.", "£5k", "GBP", 4500, 5500),
    ("A sum of £2,000.50 was refunded.", "£2,000.50", "GBP", 2000.495, 2000.505),
    ("The figure written as £1.60m keeps its zero.", "£1.60m", "GBP", 1.595 * M, 1.605 * M),
    ("Up to £2m is available for the programme.", "up to £2m", "GBP", 0, 2 * M),
    ("The programme cost around £1.6m.", "about £1.6m", "GBP", 1.52 * M, 1.68 * M),
    ("Costs are between £2m and £3m.", "£2m-£3m", "GBP", 1.5 * M, 3.5 * M),
    ("Costs are £2m-£3m a year.", "£2m-£3m", "GBP", 1.5 * M, 3.5 * M),
    ("Costs are £2-3m a year.", "£2m-£3m", "GBP", 1.5 * M, 3.5 * M),
    ("Costs are £2m to £3m a year.", "£2m-£3m", "GBP", 1.5 * M, 3.5 * M),
    ("It raised half a million pounds.", "£500,000", "GBP", 450_000, 550_000),
]


@pytest.mark.parametrize("sentence,label,unit,low,high", CASES)
def test_money(sentence, label, unit, low, high):
    (v,) = found(sentence)
    assert (v.kind, v.label, v.unit) == ("money", label, unit)
    assert (v.low, v.high) == (pytest.approx(low), pytest.approx(high))
    assert sentence[v.start:v.end] == v.text


def test_over_is_open_and_unbounded():
    (v,) = found("The overspend is over £30m.")
    assert (v.label, v.low, v.high, v.low_open) == ("over £30m", 30 * M, math.inf, True)


def test_more_than_and_under():
    (a,) = found("It cost more than £1m.")
    (b,) = found("It cost less than £1m.")
    assert (a.label, a.low_open) == ("over £1m", True)
    assert (b.label, b.low, b.high, b.high_open) == ("under £1m", 0, 1 * M, True)


@pytest.mark.parametrize("sentence", [
    "Traffic on the M62 was heavy.",
    "Write to us at SW1P 3BT.",
    "The wall is 3m tall.",
    "A bare £ sign alone is not money.",
    "Costs were 30 million.",
    "Page 84M of the annex.",
])
def test_not_money(sentence):
    assert found(sentence) == []


def test_several_amounts_sorted_and_disjoint():
    s = "They spent £84m, then 2 million pounds and finally $5k."
    vs = found(s)
    assert [v.label for v in vs] == ["£84m", "£2m", "$5k"]
    assert all(a.end <= b.start for a, b in zip(vs, vs[1:]))


def test_rounded_agrees_with_exact():
    from checker.values.compare import agrees
    (rounded,) = found("It cost £1.63m.")
    (exact,) = found("It cost £1,630,000.")
    (other,) = found("It cost £1.7m.")
    assert agrees(rounded, exact) and agrees(exact, rounded)
    assert not agrees(other, exact)


def test_from_to_is_a_change_not_a_range():
    assert [v.label for v in found("Costs rose from £2m to £3m last year.")] == ["£2m", "£3m"]
    assert [v.label for v in found("Costs of £2m to £3m are expected.")] == ["£2m-£3m"]


@pytest.mark.parametrize("sentence,labels", [
    ("It must bridge its £60m+ funding gap by 2023.", ["at least £60m"]),
    ("The two cost £5m+£3m.", ["£5m", "£3m"]),  # a sum
    ("The council was given almost £2.5million for the work.", ["nearly £2.5m"]),
    ("It could raise up to an extra £2m a year.", ["up to £2m"]),
    ("It approached 30million pounds.", ["£30m"]),
    ("The council failed within the multi-million-pound budget.", []),
])
def test_money_in_real_sentences(sentence, labels):
    assert [v.label for v in find(sentence, 0, len(sentence), Context())] == labels


def test_spans_are_where_find_reads():
    from checker.values.money import spans
    s = "Over £3.2 billion, then 30 million pounds, then £2m-£3m and $5k."
    assert spans(s, 0, len(s)) == [(v.start, v.end) for v in find(s, 0, len(s), Context())]


def test_pounds_of_weight_are_not_money():
    for text in ("Edward has already gained two pounds in three weeks.", "A baby weighing 8 pounds."):
        assert find(text, 0, len(text)) == []
    text = "The charge would have been eight pounds per day."
    assert [v.label for v in find(text, 0, len(text))] == ["£8"]
