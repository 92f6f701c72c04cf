"""Reading on into the next sentence, subjects joined by "and", lists of items of one shape, the
open dates that state a period, and other classes found in
the residual misses of samples A-G (``tests/eval/``), each tested on the real sentences that
showed it, with their sources, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests
from tests.test_attachment import read_all

FITCH = ("aaa", "aa+", "aa", "aa-", "a+", "a", "a-", "bbb+", "bbb", "bbb-", "bb+", "bb", "bb-", "b")

READ = [
    # -- a pronoun for a person points back: "She now faces ..."
    ("A judge accepted the former employee’s plea. She now faces up to 30 years in federal prison, as well "
     "as a $1 million fine.", "former employee", "duration", "2017-02-01", "up to 30 years", ()),
    # https://consumerist.com/2017/02/01/bank-employee-stole-1-25m-from-bank-very-very-slowly/
    # -- the subject's head noun named again after words of its own: "the 1 million square foot facility"
    ("NewsCenter1, brings the story of the coming of a new beef processing facility, which will be the "
     "largest in the U.S.  At a price tag of $1.1 billion, the 1 million square foot facility will employ "
     "2,500 people.", "new beef processing facility", "money", "2021-01-15", "$1.1bn", ()),
    # https://www.kelp4less.com/americas-largest-beef-processing-plant-to-be-built/
    # -- its own sentence's only value is a previous one: the next sentence states the current
    ("Fitch Ratings, whose credit ratings are closely watched by Wall Street and the global investment "
     "community, reduced Illinois’ “general obligation” (GO) bond rating from single-A-minus, the former "
     "ranking, to one notch closer to junk-bond status on Monday, October 19. The new BBB+ rating is only "
     "two notches above the lowest investment-grade rating (BBB-) and is three notches above BB+, which "
     "signals non-investment-grade (“junk bond”) status.", "bond rating", "rating", "2015-10-20", "bbb+",
     FITCH),
    # http://www.sherijesiel.com/2015/10/illinois-credit-rating-takes-another.html
    # -- a relative clause after a subject that holds its own "of": the inner noun's where the
    # subject's clause goes on with a value after it; the whole's where it has the only one
    ("The regulator announced the launch of a website, which will house the reports of all pharmacy "
     "inspections since April 2019, yesterday (17 September).", "launch of a website", "date", "2019-09-18",
     "2019-09-17", ()),
    # https://www.thepharmacist.co.uk/news/gphc-makes-pharmacy-inspection-reports-publicly-available/
    ("The 89th session of the Board, which met 12-14 December at IFAD’s headquarters in Rome, approved loans "
     "and grants to support rural development projects and programmes in Argentina, Bolivia and Burkina "
     "Faso.", "89th session of the Board", "date", "2006-12-15", "2006-12-12..2006-12-14", ()),
    # http://www.ifad.org/media/press/2006/47.htm (the list of countries shortened)
    # -- a subject joined to the next by "and" shares its predicate
    ("A Grangemouth chemical plant and a Coupar Angus chicken processor were rated as “poor”.",
     "Grangemouth chemical plant", "rating", "2021-10-01", "poor", ("excellent", "good", "broadly compliant",
                                                                    "at risk", "poor", "very poor")),
    # https://theferret.scot/400-sites-in-scotland-broke-environmental-rules/
    ("The terms of Council members and the Mayor begin on January 1, following their election, and "
     "continue for a term of four years.", "Council members", "duration", "2024-01-01", "4 years", ()),
    # https://cityofchesapeake.net/1177/Council-Mayoral-Elections
    ("A federal judge has sentenced a former El Paso county judge and a local businessman who pleaded "
     "guilty to public corruption charges to four years in prison each.", "former El Paso county judge",
     "duration", "2014-01-03", "4 years", ()),
    # http://krwg.org/post/former-el-paso-county-judge-sentenced-four-years
    # -- ", but that date has since been moved to Aug. 20": the clause goes on about it, and a date
    # an event is moved to lies ahead
    ("The 862-bed facility and its 2.5 million-square-foot campus were scheduled to open in May, but that "
     "date has since been moved to Aug. 20.", "862-bed facility", "date", "2015-03-21", "2015-08-20", ()),
    # https://www.modernhealthcare.com/article/20150321/MAGAZINE/303219933/recovering-construction-industry-banks-on-outpatient-growth
    # -- items of one shape ("<name> at <value>"): the value before the subject ends the item before
    ("As the recipient of the most BEAD funding, Texas will receive $3.31 billion, followed a top five that "
     "includes California at $1.86 billion, Missouri at $1.74 billion, Michigan at $1.56 billion, and North "
     "Carolina at $1.53 billion.", "Michigan", "money", "2023-07-05", "$1.56bn", ()),
    # https://onetouchintelligence.com/2023/07/05/federal-bead-funding-moves-closer-to-reality/
    ("Our rivers and lakes are also the least healthy in the UK, with waterbodies in Scotland at 65.7%, "
     "rivers in Wales at 46% and 31.3% of rivers in Northern Ireland classed in good health",
     "rivers in Wales", "percent", "2020-09-17", "46%", ()),
    # https://ifm.org.uk/official-figures-reveal-not-one-river-or-lake-in-england-is-in-good-health/
]

HYGIENE = ("0", "1", "2", "3", "4", "5")
READ += [
    # -- a deadline without a year after "should be" lies ahead
    ("TRAIN operators have published an updated investment report for next year, which predicts more than "
     "1,000 additional services will be running each week and that 1,000 new vehicles will be added to the "
     "rolling stock fleet, although this will be offset in part by the withdrawal of Pacers, which should be "
     "completed by May.", "withdrawal of Pacers", "date", "2019-11-01", "by 2020-05", ()),
    # http://railnews.mobi/news/2019/11/01-new-trains-and-more-services.html
    # -- "by the end of the day": the document's day
    ("We hope to have power back to normal for most people by the end of the day.", "power back to normal",
     "date", "2023-03-05", "2023-03-05", ()),  # https://flec.org/Articles/storm_outage_update_3-5-23.aspx
    # -- "a hygiene rating of just two"
    ("London’s five-star Royal Horseguards hotel also has two AA Rosettes but a hygiene rating of just two.",
     "hygiene rating", "rating", "2018-01-15", "2", HYGIENE),
    # https://rehis.com/news/hotels-across-uk-are-failing-food-hygiene-standards/
]

NOTHING = [
    # -- a name that carries its year ("Act 2008") is named in passing: the sentence's dates are
    # of what is done under it
    ("At previous inspections in 2016, the inspectors said the home ‘required improvement’ and found "
     "breaches of the Health and Social Care Act 2008.", "Health and Social Care Act", "date", "2017-09-07"),
    # https://www.maidenhead-advertiser.co.uk/gallery/maidenhead/120615/larchfield-house-care-home-put-in-special-measures-after-inadequate-cqc-report.html
    ("Thank you for your request under the Official Information Act 1982 (OIA), which was transferred from "
     "the Ministry of Health to Pharmac on 15 December 2023.", "Official Information Act", "date",
     "2024-01-31"),
    # https://pharmac.govt.nz/news-and-resources/official-information-act/official-information-act-responses/request-for-information-on-shingles-vaccination-programme
    # -- a length written as an adjective is its noun's: "a two-year relationship"
    ("A senior nurse who had a two-year relationship with his vulnerable 22-year-old woman patient was "
     "struck off for professional misconduct today (THUR).", "struck off", "duration", "2015-01-01"),
    # https://courtnewsuk.co.uk/a-senior-nurse-who-had-a-two-year-relationship-wit
    # -- two values joined by "and" in the next sentence: nothing says which is the subject's now
    ("A community centre for the growing south end of the city has been on the books at city hall for "
     "years. That, in turn, has come with a growing price tag, with the city council looking at a "
     "$59-million budget in 2014 and about $68 million in 2018.", "community centre", "money", "2020-10-01"),
    # https://www.guelphmercury.com/news-story/10218736--80m-south-guelph-recreation-centre-receives-green-light-from-council/
]

BOUNDARIES = [
    # "at the end of the day" is an idiom, no date
    ("At the end of the day, power back to normal is what matters.", "power back to normal", "date",
     "2023-03-05", None, ()),
    # a length as an adjective is the subject's where it is said of it
    ("Curator Mindy Besaw says the redesign has been a two-year project.", "redesign", "duration",
     "2017-12-13", "2 years", ()),  # http://5newsonline.com/2017/12/13/crystal-bridges-museum-to-close-for-redesign/
    # a year that is no part of a name: "the Act was passed in 2008"
    ("The Health and Social Care Act was passed in 2008.", "Health and Social Care Act", "date", "2017-09-07",
     "2008", ()),
    # a next sentence that does not point back states nothing for the subject
    ("A judge accepted the former employee’s plea. The court adjourned for up to 30 days.",
     "former employee", "duration", "2017-02-01", None, ()),
    # "and" joins two values: left unread; a comparison after a comma does not join them
    ("Malcolm Turnbull's Coalition Government is facing a desperate fight to hang on to a majority in "
     "Parliament. On the count so far it has won at least 70 seats, six fewer than the 76 needed to "
     "command a majority in the Lower House.", "Coalition Government", "count", "2016-07-03", "at least 70",
     ()),
    # "and" before a subject that has its own verb is a new clause: the first states nothing
    ("The chemical plant closed and the chicken processor was rated as “poor”.", "chemical plant", "rating",
     "2021-10-01", None, ("good", "poor")),
    # items of different shapes: the value before may be the subject's, and nothing decides
    ("Texas will receive $3.31 billion, Michigan at $1.56 billion.", "Michigan", "money", "2023-07-05", None,
     ()),
    # a subject that measures its inner noun keeps the relative clause's value
    ("The number of recorded offences, which rose to 5.2 million in the year to June, is the highest in a "
     "decade.", "number of recorded offences", "count", "2017-10-19", "5.2 million", ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)


def test_words_that_point_back_are_not_a_new_subject(tmp_path):
    """The next sentence's "The contract" points back, even where "contract" is another fact's
    subject (of another type): reading stops at the first subject after the words that point back."""
    text = ("Skanska said that it has signed an additional contract with Orlando Health to build a hospital "
            "in Lakeland, Florida, USA. The contract is worth $47 million.")
    # https://www.finanzen.at/nachrichten/aktien/skanska-signs-$47-mln-worth-additional-contract-with-orlando-health-to-build-hospital-in-florida-1032648623
    found = read_all(tmp_path, text, {"worth": "additional contract", "signed": "contract"},
                     {"worth": "money", "signed": "date"}, "2023-09-01")
    assert found == {"worth": "$47m", "signed": None}


def test_the_service_points_back_to_the_home(tmp_path):
    """Alone, the home reads "up to 88" in the next sentence ("The service ..."); with a fact of
    "service" too, the service states it in its own sentence and keeps it
    (``test_attachment.test_reading_on_stops_at_a_new_subject``)."""
    text = ("Charnwood Care Home, run by Divine Rock Care Limited, provides personal and nursing care to "
            "people, including some living with dementia. The service can support up to 88 people.")
    # https://westbridgfordwire.com/cqc-rates-nottingham-care-home-as-inadequate/
    assert read_all(tmp_path, text, {"home": "Charnwood Care Home"}, "count", "2024-10-01") == {
        "home": "up to 88"}


REFUGE = ("Refuge supports over 6,500 survivors a year. It employs 400 staff and volunteers, and has an "
          "income of around £15m.")
# https://civilsociety.co.uk/news/refuge-chief-executive-retires-after-nearly-40-years-in-post.html


def test_a_subject_of_another_type_does_not_stop_the_reading(tmp_path):
    """Reading on stops at a new subject that could claim the value: a count of staff cannot take
    an amount of money, so "It ... has an income of around £15m" is still Refuge's."""
    found = read_all(tmp_path, REFUGE, {"income": "Refuge", "staff": "staff"},
                     {"income": "money", "staff": "count"}, "2020-05-01")
    assert found == {"income": "about £15m", "staff": "400"}


def test_a_subject_of_the_same_type_still_stops_it(tmp_path):
    """Where the new subject is of the same type, it could be the value's, and the reading stops
    before it: nothing is read for Refuge rather than a guess."""
    found = read_all(tmp_path, REFUGE, {"income": "Refuge", "staff": "staff"}, "money", "2020-05-01")
    assert found["income"] is None
