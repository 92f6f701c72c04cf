"""Facts-file notations, read the same way documents are, with clear errors."""

import math

import pytest

from checker.values import parse_value

M = 1e6


@pytest.mark.parametrize("kind,s,label,low,high", [
    ("duration", "3 years", "3 years", 36, 36),
    ("duration", "three years", "3 years", 36, 36),
    ("duration", "up to 3 years", "up to 3 years", 0, 36),
    ("duration", "at least 2 years", "at least 2 years", 24, math.inf),
    ("duration", "about 1 year", "about 1 year", 11.4, 12.6),
    ("duration", "18 months", "18 months", 18, 18),
    ("duration", "52 weeks", "52 weeks", 12, 12),
    ("duration", "10 days", "10 days", 120 / 365, 120 / 365),
    ("money", "£1.63m", "£1.63m", 1.625 * M, 1.635 * M),
    ("money", "£84m", "£84m", 83.5 * M, 84.5 * M),
    ("money", "£2,000", "£2,000", 1999.5, 2000.5),
    ("money", "$5m", "$5m", 4.5 * M, 5.5 * M),
    ("money", "€3bn", "€3bn", 2.5e9, 3.5e9),
    ("money", "up to £2m", "up to £2m", 0, 2 * M),
    ("money", "over £30m", "over £30m", 30 * M, math.inf),
    ("count", "20", "20", 20, 20),
    ("count", "2000", "2,000", 2000, 2000),
    ("count", "up to 20", "up to 20", 0, 20),
    ("count", "at least 6", "at least 6", 6, math.inf),
    ("count", "over 100", "over 100", 100, math.inf),
    ("count", "six", "6", 6, 6),
    ("percent", "79", "79%", 78.5, 79.5),
    ("percent", "79%", "79%", 78.5, 79.5),
    ("percent", "78.9%", "78.9%", 78.85, 78.95),
    ("percent", "78.9±0.5", "78.9±0.5%", 78.4, 79.4),
    ("percent", "79% +/- 1", "79±1%", 78, 80),
    ("percent", "up to 10%", "up to 10%", 0, 10),
])
def test_parse(kind, s, label, low, high):
    v = parse_value(kind, s)
    assert (v.kind, v.label) == (kind, label)
    assert (v.low, v.high) == (pytest.approx(low), pytest.approx(high))


def test_money_unit_and_open_bound():
    v = parse_value("money", "over £30m")
    assert (v.unit, v.low_open) == ("GBP", True)
    assert parse_value("money", "$5m").unit == "USD"


def test_rating_case_insensitive():
    v = parse_value("rating", "Requires Improvement", ("Good", "Requires improvement"))
    assert (v.kind, v.choice) == ("rating", "requires improvement")


@pytest.mark.parametrize("kind,s,message", [
    ("duration", "three-ish years",
     "'three-ish years' is not a duration: write [up to|at least|about] N days|weeks|months|years"),
    ("duration", "a while", "'a while' is not a duration: write"),
    ("duration", "3 years 2 months", "is not a duration"),
    ("money", "1.63", "'1.63' is not an amount of money: write [up to|over] £N, £Nk, £Nm or £Nbn"),
    ("money", "lots", "is not an amount of money"),
    ("money", "£2m and £3m", "is not an amount of money"),
    ("count", "1.5", "'1.5' is not a count: write a whole number N, or up to|at least|over N"),
    ("count", "several", "is not a count"),
    ("percent", "most", "'most' is not a percent: write N or N%, optionally ±T"),
    ("percent", "79±", "is not a percent"),
    ("rating", "meh", "'meh' is not a rating: write one of good, outstanding"),
    ("rating", "good", "is not a rating: write one of (none given"),
    ("colour", "red", "'colour' is not a value type: expected one of date, duration"),
])
def test_errors(kind, s, message):
    choices = ("good", "outstanding") if s == "meh" else ()
    with pytest.raises(ValueError) as err:
        parse_value(kind, s, choices)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_date_delegates():
    from checker.values.dates import notation as date_notation
    assert parse_value("date", "2016-10") == date_notation.parse_notation("2016-10")
