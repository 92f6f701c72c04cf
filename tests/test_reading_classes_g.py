"""Classes of sentences found in sample G (``tests/eval/sample-g``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests
from tests.test_attachment import read

OFSTED = ("outstanding", "good", "requires improvement", "inadequate")
RIVERS = ("high", "good", "moderate", "poor", "bad")

READ = [
    # -- changes: 'from an initially estimated ... to a contractually obligated ...', 'now rated as',
    # '... incidents of'
    ("Costs ballooned from an initially estimated $328 million to a contractually obligated $1.73 "
     "billion as of its opening.",
     "Costs", "money", "2018-07-31", "$1.73bn", ()),
    # https://www.healthcarefacilitiestoday.com/posts/New-Colorado-VA-hospital-more-than-1-billion-over-budget--19268
    ("The Caletwr in North Wales was rated ‘High’ last year but it is now rated as ‘Moderate’.",
     "Caletwr", "rating", "2011-12-01", "moderate", RIVERS),
    # https://fishingmagic.com/government-report-offers-little-hope-for-river-wildlife
    ("In 2015, there were 4,963 reported incidents of assaults on Prison Staff in England and Wales, up "
     "36% from 3,640 in 2014, according to the latest Ministry of Justice statistics.",
     "assaults on Prison Staff", "count", "2016-09-06", "4,963", ()),
    # https://www.maybo.co.uk/news/news/prison-staff-assaulted-every-96-minutes/
    # -- weekdays: a date in brackets after, 'approved Friday'; 'opened Dec. 6'; 'could be ... by April'
    ("This is the second article on the Estyn Chief Inspector’s annual report ahead of the Assembly "
     "debate on Tuesday (23 February 2016).",
     "Assembly debate", "date", "2016-02-19", "2016-02-23", ()),
    # https://seneddresearch.blog/2016/02/19/estyn-chief-inspectors-annual-report-201415-more-detailed-commentary-ahead-of-plenary-debate/
    ("The first drug was approved Friday for a rare genetic disorder that stunts growth and causes rapid"
     " aging in children, after studies showed it can extend their lives.",
     "first drug", "date", "2020-11-20", "2020-11-20", ()),
    # http://oklahoman.com/article/feed/10142583/1st-drug-for-rare-rapid-aging-disease-extends-kids-lives?custom_click=rss&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+newsok%2Fbusiness+%28NewsOK.com+RSS+-+business%29
    ("The University of Texas Southwestern Medical Center's $800 million, 460-bed Williams P. Clements "
     "Jr. University Hospital opened Dec. 6 in Dallas.",
     "Williams P. Clements Jr. University Hospital", "date", "2015-03-21", "2014-12-06", ()),
    # https://www.modernhealthcare.com/article/20150321/MAGAZINE/303219933/recovering-construction-industry-banks-on-outpatient-growth
    ("A shingles vaccine could be free for over 65s by as early as April.",
     "shingles vaccine", "date", "2017-09-16", "2018-04", ()),
    # http://www.newshub.co.nz/home/health/2017/09/shingles-vaccine-could-be-funded-by-april-health-minister.html
    # -- a year's possessive right before the subject is its own, not the whole's ('part of last year's ...')
    ("The government protected around £250m of funding for bus services in England, provided through the"
     " Bus Service Operators Grant, as part of last year's Spending Review.",
     "Spending Review", "date", "2016-02-04", "2015", ()),
    # https://governmentbusiness.co.uk/news/04022016/council-cuts-risk-rural-bus-services
]

NOTHING = [
    # -- a share "per student"; a range of grades
    ("When Cleveland lost 12 percent of its students over eight years, its revenues dropped by $50 "
     "million (or $6,200 per student).",
     "revenues", "money", "2006-08-29", ()),
    # https://www.edweek.org/leadership/opinion-must-enrollment-declines-spell-financial-chaos-for-districts/2006/08
    ("Octopus, which supplies more than 400,000 homes, was given a 'good' to 'excellent' rating for "
     "value for money by nine in 10 customers who gave it an 80% score for customer service.",
     "value for money", "rating", "2019-02-01", ["excellent", "good", "fair", "poor", "very poor"]),
    # https://energy.einnews.com/article_detail/474229551?lcode=Ygzffk1ZP7Pu5FARfH37tlIHasL8VWFOVhhjvjwM6Gc%3D
]

# Constructed boundary cases: where each fix above stops.
BOUNDARIES = [
    ("The weekly charge will be £1,240 per week.", "weekly charge", "money", "2024-04-04", "£1,240", ()),
    ("There were an additional 14 audits underway.", "audits underway", "count", "2023-03-01", "14", ()),
    ("The hall is closed on Friday.", "hall", "date", "2020-06-03", "2020-05-29", ()),
    ("The river was rated high in 2010 but it was rated moderate in 2011.", "river", "rating", "2012-01-01",
     "high", RIVERS),  # without "now", the subject's own clause keeps its grade
]


(test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none,
 test_where_each_fix_stops) = reading_tests(READ, NOTHING, BOUNDARIES)


def test_an_amount_set_to_be_cut_is_a_change(tmp_path):
    # https://governmentbusiness.co.uk/news/04022016/council-cuts-risk-rural-bus-services
    # (sample G, farm-037): 'another £27m set to be cut' is a change, not the funding
    assert read(
        tmp_path, "The research found that funding had been reduced by £78 million since 2010, with another "
        "£27m set to be cut from transport budgets.",
        "funding", "money", "2016-02-04") is None
