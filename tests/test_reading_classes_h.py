"""Classes of sentences found in sample H (``tests/eval/sample-h``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

HYGIENE = ("0", "1", "2", "3", "4", "5")
ENERGY = ("A", "B", "C", "D", "E", "F", "G")
TEF = ("gold", "silver", "bronze")

READ = [
    # -- a weekday after a verb in the past and its object: the day it happened
    ("The Richmond Art Museum closed its doors Thursday at Richmond High School's McGuire Hall.",
     "closed its doors", "date", "2017-06-01", "2017-06-01", ()),
    # http://www.dfw.com/2017/06/01/1201391/indiana-citys-art-museum-closing.html
    ("Crews are working as fast as they can, but Friday's storm was the second part of a one-two punch "
     "after Tropical Storm Isaias hit the area Tuesday, said company president Gary Stockbridge.",
     "Tropical Storm Isaias", "date", "2020-08-08", "2020-08-04", ()),
    # https://www.wdel.com/news/delmarva-it-could-take-several-days-to-restore-power-to-all-customers-after-friday-storm/article_2f0eb938-d9a1-11ea-9ac1-ff6747197a94.html
    # -- a rating "for its/their ..." is of the subject's own
    ("Ten Armed Forces establishments have been graded good for their initial training offering.",
     "Armed Forces establishments", "rating", "2023-02-01", "good", ()),
    # https://www.fenews.co.uk/resources/ofsted-poor-infrastructure-hampering-armed-forces-initial-training/
    ("Eland House, the headquarters of the Department for Communities and Local Government, has received a "
     "lowly F rating for its first-ever display energy certificate (DEC).", "Eland House", "rating",
     "2012-10-01", "f", ENERGY),
    # https://www.hvnplus.co.uk/carbon-emissions-watchdog-hq-gets-an-f-energy-rating/3100786.article
    # -- grade notations: "a one out of five hygiene rating", "a silver ranking"
    ("The café, located in the main foyer of the museum, was given a one out of five hygiene rating by the "
     "City of London Corporation on February 24.", "café", "rating", "2022-04-20", "1", HYGIENE),
    # https://www.islingtongazette.co.uk/news/museum-london-cafe-fails-hygiene-inspection-8908598
    ("Neighbouring Bournemouth University was given a silver ranking by the Teaching Excellence Framework "
     "(TEF).", "Bournemouth University", "rating", "2017-06-23", "silver", TEF),
    # https://www.bournemouthecho.co.uk/news/15364807.bournemouth-universities-given-teaching-excellence-framework-awards/
    # -- "leapt by 4500 ... to 46,300": "leapt" is a change like "jumped"
    ("The number of 16 to 24-year-olds claiming Job-seeker’s Allowance last month leapt by 4500 from the "
     "previous year – a 10% rise to 46,300.", "16 to 24-year-olds", "count", "2011-09-15", "46,300", ()),
    # https://socialist-courier.blogspot.com/2011/09/young-and-jobless.html
    # -- "5 years earlier": counted from the year the sentence has just named
    ("“Garda recruitment restarted in 2014 for the first time since the embargo was implemented 5 years "
     "earlier by the previous Government.", "embargo", "date", "2015-02-03", "2009", ()),
    # https://finegael.ie/third-intake-of-garda-recruits-brings-to-300-the-total-number-of-gardai-in-training-farrell
]

BREEAM = ("outstanding", "excellent", "very good", "good", "pass")

NOTHING = [
    # -- what a change is measured from states no value: "a rise of 0.7 percent from current
    # spending", "more than 1,000 short of its target"
    ("Starmer expressed an intent to eventually reach three percent, a rise of 0.7 percent from current "
     "spending that would mark the biggest increase since the end of the Cold War.", "current spending",
     "percent", "2025-02-25"),
    # https://feedquik.com/uk-pm-pledges-to-spend-25-percent-of-gdp-on-defence-by-2027
    ("The ADF enlisted 7,059 full-time personnel in the 2024-25 financial year, the highest annual intake in "
     "15 years, but still fell more than 1,000 short of its target for that year.", "target", "count",
     "2025-08-01"),
    # https://www.daily8.com/en/article/56f87737244188522c33e7e26acd960c
    # -- ages joined by "or"
    ("The report explains that international law allows state armed forces to enlist and train, but not "
     "deploy, children aged 16 or 17, provided their best interests are safeguarded throughout.", "children",
     "count", "2018-05-25"),
    # https://www.child-soldiers.org/news/why-18-matters-uk-us-other-nato-armed-forces-may-violate-international-law-in-treatment-of-teenage-recruits
    # -- a scale "ranging from" one grade "to" another
    ("BREEAM provides ratings based on a building’s environmental performance, ranging from “Pass” to "
     "“Outstanding”.", "BREEAM", "rating", "2023-06-01", BREEAM),
    # https://www.alphacello.com/breeam-outstsanding-buildings/
]

BOUNDARIES = [
    # "N years later" counts forward; "earlier than planned" names no year
    ("The depot opened in 2010 and closed two years later.", "closed", "date", "2016-01-01", "2012", ()),
    ("The depot opened two years earlier than planned.", "depot", "date", "2016-01-01", None, ()),
    # what the change is measured from, with its own value after it
    ("Defence spending will rise to three percent, up from current spending of 2.3 percent.",
     "current spending", "percent", "2025-02-25", "2.3%", ()),
    # a grade moved from one to another is a change, not a scale: the grade now, quoted or not
    ("The library went from “Pass” to “Outstanding” in its BREEAM rating.", "library", "rating",
     "2023-06-01", "outstanding", BREEAM),
    # a weekday before a capitalised word is a name ("Friday Street"), not a day
    ("The market closed its stall near Friday Street.", "closed its", "date", "2017-06-01", None, ()),
    # "one out of five" that counts something else is no rating
    ("The café was the only one out of five cafés inspected.", "café", "rating", "2022-04-20", None, HYGIENE),
    ("The café served 1 out of 5 children in the area.", "café", "rating", "2022-04-20", None, HYGIENE),
    ("The café has a food hygiene rating of one out of five.", "café", "rating", "2022-04-20", "1", HYGIENE),
    # a rating "for" another noun, not "its/their", stays that noun's ("requires improvement for safe")
    ("The Trust was rated good for effective, caring and responsive, and requires improvement for safe.",
     "Trust", "rating", "2018-10-05", None, ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
