"""Classes of sentences found in sample F (``tests/eval/sample-f``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- a date is no amount of change; 'February 26 and 27, 2013'; 'starting Monday'
    ("The rule changed 18 months ago when then-President Bush signed the Fair Treatment of Experienced "
     "Pilots Act, raising the age to 65.",
     "Fair Treatment of Experienced Pilots Act", "date", "2009-06-19", "2007-12"),
    # http://www.cnn.com/2009/US/06/19/continental.pilot.dead.ages/
    ("The parties presented testimony and documentary evidence at the hearing held in Evansville, "
     "Indiana on February 26 and 27, 2013.",
     "hearing", "date", "2014-09-10", "2013-02-26..2013-02-27"),
    # https://fmshrc.gov/sites/default/files/decisions/alj/ALJd_09102014-LAKE%202011-1054%201055%20FINAL%20decision%20American%20Coal_1.htm
    ("Son Johnson Road will be closed starting Monday as a project to replace the bridge over Short "
     "Creek begins.",
     "Son Johnson Road", "date", "2019-01-02", "2019-01-07"),
    # https://www.gadsdentimes.com/news/20190102/son-johnson-road-in-sardis-to-close-for-bridge-project
    # -- notations: 'EUR213,586,000', 'half a percent', several conversions in a bracket
    ("During 2022 the Central Bank of Ireland (CBI) imposed fines totalling EUR213,586,000 on eight "
     "firms – these are outlined in the Table below.",
     "fines totalling", "money", "2022-12-30", "€213,586,000"),
    # https://www.dlapiper.com/en/insights/publications/2022/12/2022-a-record-year-for-central-bank-of-ireland-fines
    ("In maintaining its overnight rate at half a percent, the bank rate is correspondingly 0.75% and "
     "the deposit rate is 0.25%, the Bank of Canada said in its press release.",
     "overnight rate", "percent", "2016-03-09", "0.5%"),
    # https://www.oilandgas360.com/bank-of-canada-holds-interest-rate-ahead-of-federal-budget/
    ("Britain on Thursday awarded a £1.3-billion ($1.5-billion, 1.4 billion-euro) contract for its new "
     "fleet of warships to a UK firm that will keep jobs at historic but struggling yards.",
     "contract", "money", "2019-11-14", "£1.3bn"),
    # https://www.ibtimes.com/britain-awards-aps13bn-warship-contract-babcock-2825843
    # -- 'would provide ... over 13 years'
    ("If approved the site at Rainnieshill would provide up to 500,000 tonnes of “high-quality” hard "
     "rock over 13 years.",
     "site at Rainnieshill", "duration", "2022-06-22", "13 years"),
    # https://www.ellontimes.co.uk/news/environment/site-visit-planned-for-quarry-at-beauty-hill-3740793
    # -- the next sentence: 'The vessel', 'At an estimated cost of $2.3M, the work', 'About 540 of them'
    ("Preparations for FSS are well advanced and current projects include the fabrication of barges and "
     "the recently announced SeaRose floating production, storage and offloading (FPSO) refit contract. "
     "The vessel arrives in Belfast in February 2024.",
     "SeaRose", "date", "2023-12-18", "2024-02"),
    # https://www.newsletter.co.uk/business/harland-wolff-hits-1000th-employee-milestone-after-a-significant-year-for-the-business-4449104
    ("The renovation project is designed to enhance and optimize services and spaces in order to better "
     "meet library users’ needs and reflect current trends. At an estimated cost of $2.3M, the work will"
     " be carried out over a period of five to six months between mid-January and mid-June.",
     "renovation project", "money", "2017-08-17", "$2.3m"),
    # http://saint-lambert.ca/en/recreation-services/library/info-library-renos/renovation-project-description
    ("Elementary schools saw the largest increase in “A” schools. About 540 of them, or 30 percent, "
     "earned the top rank compared to 21 percent the year before.",
     "Elementary schools", "percent", "2017-06-28", "30%"),
    # http://www.sun-sentinel.com/local/broward/fl-school-grades-released-20170628-story.html
]

NOTHING = [
    # -- a count with a noun and a verb of its own, far before the subject, counts that noun
    ("More than 1.5 million payments have been made since the freedoms were introduced in April 2015 for"
     " people aged 55 and over, HM Revenue and Customs (HMRC) figures show.",
     "people aged 55 and over", "count", "2017-01-20"),
    # http://www.newsletter.co.uk/news/business/9-2bn-cashed-in-since-pension-freedoms-launch-1-7790749
]

# Constructed boundary cases: where each fix above stops.
BOUNDARIES = [
    ("The meeting moved from March 2019 to May 2019.", "meeting", "date", "2019-01-01",
     "2019-05"),  # a change: where it went
    ("The plan ran from March 2019 to May 2019.", "plan", "date", "2019-01-01",
     "2019-03..2019-05"),  # a range
    ("Rates rose by half a percentage point.", "Rates", "percent", "2019-01-01",
     None),  # points, not a percent
    ("The council employs 300 staff.", "council", "count", "2019-01-01", "300"),  # its own noun, right after
    ("Over four years, the scheme was a success.", "scheme", "duration", "2019-01-01", "4 years"),
]


(test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none,
 test_where_each_fix_stops) = reading_tests(READ, NOTHING, BOUNDARIES)
