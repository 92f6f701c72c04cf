"""Classes of sentences found in sample K (``tests/eval/sample-k``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- a decimal comma: "20,8%", "18,6%"
    ("In June 2022, the main contributor to the 20,8% year-on-year increase was restaurants and coffee shops "
     "(18,6% and contributing 9,0 percentage points).", "restaurants and coffee shops", "percent",
     "2022-08-20", "18.6%", ()),
    # https://fedhasa.co.za/just-released-statssa-july-reports-on-food-beverage-sector-and-liquidations-insolvencies/
    # -- "compared with the previous year to 22.8 months": the comparison is no clause of its own
    # when the change goes on "to" its value, and "the previous year" is a point, not a length
    ("The average custodial sentence length increased by six months compared with the previous year to 22.8 "
     "months.", "average custodial sentence length", "duration", "2023-01-26", "22.8 months", ()),
    # https://fightingknifecrime.london/report/youth-justice-statistics-2021-to-2022
    # -- "distributed over five years" spans them, like "phased over"
    ("The funding will be distributed over five years and aims to reach about 150 at-risk youth.", "funding",
     "duration", "2018-09-01", "5 years", ()),
    # https://mbcradio.com/2018/09/federal-government-announces-2-million-in-funding-to-fight-youth-crime-in-prince-albert
    # -- a count right before the subject counts it, whatever the verb does to it ("the loss of")
    ("The DoJ&CD suffered a security compromise in 2021 which severely impacted its electronic systems and "
     "resulted in the loss of approximately 1 204 files containing personal information.",
     "files containing personal information", "count", "2023-07-05", "about 1,204", ()),
    # https://bowmanslaw.com/insights/south-africa-beware-information-regulator-issues-first-fine-of-zar-5-million-under-popia/
]

NOTHING = [
    # -- ages in a schedule or a range: "from age 60 ... to age 65", "ages 17 to 19"
    ("The earliest age for men and women to get bus passes will therefore rise gradually, from age 60 on "
     "6 April 2010 to age 65 on 5 April 2020.", "bus passes", "count", "2012-01-01"),
    # https://www.hartlepool.gov.uk/info/20088/public_transport/190/concessionary_fares_-_are_you_eligible_for_a_bus_pass
    ("San Diego Superintendent of Schools, Calif., $748,000 to administer the Technical Career "
     "Apprenticeship Training Project (TCATP) for incarcerated youth, ages 17 to 19.", "incarcerated youth",
     "count", "2014-06-01"),
    # https://chronicleofsocialchange.org/subscriber-content/justice-dept-awards-several-early-juvenile-justice-grants/7689
]

BOUNDARIES = [
    # a comma before three digits groups thousands
    ("Sales were 1,234% of target.", "Sales", "percent", "2020-01-01", "1234%", ()),
    # a number with no age word before it is still a count
    ("The scheme reached 60 people.", "scheme", "count", "2020-01-01", "60", ()),
    # a change before the subject with words between them is still a change, not its value
    ("Employment fell by 16,000 jobs among young people.", "young people", "count", "2020-01-01", None, ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
