"""Classes of sentences found in development sample A2 (``tests/eval/sample-a2``), each fix
tested on the real sentences that showed the class (each cites its source) and on constructed
boundary cases that show where the fix stops.

The whole pipeline runs, as in ``test_attachment.py``: a document holding the sentence, dated
as its page was, and one fact whose subject a curator would write.
"""

from __future__ import annotations

from checker import api
from tests.reading_classes import reading_tests
from tests.test_attachment import read_all

FREEDOM = ("free", "partly free", "not free")  # Freedom House's status

READ = [
    # -- a plan told in the present, or in the past for a day just ahead: the coming date
    ("The Final 2009 levy and budget is scheduled to be adopted in December.",
     "Final 2009 levy and budget", "date", "2008-09-15", "2008-12"),
    # https://miweblink2.metro-inet.us/RVPublic/0/doc/107897/Page78.aspx
    ("“It is likely to take some time to remobilise the site once restrictions are lifted and this will cause a "
     "delay to the planned opening of the station, which was scheduled to have been May 17.",
     "planned opening", "date", "2020-05-12", "2020-05-17"),
    # https://www.eveningexpress.co.uk/fp/news/local/delays-for-new-north-east-train-station-after-covid-19-hits-final-stages-of-work/
    ("The audit completion report had not been completed in time for the meeting due to a number of reasons "
     "including staff availability and competing workloads. Work on the report had been continued, where "
     "possible, and a new timetable had been agreed for the report to be presented to the Committee in November.",
     "audit completion report", "date", "2021-09-28", "2021-11"),
    # https://democratic.trafford.gov.uk/ieIssueDetails.aspx?IId=40957&PlanId=0&Opt=3
    # -- "today" that dates an event of the day, "the summer of next year", "last weekend"
    ("WASHINGTON, Aug. 16, 2022 /PRNewswire/ -- The total number of students reported to be attending public "
     "elementary and secondary schools in the United States in fall 2021 was unchanged compared to fall 2020, "
     "according to preliminary data released today by the National Center for Education Statistics (NCES) "
     "within the U.S. Department of Education's Institute of Education Sciences (IES).",
     "preliminary data", "date", "2022-08-16", "2022-08-16"),
    # https://prnewswire.com/news-releases/nations-total-public-school-enrollment-did-not-change-from-fall-2020-to-fall-2021-301606992.html
    ("The report, published earlier today, comes as the government and water industry faces widespread "
     "criticism for failing to take adequate action to tackle the widespread release of raw sewage into "
     "England's rivers and seas.", "report", "date", "2023-07-12", "2023-07-12"),
    # https://www.businessgreen.com/news/4120038/unacceptably-environment-agency-confirms-water-pollution-incidents-increased-2022
    ("MDOT’s schedule is to finish the work in the summer of next year.",
     "schedule", "date", "2023-05-04", "2024-summer"),
    # https://www.dailytribune.com/2023/05/04/8-mile-road-construction-starts-next-week-from-ferndale-to-warren/
    ("Syracuse Police Department is looking for more information after a rash of burglaries last weekend.",
     "rash of burglaries", "date", "2020-08-12", "2020-08-08..2020-08-09"),
    # https://gephardtdaily.com/local/syracuse-police-department-looking-for-information-after-rash-of-burglaries/
    # -- an amount converted into another currency in brackets is the same amount
    ("British construction equipment giant JCB announced today plans to invest more than £50m ($65m) in a new "
     "factory in central England, creating 200 new jobs by 2022.", "new factory", "money", "2018-06-28",
     "over £50m"),
    # http://www.londonlovesbusiness.com/business-news/london-news/what-brexit-jcb-to-invest-50m-in-new-uk-factory/22096.article
    # -- asides the clause goes on after: "compared to ..., dropping", ", where ...,"
    ("Sales were down 37% compared to the same quarter last year, dropping from $604 million to $379 million.",
     "Sales", "money", "2020-08-05", "$379m"),
    # https://www.johnsoncitypress.com/kennametal-laying-off-141-workers-in-johnson-city/article_12ed2562-d755-11ea-83c5-8b18264f5c6f.html
    ("Primary schools, where 67% of schools remain in the stewardship of local authorities, are more likely to "
     "be good or better (87%) than the heavily academized secondary sector where 75% are good or outstanding.",
     "Primary schools", "percent", "2019-06-27", "87%"),
    # https://localschoolsnetwork.org.uk/2019/06/84-of-outstanding-schools-inspected-since-september-have-been-downgraded
    # -- change constructions: "upgrading X from A to B", "extended from 6 to 12 weeks", "last year, but now"
    ("In its annual report, the US-funded pro-democracy advocacy and research group switched classifications "
     "for two countries, downgrading Ecuador from free to partly free and upgrading Thailand from not free to "
     "partly free.", "Thailand", "rating", "2024-02-29", "partly free", FREEDOM),
    # https://www.searchiro.com/news/story/global-freedom-drops-sharply-in-2023-study-says/15870
    ("The survey will run until 15 June 2020 – the feedback period extended from 6 to 12 weeks.",
     "feedback period", "duration", "2020-03-23", "12 weeks"),
    # https://www.teignbridge.gov.uk/planning/local-plans-and-policy/local-plan-review-2020-2040/
    ("The now-scrapped Mill Road upgrade, for example, was priced at $1.85 billion last year, but is now "
     "expected to cost $3.5 billion.", "Mill Road upgrade", "money", "2021-06-04", "$3.5bn"),
    # https://www.interest.co.nz/news/110708/6-billion-cost-blow-out-prompts-major-changes-governments-transport-plans-upgrades-mill
    # -- "part of X's $1 billion Program": the whole's value
    ("The full renovation project, part of MARTA’s $1 billion Station Rehabilitation Program, is expected to be "
     "completed by fiscal year 2027 at a cost of $13 million.", "full renovation project", "money",
     "2024-08-28", "$13m"),
    # https://thegeorgiasun.com/traffic/why-is-the-brookhaven-marta-station-closing-for-6-weeks
    # -- the next sentence names the subject again: "The work has a value of"
    ("As part of Barking and Dagenham's four-year Decent Homes Programme, Apollo has been appointed to carry out "
     "the internal and external refurbishment of 8,000 properties. The work has a value of £60 million.",
     "refurbishment", "money", "2007-10-31", "£60m"),
    # http://www.uk-housing.co.uk/HMD/ARCHIVE/07/10/1031
]

NOTHING = [
    # an age, not a duration
    ("It was noted that there were 12o apprentices in the Town Hall through the levy scheme with four under 20 "
     "years of age and the oldest being over 60 years old.", "apprentices", "duration", "2022-03-01"),
    # https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=97274&Opt=3
    # grades joined to each other: a set of grades, not a grade given
    ("Ofsted has four levels of ranking for local authority children’s services – Outstanding, Good, Requires "
     "Improvement and Inadequate.", "children’s services", "rating", "2014-06-30"),
    # https://news.oxfordshire.gov.uk/oxfordshires-childrens-social-care-services-rated-good-by-ofsted/
    ("Children and Families Services had begun work on an improvement plan to make all services good or "
     "outstanding.", "Children and Families Services", "rating", "2020-01-23"),
    # http://www.southampton.gov.uk/modernGov/ieIssueDetails.aspx?IId=26304&Opt=3
    ("Deborah Hall, nursery manager, said: “Little Millers has a long and proud history of providing good and "
     "outstanding care and we are delighted to see our Ofsted rating has been restored to a level we feel more "
     "accurately reflects the quality of care we provide our families.", "Little Millers", "rating", "2022-08-25"),
    # https://www.chad.co.uk/education/delight-at-rapid-improvement-at-good-sutton-nursery-3819704
]

# Constructed boundary cases: where each fix above stops.
BOUNDARIES = [
    ("Children today face more risks online than ever.", "Children", "date", "2023-07-12", None),  # nowadays
    ("Expo 2020 drew visitors from around the world.", "Expo", "date", "2021-05-10", None),  # a name
    ("The store closed its Ipswich site on May 20.", "Ipswich site", "date", "2025-05-16", "2024-05-20"),
    ("Leeds and Kirklees were rated good and outstanding respectively.", "Kirklees", "rating", "2020-01-01",
     "outstanding"),  # grades paired with names are given
    ("Kirklees Children's Services was rated inadequate.", "Children's Services", "rating", "2020-01-01",
     "inadequate"),  # an owner before the subject, not another place
    ("The authorities will raise £124m themselves through prudential borrowing.", "prudential borrowing",
     "money", "2009-09-10", "£124m"),  # raising money is no change
    ("Treatment will take from 6 to 12 weeks.", "Treatment", "duration", "2020-01-01", "6-12 weeks"),
]


(test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none,
 test_where_each_fix_stops) = reading_tests(READ, NOTHING, BOUNDARIES)


def test_another_place_whose_name_ends_in_the_subjects_is_not_the_subject(tmp_path):
    # https://smartinvestornews.com/2025/02/19/most-areas-set-to-increase-council-tax-by-at-least-4-99-from-april
    read_all(tmp_path, "They are: Kensington and Chelsea (4%), Doncaster (3.99%), North East Lincolnshire (3.98%), "
             "Essex (3.75%), Rotherham (3%), Lincolnshire (2.99%) and Wandsworth (2%).",
             {"lincs": "Lincolnshire"}, "percent", "2025-02-19")
    result = api.check([str(tmp_path / "docs")], tmp_path / "facts.yaml", jobs=1, root=tmp_path)
    mentions = [m for d in result.documents for m in d.mentions if m.role == "subject"]
    assert len(mentions) == 2  # both are found: "North East Lincolnshire" still names Lincolnshire's words
    assert [m.reading.value.label if m.reading else None for m in mentions] == [None, "2.99%"]
    assert [m.unread for m in mentions] == ["", ""]  # nothing left unread: the first is another place
