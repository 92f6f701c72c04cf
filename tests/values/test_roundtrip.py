"""Properties: a value rendered in any written form reads back as itself.

Also: the registry holds every finder, and every finder is linear -- a 1 MB
line of digits and number words passes through each one (no time assertion:
the test completing is the check).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.values import FINDERS, Context, Value, agrees, find_values, parse_value

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("one hundred and twenty-five")."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10 - 2] + ("-" + UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    rest = n % 1000
    head = words(n // 1000) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + words(rest)


def read_one(kind, sentence, form):
    found = find_values(kind, sentence, 0, len(sentence), Context())
    assert len(found) == 1, (sentence, found)
    (v,) = found
    assert v.text.endswith(form.split()[-1]) or form in v.text, (sentence, v)
    return v


def test_words_helper():
    assert words(125) == "one hundred and twenty-five"
    assert words(3042) == "three thousand and forty-two"


# ---- money -----------------------------------------------------------------
MONEY_CARRIERS = ("The council said {} had been agreed for the year.",
                  "In its report, the DfE confirmed funding of {} for Kirklees.",
                  "({}) was the figure quoted at the meeting.")


@settings(max_examples=200, deadline=None)
@given(mantissa=st.integers(100, 999), scale=st.sampled_from([(1e6, "m", "million"),
                                                               (1e9, "bn", "billion"),
                                                               (1e3, "k", "thousand")]),
       carrier=st.sampled_from(MONEY_CARRIERS), form=st.integers(0, 4))
def test_money_roundtrip(mantissa, scale, carrier, form):
    size, suffix, word = scale
    m = f"{mantissa / 100:.2f}"  # "1.63"
    amount = round(mantissa * size / 100)
    written = [f"£{m}{suffix}", f"£{amount:,}", f"{m} {word} pounds", f"£{m} {word}",
               f"GBP {m}{suffix}"][form]
    v = read_one("money", carrier.format(written), written)
    canonical = Value("money", amount, amount, unit="GBP")
    assert agrees(v, canonical)
    assert agrees(v, parse_value("money", f"£{m}{suffix}"))
    assert not agrees(v, Value("money", amount * 1.05, amount * 1.05, unit="GBP"))
    assert not agrees(v, Value("money", amount, amount, unit="EUR"))


# ---- durations ----------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(years=st.integers(1, 30), form=st.integers(0, 4))
def test_duration_roundtrip(years, form):
    unit = "year" if years == 1 else "years"
    written = [f"{years} {unit}", f"{words(years)} {unit}", f"{words(years)}-year",
               f"{12 * years} months", f"{52 * years} weeks"][form]
    carrier = ("They agreed a {} partnership with Leeds." if form == 2
               else "The partnership with Leeds will last {} from April.")
    v = read_one("duration", carrier.format(written), written)
    assert agrees(v, Value("duration", 12 * years, 12 * years))
    assert agrees(v, parse_value("duration", f"{years} years"))
    assert agrees(v, parse_value("duration", f"up to {years} years"))
    longer = 12 * years * 1.01  # beyond the 0.5% allowed for unit conversions
    assert not agrees(v, Value("duration", longer, longer))


# ---- counts ---------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 1899) | st.integers(2100, 999_999), form=st.integers(0, 2),
       carrier=st.sampled_from(("The scheme now supports {} local families.",
                                "In all, {} children were seen by the team.",
                                "Inspectors visited {} homes in March.")))
def test_count_roundtrip(n, form, carrier):
    written = [str(n), f"{n:,}", words(n)][form]
    if n == 1:  # "one" before a plural reads as a pronoun ("one hopes"), so be grammatical
        carrier = "In all, {} child was seen by the team."
    v = read_one("count", carrier.format(written), written)
    assert agrees(v, Value("count", n, n))
    assert agrees(v, parse_value("count", str(n)))
    # "one thousand" in words carries the precision of its last word (±500)
    other = n + 1 if form < 2 or not words(n).endswith("thousand") else n + 600
    assert not agrees(v, Value("count", other, other))


@settings(max_examples=200, deadline=None)
@given(n=st.integers(2, 999_999),
       bound=st.sampled_from([("", ""), ("up to", "up to"), ("at least", "at least"),
                                                          ("more than", "over"), ("fewer than", "under"),
                                                          ("nearly", "nearly"), ("about", "about")]),
       carrier=st.sampled_from(("In all, {} families were helped by the scheme.",
                                "The council said {} new places were created.",
                                "({} foster carers) applied in the spring.")))
def test_count_in_words_roundtrip(n, bound, carrier):
    written, fact = bound
    phrase = f"{written} {words(n)}".strip()
    v = read_one("count", carrier.format(phrase), phrase)
    assert v.text == phrase
    assert agrees(v, parse_value("count", f"{fact} {n}".strip()))
    if not fact:  # exactly n, or n to the precision of its last word ("two thousand")
        assert agrees(v, Value("count", n, n))
        other = n + (600 if words(n).endswith("thousand") else 1)
        assert not agrees(v, Value("count", other, other))


# ---- percents ----------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(tenths=st.integers(0, 1000), form=st.integers(0, 3))
def test_percent_roundtrip(tenths, form):
    x = tenths / 10
    figure = f"{x:g}"
    if form == 3:
        if tenths % 10:
            figure = f"{x:.1f}"
        else:
            figure = words(tenths // 10)
    written = [f"{figure}%", f"{figure} per cent", f"{figure} percent", f"{figure} per cent"][form]
    v = read_one("percent", f"Of the plans reviewed, {written} were completed on time.", written)
    assert agrees(v, Value("percent", x, x))
    assert agrees(v, parse_value("percent", f"{x:g}"))
    assert not agrees(v, Value("percent", x + 1, x + 1))


@settings(max_examples=200, deadline=None)
@given(tenths=st.integers(1, 1000),
       form=st.sampled_from(["{} per cent", "{} per-cent", "{} percent", "{}pc"]),
       bound=st.sampled_from([("", ""), ("up to", "up to"), ("at least", "at least"), ("over", "over"),
                              ("almost", "nearly"), ("around", "about")]),
       words_form=st.booleans())
def test_per_cent_roundtrip(tenths, form, bound, words_form):
    x = tenths / 10
    figure = words(tenths // 10) if words_form and tenths % 10 == 0 else f"{x:g}"
    if not figure[0].isdigit() and form == "{}pc":
        form = "{} per cent"  # "18pc" is written with figures only
    written, fact = bound
    phrase = f"{written} {form.format(figure)}".strip()
    v = read_one("percent", f"The survey found {phrase} of residents agreed.", phrase)
    assert v.text == phrase
    assert agrees(v, parse_value("percent", f"{fact} {x:g}%".strip()))
    if not fact:
        assert agrees(v, Value("percent", x, x))
        assert not agrees(v, Value("percent", x + 1, x + 1))


# ---- registry ------------------------------------------------------------------
def test_registry_has_every_kind():
    assert set(FINDERS) == {"date", "duration", "money", "count", "percent", "rating"}


def test_registry_finders_read_one_sentence():
    s = "Leeds, rated good, agreed a three-year partnership worth £1.63m with 6 councils, 79% of staff."
    ctx = Context(choices=("good", "inadequate"))
    got = {kind: [v.label for v in f(s, 0, len(s), ctx)] for kind, f in FINDERS.items()
           if kind != "date"}
    assert got == {"duration": ["3 years"], "money": ["£1.63m"], "count": ["6"],
                   "percent": ["79%"], "rating": ["good"]}


def test_registry_dates():
    pytest.importorskip("checker.values.dates")
    s = "The plan was agreed on 30 June 2017 with 6 councils."
    assert [v.kind for v in FINDERS["date"](s, 0, len(s), Context())] == ["date"]
    assert [v.label for v in FINDERS["count"](s, 0, len(s), Context())] == ["6"]


def test_find_values_rejects_unknown_kind():
    with pytest.raises(ValueError):
        find_values("colour", "red")


# ---- linearity -----------------------------------------------------------------
HOSTILE = [
    "1 2 three 4,000 £5m " * 50000,
    "9" * 1_000_000,
    "one two three twenty-five hundred and " * 25000,
    "£1,1,1,1.1.1.1 " * 70000,
    "up to over about " * 60000,
]


@pytest.mark.parametrize("kind", sorted(FINDERS))
@pytest.mark.parametrize("index", range(len(HOSTILE)))
def test_every_finder_is_linear(kind, index):
    if kind == "date":
        pytest.importorskip("checker.values.dates")
    text = HOSTILE[index]
    found = FINDERS[kind](text, 0, len(text), Context(choices=("good", "up to")))
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
