"""Ratings: whole-word, case- and hyphen-insensitive, longest choice wins."""

import pytest

from checker.values.context import Context
from checker.values.rating import find

OFSTED = ("Outstanding", "Good", "Requires Improvement", "Inadequate")


def found(sentence, choices=OFSTED):
    return [(v.choice, v.label, v.text) for v in find(sentence, 0, len(sentence), Context(choices=choices))]


@pytest.mark.parametrize("sentence,expected", [
    ("Kirklees was judged inadequate in 2016.", [("inadequate", "inadequate", "inadequate")]),
    ("Leeds is rated Outstanding.", [("outstanding", "outstanding", "Outstanding")]),
    ("The service now requires improvement.",
     [("requires improvement", "requires improvement", "requires improvement")]),
    ("The service is Requires-Improvement.",
     [("requires improvement", "requires improvement", "Requires-Improvement")]),
    ("It moved from inadequate to good.",
     [("inadequate", "inadequate", "inadequate"), ("good", "good", "good")]),
    ("Goodwill and goods are not ratings.", []),
    ("It was a good-ish result.", [("good", "good", "good")]),
    ("No rating words here.", []),
])
def test_ratings(sentence, expected):
    assert found(sentence) == expected


def test_longest_choice_wins():
    choices = ("good", "requires good practice", "practice")
    assert found("It requires good practice now.", choices) == [
        ("requires good practice", "requires good practice", "requires good practice")]


def test_no_choices_finds_nothing():
    assert found("It is good.", ()) == []


def test_offsets_are_absolute():
    text = "Intro. It is good."
    (v,) = find(text, 7, len(text), Context(choices=("good",)))
    assert text[v.start:v.end] == "good"


@pytest.mark.parametrize("sentence,expected", [
    ("Ofsted's report says some core functions still require improvement to be good.",
     [("requires improvement", "require improvement to be good")]),
    ("The overall judgement is that children's services now require improvement.",
     [("requires improvement", "require improvement")]),
    ("It was rated Requires Improvement to be Good, then good.",
     [("requires improvement", "Requires Improvement to be Good"), ("good", "good")]),
])
def test_grade_phrases(sentence, expected):
    assert [(c, t) for c, _, t in found(sentence)] == expected


def test_a_single_word_choice_keeps_its_s():
    assert found("It was a success.", ("success",)) == [("success", "success", "success")]
    assert found("It was a succes.", ("success",)) == []


@pytest.mark.parametrize("sentence,expected", [
    ("Care homes are providing good quality care.", []),
    ("We are celebrating the good news from our recent OFSTED.", []),
    ("It made a very good impression.", []),
    ("Particularly around how good behaviour is.", []),
    ("It simply isn't good enough.", []),
    ("The inspector found no outstanding requirements.", []),
    ("The Trust runs Good Hope Hospital in Sutton Coldfield.", []),
    ("Spending faces inadequate scrutiny.", []),
    ("The leadership and management are good.", [("good", "good", "good")]),
    ("Homes rated as inadequate can be placed in special measures.",
     [("inadequate", "inadequate", "inadequate")]),
    ("It became a 'good' authority with 'outstanding' leadership.",
     [("good", "good", "good"), ("outstanding", "outstanding", "outstanding")]),
    ("It has gained an outstanding rating.", [("outstanding", "outstanding", "outstanding")]),
])
def test_a_one_word_choice_used_as_an_everyday_adjective_is_no_grade(sentence, expected):
    assert found(sentence) == expected


def test_a_capitalised_one_word_choice_in_mid_sentence_is_a_grade():
    assert found("CQC found this home to be providing a Poor service.", ("Good", "Poor")) == [
        ("poor", "poor", "Poor")]


STARS = ("1 star", "2 stars", "3 stars", "4 stars", "5 stars")


@pytest.mark.parametrize("sentence, choices, expected", [
    # a star rating written in words or figures reads as the choice either way
    ("Severn Trent was awarded four stars by the Environment Agency.", STARS, ["4 stars"]),
    ("The car earned a five-star ANCAP safety rating.", STARS, ["5 stars"]),
    ("The hotel has a 5-star rating.", ("one star", "three stars", "five stars"), ["five stars"]),
    ("He spent four years there and saw five starlings.", STARS, []),  # a number alone is no grade
    # words that follow a grade: an award, a band
    ("The university received a TEF Silver award.", ("gold", "silver", "bronze"), ["silver"]),
    ("The service sits in the Good band.", ("good", "fair", "poor"), ["good"]),
    ("Children reached a good level of development.", ("good", "fair", "poor"), []),  # an adjective
    ("It was a poor decision.", ("good", "fair", "poor"), []),  # still an adjective before a noun
])
def test_grades_written_as_their_scales_write_them(sentence, choices, expected):
    assert [choice for choice, _, _ in found(sentence, choices)] == expected
