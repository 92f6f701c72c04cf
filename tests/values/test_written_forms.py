"""Written forms of numbers met in sample H (``tests/eval/sample-h``): each tested on the real
sentence that showed it (with its source) and on one that shows where the form stops."""

from __future__ import annotations

import pytest

from checker.values import find_values


def labels(kind: str, sentence: str) -> list[str]:
    return [v.label for v in find_values(kind, sentence)]


@pytest.mark.parametrize("kind,sentence,expected", [
    # "15m tickets": a count with a scale letter before a plural noun; not a distance
    ("count", "The number of UK cinema admissions rose by a phenomenal 29% in January – that’s 15m tickets "
              "sold.", ["15 million"]),  # http://www.theonering.net/torwp/2002/02/19/15060-potter-and-baggins-boost-uk-admissions-29/
    ("count", "She won the 100m hurdles final.", []),
    ("count", "A 15m tall wall.", []),
    # "40-plus", "40+": at least 40; not a grade or a level
    ("count", "Merging the New Zealand Fire Service, the National Rural Fire Authority, and the fire "
              "functions of 40-plus Rural Fire Authorities is a significant and complex change",
     ["at least 40"]),
    # https://www.beehive.govt.nz/release/budget-2016-303m-merge-and-modernise-new-zealand%E2%80%99s-fire-services  # noqa: E501
    ("count", "The scheme helped 40+ families.", ["at least 40"]),
    ("count", "Grade 2+ students sat the test.", []),
    # Indian digit grouping: "4,38,548" is 438,548
    ("count", "It handled 4,38,548 TEUs ( 20-foot equivalent units) during the fiscal.", ["438,548"]),
    # https://en.portnews.ru/news/15925
    # "pounds 40m": an archive's pound sign; a weight is no money
    ("money", "Currently its drama budget stands at more than pounds 40m.", ["over £40m"]),
    # https://the-independent.com/news/uk/grants-cut-poses-threat-to-theatre-ticket-prices-1459402.html
    ("money", "The annual running costs of e-MERLIN are around pounds 2.5million, the university said.",
     ["about £2.5m"]),  # http://www.redorbit.com/news/space/1472320/future_for_jodrell_bank_telescope_is_secured/
    ("money", "He weighed 200 pounds 5 years ago.", []),
    # "50 pence": pounds, to the penny
    ("money", "The living wage premium is set at 50 pence.", ["£0.50"]),
    # http://www.creideasach.co.uk/uncategorized/national-living-wage-update/
    ("count", "The living wage premium is set at 50 pence.", []),
    # "ten (10) calendar days", "one or more years"
    ("duration", "Such application to the personnel board must be made within ten (10) calendar days of the "
                 "date the employee was notified of the suspension.", ["up to 10 days"]),
    # http://carthage-mo.elaws.us/code/coor_ch18_artii_div1_sec18-25
    ("duration", "Employees applying to take this leave must have been employed continuously for one or more "
                 "years to qualify.", ["at least 1 year"]),  # http://www.compliancegroup.co.uk/2015/10/parental-leave/
    ("duration", "Costs rose 5% on the previous year.", []),  # a point compared with, not a length
    ("duration", "It will run for the next year.", ["1 year"]),
    ("duration", "It took two or three years.", ["2-3 years"]),  # "or" between two numbers: a range
    # a ceiling said with a negated verb: "wouldn't exceed $60,524,860" is up to it
    ("money", "One of the significant changes that the developer proposed was that the cost for the entire "
              "project wouldn’t exceed $60,524,860, as opposed to the original $80 million plan.",
     ["up to $60,524,860", "$80m"]),
    # https://www.wect.com/2023/05/15/project-grace-returns-county-agenda-what-that-means-new-library-museum-wilmington/
    ("money", "The cost did exceed $5m.", ["over $5m"]),  # "exceed" alone: a floor
])
def test_written_forms(kind, sentence, expected):
    assert labels(kind, sentence) == expected
