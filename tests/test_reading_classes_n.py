"""Classes of sentences found in sample N (``tests/eval/sample-n``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

MOODYS = ("Baa1", "Baa2", "Baa3", "Ba1", "Ba2", "Ba3", "B1", "B2", "B3", "Caa1", "Caa2", "Caa3")

NOTHING = [
    # -- a grade named as a condition or a possibility, or as a threshold, is not given
    ("Children’s Homes that are on frameworks for Devon County Council are suspended if they receive an "
     "overall grading of Inadequate following Ofsted inspection.", "Children’s Homes", "rating",
     "2019-07-15"),
    # https://www.devon.gov.uk/accesstoinformation/archives/information_request/private-childrens-homes-contracts-and-ofsted-reports
    ("RUSADA could still find itself ruled non-compliant if any of the data is found to have been tampered "
     "with, WADA added in a news release.", "RUSADA", "rating", "2019-01-23", ("compliant", "non-compliant")),
    # https://www.foxsportsasia.com/other-sports/1025711/wada-maintains-rusada-compliance/
    ("If Moody’s had downgraded SA to sub-investment grade, the country would have been ejected from the "
     "major Citi World Government Bond Index, forcing asset managers to sell billions of rands’ worth of SA "
     "bonds.", "SA", "rating", "2019-03-30", ("investment grade", "sub-investment grade")),
    # https://news365.co.za/moodys-skips-rating/
    ("About a third of the 50 U.S. gaming companies rated by Moody’s have corporate family ratings of Caa1 "
     "or below, and more than a majority—about 54%–have corporate family ratings of B3 or below.",
     "U.S. gaming companies", "rating", "2012-01-01", MOODYS),
    # https://hotelsmag.com/news/gaming-industry-in-precarious-financial-position-moodys-says/
    # -- an age in brackets
    ("Senator Fatima Payman (age 27) is the youngest member of the Senate.", "youngest member of the Senate",
     "count", "2023-01-01"),
    # http://theinfolist.com/html/ALL/s/Baby_of_the_House_.html
    # -- points of a percentage are a difference; a petition's number is a reference
    ("The percentage of BREEAM assessments achieving ‘excellent’ for new builds achieved a 6 % point rise "
     "over the equivalent level for 2008/09.", "percentage of BREEAM assessments", "percent", "2011-02-28"),
    # http://sd.defra.gov.uk/progress/soge/performance-data-2010/target-areas/breeam/
    ("That this House has considered e-petition 625515 relating to allowances and tax arrangements for "
     "foster carers.", "e-petition", "count", "2024-01-15"),
    # https://streetguide.co.uk/parliament/debate/69D801F2-9C8D-4ABA-B0D6-5B9B8760C548
]

BOUNDARIES = [
    # a grade stated, with a condition after it, is still given
    ("The home was rated Inadequate and will be suspended if it does not improve.", "home", "rating",
     "2020-01-01", "inadequate", ()),
    # a condition in the item before, across a list's dash, is not the grade's
    ("- Dr Holshaw said that the council would respond in full - The placement team was rated inadequate by "
     "Ofsted", "placement team", "rating", "2020-01-01", "inadequate", ()),
    # a percentage followed by other words than "point" is still one
    ("The share rose to 6 % in 2010.", "share", "percent", "2020-01-01", "6%", ()),
    # a count in brackets that is not an age is still a count
    ("The council (27 members) met today.", "council", "count", "2020-01-01", "27", ()),
]

test_no_value_where_the_sentence_gives_none, test_where_each_fix_stops = reading_tests(
    (), NOTHING, BOUNDARIES)[1:]
