"""Classes met in the residual misses of more than one earlier sample (``tests/eval/sample-*``,
development data), fixed together: each tested on the real sentences that showed it, with their
sources, and on constructed cases that show where the fix stops (``tests/reading_classes.py``
runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

READ = [
    # -- how long something is not done is stated, not denied: "not allowed to ... for three years"
    ("However, the Magistrate granted a Restraining Order and the perpetrator is not allowed to have any "
     "direct contact with Aisha or to enter her street for three years.", "Restraining Order", "duration",
     "2022-11-29", "3 years", ()),
    # http://centreforwomensjustice.org.uk/case-studies/2022/11/29/restraining-order
    ("For the first six weeks you’re not allowed to leave the base at all.", "leave the base", "duration",
     "2022-06-01", "6 weeks", ()),
    # https://beforeyousignup.info/joining/army-foundation-college/
    ("The sound of the church bell had not been heard for over twenty-five years owing to the need for "
     "restoration.", "church bell", "duration", "2006-05-01", "over 25 years", ()),
    # https://www.mcdparish.com/the-restoration-of-the-church-bell/
    ("The police have told me that they do not intend to prosecute but a weights and measures officer has "
     "served me with a closure notice specifying that I must not sell alcohol for two weeks.",
     "closure notice", "duration", "2019-06-01", "2 weeks", ()),
    # https://www.popall.co.uk/qanda/dispute-on-notice
    # -- dotted initials before a word that goes on with a name do not end the sentence
    ("The average wait time for wounded veterans to see their disability-compensation claims completed by "
     "the U.S. Department of Veterans Affairs has now grown to 262 days — or nearly nine months — according "
     "to a federal website and three watchdog groups.", "average wait time", "duration", "2012-12-04",
     "262 days", ()),
    # http://usnews.nbcnews.com/_news/2012/12/04/15652938-disability-compensation-claims-for-veterans-lag-as-va-backlog-worsens
    # -- a clause of its own ("since ...") opens between a value and the subject after it
    ("This made it the third-highest September borrowing since monthly records began in January 1993.",
     "monthly records", "date", "2024-10-22", "1993-01", ()),
    # https://www.investmentweek.co.uk/news/4371659/uk-finances-near-breaking-point-ahead-budget-public-borrowing-gbp-5bn-obr-forecasts
]

# A trap read as exactly the collector's "wrong" value raised no finding, and the scorers counted it
# right; scored by what is read (``score_cases.verdict``), these change constructions showed up in
# the traps of many samples: each names a change, a difference, or what the value is compared with
NOTHING = [
    ("The overall spending plan is down slightly from the whopping $1.3 billion that lawmakers approved last "
     "year.", "overall spending plan", "money", "2022-03-27"),
    # https://www.washingtonpost.com/national/legislative-panel-begins-hearings-on-proposed-capital-budget/2022/03/27/b907cd7e-ae0b-11ec-9dbd-0d4609d44c1c_story.html
    ("This temporary spending is forecast to drop back €411 million in 2025.", "temporary spending", "money",
     "2023-10-10"),
    # https://www.rte.ie/news/business/2023/1010/1410092-budget-analysis
    ("Despite claims that austerity is over, the Welsh Government budget in 2020-1 will be nearly £300 "
     "million lower in real terms compared to 2010-11.", "Welsh Government budget", "money", "2020-01-07"),
    # https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2020-01-07.4.252735.h&s=representation+-taxation+speaker%3A26132
    ("The financial turnaround will be achieved in part by slashing $2.2 billion from the public service "
     "budget over four years – the equivalent of 10,000 job cuts.", "public service budget", "money",
     "2012-06-07"),
    # http://www.afr.com/news/politics/national/axe-hangs-over-10000-nsw-public-servants-20120607-j2lro
    ("Last week, he praised the legislature for \"a solid and sustainable budget\" barely bigger than the "
     "$156.2 billion he had proposed in May.", "sustainable budget", "money", "2014-06-20"),
    # http://articles.chicagotribune.com/2014-06-20/news/sns-rt-us-usa-california-budget-20140613_1_rainy-day-fund-california-governor-jerry-brown-rail-project
    ("As a result of the decrease, the City has $97,000 less revenue available for the 2003 budget.",
     "2003 budget", "money", "2002-08-21"),
    # https://miweblink.metro-inet.us/SAPublic/0/doc/16830/Page48.aspx
    ("Approve a net decrease in debt authority of $2.531 million as a result of recommendations 1 and 2;",
     "debt authority", "money", "2009-05-13"),
    # https://app06.ottawa.ca/calendar/ottawa/citycouncil/occ/2009/05-13/pec/1-ACS2009-CMR-FIN-0018-Capital%20Adjustments.htm
    ("Around 2,800 extra homes will be built through the £300m boost to the Affordable Homes Programme, with "
     "half of them being for social rent.", "Affordable Homes Programme", "money", "2025-02-12"),
    # https://www.mortgagesolutions.co.uk/news/2025/02/12/govt-to-invest-350m-to-build-social-and-affordable-homes-and-hints-at-plans-to-tackle-rogue-landlords
    ("“Water meters are still the best way to save money, and with the average annual metered bill coming in "
     "£171 cheaper than customers who don’t use a meter, the savings speak for themselves.",
     "average annual metered bill", "money", "2017-02-01"),
    # https://www.waterindustryjournal.co.uk/anglian-water-unveils-425million-investment-plan
    ("The total amount owed, which includes court fines, prosecutors’ fees, and compensation orders, has "
     "more than doubled since the beginning of 2015, when it was £571 million.", "total amount owed", "money",
     "2021-06-27"),
    # https://washingtonnewsday.com/news/crown-courts-are-dealing-with-a-record-backlog-of-cases-with-nearly-60000-people-on-the-waiting-list/
]

BOUNDARIES = [
    # what a value is compared with is the subject's when it stands right before it
    ("It was also £1.5bn higher than the £15.1bn borrowing forecast by the Office for Budget Responsibility "
     "(OBR) for the month.", "borrowing forecast", "money", "2024-10-22", "£15.1bn", ()),
    # https://www.investmentweek.co.uk/news/4371659/uk-finances-near-breaking-point-ahead-budget-public-borrowing-gbp-5bn-obr-forecasts
    # a rating or an amount after a negation is still denied
    ("The home is not rated good for safety.", "home", "rating", "2020-01-01", None, ()),
    ("The council's budget for the scheme was not £5m.", "budget", "money", "2020-01-01", None, ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
