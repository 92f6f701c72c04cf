"""Relative and yearless dates resolved against fixed document dates.

Each row states what a careful reader makes of the words in a document
written on ``doc``: "In November" is the latest November that had begun by
then, "last December" the December before the document's month, "two years
ago" the month two years before it.  The document dates include the turn of
a year (2016-12-31, 2017-01-05), where an off-by-one year shows first.
Without a document date the same words stay partial (month kept, unbounded)
or are not read at all, as ``dates.py`` says.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from checker.values.context import Context
from checker.values.dates.expressions import find

INF = math.inf
SEP14 = dt.date(2017, 9, 14)  # the Dewsbury Reporter article
JUN30 = dt.date(2017, 6, 30)  # the minister's letter
JAN05 = dt.date(2017, 1, 5)
DEC31 = dt.date(2016, 12, 31)
NOV20 = dt.date(2017, 11, 20)
LEAP = dt.date(2020, 2, 29)

IN_NOVEMBER = "In November, the Secretary of State issued a direction."
LAST_DECEMBER = "The director resigned last December."
TERM_ENDS = "Her term as Commissioner ends at the end of September and the direction stays."
SIX_MONTHS = "A great deal has changed in the six months since Eleanor completed her report."
SINCE_MARCH = "Since March 2018, there has been steady progress."


def o(s: str) -> float:
    return float(dt.date.fromisoformat(s).toordinal())


# (sentence, document date, words read, label, first day, last day)
RESOLVED = [
    # "In November": the latest November begun by the document date
    (IN_NOVEMBER, SEP14, "November", "2016-11", "2016-11-01", "2016-11-30"),
    (IN_NOVEMBER, JAN05, "November", "2016-11", "2016-11-01", "2016-11-30"),
    (IN_NOVEMBER, DEC31, "November", "2016-11", "2016-11-01", "2016-11-30"),
    (IN_NOVEMBER, NOV20, "November", "2017-11", "2017-11-01", "2017-11-30"),
    ("Her report was completed in March, it states.", JAN05, "March", "2016-03",
     "2016-03-01", "2016-03-31"),
    ("Her report was completed in March, it states.", LEAP, "March", "2019-03",
     "2019-03-01", "2019-03-31"),
    # "last December": the one before the document's month
    (LAST_DECEMBER, SEP14, "last December", "2016-12", "2016-12-01", "2016-12-31"),
    (LAST_DECEMBER, JAN05, "last December", "2016-12", "2016-12-01", "2016-12-31"),
    (LAST_DECEMBER, DEC31, "last December", "2015-12", "2015-12-01", "2015-12-31"),
    ("The review began in November last year.", JAN05, "November last year", "2016-11",
     "2016-11-01", "2016-11-30"),
    # years
    ("She was appointed last year to review services.", SEP14, "last year", "2016",
     "2016-01-01", "2016-12-31"),
    ("She was appointed last year to review services.", JAN05, "last year", "2016",
     "2016-01-01", "2016-12-31"),
    ("She was appointed last year to review services.", DEC31, "last year", "2015",
     "2015-01-01", "2015-12-31"),
    ("The new system arrives this year.", JAN05, "this year", "2017", "2017-01-01", "2017-12-31"),
    ("The new system arrives this year.", DEC31, "this year", "2016", "2016-01-01", "2016-12-31"),
    ("The new system arrives next year.", JAN05, "next year", "2018", "2018-01-01", "2018-12-31"),
    ("The new system arrives next year.", DEC31, "next year", "2017", "2017-01-01", "2017-12-31"),
    ("It recommended earlier this year that Leeds lead.", SEP14, "earlier this year",
     "2017-01-01..2017-09-14", "2017-01-01", "2017-09-14"),
    ("It recommended earlier this year that Leeds lead.", JAN05, "earlier this year",
     "2017-01-01..2017-01-05", "2017-01-01", "2017-01-05"),
    ("It recommended earlier this year that Leeds lead.", DEC31, "earlier this year",
     "2016-01-01..2016-12-31", "2016-01-01", "2016-12-31"),
    # months
    ("It was due to be implemented this month, but slipped.", JAN05, "this month", "2017-01",
     "2017-01-01", "2017-01-31"),
    ("It was due to be implemented this month, but slipped.", DEC31, "this month", "2016-12",
     "2016-12-01", "2016-12-31"),
    ("The plan starts next month for all staff.", SEP14, "next month", "2017-10",
     "2017-10-01", "2017-10-31"),
    ("The plan starts next month for all staff.", DEC31, "next month", "2017-01",
     "2017-01-01", "2017-01-31"),
    ("The plan starts next month for all staff.", JAN05, "next month", "2017-02",
     "2017-02-01", "2017-02-28"),
    ("The plan started last month for all staff.", JAN05, "last month", "2016-12",
     "2016-12-01", "2016-12-31"),
    ("The plan started last month for all staff.", DEC31, "last month", "2016-11",
     "2016-11-01", "2016-11-30"),
    ("The plan started last month for all staff.", LEAP, "last month", "2020-01",
     "2020-01-01", "2020-01-31"),
    # "the end of September": ahead when the clause looks forward ("ends"), else behind
    (TERM_ENDS, JUN30, "the end of September", "end of 2017-09 (2017-09-21..2017-09-30)",
     "2017-09-21", "2017-09-30"),
    (TERM_ENDS, JAN05, "the end of September", "end of 2017-09 (2017-09-21..2017-09-30)",
     "2017-09-21", "2017-09-30"),
    (TERM_ENDS, DEC31, "the end of September", "end of 2017-09 (2017-09-21..2017-09-30)",
     "2017-09-21", "2017-09-30"),
    ("Staff left at the end of September, the report said.", JAN05, "the end of September",
     "end of 2016-09 (2016-09-21..2016-09-30)", "2016-09-21", "2016-09-30"),
    # a clause with no verb of its own looks the way of the clause it continues
    ("An initial progress report should be due shortly, and a further report in the summer.",
     dt.date(2013, 4, 15), "the summer", "2013-summer", "2013-06-01", "2013-08-31"),
    ("The first report was published, and a further report in June.", SEP14, "June", "2017-06",
     "2017-06-01", "2017-06-30"),
    # "in the six months since ...", "ago": the month that long before the document
    (SIX_MONTHS, SEP14, "the six months since", "2017-03", "2017-03-01", "2017-03-31"),
    (SIX_MONTHS, JAN05, "the six months since", "2016-07", "2016-07-01", "2016-07-31"),
    (SIX_MONTHS, DEC31, "the six months since", "2016-06", "2016-06-01", "2016-06-30"),
    ("The council was inspected two years ago.", SEP14, "two years ago", "2015-09",
     "2015-09-01", "2015-09-30"),
    ("The council was inspected two years ago.", JAN05, "two years ago", "2015-01",
     "2015-01-01", "2015-01-31"),
    ("The council was inspected two years ago.", DEC31, "two years ago", "2014-12",
     "2014-12-01", "2014-12-31"),
    ("The director left three months ago.", SEP14, "three months ago", "2017-06",
     "2017-06-01", "2017-06-30"),
    ("The director left three months ago.", JAN05, "three months ago", "2016-10",
     "2016-10-01", "2016-10-31"),
    ("The director left three months ago.", DEC31, "three months ago", "2016-09",
     "2016-09-01", "2016-09-30"),
    ("The director left 18 months ago.", SEP14, "18 months ago", "2016-03",
     "2016-03-01", "2016-03-31"),
    ("The trust was formed a year ago.", LEAP, "a year ago", "2019-02", "2019-02-01", "2019-02-28"),
    # dated words do not move with the document date; "since" runs to it
    (SINCE_MARCH, dt.date(2019, 7, 1), "Since March 2018", "since 2018-03", "2018-03-01", "2019-07-01"),
    (SINCE_MARCH, SEP14, "Since March 2018", "since 2018-03", "2018-03-01", INF),
    ("It is something we began to establish in early 2017.", SEP14, "early 2017",
     "start of 2017 (2017-01..2017-04)", "2017-01-01", "2017-04-30"),
    ("It is something we began to establish in early 2017.", DEC31, "early 2017",
     "start of 2017 (2017-01..2017-04)", "2017-01-01", "2017-04-30"),
    ("The team arrived in autumn 2016.", JAN05, "autumn 2016", "2016-autumn",
     "2016-09-01", "2016-11-30"),
    ("The team arrived in autumn 2016.", SEP14, "autumn 2016", "2016-autumn",
     "2016-09-01", "2016-11-30"),
]


@pytest.mark.parametrize("sentence, doc, text, label, low, high", RESOLVED)
def test_resolved_against_the_document_date(sentence, doc, text, label, low, high):
    found = find(sentence, 0, len(sentence), Context(doc_date=doc))
    assert [(v.text, v.label) for v in found] == [(text, label)]
    v = found[0]
    assert (v.low, v.high) == (o(low), high if isinstance(high, float) else o(high))


# Without a document date: (sentence, words read, label, month, day, first, last), or
# no row at all when nothing may be read.
PARTIAL = [
    (IN_NOVEMBER, "November", "November (year not stated)", 11, None, -INF, INF),
    (TERM_ENDS, "the end of September", "end of September (year not stated)", 9, None, -INF, INF),
    ("The letter of 30 June was clear.", "30 June", "30 June (year not stated)", 6, 30, -INF, INF),
    ("The review began in November last year.", "November last year", "November (year not stated)",
     11, None, -INF, INF),
    (SINCE_MARCH, "Since March 2018", "since 2018-03", None, None, o("2018-03-01"), INF),
    ("It is something we began to establish in early 2017.", "early 2017",
     "start of 2017 (2017-01..2017-04)", None, None, o("2017-01-01"), o("2017-04-30")),
]


@pytest.mark.parametrize("sentence, text, label, month, day, low, high", PARTIAL)
def test_without_a_document_date_the_year_stays_open(sentence, text, label, month, day, low, high):
    found = find(sentence, 0, len(sentence), Context())
    assert [(v.text, v.label) for v in found] == [(text, label)]
    v = found[0]
    assert (v.month, v.day, v.low, v.high) == (month, day, low, high)


@pytest.mark.parametrize("sentence", [
    LAST_DECEMBER,
    "She was appointed last year to review services.",
    "It recommended earlier this year that Leeds lead.",
    "It was due to be implemented this month, but slipped.",
    "The plan starts next month for all staff.",
    "The plan started last month for all staff.",
    "The new system arrives next year.",
    "The new system arrives this year.",
    SIX_MONTHS,
    "The council was inspected two years ago.",
    "The director left three months ago.",
    "The team has been in place since early summer.",
])
def test_without_a_document_date_relative_words_are_not_read(sentence):
    assert find(sentence, 0, len(sentence), Context()) == []


@pytest.mark.parametrize("sentence, expected", [
    # bounds and spans of time are not dates of an event
    ("The council was inspected more than three years ago.", []),
    ("Officers over the past eighteen months failed to improve.", []),
    ("Half an hour ago, the figures were published.", []),
    ("The inspection was nearly two years ago.", []),
    # a date after "since" is read as one: the span before it is not the event
    ("Prices rose in the two years since 2015.", [("since 2015", "since 2015")]),
    ("Much has changed in the 12 months since April.", [("since April", "since 2017-04")]),
    ("It improved in the 12 months since the inspection in September 2016.",
     [("September 2016", "2016-09")]),
])
def test_relative_spans_that_are_not_an_event_date(sentence, expected):
    found = find(sentence, 0, len(sentence), Context(doc_date=SEP14))
    assert [(v.text, v.label) for v in found] == expected
