"""Classes of sentences found in sample B (``tests/eval/sample-b``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from checker import api
from tests.reading_classes import reading_tests
from tests.test_attachment import read_all

READ = [
    # -- a count made an adjective of the subject: 'the six-member ... Committee'
    ("The 25th meeting of the six-member rate-setting Monetary Policy Committee (MPC), with three new "
     "external members -- Ashima Goyal, Jayanth R Varma and Shashanka Bhide -- began on October 7.",
     "Monetary Policy Committee", "count", "2020-10-09", "6"),
    # https://www.moneycontrol.com/news/business/rbi-monetary-policy-how-new-mpc-members-voted-in-the-25th-meeting-5942891.html

    # -- 'up to' after a verb of change is where it went, not a maximum
    ("New Zealand unemployment rate edged up to 6 percent in the three months to September, from 5.9 "
     "percent in the previous period.",
     "unemployment rate", "percent", "2015-11-03", "6%"),
    # http://cdn.tradingeconomics.com/articles/11032015220444.htm
    ("Another £89,000 worth of contributions was given towards her pension, which totalled her final pay "
     "package up to £808,000.",
     "final pay package", "money", "2017-12-07", "£808,000"),
    # http://www.lsbu-multimedia-journalists.co.uk/murray/2017/12/07/students-say-vice-chancellors-pay/

    # -- a 'hike' is a change
    ("E.ON has already announced a price hike, and will increase its gas and electricity prices by 10% for"
     " 1.8m customers on its standard variable tariff from April 1.",
     "price hike", "percent", "2019-02-08", "10%"),
    # https://www.radiotimesmoney.com/news/millions-face-steeper-energy-bills-as-ofgem-increases-energy-price-cap/

    # -- tense from irregular verbs ('held', 'got') and 'coming' only as 'the/this coming'
    ("Council held a Special Meeting on 25 July to consider a draft budget ahead of formal consideration "
     "for adoption at the coming Ordinary Meeting on 8 August 2023.",
     "Special Meeting", "date", "2023-07-26", "2023-07-25"),
    # https://www.collie.wa.gov.au/media-releases/media-release-2023-24-budget-formulation/
    ("Construction got underway in November with a timeline to have it open in six months and council says"
     " the replacement will reduce annual maintenance costs by 80%.",
     "Construction", "date", "2024-05-19", "2023-11"),
    # https://www.2hd.com.au/2024/05/19/a-new-multi-million-dollar-bridge-in-cessnock-now-open/
    ("Crews arrived on Friday evening to find large plumes of smoke coming from the property, and the "
     "first floor well alight.",
     "Crews arrived", "date", "2022-06-20", "2022-06-17"),
    # https://www.cambstimes.co.uk/news/occupant-flees-to-safety-in-cambs-fire-9060552

    # -- a phrase fronted before the subject's clause keeps its own values
    ("Following the inspection in February, a new management team took over in May.",
     "new management team", "date", "2017-09-07", "2017-05"),
    # https://www.maidenhead-advertiser.co.uk/gallery/maidenhead/120615/larchfield-house-care-home-put-in-special-measures-after-inadequate-cqc-report.html

    # -- the next sentence pointing back ('The £1 billion contract', 'The total', '... the rate'),
    # and a number in the subject's own name
    ("Construction Framework South West is taking shape after 11 contractors secured places on the "
     "agreement. The £1 billion contract will cover projects valued over £1 million with some even going "
     "as high as £30 million.",
     "Construction Framework South West", "money", "2013-01-01", "£1bn"),
    # https://www.jacksons-security.co.uk/news/archive/construction-framework-south-west-companies-selected
    ("The Council adjusted the School Budget to reflect additional funds.  The total now is $15,038,410.00"
     " to be voted on September 22, 2015.",
     "School Budget", "money", "2015-09-17", "$15,038,410.00"),
    # http://www.lisbonmaine.net/2015/09/recap-town-council-meeting-september_17.html
    ("The Reserve Bank of Australia this week left the official interest cash rate at 2.5 per cent, after "
     "board members noted that inflation remained under control and the Australian dollar’s strength was "
     "holding back the transition away from mining sector growth. The decision was widely expected and it "
     "means the rate has been on hold for 12 months, the longest single period since 2006.",
     "official interest cash rate", "duration", "2014-08-07", "12 months"),
    # http://neoskosmos.com/news/en/RBA-keeps-interest-rate-at-2.5-per-cent
    ("Inspectors visiting employer provider 2 Sisters Food Group found that “too often, line managers do "
     "not release apprentices from the production roles to attend off-the-job training workshops, due to "
     "work pressures and the need to meet production targets”. It had 62 apprentices at the time of the "
     "inspection.",
     "2 Sisters Food Group", "count", "2019-09-15", "62"),
    # https://feweek.co.uk/esfa-suspends-another-14-providers-from-recruiting-apprentices/

    # -- '135 million pound', '2.2 million dollar'
    ("The owner of the country’s sixth-largest supermarket chain said the new stores were part of a 135 "
     "million pound ($178 million) investment programme.",
     "investment programme", "money", "2020-09-04", "£135m"),
    # https://whbl.com/2020/09/04/britains-co-op-to-create-1000-jobs-in-stores-expansion/
    ("The 2.2 million dollar replacement project has seen the ageing timber crossing removed and an open "
     "load limit, dual lane concrete bridge now in its place, along with an added pedestrian pathway.",
     "replacement project", "money", "2024-05-19", "$2.2m"),
    # https://www.2hd.com.au/2024/05/19/a-new-multi-million-dollar-bridge-in-cessnock-now-open/

    # -- 'the 26th consecutive month', an activity 'carried out ... over four weeks', an offset 'a day before'
    ("The Bank of England today announced it is holding the base rate at its 0.5% historic low for the "
     "26th consecutive month.",
     "base rate", "duration", "2011-05-05", "26 months"),
    # https://www.moneysavingexpert.com/news/2011/05/base-rate-held-at-05/
    ("The judgement published today (Friday, 19 February 2016) follows an unannounced, rigorous "
     "examination carried out by a team of inspectors over four weeks in November and December 2015.",
     "rigorous examination", "duration", "2016-02-22", "4 weeks"),
    # http://fosteringwestcheshire.co.uk/2016/02/22/ofsted-judges-councils-children-families-service-one-countrys-top-performers/
    ("This was the maiden meeting of the new members who were appointed just a day before the meeting for "
     "a term of four years.",
     "new members", "duration", "2020-10-09", "4 years"),
    # https://www.moneycontrol.com/news/business/rbi-monetary-policy-how-new-mpc-members-voted-in-the-25th-meeting-5942891.html

    # -- differences and changed objects: '$6.4 billion higher than', 'reduced the proposed 3.9% ... to 2.9%'
    ("The Treasurer and Finance Minister Katy Gallagher unveiled the final budget outcome for 2023/24 on "
     "Monday, which showed the surplus for the year was $6.4 billion higher than previously thought, "
     "coming in at $15.8 billion.",
     "surplus for the year", "money", "2024-09-30", "$15.8bn"),
    # https://thewest.com.au/politics/federal-politics/treasurer-jim-chalmers-claims-back-to-back-surpluses-dont-come-at-cost-of-household-budgets-c-16226501
    ("During the December 10th, 2024, Council meeting, Council reduced the proposed 3.9% tax rate increase"
     " to 2.9% based on feedback from the community.",
     "tax rate increase", "percent", "2024-12-11", "2.9%"),
    # https://carletonplace.ca/2025-budget-approval

    # -- 'last month's' is a date, not a rolling month
    ("South Africa is likely to post a budget deficit of over 15% of GDP in the fiscal year ending March "
     "2021, the highest in post-apartheid history, the National Treasury forecast at the last month's "
     "mid-term budget.",
     "mid-term budget", "date", "2020-11-21", "2020-10"),
    # https://www.businesstoday.in/latest/world/story/fitch-moodys-cut-south-africa-ratings-to-junk-279289-2020-11-21
]

NOTHING = [
    # -- ages without 'aged': 'those over 60', '10- to 18-year-olds'
    ("A children’s home for 10- to 18-year-olds “lacks warmth” and is an “unhappy” place, a watchdog said.",
     "children’s home", "count", "2022-03-04"),
    # https://tahrir2day.com/news/2022/03/04/unhappy-cambridgeshire-childrens-home-lacks-warmth-says-ofsted
    ("Housing for older people (previously known as sheltered housing) is a type of housing that is "
     "available to people aged 55 and over, although some schemes are only available to those over 60.",
     "schemes", "count", "2025-03-25"),
    # https://sutton.gov.uk/web/guest/-/finding-somewhere-to-live-housing-for-older-people
]

# Constructed boundary cases: where each fix above stops.
BOUNDARIES = [
    ("Over 60 residents attended the consultation event.", "consultation event", "count", "2020-01-01",
     "over 60"),  # "over" a count is still a bound where no people are aged
    ("Applications can take up to 12 weeks.", "Applications", "duration", "2020-01-01",
     "up to 12 weeks"),  # "take up to" is a maximum
    ("In May 2020, the council adopted the plan.", "plan", "date", "2020-09-01", "2020-05"),
    ("Notice must be given 28 days before the meeting.", "Notice", "duration", "2020-01-01",
     "28 days"),  # an offset alone is read
    ("Sales rose over the last year.", "Sales", "date", "2020-06-01", None),  # a rolling year
    ("The consultation will close in the coming weeks, on 3 August.", "consultation", "date",
     "2022-06-20", "2022-08-03"),
    ("Revenue was £5m. The board met in March.", "Revenue", "date", "2020-06-01",
     None),  # the next sentence is read only when its own has no value, and "The board" is another
]


(test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none,
 test_where_each_fix_stops) = reading_tests(READ, NOTHING, BOUNDARIES)


def test_a_subject_with_its_own_verb_is_not_governed_by_an_earlier_value(tmp_path):
    # https://www.govconwire.com/2015/05/exelis-shareholders-ok-harris-acquisition-offer-doj-clears-transaction/
    read_all(tmp_path, "Exelis shareholders will receive $16.625 in cash and 0.1025 of Harris shares for "
             "each Exelis share they hold, while Harris shareholders will own close to 85 percent of the "
             "company and Exelis shareholders will hold the remaining 15 percent.",
             {"exelis": "Exelis shareholders"}, "percent", "2015-05-22")
    result = api.check([str(tmp_path / "docs")], tmp_path / "facts.yaml", jobs=1, root=tmp_path)
    mentions = [m for d in result.documents for m in d.mentions if m.role == "subject"]
    assert [m.reading.value.label if m.reading else None for m in mentions] == [None, "15%"]
