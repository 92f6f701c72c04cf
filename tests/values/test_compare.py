"""agrees(): one interval rule, with explicit exceptions."""

import datetime
import math

import pytest

from checker.values.compare import agrees, describe
from checker.values.model import Value


def V(kind, low, high=None, **kw):
    return Value(kind, low, low if high is None else high, **kw)


def day(y, m, d):
    return datetime.date(y, m, d).toordinal()


@pytest.mark.parametrize("a,b,expected", [
    (V("count", 6), V("count", 6), True),
    (V("count", 6), V("count", 7), False),
    (V("count", 0, 20), V("count", 6), True),  # up to 20 vs 6
    (V("count", 100, math.inf, low_open=True), V("count", 100), False),  # over 100 vs 100
    (V("count", 100, math.inf, low_open=True), V("count", 101), True),
    (V("count", 0, 20, high_open=True), V("count", 20), False),  # fewer than 20 vs 20
    (V("duration", 12), V("duration", 52 * 12 / 52), True),
    (V("duration", 12), V("duration", 12.05), True),  # within 0.5%
    (V("duration", 12), V("duration", 12.5), False),
    (V("duration", 36), V("duration", 0, 36), True),  # 3 years vs up to 3 years
    (V("duration", 12, math.inf, low_open=True), V("duration", 12 * (1 + 1e-12)), False),
    (V("money", 1.625e6, 1.635e6, unit="GBP"), V("money", 1_629_999.5, 1_630_000.5, unit="GBP"), True),
    (V("money", 1.625e6, 1.635e6, unit="GBP"), V("money", 1.625e6, 1.635e6, unit="USD"), False),
    (V("money", 83.5e6, 84.5e6, unit="GBP"), V("money", 85e6, unit="GBP"), False),
    (V("percent", 78.5, 79.5), V("percent", 78.85, 78.95), True),
    (V("percent", 78.5, 79.5), V("percent", 80), False),
    (V("percent", 0.1 + 0.2), V("percent", 0.3), True),  # float noise
    (V("count", 6), V("percent", 6), False),  # kinds differ
    (V("duration", 0, 60), V("duration", 0, 36), False),  # up to 5 years vs up to 3 years
    (V("duration", 0, 36), V("duration", 0, 36), True),
    (V("count", 100, math.inf, low_open=True), V("count", 100, math.inf), True),  # over/at least
    (V("count", 100, math.inf), V("count", 120, math.inf), False),
    (V("money", 0, 2e6, unit="GBP"), V("money", 0, 2e6, unit="GBP"), True),
    (V("money", 0, 2e6, unit="GBP"), V("money", 0, 3e6, unit="GBP"), False),
    (V("count", 0, 20), V("count", 100, math.inf, low_open=True), False),
    (V("rating", 0, choice="Good"), V("rating", 0, choice="good"), True),
    (V("rating", 0, choice="good"), V("rating", 0, choice="outstanding"), False),
])
def test_agrees(a, b, expected):
    assert agrees(a, b) is expected
    assert agrees(b, a) is expected  # symmetric in spirit


SEP_2016 = V("date", day(2016, 9, 1), day(2016, 9, 30), precision="month")
OCT_2016 = V("date", day(2016, 10, 1), day(2016, 10, 31), precision="month")
YEAR_2016 = V("date", day(2016, 1, 1), day(2016, 12, 31), precision="year")
IN_NOVEMBER = Value("date", -math.inf, math.inf, month=11)
ON_5_NOV = Value("date", -math.inf, math.inf, month=11, day=5)
ON_29_FEB = Value("date", -math.inf, math.inf, month=2, day=29)


@pytest.mark.parametrize("stated,canonical,expected", [
    (SEP_2016, OCT_2016, False),
    (SEP_2016, YEAR_2016, True),
    (IN_NOVEMBER, YEAR_2016, True),
    (IN_NOVEMBER, OCT_2016, False),
    (ON_5_NOV, V("date", day(2016, 11, 5)), True),
    (ON_5_NOV, V("date", day(2016, 11, 6)), False),
    (IN_NOVEMBER, V("date", day(2016, 11, 20)), True),
    (IN_NOVEMBER, IN_NOVEMBER, True),
    (IN_NOVEMBER, ON_5_NOV, True),
    (ON_5_NOV, Value("date", -math.inf, math.inf, month=11, day=6), False),
    (IN_NOVEMBER, Value("date", -math.inf, math.inf, month=10), False),
    (ON_29_FEB, V("date", day(2017, 1, 1), day(2017, 12, 31)), False),
    (ON_29_FEB, V("date", day(2016, 1, 1), day(2016, 12, 31)), True),
    (IN_NOVEMBER, V("date", day(2016, 11, 1), math.inf, low_open=True), True),
])
def test_dates(stated, canonical, expected):
    assert agrees(stated, canonical) is expected


def test_describe():
    assert describe(V("money", 1, label="£1.63m", unit="GBP")) == "£1.63m"
    assert describe(V("rating", 0, choice="good")) == "good"
    assert describe(V("count", 6)) == "6"
    assert describe(V("duration", 0, 36)) == "[0, 36] months"
    assert describe(IN_NOVEMBER) == "--11"


def _stated(sentence: str, doc_date: str = "2025-04-10") -> Value:
    from checker.values import find_values
    from checker.values.context import Context
    found = find_values("date", sentence, ctx=Context(doc_date=datetime.date.fromisoformat(doc_date)))
    assert len(found) == 1, found
    return found[0]


FLEET = ("The investment in Bristol and Bath is part of a wider First Bus decarbonisation commitment to "
         "operation a 100% zero-emission fleet by 2035.")
# https://transportandenergy.com/2025/04/10/first-bus-invest-70m-in-west-of-england
PRINCIPAL = "An acting principal and senior leadership team has been in place since February 2013."
# https://www.ero.govt.nz/review-reports/ngaruawahia-high-school-12-12-2014/
ALLOWANCE = ("More generous criteria for accessing income support to farmers will be put in place through an "
             "Interim Farm Household Allowance (FHA) from 3 March 2014.")
# https://nexusapac.com.au/2014/02/26/government-announces-drought-assistance-package/
EXTENSION = "It is expected to be completed by the end of 2015."  # https://noahsarkcharity.org/?p=880


@pytest.mark.parametrize("sentence,record,expected", [
    # "by", "since" and "from" name a period: the record is compared with it, not with the open
    # interval ("by 2035" would otherwise hold any earlier year, and a record of 2030 pass)
    (FLEET, "2035", True),
    (FLEET, "2030", False),
    (FLEET, "2035-06", True),
    (PRINCIPAL, "2013-02", True),
    (PRINCIPAL, "2014-06", False),
    (ALLOWANCE, "2014-03-03", True),
    (ALLOWANCE, "2014-05", False),
    (EXTENSION, "2015-12", True),
    (EXTENSION, "2016", False),
    # "before" and "after" compare: any date on their side agrees (constructed)
    ("The works must finish before 2020.", "2018", True),
    ("The works must finish before 2020.", "2021", False),
    ("The site reopened after 2016.", "2019", True),
])
def test_an_open_date_is_compared_by_the_period_it_names(sentence, record, expected):
    from checker.values import parse_value
    assert agrees(_stated(sentence, "2014-02-26"), parse_value("date", record)) is expected


@pytest.mark.parametrize("kind,written,record,expected", [
    # "about" widens a figure by 5%: readers flag "around £329m" against a record of £305m
    ("count", "about 1.4 million Americans", "1,500,000", False),
    ("count", "about 1.4 million Americans", "1,420,000", True),
    ("money", "around £329 million", "£305m", False),
    ("money", "around £329 million", "£320m", True),
    ("duration", "nearly two years", "22 months", True),  # "nearly" keeps the 10% below
])
def test_about_is_within_five_percent(kind, written, record, expected):
    from checker.values import find_values, parse_value
    (stated,) = [v for v in find_values(kind, written) if v.kind == kind]
    assert agrees(stated, parse_value(kind, record)) is expected
