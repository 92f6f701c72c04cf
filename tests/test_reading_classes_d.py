"""Classes of sentences found in sample D (``tests/eval/sample-d``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests
from tests.test_attachment import read

OFSTED = ("outstanding", "good", "requires improvement", "inadequate")
HYGIENE = ("0", "1", "2", "3", "4", "5")
FREEDOM = ("free", "partly free", "not free")

READ = [
    # -- a bare-figure grade: 'zero', not the 'one' of 'the only one'
    ("This resulted in a food hygiene rating of zero, which is the worst rating and means the restaurant"
     " is the only one in the county with a zero rating.",
     "food hygiene rating", "rating", "2019-01-10", "0", HYGIENE),
    # https://www.ledburyreporter.co.uk/news/17367348.mouse-and-droppings-found-at-thai-restaurant/
    # -- 'N of the M'; lists paired 'respectively' across brackets
    ("Five thousand of the 8,000 seats at stake were in relatively small county districts where, in many"
     " cases, small wards elected many councilors, while much larger wards elsewhere elected only one.",
     "county districts", "count", "2023-05-07", "5,000", ()),
    # https://exbulletin.com/politics/2139712/
    ("Both the United States and Canada showed strong growth in visitor spend, up 7 per cent (to $1.38 "
     "billion) and 19 per cent (to $303 million) respectively.",
     "Canada", "money", "2020-02-10", "$303m", ()),
    # https://www.mbie.govt.nz/immigration-and-tourism/tourism-research-and-data/tourism-data-insights/quarterly-tourism-report/previous-reports/june-2019/country
    ("The council in Stoke-on-Trent is currently controlled by the Conservatives with 22 of the 44 "
     "seats, Labour hold 12, the City Independents have six and there are three unaligned members.",
     "City Independents", "count", "2022-09-15", "6", ()),
    # https://centralbylines.co.uk/politics/candidates-named-in-bentilee-and-ubberley-by-election/
    # -- dates: 'approaches July 27', 'the third Monday in October 2025', 'a Dec. 16 runoff'
    ("The agency said it has inspected about 75% of all the restaurants in the city as it approaches "
     "July 27, the one-year anniversary of the controversial letter grading system.",
     "one-year anniversary", "date", "2011-06-14", "2011-07-27", ()),
    # https://www.crainsnewyork.com/article/20110614/SMALLBIZ/110619942/health-dept-cracks-down-on-eatery-grades
    ("As the last general election was on September 20, 2021, the next federal election will be held on "
     "the third Monday in October 2025.",
     "next federal election", "date", "2022-06-01", "2025-10-20", ()),
    # https://ici.radio-canada.ca/rci/en/news/1845906/elections-results-federal-politics-canada-history
    ("Otherwise the race will proceed to a Dec. 16 runoff election between the two leading candidates.",
     "runoff election", "date", "2014-10-28", "2014-12-16", ()),
    # https://communityimpact.com/austin/news/2014/10/28/austin-city-council-district-8-set-for-runoff/
    # -- 'from its current level of £12,250 to £13,910'; a 'not' inside ', which ...,';
    # 'for the third straight year'
    ("The report recommends an increase in the basic allowance paid to all councillors from its current "
     "level of £12,250 to £13,910.",
     "basic allowance", "money", "2016-05-01", "£13,910", ()),
    # http://bobegerton.info/councillorallow1.html
    ("The special votes, which are those that are not on the printed electoral roll, or are not taken at"
     " a voting place, can be returned and counted up to 10 days after election day.",
     "special votes", "duration", "2020-11-06", "up to 10 days", ()),
    # https://crux.org.nz/national-news/special-votes-national-loses-two-seats-one-each-to-labour-maori-party/
    ("India, which boasts of being the world's largest democracy, was listed as partly free for the "
     "third straight year after being downgraded over curbs on civil liberties and freedom of expression"
     " under Prime Minister Narendra Modi.",
     "India", "rating", "2023-03-09", "partly free", FREEDOM),
    # https://www.voaafrica.com/a/burkina-others-blasted-for-restricting-freedoms-report/6997445.html
    # -- thousands grouped by a space
    ("The castle is now owned by  Doncaster Council and is managed by English Heritage. It attracts over"
     " 30 000 visitors per year.",
     "castle", "count", "2013-09-01", "over 30,000", ()),
    # https://www.medievalists.net/2013/09/conisbrough-castle-begins-1-1-million-redevelopment-project/
]

NOTHING = [
    # -- ages, and 'for the first time'
    ("Expressions of Interest (EOIs) are being sought from “high achieving” young farmers who were under"
     " the age of 40 on 1 April 2018 and were setting up as head of the holding for the first time.",
     "young farmers", "count", "2018-05-17", ()),
    # https://www.fwi.co.uk/business/payments-schemes/time-tight-40000-welsh-young-farmer-scheme
    ("The voluntary scheme is for young people between the ages of 13 and 18.",
     "voluntary scheme", "count", "2018-06-01", ()),
    # https://theexeterdaily.co.uk/node/36533
    ("The parliamentary budget officer is estimating the Liberals' plan to send one-time payments this "
     "summer to seniors over 75 and then boost their old-age benefits thereafter will cost slightly less"
     " than the government estimates.",
     "seniors", "count", "2021-06-23", ()),
    # https://www.darpanmagazine.com/news/national/pbo-seniors-benefit-boost-could-cost-107b/?page=75
]

# Constructed boundary cases: where each fix above stops.
BOUNDARIES = [
    ("It was the sixth time the service had been inspected.", "service", "count", "2020-01-01", "6", ()),
    ("The council is controlled by the Conservatives with 22 of the 44 seats.", "seats", "count",
     "2022-01-01", "44", ()),  # the whole, said right before the subject, is the subject's
    ("The takeaway is the only one in the street.", "takeaway", "rating", "2020-01-01", None,
     HYGIENE),  # a bare-figure grade in words only after "rating of", "rated" or before "stars"
    ("The takeaway has a hygiene rating of one.", "takeaway", "rating", "2020-01-01", "1", HYGIENE),
    ("Grants of £2,000 to £5,000 are available.", "Grants", "money", "2020-01-01", "£2,000-£5,000", ()),
    ("The centre, which is not open on Sundays, was rated good.", "centre", "rating", "2020-01-01",
     "good", ()),
    ("The school is not rated good.", "school", "rating", "2020-01-01", None, ()),
]


(test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none,
 test_where_each_fix_stops) = reading_tests(READ, NOTHING, BOUNDARIES)


def test_a_subject_opening_its_own_clause_no_longer_takes_the_first_clauses_value(tmp_path):
    # https://www.glasgowworld.com/lifestyle/food-and-drink/23-glasgow-city-centre-restaurants-cafes-and-more-with-an-improvement-required-food-hygiene-rating-in-their-latest-inspection-4388330
    # (sample D, agri-017): before, "every 6 months" was read for the lowest risk businesses, a false
    # conflict; now the two lengths compete and the mention is left unread
    assert read(tmp_path, "The highest risk premises will be inspected every 6 months, lowest risk "
                "businesses may only be visited every 2 years.", "lowest risk businesses", "duration",
                "2023-10-27") is None
