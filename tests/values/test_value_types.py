"""Every value type is declared once, on its module, and every list is derived from VALUE_TYPES."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import checker.values as values
from checker.facts.model import FACT_TYPES, WORD_TYPES
from checker.values import ARITHMETIC, BY_NAME, CLAIMS, FINDERS, NAMES, VALUE_TYPES, Context
from checker.values.value_type import ValueType


def declared_types() -> set[str]:
    """The ``TYPE`` of every module and package under checker/values that declares one."""
    found = set()
    for info in pkgutil.walk_packages(values.__path__, "checker.values."):
        module = importlib.import_module(info.name)
        if isinstance(getattr(module, "TYPE", None), ValueType):
            found.add(module.TYPE.name)
    return found


def test_every_declared_type_is_listed_once():
    assert declared_types() == set(NAMES)
    assert len(NAMES) == len(set(NAMES))
    assert NAMES == ("date", "duration", "money", "count", "percent", "rating")


def test_the_lists_are_derived_from_the_declarations():
    assert FACT_TYPES == NAMES + WORD_TYPES
    assert set(FINDERS) == set(NAMES) and ARITHMETIC == ("money", "count", "percent")
    assert len(CLAIMS) == sum(t.claims is not None for t in VALUE_TYPES) == 4


def test_count_leaves_to_each_type_the_numbers_it_claims():
    s = "For three years, £84m and 79% of 152 councils, since 2016."
    assert [v.label for v in FINDERS["count"](s, 0, len(s), Context())] == ["152"]


@pytest.mark.parametrize("kind", NAMES)
def test_each_type_parses_its_notation_and_says_what_to_write(kind):
    written = {"date": "2016-10", "duration": "3 years", "money": "£1.63m", "count": "12",
               "percent": "79%", "rating": "good"}[kind]
    assert BY_NAME[kind].parse(written, ("good", "inadequate")).kind == kind
    with pytest.raises(ValueError, match="is not"):
        values.parse_value(kind, "banana", ("good",))


def test_an_unknown_type_names_the_types_there_are():
    with pytest.raises(ValueError, match="expected one of date, duration, money"):
        values.parse_value("colour", "red")
