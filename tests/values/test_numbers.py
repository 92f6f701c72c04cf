"""Numbers in numerals and words; vague amounts are not numbers."""

import math
import re

import pytest

from checker.values.numbers import NUMBER, NUMBER_RE, half_unit, parse_number, qualifier_kind

PARSED = [
    ("3", 3), ("1,630,000", 1_630_000), ("1.63", 1.63), ("0.5", 0.5),
    ("three", 3), ("Three", 3), ("twenty-five", 25), ("twenty five", 25), ("eighteen", 18),
    ("seventeen", 17), ("ninety-nine", 99), ("zero", 0), ("a dozen", 12), ("two dozen", 24),
    ("half a million", 500_000), ("one hundred and twenty", 120), ("a hundred", 100),
    ("a thousand", 1000), ("two and a half", 2.5), ("one and a half million", 1_500_000),
    ("1.6 million", 1_600_000), ("30 million", 30_000_000), ("three hundred thousand", 300_000),
    ("one million two hundred thousand", 1_200_000),
    ("three hundred and forty-two thousand five hundred", 342_500),
]


@pytest.mark.parametrize("words,expected", PARSED)
def test_parse_number(words, expected):
    assert parse_number(words) == pytest.approx(expected)


@pytest.mark.parametrize("words", ["several", "a few", "many", "a number of", "dozens of",
                                   "numerous", "hundreds", "few", "", "  ", "a", "third", "2nd"])
def test_vague_or_not_numbers(words):
    assert parse_number(words) is None


@pytest.mark.parametrize("sentence,found", [
    ("We have twenty-five staff and a dozen schools.", ["twenty-five", "a dozen"]),
    ("Half a million pounds went on one hundred and twenty posts.",
     ["Half a million", "one hundred and twenty"]),
    ("Several councils and a few schools, many staff, dozens of posts.", []),
    ("There were hundreds of replies and numerous complaints.", []),
    ("Figures: 1,630,000 and 1.63 and 3.", ["1,630,000", "1.63", "3"]),
    ("The twenty-first meeting was the third.", ["twenty"]),  # the finder decides
])
def test_pattern_finds_numbers(sentence, found):
    assert [m.group() for m in NUMBER_RE.finditer(sentence)] == found


def test_pattern_is_composable():
    pattern = re.compile(rf"(?P<n>{NUMBER}) staff", re.IGNORECASE)
    assert pattern.search("we hired twenty-five staff").group("n") == "twenty-five"


@pytest.mark.parametrize("words,half", [
    ("1.63", 0.005), ("84", 0.5), ("2,000", 0.5), ("78.9", 0.05), ("1.6 million", 50_000),
    ("two million", 500_000), ("thirty", 0.5),
])
def test_written_precision(words, half):
    assert half_unit(words) == pytest.approx(half)


@pytest.mark.parametrize("words,kind", [
    ("up to", "up to"), ("More than", "over"), ("fewer than", "under"), ("around", "about"),
    ("almost", "nearly"), ("a minimum of", "at least"), ("", ""), (None, ""),
])
def test_qualifier_kind(words, kind):
    assert qualifier_kind(words) == kind


# ---- searching only near trigger words ---------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checker.values import duration, money, percent  # noqa: E402
from checker.values.numbers import max_spaces, scan, trigger  # noqa: E402

TOKENS = ("1 12 1,630 1.63 three twenty-five a an half hundred million and between to - up over at least "
          "more than £ £5m $ € GBP pounds euros years year months week day further % per cent pc the of "
          "ago old , . ( ) / + 2017 June").split(" ") + [" ", "  ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=80), st.sampled_from(["", " ", "-"]))
def test_scan_yields_exactly_what_finditer_does(tokens, glue):
    text = glue.join(tokens)
    for pattern, trig, room in [(duration._PATTERN, duration._TRIGGER, duration._ROOM),
                                (percent._PATTERN, percent._TRIGGER, percent._ROOM),
                                (money._SYMBOL_FORM, money._SYMBOL_FORM_TRIGGER, money._SYMBOL_FORM_ROOM),
                                (money._WORD_FORM, money._WORD_FORM_TRIGGER, money._WORD_FORM_ROOM)]:
        for start in (0, len(text) // 3):
            want = [m.span() for m in pattern.finditer(text, start, len(text))]
            assert [m.span() for m in scan(pattern, trig, room, text, start, len(text))] == want


def test_max_spaces_reads_the_pattern():
    assert max_spaces(re.compile("a b( c)?")) == 2
    assert max_spaces(re.compile("(?: x){0,3}[ -]y")) == 4
    assert max_spaces(re.compile(r"a\s+b")) == math.inf
    assert max_spaces(re.compile(r"[^\w]")) == 1


def test_trigger_folds_case_as_ignorecase_does():
    t = trigger("year", "years", "yr", symbols="%")  # "years" holds "year": one hit is enough
    assert [m.group() for m in t.finditer("YEARS, Yr, 5%, yeſ")] == ["YEAR", "Yr", "%"]
    assert trigger("usd").search("uſd")  # IGNORECASE folds the long s into s


def test_more_bounding_phrases():
    from checker.values import duration, money, percent
    text = "an overspend in the region of £4.7m"
    assert [v.label for v in money.find(text, 0, len(text))] == ["about £4.7m"]
    text = "the employment rate topping 76% for the first time"
    assert [v.label for v in percent.find(text, 0, len(text))] == ["over 76%"]
    text = "extended for a period not exceeding six months"
    assert [v.label for v in duration.find(text, 0, len(text))] == ["up to 6 months"]
