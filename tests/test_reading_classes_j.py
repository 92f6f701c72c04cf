"""Classes of sentences found in sample J (``tests/eval/sample-j``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- a bare weekday after "born"
    ("The zoo said Wednesday that the Indian rhinoceros calf was born Friday.", "Indian rhinoceros calf",
     "date", "2019-09-04", "2019-08-30", ()),
    # https://www.sheltonherald.com/news/article/Endangered-Indian-rhinoceros-calf-born-at-Omaha-14414451.php
    # -- a correction: "however this should have been 31"
    ("It was reported that 38 complaints were made, however this should have been 31.", "complaints", "count",
     "2019-11-15", "31", ()),  # https://southribble.moderngov.co.uk/mgDecisionDetails.aspx?IId=6817&Opt=1
    # -- "on track for ... in December" looks forward
    ("Pūhoi, though it missed deadlines as it struggled with landslides, appears on track for a final "
     "close-out in December.", "final close-out", "date", "2024-05-26", "2024-12", ()),
    # https://warkworthapp.co.nz/events/waka-kotahi-refuses-to-release-briefing-on-scheme-used-to-build-motorways/
    # -- a name with its year as the clause's subject: the sentence's date is its own
    ("On 25 September 2008, the Waste Minimisation Act 2008 (the Act) was introduced to encourage waste "
     "minimisation and decrease waste disposal in New Zealand.", "Waste Minimisation Act", "date",
     "2010-01-01", "2008-09-25", ()),  # http://www.branz.co.nz/cms_display.php?sn=113&st=1&pg=12514
    # -- "about 1.4 million" is read within 5%
    ("The FTC report estimated that about 1.4 million Americans were victims of identity theft last year, "
     "while 1.5 million others were victims of “other” types of fraud.", "victims of identity theft",
     "count", "2022-02-23", "about 1.4 million", ()),
    # https://www.btimesonline.com/articles/153902/20220223/ftc-fraud-report-claims-fraudsters-stole-around-5-8-billion-from-americans-last-year.htm
]

IBAL = ("cleaner than European norms", "clean", "moderately littered", "littered", "seriously littered",
        "litter blackspot")

READ += [
    # -- the last of two current values is now: "increased to about 14 years and presently stands at
    # more than 18 years"
    ("By the mid-1990s however, national disposal capacity increased to about 14 years and presently stands "
     "at more than 18 years.", "national disposal capacity", "duration", "2001-05-01", "over 18 years", ()),
    # https://waste360.com/industry-insights/tip-off-the
    # -- "increased from around 50 to 95 per cent": two values, not a range
    ("Since 2011, the proportion of women with access to paid parental leave has increased from around 50 to "
     "95 per cent.", "proportion of women with access to paid parental leave", "percent", "2013-05-14", "95%",
     ()),  # https://www.budget.gov.au/2013-14/content/overview/html/overview_27.htm
    # -- a grade "lost" is what it was
    ("The latest survey in the Anti-Litter League by business group Irish Business Against Litter (IBAL) "
     "shows Ballina and Castlebar have both lost their cleaner than European norms status in this round, "
     "with both now classed as moderately littered.", "Castlebar", "rating", "2023-09-01",
     "moderately littered", IBAL),  # https://advertiser.ie/search?tag=litter+blackspot+site&tag_id=193653
    # -- a "not" before another verb does not deny the grade after "and remained"
    ("The amount of household waste being produced did not increase throughout the second review and "
     "remained green against target.", "household waste", "rating", "2020-04-01", "green",
     ("red", "amber", "green")),  # https://performancecheshirewest.co.uk/thriving-communities/cleanest-safest/
]

READ += [
    # -- a pronoun after a fronted phrase points back; the next sentence's value now is the one read
    ("One of the key highlights of the Child Care Subsidy changes is the increase in the family income limit "
     "to qualify for the subsidy. Previously set at $356,756 per annum, it will now rise to $530,000.",
     "family income limit", "money", "2023-06-01", "$530,000", ()),
    # https://www.dinkydikids.com.au/child-care-subsidy-increasing-from-july/
    # -- "– and <a new subject>" starts a clause of its own
    ("Cases regarding children and youth in care increased by 15% over the previous year to 1,722 – and "
     "complaints about French language services surged by 73% over fiscal 2022-2023, to a record 511.",
     "French language services", "count", "2024-06-26", "511", ()),
    # https://ombudsman.on.ca/resources/news/press-releases/2024/ombudsman-handles-near-record-number-of-cases,-focuses-on-rights
]

HEALTH_STARS = ("0.5 stars", "1 star", "1.5 stars", "2 stars", "2.5 stars", "3 stars", "3.5 stars", "4 stars",
                "4.5 stars", "5 stars")
READ += [
    # -- "scores 2 out of 5 stars" is 2 stars; a relative clause said now does not give way to the
    # clause's "example" rating
    ("For example, Crunchy Nut Corn Flakes Clusters, which only scores 2 out of 5 stars, has an ‘example "
     "Health Star Rating’ of 3.5 stars on the side of their boxes.", "Crunchy Nut Corn Flakes Clusters",
     "rating", "2017-06-01", "2 stars", HEALTH_STARS),
    # https://www.bandt.com.au/consumer-advocacy-group-choice-takes-aim-sugary-cereals/
]

READ += [
    # -- a date said again, exactly and with its year: "just five years ago, on May 1, 2019"
    ("The Ombudsman was given these responsibilities just five years ago, on May 1, 2019.",
     "given these responsibilities", "date", "2024-06-26", "2019-05-01", ()),
    # https://ombudsman.on.ca/resources/news/press-releases/2024/ombudsman-handles-near-record-number-of-cases,-focuses-on-rights
]

NOTHING = [
    # -- the set the subject is one of, fronted: "Of 320 councils ..., East Cambridgeshire"
    ("Of 320 councils responsible for waste collections in England, East Cambridgeshire has moved from 237th "
     "to 25th position in the recycling league table.", "East Cambridgeshire", "count", "2022-01-26"),
    # https://www.elystandard.co.uk/news/local-council/east-cambridgeshire-district-council-top25-recycling-8647870
]

BOUNDARIES = [
    # "- and <a verb>" goes on with the same subject
    ("Education bosses put St Blane's Primary School under the microscope - and judged it to be 'excellent'.",
     "St Blane's Primary School", "rating", "2017-01-01", "excellent", ("excellent", "very good", "good")),
    # a "not" before the grade itself still denies it
    ("The amount of household waste did not remain green against target.", "household waste", "rating",
     "2020-04-01", None, ("red", "amber", "green")),
    # "lost 25% of their income": a share lost, not a grade, is no previous value
    ("The Chartered Institute of Fundraising and the Charity Finance Group estimate UK charities will lose a "
     "quarter of their income, equivalent to £12bn.", "income", "percent", "2020-05-01", "25%", ()),
    # the count of the fronted set is the subject's where the subject is that set
    ("Of 22 trusts in the region, 10, including Bradford and York, “require improvement.”",
     "trusts in the region", "count", "2017-01-01", "22", ()),
    # ("about" within 5%: tests/values/test_compare.py)
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
