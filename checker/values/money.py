"""Money: "£84m", "£1.63m", "£2,000", "£1.6bn", "30 million pounds", "$5k".

A figure carries the precision it is written with -- half a unit of its last
written digit ("£1.63m" = [1.625m, 1.635m], "£84m" = [83.5m, 84.5m]) -- so a
rounded figure agrees with the exact one.  A bound ("over £30m", "up to £2m")
uses the figure as written; "£60m+" is at least £60m.  Only an explicit currency (symbol, code or word)
makes money: "3m tall", "M62" and a bare "£" are not, nor pounds of weight
("has gained two pounds", "weighing 8 pounds").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from checker.values.context import Context
from checker.values.model import Value
from checker.values.notation import whole
from checker.values.numbers import (
    ATLEAST,
    NUMBER,
    NUMERAL,
    QUALIFIER,
    QUALIFIER_GAP,
    UPTO,
    half_unit,
    max_spaces,
    numeral_text,
    parse_number,
    qualifier_kind,
    qualify,
    scan,
    split_scale,
    trigger,
)
from checker.values.value_type import ValueType

SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
_SYM_UNIT = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD",
             "eur": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
             "pounds sterling": "GBP", "euro": "EUR", "euros": "EUR", "dollars": "USD",
             "us dollars": "USD", "dollar": "USD", "pence": "GBP"}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9,
          "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12}
_SUFFIX = {1e3: "k", 1e6: "m", 1e9: "bn", 1e12: "tn"}


def _amount(n: str) -> str:
    """A symbol-led amount: symbol, numeral, optional scale (groups suffixed n)."""
    return (rf"(?P<sym{n}>(?<![A-Za-z])US\$|\$|£|€|(?<![A-Za-z])(?:GBP|USD|EUR)(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?<!\d )pounds(?= \d))"  # "more than pounds 40m": an archive's "£"
            rf" ?(?P<num{n}>{NUMERAL})"
            rf"(?:(?P<sc{n}>[ -]?(?:thousand|million|billion|trillion)|bn|mn|tn|m|k|b)(?![\w]))?")


# "rose from £2m to £3m", "by $110 million to $2.5 billion", "(+$1.57 to $31.67)" are
# changes (two values), not ranges: after "from", "by", "up", "down" or "+" only a dash
# joins two figures.
_RANGE = r"(?(frm) ?- ?|(?(btw) ?(?:and|to|-) ?| ?(?:-|to) ?))"
_SYMBOL_FORM = re.compile(
    rf"(?=[^\W\d_]|[£$€])(?:(?:(?<=\bfrom )|(?<=\bby )|(?<=\bup )|(?<=\bdown )|(?<=\+))(?P<frm>))?+"
    rf"(?:(?P<q>{QUALIFIER}) {QUALIFIER_GAP})?"
    rf"(?:(?P<btw>between) )?{_amount('a')}"
    rf"(?:{_RANGE}(?:{_amount('b')}|(?P<numc>{NUMERAL})"
    rf"(?P<scc> ?(?:thousand|million|billion|trillion)|bn|mn|tn|m|k|b)(?![\w])))?"
    rf"(?P<plus>\+(?![\w+£$€]))?",
    re.IGNORECASE)
_SYMBOL_FORM_TRIGGER = trigger("gbp", "usd", "eur", "pounds", symbols="£$€")  # every match holds one
_SYMBOL_FORM_ROOM = max_spaces(_SYMBOL_FORM)
_WORD_FORM = re.compile(
    rf"(?:(?P<q>{QUALIFIER}) {QUALIFIER_GAP})?(?P<num>{NUMBER})(?:(?P<sc>bn|mn|m|k) ?| )"
    rf"(?P<cur>pounds sterling|pounds|sterling|euros|euro|US dollars|dollars|GBP|USD|EUR|pence|"
    rf"(?<=illion )(?:pound|dollar)|(?<=thousand )(?:pound|dollar))(?![\w])",  # "a 135 million pound ..."
    re.IGNORECASE)
# in every match:
_WORD_FORM_TRIGGER = trigger("pound", "sterling", "euro", "dollar", "gbp", "usd", "eur", "pence")
_WORD_FORM_ROOM = max_spaces(_WORD_FORM)
_FROM_BEFORE = re.compile(r"\bfrom\b[^,;.£$€]{0,30}$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
# "has gained two pounds", "a baby weighing 8 pounds": pounds of weight, not money
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|gain(?:s|ed|ing)?|put on) $", re.IGNORECASE)


def render(amount_text: str, scale: float, unit: str) -> str:
    """Compact label: "£1.63m", "£84m", "£1.6bn", "$5k"; exact figures "£2,000".

    ``amount_text`` is the mantissa as written (commas removed), or "" for
    number words, which are rendered from the value.
    """
    sym = SYMBOLS.get(unit, unit + " ")
    if not amount_text:  # words: "two million pounds"
        value = scale
        for s in (1e12, 1e9, 1e6):
            if value >= s:
                return f"{sym}{value / s:.6f}".rstrip("0").rstrip(".") + _SUFFIX[s]
        return f"{sym}{value:,.2f}".replace(".00", "")
    if scale in _SUFFIX:
        return f"{sym}{amount_text}{_SUFFIX[scale]}"
    whole, _, frac = amount_text.partition(".")
    return f"{sym}{int(whole):,}" + (f".{frac}" if frac else "")


@functools.lru_cache(maxsize=4096)
def figure(num: str, scale_word: str | None, unit: str):
    """(value, low, high, label) for one written figure, or None."""
    scale = _SCALE[scale_word.strip(" -").lower()] if scale_word else 1.0
    value = parse_number(num)
    if value is None:
        return None
    value *= scale
    half = half_unit(num) * scale
    head, inner = split_scale(num)  # "1.63 million" -> ("1.63", 1e6)
    text = numeral_text(head)
    label = render(text, scale * inner, unit) if text else render("", value, unit)
    return value, value - half, value + half, label


@functools.lru_cache(maxsize=4096)
def _reading(q, parts, unit):
    """(low, high, low_open, high_open, label) for one or two figures (a range)
    under an optional bound, or None when they are not an amount."""
    first = figure(*parts[0], unit)
    if first is None:
        return None
    if len(parts) == 2:
        second = figure(*parts[1], unit)
        if second is None or second[0] <= first[0]:
            return None
        return first[1], second[2], False, False, f"{first[3]}-{second[3]}"
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(q), *first[:3])
    return low, high, lo_open, hi_open, prefix + first[3]


def _pence(q: str | None, num: str):
    """"set at 50 pence": £0.50, to the penny it is written in."""
    value = parse_number(num)
    if value is None:
        return None
    pounds, half = value / 100, half_unit(num) / 100
    low, high, lo_open, hi_open, prefix = qualify(qualifier_kind(q), pounds, pounds - half, pounds + half)
    return low, high, lo_open, hi_open, f"{prefix}£{pounds:,.2f}"


def _amounts(text: str, start: int, end: int) -> list[tuple[int, int, str, tuple]]:
    """(start, end, unit, reading) of every amount, in order."""
    found = []
    for m in scan(_SYMBOL_FORM, _SYMBOL_FORM_TRIGGER, _SYMBOL_FORM_ROOM, text, start, end):
        unit = _SYM_UNIT[m.group("syma").lower()]
        parts = [(m.group("numa"), m.group("sca"))]
        if m.group("numb") or m.group("numc"):
            if m.group("numb"):
                if _SYM_UNIT[m.group("symb").lower()] != unit:
                    continue
                parts.append((m.group("numb"), m.group("scb")))
            else:
                parts.append((m.group("numc"), m.group("scc")))
            if not parts[0][1]:  # "£2-3m": the first figure takes the second's scale
                parts[0] = (parts[0][0], parts[1][1])
        if m.group("numb") and _FROM_BEFORE.search(text, max(start, m.start() - 40), m.start()) and \
                _TO.fullmatch(text, m.end("sca") if m.group("sca") else m.end("numa"), m.start("symb")):
            # "from its current level of £12,250 to £13,910": a change from one to the other
            first_end = m.end("sca") if m.group("sca") else m.end("numa")
            for s, e, part in ((m.start(), first_end, parts[0]), (m.start("symb"), m.end(), parts[1])):
                reading = _reading(None, (part,), unit)
                if reading:
                    found.append((s, e, unit, reading))
            continue
        q = m.group("q") or ("at least" if m.group("plus") and len(parts) == 1 else None)  # "£60m+"
        bound = qualifier_kind(q, text, m.start("q")) if m.group("q") else ""
        if m.group("q") and not bound:
            q = None  # "brings the total up to £808,000": no bound
        elif m.group("q") and bound in (UPTO, ATLEAST) and bound != qualifier_kind(q):
            q = {UPTO: "up to", ATLEAST: "at least"}[bound]  # "could not cost more than £2m"
        reading = _reading(q, tuple(parts), unit)
        if reading:
            found.append((m.start(), m.end(), unit, reading))
    words = []
    starts = [f[0] for f in found]  # symbol-led finds: sorted, disjoint
    for m in scan(_WORD_FORM, _WORD_FORM_TRIGGER, _WORD_FORM_ROOM, text, start, end):
        i = bisect.bisect_left(starts, m.end())
        if i and found[i - 1][1] > m.start():
            continue
        unit = _SYM_UNIT[m.group("cur").lower()]
        if m.group("cur").lower() == "pounds" and _WEIGHT_BEFORE.search(text, max(start, m.start() - 20),
                                                                        m.start()):
            continue  # "Edward has gained two pounds": a weight
        if m.group("cur").lower() == "pence":
            reading = _pence(m.group("q"), m.group("num")) if not m.group("sc") else None
        else:
            reading = _reading(m.group("q"), ((m.group("num"), m.group("sc")),), unit)
        if reading:
            words.append((m.start(), m.end(), unit, reading))
    return sorted(found + words, key=lambda f: f[0])


def spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``find`` reads an amount, without building the values (for the count finder)."""
    return [(s, e) for s, e, _, _ in _amounts(text, start, end)]


def find(text: str, start: int, end: int, ctx: Context | None = None) -> list[Value]:
    """Every amount of money stated in ``text[start:end]``, absolute offsets, but for an amount
    converted to another currency in brackets: "more than £50m ($65m)" states £50m once."""
    found: list[Value] = []
    for s, e, unit, (low, high, lo_open, hi_open, label) in _amounts(text, start, end):
        if found and unit != found[-1].unit and _CONVERTED.fullmatch(text, found[-1].end, s) \
                and _CLOSE.match(text, e, end):
            continue
        value = Value("money", low, high, lo_open, hi_open, unit=unit, label=label, text=text[s:e],
                      start=s, end=e)
        found.append(_scaled_like(text, found[-1], value) if found else value)
    return found


_BARE_DECIMAL = re.compile(r"[£$€]\s?(\d+\.\d{1,2})")
_CHANGED_TO = re.compile(r"[^.;]{0,40}?\bto\s+$", re.IGNORECASE)


def _scaled_like(text: str, before: Value, value: Value) -> Value:
    """"from £114.6m in 2014/15 to £301.3 in 2015/16": the second figure, written without its
    scale, has the first one's (a reader does not take the deficit for £301.30)."""
    bare = _BARE_DECIMAL.fullmatch(value.text)
    scale = next((s for s in ("bn", "m") if before.label.endswith(s)), "")
    if not (bare and scale and before.unit == value.unit
            and _CHANGED_TO.fullmatch(text, before.end, value.start)):
        return value
    reading = figure(bare.group(1), scale, value.unit)
    return dataclasses.replace(value, low=reading[1], high=reading[2], label=reading[3]) if reading else value


_CONVERTED = re.compile(r"\s*[(\[]\s*(?:about|around|approximately|approx\.?|c\.|roughly|some|~)?\s*")
_CLOSE = re.compile(r"\s*(?:,[^()\[\]]{1,40})?[)\]]")  # "£1.3-billion ($1.5-billion, 1.4 billion-euro)"


EXPECT = ("an amount of money: write [up to|over] £N, £Nk, £Nm or £Nbn (or $, €), "
          "e.g. £1.63m, £84m, £2,000")


def parse(s: str, choices: tuple[str, ...] = ()) -> Value:
    """The facts file's amount: the one amount ``find`` reads in all of ``s``."""
    return whole(find, EXPECT, s)


def claimed(text: str, start: int, end: int, ctx: Context) -> list[tuple[int, int]]:
    return spans(text, start, end)


TYPE = ValueType("money", find=find, parse=parse, arithmetic=True, claims=claimed,
                 value_like=re.compile(r"[£$€]|\b(?:pounds?|sterling|GBP|euros?|dollars?)\b", re.I))
