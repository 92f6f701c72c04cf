"""Classes of sentences found in sample M (``tests/eval/sample-m``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- "on or before" a day is by that day, the day included
    ("They will accept comments received or postmarked on or before 28 May 2024.", "comments", "date",
     "2024-03-26", "by 2024-05-28", ()),
    # https://www.fedcenter.gov/ItemBrowser/index.cfm?pge_prg_id=42307&pge_id=1938&fldlist=&archivedstatus=1&printable=1
    # -- a footnote mark is no part of the word it follows
    ("The average time to close a complaint was 74 days¹", "average time to close a complaint", "duration",
     "2024-10-01", "74 days", ()),
    # https://afca.org.au/annual-review-year-at-a-glance/full-text
    # -- "today" after a verb and a time of day
    ("The Forest Service said the closures, which start at 5 p.m. today, include the Sequoia, Angeles, Los "
     "Padres, Inyo, San Bernardino, Stanislaus, Sierra and Cleveland national forests.", "closures", "date",
     "2020-09-07", "2020-09-07", ()),
    # https://www.kget.com/news/state-news/u-s-forest-service-temporarily-closing-several-national-forests-in-california-due-to-fire-risk/
    # -- "Until August" told in the past is the last August
    ("Until August, he had worked as a dental educator at Queen’s University Belfast, but lost in an unfair "
     "dismissal case.", "dental educator", "date", "2014-10-02", "2014-08", ()),
    # https://uk.dental-tribune.com/news/gdc-suspends-dentist-in-rare-case-of-malpractice/
    # -- a month without its year takes the narrative's, from the date the sentence has named
    ("In another case, the CQC inspected the home in the two months between the unexpected death in "
     "September 2014 and the coroner completing a formal report in November.", "formal report", "date",
     "2015-09-02", "2014-11", ()),
    # https://sharmilachowdhury.com/2015/09/08/elderly-people-put-at-risk-as-watchdog-fails-to-act-on-warnings-of-fatally-negligent-care-homes/
    # -- a margin of error is no percentage of its own, and "a (48 %) reduction at ..." is a change
    ("We calculate that NO2 reduced by 42 %±9.8 % on average across all 126 urban AURN sites, with a "
     "slightly larger (48 %±9.5 %) reduction at sites close to the roadside (urban traffic).",
     "reduction at sites close to the roadside", "percent", "2020-12-18", "48%", ()),
    # https://acp.copernicus.org/articles/20/15743/2020/
    # -- a share "of which" is a share of the subject; "a fifth were"; "the loss of about 71% of"
    ("Between June and September 2018 there were 745 applications for ECF, only 65 per cent of which were "
     "granted.", "applications for ECF", "percent", "2019-03-01", "65%", ()),
    # https://www.solicitorsjournal.com/sjarticle/Funding%20for%20inquests:%20giving%20families%20a%20voice
    ("Even when PFDs were directly addressed to CQC as a named respondent, only a fifth were apparently "
     "answered by CQC.", "answered by CQC", "percent", "2016-11-11", "20%", ()),
    # https://minhalexander.com/2016/11/11/coroners-warnings-terminal-inexactitude-and-cqc-opacity/
    ("A new report commissioned by the World Wide Fund for Nature-Australia found the 2019-20 bushfires "
     "resulted in the loss of about 71% of koala populations in fire affected areas at six locations on the "
     "north coast of New South Wales.", "koala populations", "percent", "2020-09-06", "about 71%", ()),
    # https://wwf.org.au/news/2020/new-wwf-report-koalas-suffer-decline-across-fire-grounds/
    # -- a share after a comma with a verb of its own opens its own clause
    ("Each year around two thirds of students are female, about a third are from black and minority ethnic "
     "heritage and around a third receive additional learning support.", "female", "percent", "2014-12-17",
     "66.7%", ()),
    # https://ofstedreport.co.uk/yorkshire-and-the-humber/leeds/northern-school-of-contemporary-dance/2440824
]

NOTHING = [
    # -- a count after a comma with a noun and a verb of its own
    ("An EPA-specific website on the troubled precinct reports that a May meeting of a community reference "
     "group was told 18 companies in the Brooklyn area had received Pollution Abatement Notices in recent "
     "weeks, seven offensive odour investigations were underway and an independent dust consultant had "
     "visited 15 of the area's top dust emitters.", "Pollution Abatement Notices", "count", "2010-07-07"),
    # https://www.footprintnews.com.au/nl06_news_print.php?selkey=43048
    # -- ages "below 21"; a multiple, "three times more likely"
    ("Most of the victims have been below 21, and an additional 200 individuals have been injured within the "
     "fireplace.", "victims", "count", "2024-04-18"),
    # https://eurotoday.net/2024/04/18/stardust-fireplace-inquest-48-individuals-who-died-in-dublin-nightclub-blaze-have-been-unlawfully-killed-jury-guidelines-eurotoday/
    ("Figures from the Association of British Insurers (ABI) show drivers between 17 and 24 are three times "
     "more likely than other road users to be responsible for ‘catastrophic claims’.", "catastrophic claims",
     "count", "2012-06-01"),
    # https://www.astoncharles.co.uk/news/blog/the-problem-with-young-drivers-is-they-are-the-problem
    # -- "a 12-21% increase in replacement parts": the change of another noun
    ("The ABI attributed these sharp increases to a 33% rise in vehicle repair costs, plus higher labour "
     "rates and a 12-21% increase in replacement parts.", "labour rates", "percent", "2023-08-01"),
    # https://iaea-online.org/news/2023/08/premiums-soar-to-record-high
    # -- one quoted band of two grades
    ('PM 2.5 level from 61 to 120 is considered "moderate to poor".', "PM 2.5 level", "rating", "2022-11-03",
     ("good", "satisfactory", "moderate", "poor", "very poor", "severe")),
    # https://www.cnbctv18.com/india/delhi-air-quality-turns-severe-as-stubble-burning-continues-in-punjab-15080881.htm
    # (the sentence cut after its first band)
]

BOUNDARIES = [
    # a narrative's year gives way to a clause that looks forward
    ("The plan, agreed in March 2009, is due for review in November.", "review", "date", "2015-06-01",
     "2015-11", ()),
    # "until" in a clause told in the present looks forward
    ("The road is closed until August.", "road", "date", "2014-10-02", "2015-08", ()),
    # a change "in" its own subject is still read when the subject names it
    ("The council agreed a 4% increase in council tax.", "increase in council tax", "percent", "2020-01-01",
     "4%", ()),
    # a grade changed "from ... to ..." in quotes is the new grade, not a band
    ("They changed the rating from 'Inadequate' to 'Requires Improvement'.", "rating", "rating", "2020-01-01",
     "requires improvement", ()),
    # a count of times something happened is a count
    ("The home was inspected three times last year.", "inspected", "count", "2020-01-01", "3", ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
