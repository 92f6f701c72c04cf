"""Classes of sentences found in sample E (``tests/eval/sample-e``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests
from tests.test_attachment import read

OFSTED = ("outstanding", "good", "requires improvement", "inadequate")
HYGIENE = ("0", "1", "2", "3", "4", "5")
STARS = ("1", "2", "3", "4", "5")

READ = [
    # -- changes: 'has already blown out to $46bn', 'shifted from March 2029 to May 2030',
    # 'cut its £213k annual grant'
    ("The program, which at the time the Turnbull government signed the agreement in 2018 was estimated "
     "to cost $35bn, has already blown out to $46bn, and an Auditor-General report last week suggested "
     "the cost could climb further.",
     "program", "money", "2023-05-19", "$46bn", ()),
    # https://au.sports.yahoo.com/bombshell-claim-behind-46bn-program-041600417.html
    ("The project’s completion date has shifted from March 2029 to May 2030, reflecting adjustments made"
     " after the dispute resolution and subsequent schedule risk assessments.",
     "completion date", "date", "2025-01-17", "2030-05", ()),
    # https://ukdefencejournal.org.uk/type-31-frigate-progresses-amid-challenges
    ("Théâtre Sans Frontières told AP it had “no warning” of the decision to cut its £213k annual grant,"
     " which risks leaving “little or no touring theatre coming out of Northumberland”.",
     "annual grant", "money", "2014-07-08", "£213k", ()),
    # https://www.artsprofessional.co.uk/news/touring-organisations-fight-ace-decision-cut-funding
    ("Funding thresholds for Irish Feature Film Development have now been increased from a maximum "
     "available loan of €50,000 to €75,000, without any requirement for match funding.",
     "maximum available loan", "money", "2024-06-06", "€75,000", ()),
    # https://www.screenireland.ie/news/fis-eireann-screen-ireland-funding-news-funding-increase-for-irish-feature-film-development
    # -- what was said lends no tense; weekdays listed before a date; 'date of Aug. 26'; 'dated ...';
    # 'this morning'
    ("An email to Ofcom on August 5th said it would be back on-air in the next few days but the station "
     "remains silent.",
     "email to Ofcom", "date", "2015-10-12", "2015-08-05", ()),
    # https://radiotoday.co.uk/2015/10/london-radio-station-in-danger-of-losing-licence/
    ("The Met Office has issued an updated yellow snow and ice warning for several regions across the UK"
     " for Wednesday and Thursday, January 1 into January 2.",
     "snow and ice warning", "date", "2024-12-29", "2025-01-01", ()),
    # https://severuss.online/2024/12/29/new-met-office-snow-warning-as-nine-uk-areas-now-set-to-be-hit
    ("Jenkins expects the stadium to be completed by early August -- in time for its new scheduled "
     "opening date of Aug. 26 when the Falcons host the Arizona Cardinals in an NFL preseason game.",
     "scheduled opening date", "date", "2017-04-25", "2017-08-26", ()),
    # http://www.espn.com/nfl/story/_/id/19242962/atlanta-stadium-official-says-new-facility-ready-3-months
    ("We have been talking this morning about the Royal Commission into Defence and Veteran Suicide, "
     "which has this morning released its Interim Report.",
     "Interim Report", "date", "2022-08-11", "2022-08-11", ()),
    # https://www.minister.defence.gov.au/transcripts/2022-08-11/interview-abc-perth-mornings-nadia-mitsopoulos
    # -- relative clauses about another noun, or with a number's comma; 'over a period of'; 'a year-long'
    ("The statutory deadline to publish the final report of the in-depth Phase 2 investigation, which "
     "began on 19 September 2018, was 5 March 2019.",
     "statutory deadline", "date", "2019-02-11", "2019-03-05", ()),
    # https://www.asiantrader.biz/cma-extends-deadline-for-sainsburys-asda-merger-decision-to-april-30/
    ("JobSeeker, which supports 850,000 unemployed Australians, remains the second-largest payment after"
     " the Aged Pension, News AU reported.",
     "unemployed Australians", "count", "2025-03-10", "850,000", ()),
    # https://www.ibtimes.com.au/centrelink-payments-increase-march-20-indexation-adjustments-take-effect-1856748
    ("In this case the breaches occurred over a period of four years and effected many of thousands of "
     "transactions.",
     "breaches", "duration", "2019-10-23", "4 years", ()),
    # https://www.raineycollins.co.nz/your-resources/articles/2019-10-23
    ("The UK Royal Navy’s Type 23 frigate HMS Kent has completed a year-long refit and is set to undergo"
     " sea trials off the east coast of Scotland.",
     "refit", "duration", "2011-06-01", "1 year", ()),
    # https://www.naval-technology.com/news/newshms-kent-completes-refit-programme/
    # -- grades: a graded noun after the grade, bare-figure grades in words, a grade that governs a list
    ("Britons have been told to brace for even stronger winds than previously thought on Sunday, with "
     "the Met Office imposing a rare amber wind warning.",
     "wind warning", "rating", "2024-10-18", "amber", ["yellow", "amber", "red"]),
    # https://gbnews.com/weather/met-office-rare-amber-weather-warning-storm-ashley-danger-to-life
    ("Met Éireann has issued a Status Red wind warning for counties Galway, Mayo and Donegal due to high"
     " winds as Storm Isha arrives.",
     "wind warning", "rating", "2024-01-21", "red", ["yellow", "orange", "red"]),
    # https://tg4tv.com/status-red-warning-for-three-counties/
    ("Parts of Victoria have been warned to prepare for catastrophic fire danger today as a burst of "
     "hot, windy and stormy weather spreads across the state.",
     "fire danger", "rating", "2024-02-13", "catastrophic", ["moderate", "high", "extreme", "catastrophic"]),
    # https://farmonlineweather.com.au/news/what-is-catastrophic-fire-danger/1794826
    ("A takeaway in Ludgershall has been given a revised hygiene rating of five, months after it "
     "received a zero based on an inspection by Wiltshire Council.",
     "revised hygiene rating", "rating", "2021-01-25", "5", HYGIENE),
    # https://www.andoveradvertiser.co.uk/news/19021598.ludgershall-takeaway-gets-five-star-hygiene-rating/
    ("Waitrose achieved a top five star rating for product quality and customer service.",
     "customer service", "rating", "2010-01-01", "5", STARS),
    # https://www.supermarket.co.uk/news/2010/jan/waitrose-with-aldi-and-lidl-beat-big-four-for-customer-satisfaction.html
    ("The high street retailer earned top marks for customer service, store appearance and product "
     "quality, but received just two stars out of five for value for money.",
     "value for money", "rating", "2026-02-12", "2", STARS),
    # https://www.upday.com/uk/cost-of-living/britains-top-rated-supermarket-scores-78-but-shoppers-call-it-occasional-treat/h7m8dx6
    # -- the next sentence: 'this number was', 'The new location'
    ("Common sense would suggest that the backlog is the number of veterans’ disability claims submitted"
     " to DVA that have not yet been finalised. On November 30 2023 this number was 72,429.",
     "number of veterans’ disability claims", "count", "2024-04-22", "72,429", ()),
    # https://www.findhealthclinics.com/AU/Townsville/157809497668498/Veterans%27-Support-Centre-NQ-Inc---Townsville
    ("In other store news, Lidl has signed a lease to open a store in Hackensack, N.J., according to "
     "Jersey Digs. The new location will be part of a mixed-used development and is expected to open "
     "sometime in 2025.",
     "store in Hackensack", "date", "2024-07-11", "2025", ()),
    # https://progressivegrocer.com/lidl-grows-store-network-nyc
]

# Constructed boundary cases: where each fix above stops.
BOUNDARIES = [
    ("The minister said the report will be published in March.", "report", "date", "2020-06-01",
     "2021-03"),  # after "said", the reported clause keeps its own tense
    ("Juror #3 by James Patterson and Nancy Allen, which sold 31,000 copies, was the top seller.",
     "Juror #3", "count", "2020-01-01", "31,000"),  # a relative clause after a "by" phrase is the book's
    ("Children reached a good level of development.", "Children", "rating", "2020-01-01", None),
    ("The warning may be upgraded to amber.", "warning", "rating", "2020-01-01", None,
     ("yellow", "amber", "red")),
    ("The work is a year-round service.", "work", "duration", "2020-01-01", None),
    ("The plan runs from 2017 to 2019.", "plan", "date", "2020-01-01", "2017..2019"),  # a range, to the end
]


(test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none,
 test_where_each_fix_stops) = reading_tests(READ, (), BOUNDARIES)


def test_grades_joined_by_a_suspended_hyphen_are_a_set(tmp_path):
    # http://matttrueman.co.uk/2010/09/thank-your-five-lucky-stars-for-those-critics-who-take-a-leap-of-faith.html
    # (sample E, medi-003): 'four- and five-star shows' names two grades, gives none
    assert read(
        tmp_path, "There’s a big difference between four- and five-star shows, as evidenced by the relative "
        "abundance of the former and – even in this so-called golden age – scarceness of the "
        "latter.",
        "shows", "rating", "2010-09-13",
        ("one star", "two stars", "three stars", "four stars", "five stars")) is None
